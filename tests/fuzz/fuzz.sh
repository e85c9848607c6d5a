#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang++ -fsanitize=fuzzer,address against the signing
# sources; independent of the project's compiler) and runs each for N seconds.
#
#   tests/fuzz/fuzz.sh BUILD_DIR SECONDS_PER_TARGET [TARGET...]
#     TARGET: pdffile, revisiondiff, validator (default: all three)
#   env CLANGXX (default clang++-14, else clang++), FUZZ_JOBS (default 1)
#
# Exit status: 0 when every target ran its time without a finding; 1 when a target
# crashed, leaked, timed out or ran out of memory (the input is kept as
# BUILD_DIR/crash-*, with the fuzzer's log in BUILD_DIR/TARGET.log); 2 when the
# targets cannot be built. Seeds: tests/data/fuzz/seeds (read only) plus a working
# corpus in BUILD_DIR/corpus-TARGET that grows between runs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
out=${1:?build dir}
mkdir -p "$out" && out=$(cd "$out" && pwd)
seconds=${2:?seconds per target}
shift 2
targets=${*:-pdffile revisiondiff validator}
cxx=${CLANGXX:-$(command -v clang++-14 || command -v clang++ || true)}
[ -n "$cxx" ] || { echo "fuzz.sh: no clang++" >&2; exit 2; }
mkdir -p "$out"

flags="-std=c++20 -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fPIC \
    -I$src/client $(pkg-config --cflags Qt6Core Qt6Network openssl zlib)"
libs="$(pkg-config --libs Qt6Core Qt6Network openssl zlib)"
lib_sources="pdfobject pdfparser pdffile revisiondiff signaturereport pdfsignaturevalidator opensslutil
    chainvalidation revocation dsswriter documenttimestamp httpfetch incrementalupdate signaturefield tsaclient"

compile() { # source object
    if [ ! -f "$2" ] || [ "$1" -nt "$2" ] || [ -n "$(find "$src/client/signing" "$src/client/core" -name '*.h' -newer "$2" | head -1)" ]; then
        echo "fuzz.sh: compiling $(basename "$1")"
        # shellcheck disable=SC2086
        "$cxx" $flags -c "$1" -o "$2" || exit 2
    fi
}
objs=""
for s in $lib_sources; do
    compile "$src/client/signing/$s.cpp" "$out/$s.o"
    objs="$objs $out/$s.o"
done
compile "$src/client/core/transport.cpp" "$out/transport.o"
objs="$objs $out/transport.o"
for t in $targets; do
    compile "$here/fuzz_$t.cpp" "$out/fuzz_$t.o"
    if [ ! -x "$out/fuzz_$t" ] || [ -n "$(find $objs "$out/fuzz_$t.o" -newer "$out/fuzz_$t" | head -1)" ]; then
        # shellcheck disable=SC2086
        "$cxx" -fsanitize=fuzzer,address,undefined -o "$out/fuzz_$t" "$out/fuzz_$t.o" $objs $libs || exit 2
    fi
done
[ "$seconds" -gt 0 ] || exit 0

status=0
cd "$out" # libFuzzer writes fuzz-N.log files into the working directory
for t in $targets; do
    mkdir -p "$out/corpus-$t"
    echo "fuzz.sh: running fuzz_$t for ${seconds}s"
    if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 "$out/fuzz_$t" \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=1536 -max_len=65536 -jobs="${FUZZ_JOBS:-1}" \
        -workers="${FUZZ_JOBS:-1}" -print_final_stats=1 -dict="$here/pdf.dict" -artifact_prefix="$out/" \
        "$out/corpus-$t" "$src/tests/data/fuzz/seeds" > "$out/$t.log" 2>&1; then
        grep -E '^#[0-9]+[[:space:]]+(DONE|INITED)|stat::number_of_executed_units|stat::peak_rss_mb' "$out/$t.log" | tail -3
    else
        status=1
        echo "fuzz.sh: fuzz_$t found a problem:" >&2
        grep -E 'ERROR|SUMMARY|Test unit written|deadly signal' "$out/$t.log" >&2 || tail -30 "$out/$t.log" >&2
    fi
done
exit $status
