// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace motcua::digitize {

//! One scanned page: an image file (PNG, JPEG, TIFF, BMP...) and a quarter-turn rotation.
struct ScanPage
{
    QString path;
    int rotation = 0; //!< clockwise degrees: 0, 90, 180, 270
    bool operator==(const ScanPage &) const = default;
};

struct AssembleOptions
{
    int defaultDpi = 300; //!< when the image does not say (scanners usually do)
    int maxDpi = 300; //!< finer scans are scaled down to this: 300 dpi is the digitization norm
    int jpegQuality = 70; //!< for pages that are re-encoded (PNG, TIFF, over-fine JPEG)
};

//! Assembles scans into one PDF (one component of a dossier), page per scan in order.
//! Sizes chosen for 300 dpi office scans:
//! - a JPEG at or below maxDpi goes in as it is (DCTDecode, no generation loss, no decode);
//! - a black-and-white page (1-bit, or grey with only black and white) is kept lossless as
//!   1-bit Flate, which is smaller than any JPEG of text;
//! - any other page becomes a JPEG: grey (one component) when every pixel is grey, else colour;
//! - rotation is the page's /Rotate, so turning a page never re-encodes it.
//! Errors (Invalid, messages in Vietnamese and English via motcua::Error): "digitize.no_pages",
//! "digitize.unreadable" (the file named), "digitize.too_large" (over 40 000 px a side).
[[nodiscard]] Result<QByteArray> assemblePdf(const QList<ScanPage> &pages,
                                             const AssembleOptions &options = {});

//! Image files a scanner may write (lowercase suffixes).
[[nodiscard]] QStringList scanSuffixes();

} // namespace motcua::digitize
