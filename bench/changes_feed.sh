#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Changes-feed paging with N demo dossiers (default 100000) on SQLite and
# PostgreSQL: a client pages GET /dossiers/changes (limit 1000) for agency
# H19.X01 (chuyenvien1) and we print dossiers/s beside sqlite3/psql selecting
# the same rows (the same join, same order) in the same run.
# PostgreSQL comes from MOTCUA_TEST_PG (./dev.sh bench starts one).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${MOTCUA_BUILD_DIR:-$ROOT/build}/bin/motcua-central"
N="${MOTCUA_BENCH_DOSSIERS:-100000}"
LIMIT=1000
AGENCY=H19.X01
WORK=$(mktemp -d /tmp/motcua-bench-feed.XXXXXX)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

SQL="SELECT d.data FROM changes c JOIN dossiers d ON d.id = c.dossier_id WHERE c.agency_code = '$AGENCY' AND c.deleted = 0 ORDER BY c.seq"

start_server() { # $1 = db url, $2 = data dir
  rm -f "$2/port"
  local t0=$(date +%s.%N)
  "$BIN" --listen 127.0.0.1:0 --db "$1" --data-dir "$2" --demo --demo-size "$N" --port-file "$2/port" \
    >"$2/stdout" 2>"$2/stderr" &
  SERVER_PID=$!
  for _ in $(seq 1 1500); do [ -s "$2/port" ] && break; sleep 0.2; done
  [ -s "$2/port" ] || { echo "server did not start"; cat "$2/stderr"; exit 1; }
  SEED_S=$(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN{print a-b}')
  URL="http://127.0.0.1:$(cat "$2/port")/api/v1"
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

report() { # backend, dossiers, api seconds, reference rows, reference seconds, reference tool
  printf '%-10s seed %6.1f s | API feed: %6d dossiers in %6.2f s = %8.0f dossiers/s | %s same rows: %6d in %6.2f s = %9.0f rows/s\n' \
    "$1" "$SEED_S" "$2" "$3" "$(awk -v a="$2" -v b="$3" 'BEGIN{print a/b}')" "$6" "$4" "$5" "$(awk -v a="$4" -v b="$5" 'BEGIN{print a/b}')"
}

# --- SQLite ---
mkdir -p "$WORK/sqlite"
start_server "sqlite:$WORK/sqlite/central.sqlite" "$WORK/sqlite"
read -r n s _ < <(/usr/bin/python3 "$ROOT/bench/changes_feed_client.py" "$URL" chuyenvien1 $LIMIT)
stop_server
t0=$(date +%s.%N)
rows=$(sqlite3 "$WORK/sqlite/central.sqlite" "$SQL" | wc -l)
rs=$(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN{print a-b}')
report sqlite "$n" "$s" "$rows" "$rs" sqlite3

# --- PostgreSQL ---
if [ -z "${MOTCUA_TEST_PG:-}" ]; then
  echo "postgresql: MOTCUA_TEST_PG is not set (run through ./dev.sh bench)"; exit 1
fi
DB="motcua_bench_$$"
psql "$MOTCUA_TEST_PG" -qAtc "CREATE DATABASE $DB" >/dev/null
PGURL="${MOTCUA_TEST_PG%/*}/$DB"
mkdir -p "$WORK/pg"
start_server "$PGURL" "$WORK/pg"
read -r n s _ < <(/usr/bin/python3 "$ROOT/bench/changes_feed_client.py" "$URL" chuyenvien1 $LIMIT)
stop_server
t0=$(date +%s.%N)
rows=$(psql "$PGURL" -qAtc "$SQL" | wc -l)
rs=$(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN{print a-b}')
report postgresql "$n" "$s" "$rows" "$rs" psql
psql "$MOTCUA_TEST_PG" -qAtc "DROP DATABASE $DB WITH (FORCE)" >/dev/null
