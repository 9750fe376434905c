#!/usr/bin/env bash
# The AMS error-queue inspector's throughput: 10,000 messages protected by IBM's AMS code (INTEGRITY,
# PRIVACY and CONFIDENTIALITY, each behind an MQDLH) decoded without keys, in-process, with the built
# product's plug-ins (releng/benchmarks/ams/AmsInspectBenchmark.java). Prints the median of RUNS runs.
# Usage: releng/benchmarks/ams-inspect-benchmark.sh [MESSAGES] [RUNS]   (after ./mvnw -B -DskipTests -Dexec.skip verify)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
product=$(mktemp -d)
trap 'rm -rf "$product"' EXIT
tar xzf "$top"/releng/org.mqsec.product/target/products/mqsec-workbench-*-linux.gtk.x86_64.tar.gz -C "$product" 2>/dev/null
home="$product/mqsec-workbench"
cp=
for bundle in org.mqsec.crypto org.mqsec.core com.ibm.mq.allclient bcprov bcpkix bcutil org.eclipse.equinox.common org.eclipse.osgi json; do
    cp="$cp${cp:+:}$(ls "$home"/plugins/"$bundle"_*.jar | sort | tail -n 1)"
done
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$java" -cp "$cp" "$top/releng/benchmarks/ams/AmsInspectBenchmark.java" "${1:-10000}" "${2:-5}"
