#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Dashboard: all Decision 766 indicators over 100k cached dossiers, as the
# dashboard and `motcua report` compute them (read the cached scope from
# SQLite + client/core computeIndicators), beside the sqlite3 CLI computing the
# same aggregates with SQL (json_extract over the same file) in the same run.
# The numbers of both are printed and must agree. Goal (issue 18): within 2x of
# sqlite3 and under 150 ms.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${MOTCUA_BUILD_DIR:-$ROOT/build}"
N="${MOTCUA_BENCH_DASHBOARD_N:-100000}"
RUNS="${MOTCUA_BENCH_RUNS:-5}"
PERIOD=2026
WORK="$(mktemp -d /tmp/motcua-bench-dashboard.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
PROFILE="$WORK/profile"
"$BUILD/bin/motcua-bench-dashboard" fill "$PROFILE" "$N" >/dev/null
DB="$PROFILE/cache.sqlite"
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

echo "== all indicators over $N cached dossiers, period $PERIOD"
"$BUILD/bin/motcua-bench-dashboard" run "$PROFILE" "$PERIOD" "$RUNS" > "$WORK/ours"
ours=$(awk '/^median_ms/ {print $2}' "$WORK/ours")

A=2026-01-01; B=2026-12-31
LAND="'1.009972','1.009974','1.011612','1.004227','1.003010'"
cat > "$WORK/q.sql" <<SQL
WITH d AS (
  SELECT date(json_extract(x.json, '\$.received_at'), '+7 hours') AS rd,
         date(json_extract(x.json, '\$.finished_at'), '+7 hours') AS fd,
         json_extract(x.json, '\$.finished_at') AS f, json_extract(x.json, '\$.due_at') AS due,
         json_extract(x.json, '\$.state') AS st, json_extract(x.json, '\$.supplement_count') AS sc,
         json_extract(x.json, '\$.rejected_at_reception') AS rej, json_extract(x.json, '\$.channel') AS ch,
         json_extract(x.json, '\$.payment') AS pay, json_extract(x.json, '\$.national_synced_at') AS sy,
         ifnull(json_extract(x.json, '\$.paper_components'), 0) AS paper,
         ifnull(json_extract(x.json, '\$.result_on_paper'), 0) AS rop,
         json_extract(x.json, '\$.satisfaction') AS sat, json_extract(x.json, '\$.procedure_code') AS proc,
         (SELECT count(*) FROM json_each(x.json, '\$.components') c WHERE c.value ->> 'kind' = 'input') AS ninput,
         (SELECT count(*) FROM json_each(x.json, '\$.components') c, json_each(x.json, '\$.reused_components') r
           WHERE c.value ->> 'kind' = 'input' AND c.value ->> 'id' = r.value) AS nreused,
         (SELECT count(*) FROM json_each(x.json, '\$.components') c WHERE c.value ->> 'kind' = 'result') AS nres,
         (SELECT count(*) FROM json_each(x.json, '\$.components') c
           WHERE c.value ->> 'kind' = 'result' AND c.value ->> 'signed') AS nsigned,
         (SELECT count(*) FROM json_each(x.json, '\$.components') c WHERE c.value ->> 'kind' = 'apology') AS napo
  FROM dossiers x),
e AS (SELECT *, rd BETWEEN '$A' AND '$B' AND NOT rej AS inr, fd BETWEEN '$A' AND '$B' AND NOT rej AS inf,
             f IS NOT NULL AND st <> 'withdrawn' AS fin,
             f IS NOT NULL AND due IS NOT NULL AND f <= due AND sc <= 1 AS ontime,
             f IS NOT NULL AND st IN ('result_issued', 'returned') AS res FROM d),
g AS (SELECT *, res AND NOT rop AND nres > 0 AS elec FROM e)
SELECT 'national_sync', sum(inr AND sy IS NOT NULL AND (f IS NULL OR sy >= f)), sum(inr) FROM g
UNION ALL SELECT 'on_time', sum(inf AND fin AND ontime), sum(inf AND fin) FROM g
UNION ALL SELECT 'apology', sum(inf AND fin AND NOT ontime AND napo > 0), sum(inf AND fin AND NOT ontime) FROM g
UNION ALL SELECT 'digitized_dossiers', sum(inr AND paper = 0 AND ninput > 0), sum(inr) FROM g
UNION ALL SELECT 'electronic_results', sum(inf AND elec), sum(inf AND res) FROM g
UNION ALL SELECT 'signed_results', sum(inf AND elec AND nsigned > 0), sum(inf AND elec) FROM g
UNION ALL SELECT 'reuse', sum(CASE WHEN inr THEN nreused ELSE 0 END), sum(CASE WHEN inr THEN ninput + paper ELSE 0 END) FROM g
UNION ALL SELECT 'online_dossiers', sum(inr AND ch = 'online'), sum(inr) FROM g
UNION ALL SELECT 'online_payment', sum(inr AND pay = 'online'), sum(inr AND ifnull(pay, 'none') <> 'none') FROM g
UNION ALL SELECT 'satisfaction', sum(inf AND sat IN ('satisfied', 'very_satisfied')), sum(inf AND sat IS NOT NULL) FROM g
UNION ALL SELECT 'satisfaction_land', sum(inf AND proc IN ($LAND) AND sat IN ('satisfied', 'very_satisfied')),
                 sum(inf AND proc IN ($LAND) AND sat IS NOT NULL) FROM g;
SELECT 'electronic_transfer', sum(t.value ->> 'electronic'), count(*) FROM dossiers x, json_each(x.json, '\$.transfers') t
 WHERE date(t.value ->> 'at', '+7 hours') BETWEEN '$A' AND '$B' AND NOT json_extract(x.json, '\$.rejected_at_reception');
SQL
refs=""
for i in $(seq 1 "$RUNS"); do
  { echo ".timer on"; cat "$WORK/q.sql"; } | sqlite3 "$DB" > "$WORK/sqlite.out"
  refs="$refs $(grep '^Run Time' "$WORK/sqlite.out" | awk '{s += $4 * 1000} END {printf "%.1f", s}')"
done
ref=$(echo $refs | tr ' ' '\n' | median)
grep -v '^Run Time' "$WORK/sqlite.out" | tr '|' ' ' | sort > "$WORK/theirs.nums"
grep -v '^median_ms' "$WORK/ours" | sort > "$WORK/ours.nums"
if diff -q "$WORK/ours.nums" "$WORK/theirs.nums" >/dev/null; then agree=yes; else agree=NO; diff "$WORK/ours.nums" "$WORK/theirs.nums" || true; fi
echo "motcua (cached scope + computeIndicators): median_ms=$ours"
echo "reference sqlite3 (same aggregates in SQL, json_extract, same file): median_ms=$ref runs_ms=$refs"
echo "numbers agree: $agree"
awk -v o="$ours" -v r="$ref" 'BEGIN {printf "ratio motcua/sqlite3 = %.2f (goal <= 2); under 150 ms: %s\n", o / r, (o < 150 ? "yes" : "no")}'
