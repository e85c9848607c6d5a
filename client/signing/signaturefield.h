// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "pdfobject.h"

#include <QByteArray>
#include <functional>

namespace motcua::signing {

class PdfFile;
struct IncrementalUpdate;

//! The part of an incremental update that every signature of ours shares (an
//! approval signature by PdfSigner, a document time stamp by DocumentTimestamp):
//! a new signature field whose widget sits on one page, and its signature
//! dictionary whose /Contents is filled once everything else is written.
struct SignatureField
{
    int sigNum = 0; //!< the signature dictionary (/V of the field)
    int widgetNum = 0; //!< the field and its widget annotation (one object)
    QByteArray name; //!< /T, "<prefix>N" not used yet by another field
    PdfObject pageRef;

    //! Reserves the two objects in `up` and writes what links them in: /AcroForm
    //! (the existing one, direct or indirect, or a new indirect one) with the widget
    //! in /Fields and /SigFlags 3, the page's /Annots, the catalog when it changed.
    //! The widget and the signature dictionary are the caller's to put.
    [[nodiscard]] static Result<SignatureField> add(const PdfFile &file, IncrementalUpdate &up, int pageIndex,
                                                    const char *namePrefix);

    //! The widget's entries every signature field has (/Type /Annot /Subtype /Widget
    //! /FT /Sig /T /V /P, /F Print|Locked); the caller adds /Rect and /AP.
    [[nodiscard]] PdfObject widget() const;

    //! "/ByteRange [...]/Contents <00...>" with room for `reserveBytes` of DER, at a
    //! fixed width: the end of a signature dictionary before its ">>".
    [[nodiscard]] static QByteArray placeholder(int reserveBytes);

    //! Writes `up` after `pdf` and returns the appended bytes, the signature filled in:
    //! /ByteRange patched, the SHA-256 of every byte but /Contents given to `sign`,
    //! whose DER goes into /Contents. Errors: `sign`'s, "signing.too_large",
    //! "signing.contents_overflow" and "signing.internal".
    [[nodiscard]] Result<QByteArray>
    write(const QByteArray &pdf, const PdfFile &file, IncrementalUpdate &up, int reserveBytes,
          const std::function<Result<QByteArray>(const QByteArray &sha256)> &sign) const;
};

} // namespace motcua::signing
