#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Initial sync of ~100k dossiers' metadata by `motcua sync` from the reference
# server on loopback (dossiers/s, peak RSS with /usr/bin/time -v from Debian's
# `time` package), beside sqlite3 importing the same rows (the client cache's
# dossiers table, exported as INSERTs) in one transaction, in the same run:
# RUNS rounds (default 3) interleaved, medians compared.
# The demo seeds dossiers over many agencies; chuyenvien1 (H19.X01) sees about
# 40% of them, so 250k are seeded for ~100k in scope (MOTCUA_BENCH_SEED).
# Needs the keychain session of ./dev.sh bench.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${MOTCUA_BUILD_DIR:-$ROOT/build}/bin"
SEED="${MOTCUA_BENCH_SEED:-250000}"
WORK=$(mktemp -d /tmp/motcua-bench-sync.XXXXXX)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
[ -x /usr/bin/time ] || { echo "bench/sync.sh needs /usr/bin/time (Debian package: time)"; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench/sync.sh needs sqlite3 (Debian package: sqlite3)"; exit 1; }

t0=$(date +%s.%N)
"$BIN/motcua-central" --listen 127.0.0.1:0 --db "sqlite:$WORK/central.sqlite" --data-dir "$WORK/data" \
  --demo --demo-size "$SEED" --port-file "$WORK/port" >"$WORK/server.out" 2>"$WORK/server.err" &
SERVER_PID=$!
for _ in $(seq 1 3000); do [ -s "$WORK/port" ] && break; sleep 0.2; done
[ -s "$WORK/port" ] || { echo "server did not start"; cat "$WORK/server.err"; exit 1; }
seed_s=$(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN{printf "%.1f", a-b}')
URL="http://127.0.0.1:$(cat "$WORK/port")"

RUNS="${RUNS:-3}"
export MOTCUA_PASSWORD=demo QT_LOGGING_RULES="motcua.*.debug=false;motcua.*.info=false"
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# Where the time goes: the same feed paged by a client that stores nothing.
feed_n=0; feed_s=1
if [ -f "$ROOT/bench/changes_feed_client.py" ]; then
  read -r feed_n feed_s _ < <(/usr/bin/python3 "$ROOT/bench/changes_feed_client.py" "$URL/api/v1" chuyenvien1 500)
fi

# RUNS rounds, each: a fresh profile's first sync (push + directory + whole pull),
# then the reference. This machine's speed drifts from minute to minute (the
# same sqlite3 import has taken 2.2 s and 3.6 s of CPU), so the two are
# interleaved and the medians compared. Each timed step starts with the disk
# caches flushed (sync), so that neither pays for the other's writes.
walls=() cpus=() rsss=() refs=() refcpus=()
for run in $(seq 1 "$RUNS"); do
  P="$WORK/profile$run"
  "$BIN/motcua" login --profile "$P" --server "$URL" --user chuyenvien1 >/dev/null
  sync
  /usr/bin/time -v -o "$WORK/time.txt" "$BIN/motcua" sync --profile "$P" --json >"$WORK/sync.json"
  n=$(sqlite3 "$P/cache.sqlite" "SELECT count(*) FROM dossiers")
  walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,t,":"); s=0; for(i=1;i<=length(t);i++) s=s*60+t[i]; print s}' "$WORK/time.txt")")
  rsss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")")
  cpus+=("$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$WORK/time.txt")")

  # The reference: sqlite3 importing the same rows (same table, same columns) in one transaction.
  if [ ! -s "$WORK/import.sql" ]; then
    {
      echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
      sqlite3 "$P/cache.sqlite" ".schema dossiers" | grep -v '^CREATE INDEX'
      echo "BEGIN;"
      sqlite3 "$P/cache.sqlite" ".mode insert dossiers" "SELECT * FROM dossiers"
      echo "COMMIT;"
    } >"$WORK/import.sql"
  fi
  rm -f "$WORK"/reference.sqlite*
  sync
  /usr/bin/time -f "%e %U %S" -o "$WORK/ref-time.txt" sqlite3 "$WORK/reference.sqlite" <"$WORK/import.sql" >/dev/null
  read -r r_s r_user r_sys <"$WORK/ref-time.txt"
  refs+=("$r_s")
  refcpus+=("$(awk -v a="$r_user" -v b="$r_sys" 'BEGIN{printf "%.2f", a+b}')")
  ref_n=$(sqlite3 "$WORK/reference.sqlite" "SELECT count(*) FROM dossiers")
  printf 'round %d: motcua sync %6.2f s (CPU %s s), sqlite3 import %6.2f s (CPU %s s): %.1fx\n' "$run" \
    "${walls[-1]}" "${cpus[-1]}" "$r_s" "${refcpus[-1]}" "$(awk -v a="${walls[-1]}" -v b="$r_s" 'BEGIN{print a/b}')"
  rm -rf "$P"
done
wall=$(printf '%s\n' "${walls[@]}" | median)
cpu_s=$(printf '%s\n' "${cpus[@]}" | median)
rss_kb=$(printf '%s\n' "${rsss[@]}" | sort -n | tail -1)
ref_s=$(printf '%s\n' "${refs[@]}" | median)
ref_cpu=$(printf '%s\n' "${refcpus[@]}" | median)

printf 'seeded %d dossiers in %s s; chuyenvien1 sees %d\n' "$SEED" "$seed_s" "$n"
echo "motcua sync: the pages of 1000 fetched over HTTP and decoded, each written in one transaction with"
echo "  its cursor (four pages per transaction in a first pull: dossiers with their JSON as"
echo "  received, search index; components are a view over the JSON), the next pages fetched and decoded while"
echo "  one is written; a first pull builds the 9 secondary indexes once at its end. A new cache has 16 KiB pages."
echo "sqlite3: the same dossiers rows (same columns, exported as INSERTs) in ONE transaction into the table"
echo "  alone: no components, no search index, no secondary index, no network."
printf 'medians of %d rounds:\n' "$RUNS"
printf 'motcua sync (HTTP + JSON + cache with indexes and FTS): %6d dossiers in %6.2f s = %8.0f dossiers/s | CPU %s s | peak RSS %d MB (highest)\n' \
  "$n" "$wall" "$(awk -v a="$n" -v b="$wall" 'BEGIN{print a/b}')" "$cpu_s" "$((rss_kb / 1024))"
printf 'sqlite3 import of the same rows, one transaction, no index: %6d rows in %6.2f s = %8.0f rows/s | CPU %s s\n' \
  "$ref_n" "$ref_s" "$(awk -v a="$ref_n" -v b="$ref_s" 'BEGIN{print a/b}')" "$ref_cpu"
[ "$feed_n" -gt 0 ] && printf 'server feed alone (python client, stores nothing): %6d dossiers in %6.2f s = %8.0f dossiers/s\n' \
  "$feed_n" "$feed_s" "$(awk -v a="$feed_n" -v b="$feed_s" 'BEGIN{print a/b}')"
printf 'ratio of the medians: motcua sync takes %.1fx the time of the sqlite3 import (goal: within 3x)\n' "$(awk -v a="$wall" -v b="$ref_s" 'BEGIN{print a/b}')"
