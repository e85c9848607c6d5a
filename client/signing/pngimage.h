// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>

namespace motcua::signing {

//! A decoded PNG (8-bit grey or RGB, optional alpha, not interlaced) ready to
//! become a PDF image XObject: colour samples and, when the file has an alpha
//! channel, a separate grey /SMask. The signing library has no QtGui, so the
//! signature and seal images of a visible signature are decoded here.
struct PngImage
{
    int width = 0;
    int height = 0;
    int components = 3; //!< 1 (DeviceGray) or 3 (DeviceRGB)
    QByteArray samples; //!< width * height * components bytes, rows top to bottom
    QByteArray alpha; //!< width * height bytes, or empty when opaque

    //! Errors (code "signing.image"): not a PNG, a truncated or corrupt file, or
    //! a format we do not read (16-bit, palette, interlaced).
    [[nodiscard]] static Result<PngImage> decode(const QByteArray &png);
    [[nodiscard]] static Result<PngImage> load(const QString &path);
};

//! Undoes one row's PNG filter (RFC 2083 section 6; the PDF FlateDecode predictors
//! 10 to 15 are the same filters) in place: `prev` is the row above, already
//! unfiltered (zeros for the first), `bpp` the bytes of one whole pixel (at least 1).
//! False for an unknown filter type.
[[nodiscard]] bool unfilterPngRow(int filter, quint8 *row, const quint8 *prev, qsizetype length,
                                  qsizetype bpp);

} // namespace motcua::signing
