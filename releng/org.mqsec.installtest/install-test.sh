#!/usr/bin/env bash
# Starts the bare Eclipse platform into which the build's p2 director installed the MQ Security
# Workbench feature (and the test-only probe), under the display the build runs with (xvfb-run), and
# fails unless the probe's report says every bundle of ours resolved and every view, the editor and
# every wizard opened.
# Usage: install-test.sh BARE_ECLIPSE_DIR WORK_DIR
set -euo pipefail
eclipse=$1
work=$2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
rm -rf "$work"
mkdir -p "$work"
launcher=$(ls "$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
grep -q 'org.mqsec.ui_' "$eclipse/configuration/config.ini" || {
    echo "install test: the director did not add org.mqsec.ui to $eclipse/configuration/config.ini" >&2; exit 1; }
# a certificate to open in the editor without a password
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/probe.key" \
    -out "$work/probe.pem" -days 30 -subj "/CN=install probe/O=MQ Security Workbench" >/dev/null 2>&1
report="$work/report.txt"
code=0
timeout 300 "$java" -Dosgi.requiredJavaVersion=17 -Dmqsec.probe.report="$report" -Dmqsec.probe.file="$work/probe.pem" \
    -jar "$launcher" -data "$work/workspace" -nosplash \
    > "$work/console.txt" 2>&1 || code=$?
if [ ! -s "$report" ]; then
    echo "install test: the installed platform wrote no probe report (exit $code); its output:" >&2
    tail -n 40 "$work/console.txt" >&2
    exit 1
fi
cat "$report"
if grep -q '^FAILED' "$report"; then
    echo "install test: FAILED" >&2
    exit 1
fi
echo "install test: $(grep -c '^OK' "$report") checks passed"
