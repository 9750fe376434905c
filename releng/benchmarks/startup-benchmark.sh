#!/usr/bin/env bash
# Start-up cost of our feature in a bare Eclipse 4.30 platform: the install test's platform (the
# shipped p2 repository and the test-only probe installed by the p2 director) started RUNS times with
# our feature, and RUNS times with our feature's bundles taken out of its config.ini osgi.bundles (the
# probe stays in both). The probe writes the milliseconds from the JVM's start to the workbench up and
# closes it. Prints both medians and their ratio (target <= 1.05).
# Usage: releng/benchmarks/startup-benchmark.sh [RUNS]   (after ./mvnw -B verify, under a display: xvfb-run)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-10}
bare="$top/releng/org.mqsec.installtest/target/products/org.mqsec.bare/linux/gtk/x86_64/eclipse"
[ -f "$bare/configuration/config.ini" ] || { echo "no installed bare platform at $bare: build first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -a "$bare" "$work/with"
cp -a "$bare" "$work/without"
config="$work/without/configuration/config.ini"
# the bundles the director added with our feature (feature.xml), not the probe: out of osgi.bundles
before=$(grep '^osgi.bundles=' "$config" | tr ',' '\n' | wc -l)
sed -i -E '/^osgi.bundles=/ s/,?reference\\:file\\:(org\.mqsec\.(core|crypto|qmgr|ui|explorer)|bcpkix|com\.google\.gson|com\.ibm\.mq\.allclient|json|org\.xipki\.ipkcs11wrapper|picocli)_[^,]*//g' "$config"
after=$(grep '^osgi.bundles=' "$config" | tr ',' '\n' | wc -l)
removed=$(( before - after ))
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
start() {
    local eclipse=$1 out=$2
    local launcher
    launcher=$(ls "$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
    rm -rf "$work/data"
    timeout 300 "$java" -Dosgi.requiredJavaVersion=17 -Dmqsec.probe.timing="$out" -jar "$launcher" -data "$work/data" -nosplash \
        > /dev/null 2>&1 || true
    [ -s "$out" ] || { echo "the platform in $eclipse did not report its start-up" >&2; exit 1; }
    cat "$out"
}
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# the caches (bundle states, the extension registry) of both copies dropped, then one start each not
# counted: it builds them again for the bundles each has, and the measured starts use them
for variant in with without; do
    rm -rf "$work/$variant/configuration/org.eclipse.osgi" "$work/$variant/configuration/org.eclipse.core.runtime"
    start "$work/$variant" "$work/t" > /dev/null
    rm -f "$work/t"
done
with_times=()
without_times=()
for i in $(seq 1 "$runs"); do
    # alternate, so that a slower period of the machine weighs on both
    without_times+=("$(start "$work/without" "$work/t")")
    rm -f "$work/t"
    with_times+=("$(start "$work/with" "$work/t")")
    rm -f "$work/t"
done
with_median=$(printf '%s\n' "${with_times[@]}" | median)
without_median=$(printf '%s\n' "${without_times[@]}" | median)
printf 'runs=%s bundles_taken_out=%s without_ms=%s with_ms=%s ratio=%.3f within_target=%s\n' "$runs" "$removed" "$without_median" \
    "$with_median" "$(awk "BEGIN { print $with_median / $without_median }")" "$(awk "BEGIN { print ($with_median / $without_median <= 1.05) ? \"yes\" : \"no\" }")"
