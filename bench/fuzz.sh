#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Longer libFuzzer campaign for the PDF reader, the revision diff and the validator
# (tests/fuzz/fuzz.sh; the ctest entry fuzz_smoke runs 20 s each). BENCH_FUZZ_SECONDS
# per target (default 600), niced. The corpus grows in $BUILD_DIR/fuzz/corpus-*;
# prints executions and coverage (cov:/ft:) per target. A finding fails the run and
# leaves the input as $BUILD_DIR/fuzz/crash-*: fix it, then copy it into
# tests/data/signing/fuzz-regressions/ (tst_hostilepdf validates every file there).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${MOTCUA_BUILD_DIR:-$ROOT/build}"
SECONDS_PER_TARGET="${BENCH_FUZZ_SECONDS:-600}"
rc=0
nice -n 10 sh "$ROOT/tests/fuzz/fuzz.sh" "$BUILD_DIR/fuzz" "$SECONDS_PER_TARGET" "$@" || rc=$?
for log in "$BUILD_DIR"/fuzz/*.log; do
  [ -e "$log" ] || continue
  printf '%-16s %s\n' "$(basename "$log" .log)" "$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)"
done
exit $rc
