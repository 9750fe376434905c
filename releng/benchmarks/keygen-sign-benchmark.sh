#!/usr/bin/env bash
# Key generation (+ self-signed certificate) and signing throughput of the workbench's crypto code
# against openssl doing the same, for RSA-3072 and EC P-256. Prints operations per second and the
# ratio ours/openssl (higher is better for us).
#   ours:    one warm JVM (org.mqsec.testing.KeyGenerationBenchmark over the product's jars)
#   openssl: `openssl req -x509 -newkey` in a loop for key + certificate; `openssl speed` for signing
# Needs a built product: ./mvnw -B -DskipTests -Dexec.skip verify
# Usage: releng/benchmarks/keygen-sign-benchmark.sh [SECONDS]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-3}
product="$top/releng/org.mqsec.product/target/products/org.mqsec.product/linux/gtk/x86_64/mqsec-workbench"
testing=$(ls "$top"/tests/org.mqsec.testing/target/org.mqsec.testing-*.jar 2>/dev/null | head -n 1)
[ -d "$product/plugins" ] && [ -n "$testing" ] || { echo "build first: ./mvnw -B -DskipTests -Dexec.skip verify" >&2; exit 2; }
cp="$testing"
for bundle in org.mqsec.crypto org.mqsec.core bcprov bcpkix bcutil org.eclipse.equinox.common org.eclipse.osgi; do
    cp="$cp:$(ls "$product"/plugins/"$bundle"_*.jar | sort | tail -n 1)"
done
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ours=$("$java" -cp "$cp" org.mqsec.testing.KeyGenerationBenchmark "$seconds")

# openssl: key + self-signed certificate per iteration, for the same number of seconds
openssl_keygen() {
    local newkey=$1 count=0 start end
    start=$(date +%s%N)
    end=$(( start + seconds * 1000000000 ))
    while [ "$(date +%s%N)" -lt "$end" ]; do
        # shellcheck disable=SC2086 # the key options are several words on purpose
        openssl req -x509 -newkey $newkey -nodes -keyout "$work/k.pem" -out "$work/c.pem" -days 365 \
            -subj "/C=GB/O=Example/CN=bench" 2>/dev/null
        count=$((count + 1))
    done
    awk "BEGIN { printf \"%.1f\", $count / (($(date +%s%N) - $start) / 1e9) }"
}
rsa_keygen=$(openssl_keygen rsa:3072)
ec_keygen=$(openssl_keygen "ec -pkeyopt ec_paramgen_curve:P-256")
rsa_sign=$(openssl speed -seconds "$seconds" rsa3072 2>/dev/null | awk '/^rsa 3072 bits/ { print $6 }')
ec_sign=$(openssl speed -seconds "$seconds" ecdsap256 2>/dev/null | awk '/256 bits ecdsa \(nistp256\)/ { print $7 }')

printf '%-10s %14s %14s %8s %12s %12s %8s\n' algorithm keygen_ours keygen_openssl ratio sign_ours sign_openssl ratio
while read -r id keygen sign; do
    case $id in
        rsa3072) ok=$rsa_keygen; os=$rsa_sign ;;
        ec-p256) ok=$ec_keygen; os=$ec_sign ;;
    esac
    printf '%-10s %14s %14s %8s %12s %12s %8s\n' "$id" "$keygen" "$ok" \
        "$(awk "BEGIN { printf \"%.2f\", $keygen / $ok }")" "$sign" "$os" "$(awk "BEGIN { printf \"%.2f\", $sign / $os }")"
done <<<"$ours"
