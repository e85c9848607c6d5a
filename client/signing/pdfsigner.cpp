// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfsigner.h"

#include "cmsbuilder.h"
#include "incrementalupdate.h"
#include "pdffile.h"
#include "signatureappearance.h"
#include "signaturefield.h"
#include "signer.h"
#include "signingservice.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSigning, "motcua.signing", QtInfoMsg)

namespace motcua::signing {

QByteArray pdfDate(const QDateTime &t)
{
    const int off = t.offsetFromUtc();
    QByteArray s = "D:" + t.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (off == 0) {
        s += 'Z';
    } else {
        const int a = std::abs(off) / 60;
        s += (off > 0 ? '+' : '-') + QByteArray::number(a / 60).rightJustified(2, '0') + '\''
            + QByteArray::number(a % 60).rightJustified(2, '0') + '\'';
    }
    return s;
}

QByteArray pdfTextString(const QString &s)
{
    bool ascii = true;
    for (const QChar c : s)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return s.toLatin1();
    QByteArray out("\xFE\xFF", 2);
    for (const QChar c : s) {
        out += char(c.unicode() >> 8);
        out += char(c.unicode() & 0xff);
    }
    return out;
}

QStringList PdfSigner::copyAppearanceLines(const QString &copyForm, const QString &agency,
                                           const QDateTime &time)
{
    return {copyForm, agency, SigningService::stampDate(time)};
}

Result<QByteArray> PdfSigner::sign(const QByteArray &pdf, Signer &signer, const SignOptions &options)
{
    auto tail = signIncrement(pdf, signer, options);
    if (!tail)
        return tail.error();
    return pdf + tail.value();
}

Result<QByteArray> PdfSigner::signIncrement(const QByteArray &pdf, Signer &signer, const SignOptions &options)
{
    auto parsed = PdfFile::parse(pdf);
    if (!parsed)
        return parsed.error();
    const PdfFile &file = *parsed.value();
    IncrementalUpdate up = IncrementalUpdate::of(file);
    auto field = SignatureField::add(file, up, options.placeTopRight ? 0 : options.page, "Signature");
    if (!field)
        return field.error();

    // The widget annotation on the page.
    QRectF wanted = options.rect;
    if (options.placeTopRight) {
        auto page = file.resolve(field->pageRef);
        if (!page)
            return page.error();
        const QRectF box = SigningService::pageBox(file, page.value()).box;
        wanted = QRectF(box.right() - 20 - 220, box.bottom() - 20 - 50, 220, 50);
    }
    const bool visible = wanted.isValid() && !wanted.isEmpty();
    const QRectF rect = visible ? wanted : QRectF();
    PdfObject widget = field->widget();
    auto num = [](double v) {
        PdfObject o;
        o.type = PdfObject::Type::Number;
        o.number = v;
        o.token = QByteArray::number(v, 'f', 2);
        return o;
    };
    widget.set(
        "Rect",
        PdfObject::makeArray({num(rect.left()), num(rect.top()), num(rect.right()), num(rect.bottom())}));
    auto ap = SignatureAppearance::build(
        up.next, rect.size(), visible ? options.appearanceLines : QStringList(), options.fontPath,
        options.fontSize,
        visible ? SignatureAppearance::Images {options.signatureImage, options.sealImage}
                : SignatureAppearance::Images {});
    if (!ap)
        return ap.error();
    for (const auto &[n, body] : ap->objects)
        up.put(n, 0, body);
    PdfObject apDict = PdfObject::makeDict();
    apDict.set("N", PdfObject::makeRef(ap->formNum));
    widget.set("AP", apDict);
    up.put(field->widgetNum, 0, widget.serialize());

    // The signature dictionary with fixed-width reserved fields (/ByteRange, /Contents).
    const int reserve
        = std::max(64, CmsBuilder::estimateSize(signer, options.tsa != nullptr || options.reserveTimestamp));
    const QDateTime when = options.signingTime.isValid() ? options.signingTime : QDateTime::currentDateTime();
    QByteArray sig = "<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached/M "
        + PdfObject::makeString(pdfDate(when)).serialize();
    if (!options.reason.isEmpty())
        sig += "/Reason " + PdfObject::makeString(pdfTextString(options.reason)).serialize();
    if (!options.location.isEmpty())
        sig += "/Location " + PdfObject::makeString(pdfTextString(options.location)).serialize();
    sig += SignatureField::placeholder(reserve) + ">>";
    up.put(field->sigNum, 0, sig);

    auto out = field->write(pdf, file, up, reserve, [&](const QByteArray &digest) {
        return CmsBuilder::build(signer, digest, options.tsa);
    });
    if (out)
        qCDebug(lcSigning) << "signed" << pdf.size() << "bytes with" << reserve << "bytes reserved";
    return out;
}

} // namespace motcua::signing
