#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Batch approval end to end: `motcua approve --batch` signs N draft results with a
# SoftHSM2 token (one login), time-stamps them with the server's /tsa (B-T), queues
# approve + sign_result and pushes them (upload of each signed PDF) to the
# reference server on loopback. Beside it, in the same run, the signing floor on
# the same drafts: read + SHA-256 + one `openssl pkeyutl -sign` per file (like
# bench/sign.sh). Prints ms per dossier. Needs the keychain session of ./dev.sh bench.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=testca.inc
source "$ROOT/bench/testca.inc"
BIN="${MOTCUA_BUILD_DIR:-$ROOT/build}/bin"
N="${BENCH_BATCH_COUNT:-200}"
# H19.X01 gets ~4% of the demo dossiers at awaiting_approval: seed enough for N.
SEED="${MOTCUA_BENCH_SEED:-$(( N * 30 ))}"
SOFTHSM_MODULE="${SOFTHSM_MODULE:-/usr/lib/softhsm/libsofthsm2.so}"
WORK=$(mktemp -d /tmp/motcua-bench-batch.XXXXXX)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
[ -x "$BIN/motcua" ] && [ -x "$BIN/motcua-central" ] || { echo "build motcua and motcua-central first" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "bench/batch.sh needs sqlite3" >&2; exit 2; }
cd "$WORK"

now_ns() { date +%s%N; }

# --- keys: test CA, signer on a SoftHSM2 token --------------------------------------
make_test_signer "Bench CA" "Bench Supervisor"
mkdir tokens
printf 'directories.tokendir = %s/tokens\nobjectstore.backend = file\nlog.level = ERROR\n' "$WORK" > softhsm2.conf
export SOFTHSM2_CONF="$WORK/softhsm2.conf"
softhsm2-util --init-token --free --label bench --so-pin 12345678 --pin 1234 >/dev/null
softhsm2-util --import leaf.key --token bench --id 01 --label sign --pin 1234 >/dev/null
pkcs11-tool --module "$SOFTHSM_MODULE" --token-label bench --login --pin 1234 \
    --write-object leaf.der --type cert --id 01 --label sign >/dev/null 2>&1

# --- server and profile ------------------------------------------------------------
"$BIN/motcua-central" --listen 127.0.0.1:0 --db "sqlite:$WORK/central.sqlite" --data-dir "$WORK/data" \
  --demo --demo-size "$SEED" --port-file "$WORK/port" >"$WORK/server.out" 2>"$WORK/server.err" &
SERVER_PID=$!
for _ in $(seq 1 3000); do [ -s "$WORK/port" ] && break; sleep 0.2; done
[ -s "$WORK/port" ] || { echo "server did not start"; cat "$WORK/server.err"; exit 1; }
URL="http://127.0.0.1:$(cat "$WORK/port")"
P="$WORK/profile"
export MOTCUA_PASSWORD=demo QT_LOGGING_RULES="motcua.*.debug=false;motcua.*.info=false"
"$BIN/motcua" login --profile "$P" --server "$URL" --user lanhdao1 >/dev/null
"$BIN/motcua" sync --profile "$P" >/dev/null
mapfile -t CODES < <(sqlite3 "$WORK/central.sqlite" \
  "SELECT code FROM dossiers WHERE state='awaiting_approval' AND agency_code='H19.X01' ORDER BY code LIMIT $N")
[ "${#CODES[@]}" -eq "$N" ] || { echo "only ${#CODES[@]} dossiers awaiting approval; raise MOTCUA_BENCH_SEED" >&2; exit 1; }

# The drafts' bytes, for the floor (the server's copies of the same documents).
mkdir drafts
i=0
while IFS='|' read -r id data; do
  sha=$(printf '%s' "$data" | python3 -c "import sys,json; d=json.load(sys.stdin); print(next(c['sha256'] for c in d['components'] if c['id']=='$id-kq'))")
  cp "$WORK/data/documents/${sha:0:2}/$sha" "drafts/$(printf %04d $i).pdf"; i=$((i + 1))
done < <(for c in "${CODES[@]}"; do sqlite3 "$WORK/central.sqlite" "SELECT id, data FROM dossiers WHERE code='$c'"; done)
DRAFT_KB=$(du -sk drafts | cut -f1)

# --- floor: read + SHA-256 + one RSA signature per draft (openssl CLI) -------------
start=$(now_ns)
for f in drafts/*.pdf; do
  openssl dgst -sha256 -binary "$f" > h.bin
  openssl pkeyutl -sign -inkey leaf.key -pkeyopt digest:sha256 -in h.bin -out s.bin
done
floor_ns=$(( $(now_ns) - start ))

# --- motcua approve: download, sign (token), time-stamp, queue, push ----------------
start=$(now_ns)
MOTCUA_PIN=1234 "$BIN/motcua" approve --profile "$P" --batch "${CODES[@]}" \
  --pkcs11-module "$SOFTHSM_MODULE" --token bench --json > approve.json
batch_ns=$(( $(now_ns) - start ))
approved=$(python3 -c "import json; print(json.load(open('approve.json'))['approved'])")
[ "$approved" -eq "$N" ] || { echo "approved $approved of $N" >&2; exit 1; }
issued=$(sqlite3 "$WORK/central.sqlite" "SELECT count(*) FROM dossiers WHERE state='result_issued' AND code IN ($(printf "'%s'," "${CODES[@]}" | sed 's/,$//'))")
[ "$issued" -eq "$N" ] || { echo "server: $issued of $N result_issued" >&2; exit 1; }
sample=$(python3 -c "import json; print(json.load(open('approve.json'))['items'][0]['signed_sha256'])")
pdfsig "$WORK/data/documents/${sample:0:2}/$sample" 2>/dev/null | grep -q "Signature is Valid." \
  || { echo "pdfsig: sample signature not valid" >&2; exit 1; }

per() { echo "scale=2; $1 / $N / 1000000" | bc; }
printf 'drafts: %d PDFs, %d KB in total; server seeded with %d dossiers\n\n' "$N" "$DRAFT_KB" "$SEED"
printf '%-62s %12s %14s\n' "method ($N dossiers)" "total ms" "ms per dossier"
printf '%-62s %12s %14s\n' "floor: sha256 + openssl pkeyutl -sign per draft" "$(echo "scale=2; $floor_ns/1000000" | bc)" "$(per $floor_ns)"
printf '%-62s %12s %14s\n' "motcua approve --batch (sign+TSA+queue+upload+approve, 1 login)" "$(echo "scale=2; $batch_ns/1000000" | bc)" "$(per $batch_ns)"
echo
echo "ratio motcua approve / floor: $(echo "scale=2; $batch_ns / $floor_ns" | bc)"
echo "(the floor only hashes and signs; the batch also downloads each draft, time-stamps each signature"
echo " at the server's /tsa, writes the signed PDF, uploads it and sends approve + sign_result per dossier)"
