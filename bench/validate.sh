#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validation of hostile-but-honest and hostile PDFs (tests/data/signing/hostile/
# make_hostile.py): `motcua-sign verify` beside poppler's `pdfsig` on the same files,
# in the same run. Files: a signed document whose catalog has 100 000 keys, a signed
# form with 20 000 signature fields, 20 000 signed fields (refused: too complex), and
# an object-stream bomb (3 x 256 MB inflated; refused), with its peak RSS.
# Goal (issue 15): the first two validated in under 1 s each; the bomb under 100 MB.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=testca.inc
source "$ROOT/bench/testca.inc"
BUILD_DIR="${MOTCUA_BUILD_DIR:-$ROOT/build}"
TOOL="$BUILD_DIR/bin/motcua-sign"
RUNS="${BENCH_VALIDATE_RUNS:-3}"
[ -x "$TOOL" ] || { echo "build motcua-sign first ($TOOL)" >&2; exit 2; }

W="$(mktemp -d /tmp/motcua-bench-validate.XXXXXX)"
trap 'rm -rf "$W"' EXIT
cd "$W"

make_test_signer "Bench CA" "Bench Signer"
openssl pkcs12 -export -inkey leaf.key -in leaf.pem -certfile ca.pem -out leaf.p12 -passout pass:bench -name signer
python3 "$ROOT/tests/data/signing/hostile/make_hostile.py" h > /dev/null
MOTCUA_PIN=bench "$TOOL" sign --in h/dict-100k.pdf --out dict-100k-signed.pdf --p12 leaf.p12 > /dev/null
MOTCUA_PIN=bench "$TOOL" sign --in h/fields-20k.pdf --out fields-20k-signed.pdf --p12 leaf.p12 > /dev/null

now_ns() { date +%s%N; }
# best of RUNS, in ms, of a command (its exit status ignored: refusals are verdicts)
best_ms() {
  local best=0 t
  for _ in $(seq "$RUNS"); do
    local s; s=$(now_ns)
    "$@" > /dev/null 2>&1 || true
    t=$(( ($(now_ns) - s) / 1000000 ))
    if [ "$best" -eq 0 ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  echo "$best"
}
peak_mb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%d", $1 / 1024 }'; }
verdict() { "$TOOL" verify "$1" --trust ca.pem --json 2>&1 | python3 -c '
import json, sys
text = sys.stdin.read()
try:
    print(json.loads(text)["verdict"])
except Exception:
    print("refused: " + text.strip().splitlines()[-1][:60])'; }

fail=0
printf '\n%-28s %10s %12s %10s %12s  %s\n' "file" "size KB" "motcua ms" "pdfsig ms" "motcua MB" "our verdict"
for f in dict-100k-signed.pdf fields-20k-signed.pdf h/sigs-20k.pdf h/objstm-bomb.pdf; do
  ours=$(best_ms "$TOOL" verify "$f" --trust ca.pem)
  theirs=$(best_ms timeout 300 pdfsig "$f")
  mb=$(peak_mb "$TOOL" verify "$f" --trust ca.pem || true)
  printf '%-28s %10s %12s %10s %12s  %s\n' "$(basename "$f")" "$(( $(stat -c %s "$f") / 1024 ))" "$ours" "$theirs" \
    "$mb" "$(verdict "$f")"
  case "$f" in
    *signed.pdf) [ "$ours" -lt 1000 ] || { echo "  goal missed: over 1 s" >&2; fail=1; } ;;
    *bomb*) [ "$mb" -lt 100 ] || { echo "  goal missed: over 100 MB" >&2; fail=1; } ;;
  esac
done
echo
exit $fail
