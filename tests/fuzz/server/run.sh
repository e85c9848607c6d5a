#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs each server/codec fuzz target for a short while over a scratch copy of
# its seed corpus. Exit status: non-zero when a target crashed or a sanitizer
# or property check fired (libFuzzer writes the input as crash-*/leak-* in the
# scratch directory and prints it).
# Usage: run.sh BUILD_DIR CORPUS_DIR [SECONDS_PER_TARGET]
set -u
build=$(cd "$1" && pwd) corpus=$(cd "$2" && pwd) seconds=${3:-${MOTCUA_FUZZ_SECONDS:-20}}
work=$(mktemp -d /tmp/motcua-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
rc=0
for t in router json head; do
    bin="$build/fuzz_$t"
    if [ ! -x "$bin" ]; then echo "missing $bin"; exit 1; fi
    mkdir -p "$work/$t"
    cp "$corpus/$t"/* "$work/$t/" 2>/dev/null || true
    echo "== fuzz_$t for ${seconds}s"
    status=0
    ( cd "$work" && ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$bin" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
        -print_final_stats=1 "$work/$t" >"$work/$t.log" 2>&1 ) || status=$?
    grep -v '^#[0-9]' "$work/$t.log" | tail -25
    if [ "$status" != 0 ]; then echo "fuzz_$t exited with $status"; rc=1; fi
    if ls "$work"/crash-* "$work"/timeout-* "$work"/oom-* >/dev/null 2>&1; then
        echo "fuzz_$t found a failing input:"; ls "$work"/crash-* "$work"/timeout-* "$work"/oom-* 2>/dev/null
        for f in "$work"/crash-* "$work"/timeout-* "$work"/oom-*; do [ -f "$f" ] && head -c 600 "$f" | od -c | head -20; done
        rc=1
    fi
done
exit $rc
