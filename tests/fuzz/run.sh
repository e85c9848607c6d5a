#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs built libFuzzer targets, each for SECONDS, over a working copy of its seeds.
#
#   run.sh BUILD_DIR SECONDS [--leaks] [--dict=FILE] TARGET=SEED_DIR...
#
# BUILD_DIR holds fuzz_TARGET (tests/fuzz/clang). The working corpus is a scratch
# directory, or MOTCUA_FUZZ_WORK/corpus-TARGET when that is set (bench/fuzz.sh: the
# corpus then grows between runs). --leaks turns on LeakSanitizer. Exit status:
# non-zero when a target crashed, leaked, timed out, ran out of memory or a property
# check fired; the failing input (crash-*, leak-*, timeout-*, oom-*) is printed and,
# with MOTCUA_FUZZ_WORK, kept there. Each target's statistics (executions, coverage)
# are printed at the end of its run.
set -u
build=$(cd "$1" && pwd) seconds=$2
shift 2
leaks=0 dict=()
while [ $# -gt 0 ]; do
    case $1 in
    --leaks) leaks=1 ;;
    --dict=*) dict=(-dict="${1#--dict=}") ;;
    *) break ;;
    esac
    shift
done
if [ -n "${MOTCUA_FUZZ_WORK:-}" ]; then
    mkdir -p "$MOTCUA_FUZZ_WORK" && work=$(cd "$MOTCUA_FUZZ_WORK" && pwd)
else
    work=$(mktemp -d /tmp/motcua-fuzz.XXXXXX)
    trap 'rm -rf "$work"' EXIT
fi
rc=0
for spec in "$@"; do
    t=${spec%%=*} seeds=${spec#*=}
    bin="$build/fuzz_$t"
    if [ ! -x "$bin" ]; then echo "missing $bin (is the motcua_fuzz target built?)"; exit 1; fi
    mkdir -p "$work/corpus-$t" "$work/found-$t"
    echo "== fuzz_$t for ${seconds}s"
    status=0
    # libFuzzer writes fuzz-N.log files and artifacts into the working directory.
    ( cd "$work/found-$t" && ASAN_OPTIONS=detect_leaks=$leaks:allocator_may_return_null=1 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$bin" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
        -print_final_stats=1 "${dict[@]}" "$work/corpus-$t" "$seeds" >"$work/$t.log" 2>&1 ) || status=$?
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|stat::(number_of_executed_units|peak_rss_mb)' "$work/$t.log"
    if [ "$status" != 0 ]; then
        echo "fuzz_$t exited with $status:"
        grep -v '^#[0-9]' "$work/$t.log" | tail -40
        rc=1
    fi
    found=$(ls "$work/found-$t"/crash-* "$work/found-$t"/leak-* "$work/found-$t"/timeout-* "$work/found-$t"/oom-* 2>/dev/null)
    if [ -n "$found" ]; then
        echo "fuzz_$t found a failing input:"
        for f in $found; do echo "$f"; head -c 600 "$f" | od -c | head -20; done
        rc=1
    fi
done
exit $rc
