#!/usr/bin/env bash
# Whole-process time of listing a PKCS#12 with 1,000 and 10,000 trusted certificates (written by the
# JDK with Java 17 defaults), the way an administrator's script runs each tool, in one run:
#   mqsec keystore list FILE            (the product's launcher, class-data-sharing archive warm)
#   openssl pkcs12 -nokeys -in FILE     (decrypts and prints every certificate)
#   keytool -list -v -keystore FILE
# and the start-up of `mqsec ciphers` and `mqsec --version` (no file work). Prints median wall
# time and median user+system CPU of RUNS runs after a warm-up run, and mqsec/openssl ratios.
# Then the 1,000 entries as a CMS key database that mqsec wrote (keystore convert --to cms), listed
# by mqsec, against mqsec listing them as PKCS#12 (issue 12: ratio at most 1.0).
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
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 2; }
plugins="$product/plugins"
cp="$testing:$(ls "$plugins"/bcprov_*.jar):$(ls "$plugins"/bcpkix_*.jar):$(ls "$plugins"/bcutil_*.jar)"
keytool=${JAVA_HOME:+$JAVA_HOME/bin/}keytool
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'bench-pass\n' > "$work/password"

# "wall_ms cpu_ms": medians of $runs runs (after one warm-up run, which also makes mqsec's archive)
measure() {
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    local walls=() cpus=()
    for _ in $(seq 1 "$runs"); do
        /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >/dev/null 2>&1
        read -r wall user system < "$work/time"
        walls+=($(awk "BEGIN { printf \"%d\", $wall * 1000 }"))
        cpus+=($(awk "BEGIN { printf \"%d\", ($user + $system) * 1000 }"))
    done
    local mid=$(( (runs + 1) / 2 ))
    echo "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "${mid}p") $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "${mid}p")"
}

ratio() { awk "BEGIN { printf \"%.1f\", $1 / $2 }"; }

printf '%-8s %-22s %9s %9s %14s\n' entries tool wall_ms cpu_ms wall_vs_openssl
for n in 1000 10000; do
    file="$work/partners-$n.p12"
    "$java" -cp "$cp" org.mqsec.testing.LargeKeystore "$file" "$n" bench-pass
    read -r ossl_wall ossl_cpu <<< "$(measure openssl pkcs12 -nokeys -in "$file" -passin "file:$work/password" -out /dev/null)"
    read -r ours_wall ours_cpu <<< "$(measure "$product/mqsec" keystore list "$file" --password-file "$work/password")"
    read -r kt_wall kt_cpu <<< "$(measure "$keytool" -list -v -keystore "$file" -storepass:file "$work/password")"
    printf '%-8s %-22s %9s %9s %14s\n' "$n" "openssl pkcs12 -nokeys" "$ossl_wall" "$ossl_cpu" 1.0
    printf '%-8s %-22s %9s %9s %14s\n' "$n" "mqsec keystore list" "$ours_wall" "$ours_cpu" "$(ratio "$ours_wall" "$ossl_wall")"
    printf '%-8s %-22s %9s %9s %14s\n' "$n" "keytool -list -v" "$kt_wall" "$kt_cpu" "$(ratio "$kt_wall" "$ossl_wall")"
done
kdb="$work/partners-1000.kdb"
"$product/mqsec" keystore convert "$work/partners-1000.p12" --to cms --out "$kdb" --password-file "$work/password" >/dev/null
read -r p12_wall p12_cpu <<< "$(measure "$product/mqsec" keystore list "$work/partners-1000.p12" --password-file "$work/password")"
read -r kdb_wall kdb_cpu <<< "$(measure "$product/mqsec" keystore list "$kdb" --password-file "$work/password")"
printf '%-8s %-22s %9s %9s %14s\n' entries tool wall_ms cpu_ms wall_vs_pkcs12
printf '%-8s %-22s %9s %9s %14s\n' 1000 "mqsec list .p12" "$p12_wall" "$p12_cpu" 1.0
printf '%-8s %-22s %9s %9s %14s\n' 1000 "mqsec list .kdb (v6)" "$kdb_wall" "$kdb_cpu" "$(ratio "$kdb_wall" "$p12_wall")"
read -r c_wall c_cpu <<< "$(measure "$product/mqsec" ciphers)"
read -r v_wall v_cpu <<< "$(measure "$product/mqsec" --version)"
printf '%-8s %-22s %9s %9s\n' - "mqsec ciphers" "$c_wall" "$c_cpu"
printf '%-8s %-22s %9s %9s\n' - "mqsec --version" "$v_wall" "$v_cpu"
