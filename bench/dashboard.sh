#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Dashboard: all Decision 766 indicators over 100k cached dossiers, as the
# dashboard and `motcua report` compute them (one scan of the cache's indicator
# columns + client/core computeIndicators: totals, previous period, months),
# beside the sqlite3 CLI computing the same totals and previous-period totals
# with SQL over the same columns of the same file, in the same run. The numbers
# of both are printed and must agree. Goal (issue 18): within 2x of sqlite3 and
# under 150 ms.
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

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== all indicators over $N cached dossiers, period $PERIOD (load average before the runs: $(loadavg))"
"$BUILD/bin/motcua-bench-dashboard" run "$PROFILE" "$PERIOD" "$RUNS" > "$WORK/ours"
ours=$(awk '/^median_ms/ {print $2}' "$WORK/ours")
ours_cpu=$(awk '/^median_cpu_ms/ {print $2}' "$WORK/ours")

# Days since 1970-01-01 (the columns' unit) of the period and of the one before.
day() { echo $(( $(date -ud "$1" +%s) / 86400 )); }
A=$(day 2026-01-01); B=$(day 2026-12-31); PA=$(day 2025-01-01); PB=$(day 2025-12-31)
LAND="'1.009972','1.009974','1.011612','1.004227','1.003010'"
# One scan of each table. Per indicator: numerator and denominator in the
# period (r/f/p = 1) and in the previous one (= 2), in the order of $IDS.
IDS="national_sync on_time apology digitized_dossiers electronic_results signed_results reuse online_dossiers online_payment satisfaction satisfaction_land"
sums() { # $1 = 1 or 2
  local n=$1
  cat <<COLS
  sum(r = $n AND synced), sum(r = $n),
  sum(f = $n AND fin AND outcome = 'on_time'), sum(f = $n AND fin),
  sum(f = $n AND late AND apology), sum(f = $n AND late),
  sum(r = $n AND paper_components = 0 AND input_components > 0), sum(r = $n),
  sum(f = $n AND elec), sum(f = $n AND res),
  sum(f = $n AND elec AND signed_result), sum(f = $n AND elec),
  sum(CASE WHEN r = $n THEN reused_components END), sum(CASE WHEN r = $n THEN inputs END),
  sum(r = $n AND channel = 'online'), sum(r = $n),
  sum(r = $n AND payment = 'online'), sum(r = $n AND payment <> 'none'),
  sum(f = $n AND sat), sum(f = $n AND rated),
  sum(f = $n AND land AND sat), sum(f = $n AND land AND rated)
COLS
}
cat > "$WORK/q.sql" <<SQL
SELECT $(sums 1), $(sums 2) FROM (
  SELECT
    CASE WHEN received_day BETWEEN $A AND $B THEN 1 WHEN received_day BETWEEN $PA AND $PB THEN 2 END AS r,
    CASE WHEN finished_day BETWEEN $A AND $B THEN 1 WHEN finished_day BETWEEN $PA AND $PB THEN 2 END AS f,
    national_synced_at IS NOT NULL AND (finished_at IS NULL OR national_synced_at >= finished_at) AS synced,
    finished_at IS NOT NULL AND state <> 'withdrawn' AS fin,
    finished_at IS NOT NULL AND state <> 'withdrawn' AND outcome = 'late' AS late,
    finished_at IS NOT NULL AND state IN ('result_issued', 'returned') AS res,
    finished_at IS NOT NULL AND state IN ('result_issued', 'returned') AND NOT result_on_paper
      AND result_components > 0 AS elec,
    satisfaction IN ('satisfied', 'very_satisfied') AS sat, satisfaction IS NOT NULL AS rated,
    procedure_code IN ($LAND) AS land, input_components + paper_components AS inputs,
    outcome, apology, signed_result, paper_components, input_components, reused_components, channel, payment
  FROM indicator_dossiers WHERE NOT rejected_at_reception);
SELECT sum(p = 1 AND electronic), sum(p = 1), sum(p = 2 AND electronic), sum(p = 2) FROM (
  SELECT CASE WHEN day BETWEEN $A AND $B THEN 1 WHEN day BETWEEN $PA AND $PB THEN 2 END AS p, electronic
  FROM indicator_transfers WHERE NOT rejected_at_reception);
SQL
refs=""; refs_cpu=""
for i in $(seq 1 "$RUNS"); do
  { echo ".timer on"; cat "$WORK/q.sql"; } | sqlite3 "$DB" > "$WORK/sqlite.out"
  refs="$refs $(grep '^Run Time' "$WORK/sqlite.out" | awk '{s += $4 * 1000} END {printf "%.1f", s}')"
  refs_cpu="$refs_cpu $(grep '^Run Time' "$WORK/sqlite.out" | awk '{s += ($6 + $8) * 1000} END {printf "%.1f", s}')"
done
ref=$(echo $refs | tr ' ' '\n' | median)
ref_cpu=$(echo $refs_cpu | tr ' ' '\n' | median)
# Row 1: the dossier indicators (period, then previous); row 2: the transfers.
grep -v '^Run Time' "$WORK/sqlite.out" | awk -F'|' -v ids="$IDS" '
  NR == 1 { n = split(ids, id, " "); for (i = 1; i <= n; i++) {
      print id[i], ($(2*i-1) == "" ? 0 : $(2*i-1)), ($(2*i) == "" ? 0 : $(2*i));
      print "prev_" id[i], ($(2*n+2*i-1) == "" ? 0 : $(2*n+2*i-1)), ($(2*n+2*i) == "" ? 0 : $(2*n+2*i)) } }
  NR == 2 { print "electronic_transfer", $1 + 0, $2 + 0; print "prev_electronic_transfer", $3 + 0, $4 + 0 }' \
  | sort > "$WORK/theirs.nums"
grep -v '^median' "$WORK/ours" | sort > "$WORK/ours.nums"
if diff -q "$WORK/ours.nums" "$WORK/theirs.nums" >/dev/null; then agree=yes; else agree=NO; diff "$WORK/ours.nums" "$WORK/theirs.nums" || true; fi
#! CPU time (user + system) is the primary number: on a shared, loaded machine the
#! wall time mostly measures the wait for a core.
echo "motcua (indicator column scan + computeIndicators), median of $RUNS: cpu_ms=$ours_cpu wall_ms=$ours"
echo "reference sqlite3 (same totals and previous-period totals in SQL over the same columns, same file), median of $RUNS: cpu_ms=$ref_cpu wall_ms=$ref (cpu runs: $refs_cpu; wall runs: $refs)"
echo "load average after the runs: $(loadavg)"
echo "numbers agree: $agree"
awk -v o="$ours" -v r="$ref" 'BEGIN {printf "wall: ratio motcua/sqlite3 = %.2f (goal <= 2); under 150 ms: %s\n", o / r, (o < 150 ? "yes" : "no")}'
awk -v o="$ours_cpu" -v r="$ref_cpu" 'BEGIN {printf "cpu:  ratio motcua/sqlite3 = %.2f (goal <= 2); under 150 ms: %s\n", o / r, (o < 150 ? "yes" : "no")}'
