#!/usr/bin/env bash
# Checks the product as an administrator gets it, not the test runtime: the mqsec command runs from
# its start script against a keystore made by keytool, and the workbench starts from mqsec-workbench
# with a file argument, shows its window and logs no errors.
# Usage: product-smoke-test.sh PRODUCT_DIR WORK_DIR
set -uo pipefail
product=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
fail() { echo "product smoke test FAILED: $*" >&2; exit 1; }
say() { echo "product smoke test: $*"; }

keytool=${JAVA_HOME:+$JAVA_HOME/bin/}keytool
"$keytool" -genkeypair -alias qm1 -keyalg EC -groupname secp256r1 -dname "CN=QM1, O=Example, C=GB" \
    -storetype PKCS12 -keystore "$work/qm1.p12" -storepass smoke-pass -keypass smoke-pass -validity 30 \
    >/dev/null 2>&1 || fail "keytool could not create the fixture"
"$keytool" -exportcert -rfc -alias qm1 -keystore "$work/qm1.p12" -storepass smoke-pass -file "$work/qm1.pem" \
    >/dev/null 2>&1 || fail "keytool could not export the fixture certificate"
printf 'smoke-pass\n' > "$work/password"

out=$("$product/mqsec" keystore list "$work/qm1.p12" --password-file "$work/password") \
    || fail "mqsec keystore list exited $?"
grep -q '^qm1 .*Personal (key + certificate).*QM1' <<<"$out" || fail "mqsec keystore list did not list qm1: $out"
json=$("$product/mqsec" keystore show "$work/qm1.p12" --alias qm1 --password-file "$work/password" --json) \
    || fail "mqsec keystore show exited $?"
grep -q '"subject": "CN=QM1,O=Example,C=GB"' <<<"$json" || fail "mqsec keystore show --json: $json"
"$product/mqsec" keystore list "$work/password" 2>"$work/stderr" >/dev/null
code=$?
[ "$code" -eq 1 ] || fail "a non-keystore should exit 1, got $code"
grep -q 'is not a key repository' "$work/stderr" || fail "unclear message: $(cat "$work/stderr")"
"$product/mqsec" keystore create "$work/new.p12" --password-file "$work/password" >/dev/null \
    || fail "mqsec keystore create exited $?"
"$product/mqsec" keystore genkey "$work/new.p12" --alias ibmwebspheremqqm2 --dn "CN=QM2,O=Example,C=GB" \
    --key ec-p256 --password-file "$work/password" >/dev/null || fail "mqsec keystore genkey exited $?"
"$keytool" -list -keystore "$work/new.p12" -storepass smoke-pass | grep -q '^ibmwebspheremqqm2,.*PrivateKeyEntry' \
    || fail "keytool does not list the key mqsec generated"
say "mqsec command line works"

# An administrator who is not the file's owner changes a queue manager's repository: the save cannot
# keep the owner, so it is refused and nothing is written (run as nobody when the build runs as root)
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
    shared="$work/shared"
    mkdir -p "$shared" && chmod 0755 "$work" && chmod 0777 "$shared"
    cp "$work/qm1.p12" "$shared/qm1.p12" && chmod 0666 "$shared/qm1.p12"
    cp "$work/password" "$shared/password" && chmod 0644 "$shared/password"
    before=$(sha256sum < "$shared/qm1.p12")
    HOME=/nonexistent setpriv --reuid=65534 --regid=65534 --clear-groups "$product/mqsec" keystore rename \
        "$shared/qm1.p12" --alias qm1 --to qm1-renamed --password-file "$shared/password" >/dev/null 2>"$work/nobody.err"
    code=$?
    [ "$code" -eq 1 ] || fail "a save that cannot keep root's ownership should exit 1, got $code: $(cat "$work/nobody.err")"
    grep -q 'Nothing was written' "$work/nobody.err" || fail "unclear ownership refusal: $(cat "$work/nobody.err")"
    [ "$(sha256sum < "$shared/qm1.p12")" = "$before" ] || fail "the refused save changed root's file"
    [ "$(ls "$shared" | wc -l)" -eq 2 ] || fail "the refused save left files: $(ls "$shared")"
    say "a save that cannot keep the file's owner is refused and writes nothing"
fi

if [ -z "${DISPLAY:-}" ]; then
    say "no DISPLAY: the workbench start is not checked"
    exit 0
fi
command -v xwininfo >/dev/null || fail "xwininfo (Debian package x11-utils) is needed to see the workbench window"
"$product/mqsec-workbench" -data "$work/workspace" -consoleLog "$work/qm1.pem" >"$work/workbench.out" 2>&1 &
pid=$!
window=""
for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || fail "the workbench exited early: $(cat "$work/workbench.out")"
    window=$(xwininfo -root -tree 2>/dev/null | grep -o '"MQ Security Workbench"' | head -n 1)
    [ -n "$window" ] && break
    sleep 1
done
sleep 3
kill "$pid" 2>/dev/null
# a workbench that does not end within 20 s of SIGTERM is killed, so that the build never waits on it
for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
[ -n "$window" ] || fail "no 'MQ Security Workbench' window appeared: $(cat "$work/workbench.out")"
# severity 4 is ERROR in the Eclipse log format (a missing bundle shows up here)
if grep -h '^!ENTRY .* 4 ' "$work/workbench.out" "$work/workspace/.metadata/.log" 2>/dev/null; then
    fail "the workbench logged errors: $(cat "$work/workbench.out")"
fi
say "the workbench started and showed its window"
