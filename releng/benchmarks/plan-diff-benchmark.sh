#!/usr/bin/env bash
# JMH: reading a queue manager's security state over PCF (2,000 SVRCONN channels, 10,003 CHLAUTH
# records, from reply bytes IBM's PCF classes wrote and decode on each read) and comparing a plan of
# 200 channel changes and 500 CHLAUTH records with it (releng/benchmarks/jmh,
# org.mqsec.benchmarks.PlanDiffBenchmark). Target: read and compare together under 1 second.
# No queue manager can run here, so the network time to a real one is not in these figures.
# Usage: releng/benchmarks/plan-diff-benchmark.sh [extra JMH options, e.g. -f 1 -wi 1 -i 2]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
jmh="$top/releng/benchmarks/jmh"
target_ms=1000
"$top/mvnw" -B -q -f "$jmh/pom.xml" package -DskipTests >&2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
results="$jmh/target/plan-diff.csv"
"$java" -cp "$jmh/target/classes:$(cat "$jmh/target/classes/../classpath.txt")" org.openjdk.jmh.Main \
    -f 1 -wi 3 -w 2 -i 5 -r 2 -rf csv -rff "$results" "$@" PlanDiffBenchmark >&2
printf '%-16s %12s %10s %14s\n' benchmark ms_per_op target_ms within_target
tail -n +2 "$results" | tr -d '"' | while IFS=, read -r name mode threads samples score error unit; do
    printf '%-16s %12.1f %10s %14s\n' "${name##*.}" "$score" "$target_ms" "$(awk "BEGIN { print ($score < $target_ms) ? \"yes\" : \"no\" }")"
done
