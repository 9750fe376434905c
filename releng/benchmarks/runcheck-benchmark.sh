#!/usr/bin/env bash
# JMH: offline RUNCHECK decisions per second over a 1,000-record CHLAUTH set
# (releng/benchmarks/jmh, org.mqsec.benchmarks.RuncheckBenchmark), against the issue's target of
# 1,000,000 per second. "decide" is what the target is about; "explained" also writes the
# explanation text, which the CLI and the editor ask for on the one connection a person looks at.
# Needs only Maven Central: it compiles org.mqsec.core's sources next to the benchmark.
# Usage: releng/benchmarks/runcheck-benchmark.sh [extra JMH options, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
jmh="$top/releng/benchmarks/jmh"
target=1000000
"$top/mvnw" -B -q -f "$jmh/pom.xml" package -DskipTests >&2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
results="$jmh/target/runcheck.csv"
"$java" -cp "$jmh/target/classes:$(cat "$jmh/target/classes/../classpath.txt")" org.openjdk.jmh.Main \
    -f 1 -wi 3 -w 2 -i 5 -r 2 -rf csv -rff "$results" "$@" RuncheckBenchmark >&2
printf '%-10s %18s %12s %8s\n' benchmark decisions_per_s target ratio
# JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"
tail -n +2 "$results" | tr -d '"' | while IFS=, read -r name mode threads samples score error unit; do
    printf '%-10s %18.0f %12s %8.2f\n' "${name##*.}" "$score" "$target" "$(awk "BEGIN { print $score / $target }")"
done
