#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Image assembly benchmark: the same 50 generated 300 dpi A4 scans (20 colour JPEG,
# 20 grey PNG, 10 black-and-white PNG, as desk scanners save them) made into one PDF
# by our assembler (motcua-assemble-bench, the code of the reception screen and
# `motcua receive`) and by img2pdf, in the same run. Prints time and output size;
# checks both outputs with qpdf --check and pdfinfo (50 pages).
# img2pdf is lossless (JPEG as is, PNG as Flate); ours keeps JPEG as is, 1-bit pages
# as 1-bit Flate, and re-encodes other PNG pages as JPEG (grey when grey), quality 70.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${MOTCUA_BUILD_DIR:-$ROOT/build}"
TOOL="$BUILD_DIR/bin/motcua-assemble-bench"
RUNS="${BENCH_ASSEMBLE_RUNS:-2}"
[ -x "$TOOL" ] || { echo "build motcua-assemble-bench first ($TOOL)" >&2; exit 2; }
command -v img2pdf >/dev/null || { echo "img2pdf is not installed" >&2; exit 2; }

W="$(mktemp -d /tmp/motcua-bench-assemble.XXXXXX)"
trap 'rm -rf "$W"' EXIT
cd "$W"
mkdir scans

# --- 50 scans: text lines, a stamp, paper noise ----------------------------------------
# The paper (with its noise, the slow part) is made once per kind; each page then only
# draws its own lines on it, from ImageMagick's memory-mapped cache (.mpc), two at a time.
# Last session 50 full noise renders did not finish in the time given; this takes ~1 min.
convert -size 2480x3508 xc:'#fbf8f0' -seed 7 -attenuate 0.4 +noise Gaussian -depth 8 paper-colour.mpc
convert -size 2480x3508 xc:'#f4f4f4' -seed 8 -attenuate 0.15 +noise Gaussian -colorspace Gray -depth 8 paper-grey.mpc
convert -size 2480x3508 xc:white -colorspace Gray -depth 8 paper-bw.mpc
page() { # $1 out, $2 type (colour|grey|bw), $3 seed
    local lines=()
    for i in $(seq 0 38); do
        lines+=(-draw "rectangle 250,$((500 + i * 70)) $((900 + (i * 37 + $3 * 53) % 1300)),$((530 + i * 70))")
    done
    case "$2" in
    colour) convert paper-colour.mpc -fill '#1a1a3a' "${lines[@]}" \
                -fill none -stroke '#c0141c' -strokewidth 12 -draw "circle 1900,3000 2150,3000" \
                -units PixelsPerInch -density 300 -quality 85 "$1" ;;
    grey) convert paper-grey.mpc -fill '#202020' "${lines[@]}" -units PixelsPerInch -density 300 "$1" ;;
    bw) convert paper-bw.mpc -fill black "${lines[@]}" -type Bilevel -units PixelsPerInch -density 300 "$1" ;;
    esac
}
export -f page
for i in $(seq -w 1 50); do
    n=$((10#$i))
    if [ "$n" -le 20 ]; then echo "scans/s$i.jpg colour $n"
    elif [ "$n" -le 40 ]; then echo "scans/s$i.png grey $n"
    else echo "scans/s$i.png bw $n"; fi
done | xargs -P 2 -L 1 bash -c 'page "$@"' _
[ "$(ls scans | wc -l)" -eq 50 ] || { echo "could not generate the 50 scans" >&2; exit 1; }
IN_MB=$(du -sm scans | cut -f1)
echo "scans: 50 pages at 300 dpi A4 (20 colour JPEG, 20 grey PNG, 10 black-and-white PNG), $IN_MB MB"

now_ns() { date +%s%N; }
best() { sort -n | head -1; }
ours=(); ref=()
for r in $(seq 1 "$RUNS"); do
    s=$(now_ns); "$TOOL" ours.pdf scans/*; ours+=($(( $(now_ns) - s )))
    s=$(now_ns); img2pdf scans/* -o ref.pdf; ref+=($(( $(now_ns) - s )))
done
for f in ours.pdf ref.pdf; do
    qpdf --check "$f" >/dev/null || { echo "qpdf --check failed on $f" >&2; exit 1; }
    pdfinfo "$f" | grep -q "^Pages: *50$" || { echo "$f does not have 50 pages" >&2; exit 1; }
done
ms() { echo "scale=0; $1 / 1000000" | bc; }
kb() { echo $(( $(stat -c %s "$1") / 1024 )); }
o=$(printf '%s\n' "${ours[@]}" | best); g=$(printf '%s\n' "${ref[@]}" | best)
printf '\n%-34s %14s %14s\n' "tool (best of $RUNS)" "time ms" "output KB"
printf '%-34s %14s %14s\n' "motcua assembler" "$(ms "$o")" "$(kb ours.pdf)"
printf '%-34s %14s %14s\n' "img2pdf $(img2pdf --version 2>&1 | awk '{print $NF}')" "$(ms "$g")" "$(kb ref.pdf)"
