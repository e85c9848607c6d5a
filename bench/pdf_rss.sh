#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Peak RSS with the 300-page scanned PDF open in the QML PdfViewer and scrolled
# page by page to the end (offscreen, software renderer), and for the library
# alone rendering every page; beside pdftoppm rendering 10 pages at 96 dpi.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/pdf_common.inc"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
peak() { awk '/Maximum resident set size/{printf "%.1f", $NF/1024}' "$1"; }

/usr/bin/time -v -o "$tmp/view" "$BENCH_BIN" view "$SCANNED" --scroll >"$tmp/view.out" 2>/dev/null
/usr/bin/time -v -o "$tmp/lib" "$BENCH_BIN" render-all "$SCANNED" >"$tmp/lib.out" 2>/dev/null
/usr/bin/time -v -o "$tmp/ref" pdftoppm -f 1 -l 10 -r 96 "$SCANNED" "$tmp/ref" 2>/dev/null
echo "pdf_rss: 300-page scanned PDF, page cache budget 64 MB"
echo "  ours, QML viewer scrolled through all pages: $(peak "$tmp/view") MB peak RSS ($(cat "$tmp/view.out"))"
echo "  ours, library rendering every page:          $(peak "$tmp/lib") MB peak RSS ($(cat "$tmp/lib.out"))"
echo "  reference pdftoppm -r 96, 10 pages:          $(peak "$tmp/ref") MB peak RSS"
