#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Search over a cache of 100k synthetic Vietnamese dossiers: median latency of a
# name search through the store (DossierRepository::list: FTS5 match, sort by
# due date, first 50 rows, JSON decoded) beside the sqlite3 shell running the
# very same SQL on the same file in the same run. Goal: under 10 ms for a name.
# Usage: bench/search.sh [COUNT] [QUERIES]   (defaults 100000 200)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${MOTCUA_BUILD_DIR:-$ROOT/build}"
BIN="$BUILD_DIR/bin/motcua-bench-search"
COUNT="${1:-100000}"
QUERIES="${2:-200}"
[ -x "$BIN" ] || { echo "search.sh: $BIN not built (./dev.sh build)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "search.sh: sqlite3 shell not installed" >&2; exit 1; }

WORK="$(mktemp -d /tmp/motcua-bench-search.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

echo "== search: $COUNT dossiers, $QUERIES name queries (sqlite $(sqlite3 --version | cut -d' ' -f1))"
QT_LOGGING_RULES="motcua.store.info=false" "$BIN" --profile "$WORK/profile" --count "$COUNT" --queries "$QUERIES" \
    --sql-out "$WORK/queries.sql" | tee "$WORK/ours.txt"

# The reference: the sqlite3 shell, same file, same statements (.timer per statement).
sqlite3 "$WORK/profile/cache.sqlite" < "$WORK/queries.sql" > "$WORK/sqlite3.txt"
python3 - "$WORK/sqlite3.txt" "$WORK/ours.txt" <<'PY'
import re, statistics, sys
real, cpu = [], []
for line in open(sys.argv[1]):
    m = re.match(r"Run Time: real ([\d.]+) user ([\d.]+) sys ([\d.]+)", line)
    if m:
        real.append(float(m.group(1)) * 1000)
        cpu.append((float(m.group(2)) + float(m.group(3))) * 1000)
if not real:
    sys.exit("search.sh: no timings from sqlite3")
ours = dict(kv.split("=") for kv in open(sys.argv[2]).read().split() if "=" in kv)
med = float(ours["motcua_search_median_ms"])
print(f"sqlite3_shell_median_ms={statistics.median(real):.3f} (wall, 1 ms resolution) "
      f"sqlite3_shell_median_cpu_ms={statistics.median(cpu):.3f} queries={len(real)}")
print(f"RESULT search name median: motcua {med:.3f} ms, sqlite3 shell {statistics.median(cpu):.3f} ms (cpu) "
      f"— goal < 10 ms: {'met' if med < 10 else 'NOT met'}")
PY
