// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace motcua::letters {

//! A QR code's modules (libqrencode, error correction level M), row by row.
struct QrMatrix
{
    int size = 0; //!< modules per side, without the quiet zone
    QList<bool> dark; //!< size * size, true = dark
    [[nodiscard]] bool at(int x, int y) const { return dark.at(qsizetype(y) * size + x); }
};

//! Encodes UTF-8 text. Error letters.qr_failed (e.g. text too long for a QR code).
[[nodiscard]] Result<QrMatrix> encodeQr(const QString &text);

} // namespace motcua::letters
