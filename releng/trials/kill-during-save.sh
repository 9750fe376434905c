#!/usr/bin/env bash
# Kill-during-save trials: runs the product's mqsec on real key repositories and kills it with
# SIGKILL at a random moment, over and over, then checks with openssl and keytool (never with
# mqsec) that each file is still the old or the new version and opens with its password.
#
# Usage: kill-during-save.sh PRODUCT_DIR WORK_DIR [TRIALS_PER_KIND]   (default 250: 1,000 in all)
#
# Four kinds, each a change that rewrites the whole file:
#   pkcs12  rename an entry back and forth in a 1,000-certificate PKCS#12 (a queue manager's size or more)
#   jks     the same in a JKS file
#   pem     passwd to the same password on a PEM bundle with an encrypted key (rewritten, new salt)
#   stash   passwd --stash between two passwords: key.p12 and key.sth are each checked on their own
#           (the stash by mqsec opening key.p12 with it alone)
# The kill lands anywhere from 40 % to 105 % of an unkilled run's time, so most kills fall while
# the file is encoded or written. Prints one summary line per kind and
# "kill-during-save: N passed, M failed" (M counts corrupt or unreadable files); exits 1 if M > 0.
set -uo pipefail
product=$1
work=$2
per_kind=${3:-250}
mqsec="$product/mqsec"
keytool=${JAVA_HOME:+$JAVA_HOME/bin/}keytool
[ -x "$mqsec" ] || { echo "no mqsec in $product" >&2; exit 2; }
rm -rf "$work"
mkdir -p "$work"
printf 'Trial-Passw0rd\n' > "$work/pw-a"
printf 'Other-Passw0rd\n' > "$work/pw-b"
pa=Trial-Passw0rd
pb=Other-Passw0rd
passed=0
failed=0

now_ms() { date +%s%3N; }

# PKCS#12 with one key and 999 trusted certificates, made by keytool and openssl
make_pkcs12() {
    local dir=$1
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$dir/k.pem" -out "$dir/c.pem" \
        -days 30 -subj "/CN=QM1/O=Trials" >/dev/null 2>&1
    openssl pkcs12 -export -inkey "$dir/k.pem" -in "$dir/c.pem" -name alpha -passout "pass:$pa" \
        -out "$dir/key.p12" >/dev/null 2>&1
    : > "$dir/bulk.pem"
    for i in $(seq 1 999); do
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout /dev/null -days 30 \
            -subj "/CN=Partner $i/O=Trials" 2>/dev/null >> "$dir/bulk.pem"
    done
    "$mqsec" keystore import "$dir/key.p12" --certificates "$dir/bulk.pem" --password-file "$work/pw-a" >/dev/null \
        || { echo "could not fill the PKCS#12 fixture" >&2; exit 2; }
    rm -f "$dir/key.p12.bak"
}

aliases_of() { # FILE TYPE PASSWORD -> the key entry's alias (alpha or beta), or nothing
    "$keytool" -list -keystore "$1" -storetype "$2" -storepass "$3" 2>/dev/null \
        | grep -o '^\(alpha\|beta\),.*PrivateKeyEntry' | cut -d, -f1
}

stash_state() { # FILE -> "opens" when the stash beside FILE opens it (mqsec tries it first, as runmqakm
    # -stashed does), "other" when it is a whole stash of another password, "bad" when it is damaged
    local out
    if out=$("$mqsec" keystore list "$1" 2>&1); then echo opens
    elif grep -q "does not hold its password" <<<"$out"; then echo other
    else echo bad; fi
}

# Runs the command, kills it after a random share of its calibrated time, waits for it.
run_and_kill() {
    local calibrated=$1
    shift
    "$@" >/dev/null 2>&1 &
    local pid=$!
    local delay=$(( calibrated * (40 + RANDOM % 66) / 100 ))
    sleep "$(awk -v d="$delay" 'BEGIN { printf "%.3f", d / 1000 }')"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    [ $? -eq 137 ] && killed=$((killed + 1)) # 128 + SIGKILL: it was still running
}

calibrate() { # time in ms of one unkilled run of the command
    local start end
    start=$(now_ms)
    "$@" >/dev/null 2>&1 || { echo "calibration run failed: $*" >&2; exit 2; }
    end=$(now_ms)
    echo $((end - start))
}

trial_kind() {
    local kind=$1 dir="$work/$1"
    mkdir -p "$dir"
    local file type current next calibrated ok=0 bad=0 old=0 new=0 killed=0 leftovers
    case $kind in
        pkcs12) make_pkcs12 "$dir"; file="$dir/key.p12"; type=PKCS12 ;;
        jks) make_pkcs12 "$dir"; "$mqsec" keystore convert "$dir/key.p12" --to jks --out "$dir/key.jks" \
                --password-file "$work/pw-a" >/dev/null || exit 2; file="$dir/key.jks"; type=JKS ;;
        pem) openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$dir/k.pem" \
                -out "$dir/c.pem" -days 30 -subj "/CN=QM1/O=Trials" >/dev/null 2>&1
             openssl pkcs8 -topk8 -v2 aes-256-cbc -in "$dir/k.pem" -passout "pass:$pa" -out "$dir/ke.pem"
             cat "$dir/ke.pem" "$dir/c.pem" > "$dir/key.pem"; file="$dir/key.pem"; type=PEM ;;
        stash) make_pkcs12 "$dir"; file="$dir/key.p12"; type=PKCS12
               "$mqsec" keystore passwd "$file" --new-password-file "$work/pw-a" --password-file "$work/pw-a" \
                   --stash >/dev/null || exit 2 ;;
    esac
    current=alpha
    local pw_now=pa
    case $kind in
        stash) calibrated=$(calibrate "$mqsec" keystore passwd "$file" --password-file "$work/pw-a" \
                   --new-password-file "$work/pw-a" --stash) ;;
        pem) calibrated=$(calibrate "$mqsec" keystore passwd "$file" --password-file "$work/pw-a" \
                   --new-password-file "$work/pw-a") ;;
        *) calibrated=$(calibrate "$mqsec" keystore rename "$file" --alias alpha --to beta --password-file "$work/pw-a")
           current=beta ;;
    esac
    rm -f "$file.bak"
    for _ in $(seq 1 "$per_kind"); do
        case $kind in
            pkcs12|jks)
                next=$([ "$current" = alpha ] && echo beta || echo alpha)
                run_and_kill "$calibrated" "$mqsec" keystore rename "$file" --alias "$current" --to "$next" \
                    --password-file "$work/pw-a"
                found=$(aliases_of "$file" "$type" "$pa")
                if [ "$found" = "$current" ]; then old=$((old + 1)); ok=$((ok + 1))
                elif [ "$found" = "$next" ]; then new=$((new + 1)); ok=$((ok + 1)); current=$next
                else bad=$((bad + 1)); echo "$kind: unreadable or mixed after a kill" >&2; cp "$file" "$dir/corrupt-$bad"; fi
                ;;
            pem)
                before=$(sha256sum < "$file")
                # PEM keeps no labels: a passwd to the same password rewrites the whole file
                run_and_kill "$calibrated" "$mqsec" keystore passwd "$file" --password-file "$work/pw-a" \
                    --new-password-file "$work/pw-a"
                if openssl pkey -in "$file" -passin "pass:$pa" -noout 2>/dev/null \
                        && openssl x509 -in "$file" -noout 2>/dev/null; then
                    ok=$((ok + 1)); [ "$(sha256sum < "$file")" = "$before" ] && old=$((old + 1)) || new=$((new + 1))
                else bad=$((bad + 1)); echo "pem: unreadable after a kill" >&2; cp "$file" "$dir/corrupt-$bad"; fi
                ;;
            stash)
                local from=$pw_now to
                to=$([ "$from" = pa ] && echo pb || echo pa)
                run_and_kill "$calibrated" "$mqsec" keystore passwd "$file" --password-file "$work/pw-${from#p}" \
                    --new-password-file "$work/pw-${to#p}" --stash
                local opens="" stashed
                openssl pkcs12 -in "$file" -nokeys -noout -passin "pass:${!from}" 2>/dev/null && opens=$from
                [ -z "$opens" ] && openssl pkcs12 -in "$file" -nokeys -noout -passin "pass:${!to}" 2>/dev/null && opens=$to
                stashed=$(stash_state "$file")
                if [ -n "$opens" ] && [ "$stashed" != bad ]; then
                    ok=$((ok + 1)); [ "$opens" = "$from" ] && old=$((old + 1)) || new=$((new + 1)); pw_now=$opens
                    [ "$stashed" = opens ] || lag=$((${lag:-0} + 1))
                else bad=$((bad + 1)); echo "stash: key.p12 opens with neither password or key.sth is damaged" >&2
                     cp "$file" "$dir/corrupt-$bad"; fi
                ;;
        esac
    done
    leftovers=$(find "$dir" -name '.*.tmp' | wc -l)
    echo "$kind: $per_kind runs (calibrated ${calibrated} ms, $killed killed mid-run): $ok readable" \
        "($old old, $new new version), $bad corrupt; $leftovers temporary files left by kills" \
        "${lag:+; the stash lagged key.p12 after $lag kills between the two writes}"
    passed=$((passed + ok))
    failed=$((failed + bad))
    lag=""
}

for kind in pkcs12 jks pem stash; do
    trial_kind "$kind"
done
echo "kill-during-save: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
