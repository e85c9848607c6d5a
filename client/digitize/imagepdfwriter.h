// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSizeF>

namespace motcua::digitize {

//! One page: a single image filling it.
struct PdfImagePage
{
    enum class Filter {
        Dct, //!< JPEG bytes as they are (DCTDecode)
        Flate, //!< zlib-compressed samples (FlateDecode)
    };
    Filter filter = Filter::Dct;
    QByteArray data; //!< the stream's bytes, already encoded
    int width = 0; //!< pixels
    int height = 0;
    int components = 1; //!< 1 = DeviceGray, 3 = DeviceRGB
    int bitsPerComponent = 8; //!< 1 for bilevel scans, else 8
    QSizeF sizePt; //!< the page in points (from the scan's resolution)
    int rotate = 0; //!< /Rotate: 0, 90, 180 or 270 (lossless, nothing re-encoded)
};

//! Writes a PDF 1.4 of image pages: catalog, page tree, one page and one image
//! XObject per scan, a classic cross-reference table and a trailer /ID. Small
//! on purpose: the signer appends its incremental update to exactly these bytes.
[[nodiscard]] QByteArray writeImagePdf(const QList<PdfImagePage> &pages, const QByteArray &producer);

} // namespace motcua::digitize
