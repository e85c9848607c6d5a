// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace motcua::signing {

class Signer;
class TsaClient;

struct SignOptions
{
    //! Visible appearance: page index (0-based) and rectangle in PDF points
    //! (origin bottom-left). An empty rect means an invisible signature.
    int page = 0;
    QRectF rect;
    //! Decree 30/2020 stamp for copies and attachments: ignore `page`/`rect` and
    //! place a 220x50 pt box at the top right of page 1 (20 pt from the edges).
    bool placeTopRight = false;
    //! Lines of the visible appearance (e.g. copy form, agency, time).
    QStringList appearanceLines;
    //! TrueType font with Vietnamese glyphs used for the appearance text.
    QString fontPath;
    double fontSize = 10;
    //! Results (Decree 30/2020, Appendix I): PNG images drawn in a visible
    //! appearance, the signer's signature and the agency's red seal over its left third.
    QString signatureImage;
    QString sealImage;
    QString reason;
    QString location;
    QDateTime signingTime; //!< defaults to now; written as /M
    TsaClient *tsa = nullptr; //!< PAdES B-T when set
    //! Without `tsa`: still reserve /Contents room for a time stamp added later
    //! (offline batch signing, upgraded to B-T by addTimestamp() when the link returns).
    bool reserveTimestamp = false;
};

//! PAdES signing by incremental update: the original bytes are never changed;
//! a signature field, its widget on a page, a /Sig dictionary with
//! /SubFilter /ETSI.CAdES.detached and a new cross-reference section
//! (table or stream, like the file's last one) are appended.
class PdfSigner
{
public:
    //! The signed document: `pdf` followed by the incremental update.
    [[nodiscard]] static Result<QByteArray> sign(const QByteArray &pdf, Signer &signer,
                                                 const SignOptions &options);
    //! Only the bytes to append to `pdf` (batches write pdf + these without copying pdf).
    [[nodiscard]] static Result<QByteArray> signIncrement(const QByteArray &pdf, Signer &signer,
                                                          const SignOptions &options);
    //! Default appearance lines per Decree 30/2020 for copies and attachments: the copy
    //! form, the agency and SigningService::stampDate(time).
    [[nodiscard]] static QStringList copyAppearanceLines(const QString &copyForm, const QString &agency,
                                                         const QDateTime &time);
};

//! PDF date string "D:YYYYMMDDHHmmSS+07'00'" in the time's own offset.
QByteArray pdfDate(const QDateTime &t);
//! A PDF text string: PDFDocEncoding-compatible ASCII as is, otherwise UTF-16BE with BOM.
QByteArray pdfTextString(const QString &s);

} // namespace motcua::signing
