#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Signing benchmark: N PDFs of 1-5 MB signed by motcua-sign (PKCS#12 and a SoftHSM2
# token, one batch each), beside the floor (read each file, SHA-256 it, one
# `openssl pkeyutl -sign` each) and beside poppler's `pdfsig -add-signature` (NSS),
# all in the same run on the same files. Prints per-file times in ms.
# Goals (issue 6): within 2x of the floor; at least 10x faster than pdfsig per file.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=testca.inc
source "$ROOT/bench/testca.inc"
BUILD_DIR="${MOTCUA_BUILD_DIR:-$ROOT/build}"
TOOL="$BUILD_DIR/bin/motcua-sign"
N="${BENCH_SIGN_COUNT:-200}"
SOFTHSM_MODULE="${SOFTHSM_MODULE:-/usr/lib/softhsm/libsofthsm2.so}"
[ -x "$TOOL" ] || { echo "build motcua-sign first ($TOOL)" >&2; exit 2; }

W="$(mktemp -d /tmp/motcua-bench-sign.XXXXXX)"
trap 'rm -rf "$W"' EXIT
cd "$W"

now_ns() { date +%s%N; }
ms() { echo "scale=2; $1 / 1000000" | bc; }

# --- keys: test CA, signer, PKCS#12, SoftHSM2 token, NSS db -----------------------
make_test_signer "Bench CA" "Bench Signer"
openssl pkcs12 -export -inkey leaf.key -in leaf.pem -certfile ca.pem -out leaf.p12 -passout pass:bench -name signer
mkdir tokens
printf 'directories.tokendir = %s/tokens\nobjectstore.backend = file\nlog.level = ERROR\n' "$W" > softhsm2.conf
export SOFTHSM2_CONF="$W/softhsm2.conf"
softhsm2-util --init-token --free --label bench --so-pin 12345678 --pin 1234 >/dev/null
softhsm2-util --import leaf.key --token bench --id 01 --label sign --pin 1234 >/dev/null
pkcs11-tool --module "$SOFTHSM_MODULE" --token-label bench --login --pin 1234 \
    --write-object leaf.der --type cert --id 01 --label sign >/dev/null 2>&1
mkdir nss
certutil -N -d sql:nss --empty-password
pk12util -i leaf.p12 -d sql:nss -W bench >/dev/null 2>&1
NICK="$(certutil -L -d sql:nss | awk '/u,u,u/ { $NF=""; sub(/ +$/, ""); print; exit }')"

# --- documents ----------------------------------------------------------------------
/usr/bin/python3 "$ROOT/bench/sign_make_pdfs.py" in "$N"
TOTAL_MB=$(du -sm in | cut -f1)
echo "documents: $N PDFs, $TOTAL_MB MB in total (1-5 MB each)"

# --- floor: read + SHA-256 + one RSA signature per file (openssl CLI) ---------------
start=$(now_ns)
for f in in/*.pdf; do
    openssl dgst -sha256 -binary "$f" > h.bin
    openssl pkeyutl -sign -inkey leaf.key -pkeyopt digest:sha256 -in h.bin -out s.bin
done
floor_ns=$(( $(now_ns) - start ))

# --- motcua-sign, PKCS#12 (one batch) -----------------------------------------------
start=$(now_ns)
MOTCUA_PIN=bench "$TOOL" sign --in in --out out-p12 --p12 leaf.p12 > p12.log
p12_ns=$(( $(now_ns) - start ))

# --- motcua-sign, SoftHSM2 token (one batch, one login) ------------------------------
start=$(now_ns)
MOTCUA_PIN=1234 "$TOOL" sign --in in --out out-hsm --pkcs11-module "$SOFTHSM_MODULE" --token bench > hsm.log
hsm_ns=$(( $(now_ns) - start ))
grep -q "token logins: 1" hsm.log || { echo "expected one token login" >&2; exit 1; }

# --- pdfsig -add-signature, once per file --------------------------------------------
mkdir out-pdfsig
start=$(now_ns)
for f in in/*.pdf; do
    pdfsig -nssdir sql:nss -add-signature -nick "$NICK" "$f" "out-pdfsig/$(basename "$f")" >/dev/null 2>&1
done
pdfsig_ns=$(( $(now_ns) - start ))

# --- sanity: a sample of our outputs is valid for pdfsig ------------------------------
for f in out-p12/doc000.pdf out-hsm/doc000.pdf "out-p12/doc$(printf %03d $((N - 1))).pdf"; do
    pdfsig "$f" 2>/dev/null | grep -q "Signature is Valid." || { echo "invalid signature in $f" >&2; exit 1; }
done

per() { echo "scale=2; $1 / $N / 1000000" | bc; }
printf '\n%-42s %12s %14s\n' "method ($N files)" "total ms" "ms per file"
printf '%-42s %12s %14s\n' "floor: sha256 + openssl pkeyutl -sign" "$(ms $floor_ns)" "$(per $floor_ns)"
printf '%-42s %12s %14s\n' "motcua-sign PKCS#12" "$(ms $p12_ns)" "$(per $p12_ns)"
printf '%-42s %12s %14s\n' "motcua-sign SoftHSM2 (1 login)" "$(ms $hsm_ns)" "$(per $hsm_ns)"
printf '%-42s %12s %14s\n' "pdfsig -add-signature (NSS)" "$(ms $pdfsig_ns)" "$(per $pdfsig_ns)"
echo
echo "ratio motcua-sign PKCS#12 / floor:  $(echo "scale=2; $p12_ns / $floor_ns" | bc)  (goal <= 2)"
echo "ratio motcua-sign SoftHSM2 / floor: $(echo "scale=2; $hsm_ns / $floor_ns" | bc)  (goal <= 2)"
echo "pdfsig / motcua-sign PKCS#12:       $(echo "scale=2; $pdfsig_ns / $p12_ns" | bc)  (goal >= 10)"
echo "pdfsig / motcua-sign SoftHSM2:      $(echo "scale=2; $pdfsig_ns / $hsm_ns" | bc)  (goal >= 10)"
echo "(the floor writes no output; motcua-sign writes every signed file, 1-5 MB each)"
echo
echo "motcua-sign per-file times (ms, PKCS#12): $(grep -o '([0-9]* ms)' p12.log | tr -d '()ms ' | sort -n | awk '{a[NR]=$1} END {printf "min %s, median %s, max %s", a[1], a[int((NR+1)/2)], a[NR]}')"
echo "motcua-sign per-file times (ms, SoftHSM2): $(grep -o '([0-9]* ms)' hsm.log | tr -d '()ms ' | sort -n | awk '{a[NR]=$1} END {printf "min %s, median %s, max %s", a[1], a[int((NR+1)/2)], a[NR]}')"
