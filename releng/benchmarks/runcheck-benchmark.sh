#!/usr/bin/env bash
# Offline RUNCHECK throughput over a 1,000-record CHLAUTH set (org.mqsec.testing.RuncheckBenchmark
# over the product's jars), against the target of 1,000,000 evaluations per second.
# Needs a built product: ./mvnw -B -DskipTests -Dexec.skip verify
# Usage: releng/benchmarks/runcheck-benchmark.sh [SECONDS]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-5}
target=1000000
product="$top/releng/org.mqsec.product/target/products/org.mqsec.product/linux/gtk/x86_64/mqsec-workbench"
testing=$(ls "$top"/tests/org.mqsec.testing/target/org.mqsec.testing-*.jar 2>/dev/null | head -n 1)
[ -d "$product/plugins" ] && [ -n "$testing" ] || { echo "build first: ./mvnw -B -DskipTests -Dexec.skip verify" >&2; exit 2; }
cp="$testing"
for bundle in org.mqsec.core org.eclipse.equinox.common org.eclipse.osgi; do
    cp="$cp:$(ls "$product"/plugins/"$bundle"_*.jar | sort | tail -n 1)"
done
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
read -r records per_second < <("$java" -cp "$cp" org.mqsec.testing.RuncheckBenchmark "$seconds")
printf '%-8s %16s %12s %8s\n' records evaluations_per_s target ratio
printf '%-8s %16s %12s %8s\n' "$records" "$per_second" "$target" "$(awk "BEGIN { printf \"%.2f\", $per_second / $target }")"
