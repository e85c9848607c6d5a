// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace motcua::pdf {

//! Page images are large (a scanned A4 page decodes to ~9 MB before it is
//! scaled). With glibc, freed blocks that size stay in the process once its
//! malloc has raised its mmap threshold, one arena per render thread: a viewer
//! scrolled through a 300-page scan peaked 60 MB higher (bench/pdf_rss.sh).
//! Fixing the threshold at 1 MiB returns them to the system. Call once, first
//! thing in main(); does nothing where the C library is not glibc (Windows).
void tuneAllocatorForPageImages();

} // namespace motcua::pdf
