// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QStringList>

namespace motcua::signing {

//! The /AP /N form XObject of a signature widget. With text lines it embeds a
//! TrueType font (CIDFontType2, Identity-H, /ToUnicode) so Vietnamese
//! diacritics render and can be extracted; without lines it is an empty form
//! (invisible signature).
class SignatureAppearance
{
public:
    struct Objects
    {
        QList<std::pair<int, QByteArray>> objects; //!< object number → body (dictionary or stream)
        int formNum = 0;
    };

    //! Images of a result's signature (Decree 30/2020, Appendix I): the signer's
    //! handwritten signature and the agency's red seal, PNG files (alpha kept as /SMask).
    //! Drawn at the left of the box, the seal over the left third of the signature
    //! image, the text lines to their right. Empty paths: no image.
    struct Images
    {
        QString signaturePng;
        QString sealPng;
        [[nodiscard]] bool isEmpty() const { return signaturePng.isEmpty() && sealPng.isEmpty(); }
    };
    //! Allocates object numbers from `nextNum`.
    [[nodiscard]] static Result<Objects> build(int &nextNum, QSizeF size, const QStringList &lines,
                                               const QString &fontPath, double fontSize,
                                               const Images &images = {});
    //! A serif font with Vietnamese coverage on this system (Liberation Serif, DejaVu Serif), or empty.
    [[nodiscard]] static QString defaultFontPath();
};

} // namespace motcua::signing
