#!/usr/bin/env bash
# Open + list time of `mqsec keystore list` against `keytool -list -v` on the same PKCS#12 files
# (1,000 and 10,000 trusted certificates, written by the JDK with Java 17 defaults), as whole
# processes, the way an administrator runs either. Prints medians and the ratio ours/keytool.
# Target: ratio <= 1.0 at 1,000 entries.
#
# Needs a built product and test fixtures bundle:  ./mvnw -B -DskipTests -Dexec.skip verify
# Usage: releng/benchmarks/keystore-open-benchmark.sh [RUNS]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-7}
product="$top/releng/org.mqsec.product/target/products/org.mqsec.product/linux/gtk/x86_64/mqsec-workbench"
testing=$(ls "$top"/tests/org.mqsec.testing/target/org.mqsec.testing-*.jar 2>/dev/null | head -n 1)
[ -x "$product/mqsec" ] && [ -n "$testing" ] || {
    echo "build first: ./mvnw -B -DskipTests -Dexec.skip verify" >&2; exit 2; }
plugins="$product/plugins"
cp="$testing:$(ls "$plugins"/bcprov_*.jar):$(ls "$plugins"/bcpkix_*.jar):$(ls "$plugins"/bcutil_*.jar)"
keytool=${JAVA_HOME:+$JAVA_HOME/bin/}keytool
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'bench-pass\n' > "$work/password"

# median wall time in milliseconds of a command run $runs times (after one warm-up run)
median_ms() {
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    local times=()
    for _ in $(seq 1 "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

printf '%-10s %12s %12s %8s\n' entries mqsec_ms keytool_ms ratio
for n in 1000 10000; do
    file="$work/partners-$n.p12"
    "$java" -cp "$cp" org.mqsec.testing.LargeKeystore "$file" "$n" bench-pass
    ours=$(median_ms "$product/mqsec" keystore list "$file" --password-file "$work/password")
    theirs=$(median_ms "$keytool" -list -v -keystore "$file" -storepass:file "$work/password")
    printf '%-10s %12s %12s %8s\n' "$n" "$ours" "$theirs" "$(awk "BEGIN { printf \"%.2f\", $ours / $theirs }")"
done
