#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# First page of a 300-page scanned PDF at 96 dpi: ours (open → first page rendered
# through RenderQueue, in-process, as in the running app) beside
# `pdftoppm -f 1 -l 1 -r 96` on the same file (whole process); also the QML viewer
# from setting its source to page 1 on screen (fit width, so a larger image than
# 96 dpi). Medians of RUNS runs, interleaved. Goal: the viewer's page 1 on screen
# within 1.5x of pdftoppm -r 96. Scanned pages (no fonts) are drawn by Poppler's
# QPainter backend, pages with text by Splash (as pdftoppm): see PdfDocument::render.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/pdf_common.inc"
RUNS="${RUNS:-9}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$BENCH_BIN" first-page "$SCANNED" >/dev/null 2>&1        # warm the page cache of the OS
pdftoppm -f 1 -l 1 -r 96 "$SCANNED" "$tmp/ref" >/dev/null
ours=() ourproc=() ref=() viewer=() refwide=()
for _ in $(seq 1 "$RUNS"); do
  line=$("$BENCH_BIN" first-visible "$SCANNED" 2>/dev/null)
  viewer+=("$(sed -n 's/.*first_visible_ms=\([0-9.]*\).*/\1/p' <<<"$line")")
  t0=$(now_ms)
  line=$("$BENCH_BIN" first-page "$SCANNED" 2>/dev/null)
  t1=$(now_ms)
  ours+=("$(sed -n 's/.*first_page_ms=\([0-9.]*\).*/\1/p' <<<"$line")")
  ourproc+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b-a}')")
  t0=$(now_ms)
  pdftoppm -f 1 -l 1 -r 96 "$SCANNED" "$tmp/ref"
  t1=$(now_ms)
  ref+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b-a}')")
  t0=$(now_ms)
  pdftoppm -f 1 -l 1 -scale-to-x 1122 -scale-to-y -1 "$SCANNED" "$tmp/refwide"
  t1=$(now_ms)
  refwide+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b-a}')")
done
m_ours=$(printf '%s\n' "${ours[@]}" | median)
m_proc=$(printf '%s\n' "${ourproc[@]}" | median)
m_ref=$(printf '%s\n' "${ref[@]}" | median)
m_view=$(printf '%s\n' "${viewer[@]}" | median)
m_refwide=$(printf '%s\n' "${refwide[@]}" | median)
ratio=$(awk -v a="$m_ours" -v b="$m_ref" 'BEGIN{printf "%.2f", a/b}')
pages=$(pdfinfo "$SCANNED" | awk '/^Pages:/{print $2}')
size=$(du -m "$SCANNED" | cut -f1)
echo "pdf_first_page: ${pages}-page scanned PDF (${size} MB, 150 dpi JPEG pages), 96 dpi, median of $RUNS"
echo "  ours (open + first page via RenderQueue, in-process): ${m_ours} ms"
echo "  ours (whole bench process incl. Qt start-up):         ${m_proc} ms"
echo "  ours, QML viewer (source set -> page 1 on screen at fit width, 1122 px wide): ${m_view} ms"
echo "  reference pdftoppm -f 1 -l 1 -r 96 (whole process):   ${m_ref} ms"
echo "  ratio in-process render/pdftoppm: ${ratio}x"
echo "  reference pdftoppm -f 1 -l 1 -scale-to-x 1122 (the viewer's size): ${m_refwide} ms;" \
     "viewer/pdftoppm at that size: $(awk -v a="$m_view" -v b="$m_refwide" 'BEGIN{printf "%.2f", a/b}')x"
echo "RESULT first page visible: QML viewer ${m_view} ms (at fit width, 1.4x the pixels of 96 dpi) vs" \
     "pdftoppm -r 96 ${m_ref} ms: $(awk -v a="$m_view" -v b="$m_ref" 'BEGIN{printf "%.2f", a/b}')x (goal <= 1.5x)"
