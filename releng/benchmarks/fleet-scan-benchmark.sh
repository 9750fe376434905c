#!/usr/bin/env bash
# JMH: the fleet scan's wall time for 200 queue managers read through the recorded transport (reply
# bytes IBM's PCF classes wrote), each reply 50 ms after its command, at most 16 at once
# (releng/benchmarks/jmh, org.mqsec.benchmarks.FleetScanBenchmark). Target: at most 1 s above the
# ideal, ceil(200/16) rounds of one reading (its commands x 50 ms).
# Usage: releng/benchmarks/fleet-scan-benchmark.sh [extra JMH options]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
jmh="$top/releng/benchmarks/jmh"
"$top/mvnw" -B -q -f "$jmh/pom.xml" package -DskipTests >&2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
results="$jmh/target/fleet-scan.csv"
log="$jmh/target/fleet-scan.log"
"$java" -cp "$jmh/target/classes:$(cat "$jmh/target/classes/../classpath.txt")" org.openjdk.jmh.Main \
    -f 1 -wi 1 -i 5 -rf csv -rff "$results" "$@" FleetScanBenchmark > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
ideal=$(grep -o 'fleet-ideal-ms [0-9]*' "$log" | head -n 1 | awk '{ print $2 }')
commands=$(grep -o 'commands-per-read [0-9]*' "$log" | head -n 1 | awk '{ print $2 }')
tail -n +2 "$results" | tr -d '"' | while IFS=, read -r name mode threads samples score error unit rest; do
    printf 'wall_ms=%.0f ideal_ms=%s over_ideal_ms=%.0f commands_per_read=%s within_target=%s\n' "$score" "$ideal" \
        "$(awk "BEGIN { print $score - $ideal }")" "$commands" "$(awk "BEGIN { print ($score - $ideal <= 1000) ? \"yes\" : \"no\" }")"
done
