#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Longer libFuzzer campaign over every target of tests/fuzz (the ctest entries
# fuzz_smoke and fuzz_server run 20 s each). BENCH_FUZZ_SECONDS per target (default
# 600), niced. The corpus grows in $BUILD_DIR/fuzz-work/corpus-*; prints executions
# and coverage (cov:/ft:) per target. A finding fails the run and leaves the input in
# $BUILD_DIR/fuzz-work/found-*: fix it, then copy it into
# tests/data/signing/fuzz-regressions/ (tst_hostilepdf validates every file there).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${MOTCUA_BUILD_DIR:-$ROOT/build}"
SECONDS_PER_TARGET="${BENCH_FUZZ_SECONDS:-600}"
pdf="$ROOT/tests/data/fuzz/seeds" corpus="$ROOT/tests/fuzz/corpus"
export MOTCUA_FUZZ_WORK="$BUILD_DIR/fuzz-work"
run() { nice -n 10 "$ROOT/tests/fuzz/run.sh" "$BUILD_DIR/tests/fuzz/clang" "$SECONDS_PER_TARGET" "$@"; }
rc=0
run --leaks --dict="$ROOT/tests/fuzz/pdf.dict" pdffile="$pdf" revisiondiff="$pdf" validator="$pdf" || rc=1
run router="$corpus/router" json="$corpus/json" head="$corpus/head" || rc=1
exit $rc
