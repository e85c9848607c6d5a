#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rendering all 300 pages of the scanned PDF at 96 dpi with one Poppler document
# (renders serialised) beside two (one per worker thread): is the per-thread
# document worth its memory? Meaningful only on an otherwise idle machine.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/pdf_common.inc"
one=$("$BENCH_BIN" render-all "$SCANNED" --docs 1 2>/dev/null)
two=$("$BENCH_BIN" render-all "$SCANNED" --docs 2 2>/dev/null)
echo "pdf_render_threads: 300 pages at 96 dpi through RenderQueue (load average $(cut -d' ' -f1 /proc/loadavg), $(nproc) CPUs)"
echo "  1 Poppler document:  $one"
echo "  2 Poppler documents: $two"
