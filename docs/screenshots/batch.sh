#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the batch approval screen (docs/screenshots/batch-*.png): the
# real desk app under Xvfb, signed in as lanhdao1 on motcua-central --demo, a
# PKCS#12 signer chosen in Settings (QSettings group "signing"); the selection,
# a run in progress and the finished run. Run inside the keychain session:
#   ./dev.sh with-session docs/screenshots/batch.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../bench/testca.inc
source "$ROOT/bench/testca.inc"
BIN="${MOTCUA_BUILD_DIR:-$ROOT/build}/bin"
OUT="$ROOT/docs/screenshots"
W=$(mktemp -d /tmp/motcua-shot-batch.XXXXXX)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$W"; }
trap cleanup EXIT
cd "$W"

# A signer: test CA and a supervisor's certificate in a PKCS#12 file.
make_test_signer "Demo CA" "Lanh Dao 1"
openssl pkcs12 -export -inkey leaf.key -in leaf.pem -certfile ca.pem -out lanhdao1.p12 -passout pass:123456 -name signer

"$BIN/motcua-central" --listen 127.0.0.1:0 --db "sqlite:$W/central.sqlite" --data-dir "$W/data" \
  --demo --demo-size "${SHOT_DEMO_SIZE:-3000}" --port-file "$W/port" >"$W/server.out" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 3000); do [ -s "$W/port" ] && break; sleep 0.2; done
URL="http://127.0.0.1:$(cat "$W/port")"
P="$W/profile"
MOTCUA_PASSWORD=demo "$BIN/motcua" login --profile "$P" --server "$URL" --user lanhdao1 >/dev/null
"$BIN/motcua" sync --profile "$P" --prefetch >/dev/null

mkdir -p "$HOME/.config/MotCua"
printf '[signing]\nkind=pkcs12\np12=%s\n' "$W/lanhdao1.p12" > "$HOME/.config/MotCua/motcua-desk.conf"

export OUT P SHOT_LANG="${SHOT_LANG:-vi}"
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
  QT_QUICK_BACKEND=software "'"$BIN"'/motcua-desk" --profile "$P" --lang "${SHOT_LANG:-vi}" & APP=$!
  sleep 8
  xdotool search --sync --onlyvisible --class motcua-desk windowactivate --sync 2>/dev/null || true
  xdotool mousemove 114 119 click 1; sleep 2
  xdotool key ctrl+shift+a; sleep 1
  xdotool mousemove 300 175 click 1; sleep 3
  import -window root "$OUT/batch-select-${SHOT_LANG:-vi}.png"
  xdotool mousemove '"${SHOT_PIN_X:-1274}"' '"${SHOT_PIN_Y:-931}"' click 1; sleep 0.5
  xdotool type 123456; xdotool key Return
  sleep '"${SHOT_RUN_DELAY:-3}"'
  import -window root "$OUT/batch-running-${SHOT_LANG:-vi}.png"
  sleep '"${SHOT_DONE_DELAY:-45}"'
  import -window root "$OUT/batch-done-${SHOT_LANG:-vi}.png"
  kill $APP
'
