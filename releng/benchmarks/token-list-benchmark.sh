#!/usr/bin/env bash
# Listing a SoftHSM2 token of 3,000 objects (1,000 EC key pairs made on the token, each with a
# certificate): mqsec in-process (TokenBrowser, first and warm) and as a whole process
# (mqsec token list --json), against pkcs11-tool --list-objects --login. Targets: in-process
# <= 0.3 s; whole process <= 1.0 x pkcs11-tool. Uses the built product; a token folder of its own.
# Usage: releng/benchmarks/token-list-benchmark.sh [PAIRS] [RUNS]   (after ./mvnw -B -DskipTests -Dexec.skip verify)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
pairs=${1:-1000}
runs=${2:-5}
library=/usr/lib/softhsm/libsofthsm2.so
product=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$product" "$work"' EXIT
tar xzf "$top"/releng/org.mqsec.product/target/products/mqsec-workbench-*-linux.gtk.x86_64.tar.gz -C "$product" 2>/dev/null
home="$product/mqsec-workbench"
cp=
for bundle in org.mqsec.crypto org.mqsec.core org.xipki.ipkcs11wrapper bcprov bcpkix bcutil com.google.gson org.eclipse.equinox.common org.eclipse.osgi; do
    cp="$cp${cp:+:}$(ls "$home"/plugins/"$bundle"_*.jar | sort | tail -n 1)"
done
mkdir -p "$work/tokens"
printf 'directories.tokendir = %s/tokens/\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n' "$work" > "$work/softhsm2.conf"
export SOFTHSM2_CONF="$work/softhsm2.conf"
softhsm2-util --init-token --free --label bench --so-pin 87654321 --pin 123456 >/dev/null
printf '123456\n' > "$work/pin"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
echo "filling the token with $pairs key pairs and certificates..." >&2
"$java" -cp "$cp" "$top/releng/benchmarks/token/TokenListBenchmark.java" "$library" bench 123456 fill "$pairs"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
wall() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
objects=$(pkcs11-tool --module "$library" --token-label bench --login --pin 123456 --list-objects 2>/dev/null | grep -c ' Object')
tool_ms=$(for i in $(seq "$runs"); do wall pkcs11-tool --module "$library" --token-label bench --login --pin 123456 --list-objects; done | median)
mqsec_ms=$(for i in $(seq "$runs"); do wall "$home/mqsec" token list --module "$library" --token bench --pin-file "$work/pin" --json; done | median)
inprocess=$("$java" -cp "$cp" "$top/releng/benchmarks/token/TokenListBenchmark.java" "$library" bench 123456 "$runs")
printf 'objects on the token: %s (pkcs11-tool counts %s)\n' "$(echo "$inprocess" | sed 's/ .*//; s/objects=//')" "$objects"
printf '%-40s %10s %10s\n' measurement ms target
printf '%-40s %10s %10s\n' "in-process, first listing" "$(echo "$inprocess" | sed 's/.*first_ms=\([0-9.]*\).*/\1/')" 300
printf '%-40s %10s %10s\n' "in-process, warm (median of $runs)" "$(echo "$inprocess" | sed 's/.*median_ms=\([0-9.]*\).*/\1/')" 300
printf '%-40s %10s %10s\n' "mqsec token list --json (process)" "$mqsec_ms" "$tool_ms"
printf '%-40s %10s %10s\n' "pkcs11-tool --list-objects (process)" "$tool_ms" ""
