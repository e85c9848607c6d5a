// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingservice.h"

#include "core/wirenames.h"
#include "pdffile.h"
#include "pdfsigner.h"
#include "signer.h"
#include "tsaclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTimeZone>
#include <memory>

namespace motcua::signing {

namespace {

//! B-B first: it answers for a value out of the enum, as it always did.
constexpr WireName<PadesLevel> kLevels[] = {
    {PadesLevel::BB, "B-B"},
    {PadesLevel::BT, "B-T"},
    {PadesLevel::BLT, "B-LT"},
    {PadesLevel::BLTA, "B-LTA"},
};

} // namespace

QString toString(PadesLevel level)
{
    return wire::name(kLevels, level);
}

namespace {

Result<QByteArray> documentBytes(const SignRequest &r)
{
    if (!r.pdf.isEmpty())
        return r.pdf;
    QFile f(r.path);
    if (r.path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage, QStringLiteral("signing.read"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Cannot read the document: %1"),
                           {r.path.isEmpty() ? QStringLiteral("-") : f.errorString()});
    return f.readAll();
}

SignOptions optionsFor(const SignRequest &r, const CertificateInfo &cert, const QDateTime &at)
{
    SignOptions o;
    o.signingTime = at;
    o.reason = r.reason;
    switch (r.placement.kind) {
    case Placement::Kind::Invisible:
        return o;
    case Placement::Kind::CopyStampTopRight:
        o.placeTopRight = true;
        break;
    case Placement::Kind::Rect:
        o.page = r.placement.page;
        o.rect = r.placement.rect;
        o.signatureImage = r.appearance.signatureImage;
        o.sealImage = r.appearance.sealImage;
        break;
    }
    if (r.appearance.namesSigner)
        o.appearanceLines << SigningService::stampLines(cert.subjectCommonName, at);
    o.appearanceLines << r.appearance.lines;
    o.appearanceLines.removeAll(QString());
    return o;
}

} // namespace

QDateTime SigningService::vietnamTime(const QDateTime &when)
{
    static const QTimeZone vn = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
        return z.isValid() ? z : QTimeZone(7 * 3600);
    }();
    return when.toTimeZone(vn);
}

QString SigningService::stampDate(const QDateTime &when)
{
    const QDateTime vn = vietnamTime(when);
    const int minutes = vn.offsetFromUtc() / 60;
    QString zone = QStringLiteral("GMT%1%2")
                       .arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                       .arg(std::abs(minutes) / 60);
    if (minutes % 60)
        zone += QStringLiteral(":%1").arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("Ngày ký: %1 (%2)").arg(vn.toString(QStringLiteral("dd/MM/yyyy HH:mm")), zone);
}

QStringList SigningService::stampLines(const QString &signerName, const QDateTime &when)
{
    return {QStringLiteral("Ký bởi: ") + signerName.simplified(), stampDate(when)};
}

Status SigningService::checkCertificate(const CertificateInfo &info, const QDateTime &at)
{
    if (!info.isValid() || !info.isExpired(at))
        return Status();
    return Error::make(
        Error::Kind::Crypto, QStringLiteral("signing.certificate_expired"),
        QT_TRANSLATE_NOOP("motcua::Error", "The certificate of %1 is not valid now (valid until %2)."),
        {info.subjectCommonName,
         info.notAfter.toOffsetFromUtc(7 * 3600).toString(QStringLiteral("dd/MM/yyyy"))});
}

bool SigningService::isSignerFault(const Error &e)
{
    const QString &c = e.code;
    return c.startsWith(QLatin1String("signing.pin")) || c.startsWith(QLatin1String("signing.token"))
        || c == QLatin1String("signing.sign_failed") || c == QLatin1String("signing.login_failed");
}

bool SigningService::isTimestampUnavailable(const Error &e)
{
    return e.kind == Error::Kind::Network && e.code.startsWith(QLatin1String("signing.tsa"));
}

Result<SignedDocument> SigningService::sign(const SignRequest &request)
{
    auto input = documentBytes(request);
    if (!input)
        return input.error();
    //! The placement is checked before a token is touched (no PIN spent on a bad page).
    if (request.placement.kind == Placement::Kind::Rect) {
        auto boxes = pageBoxes(*input);
        if (!boxes)
            return boxes.error();
        if (request.placement.page < 0 || request.placement.page >= boxes->size())
            return Error::make(Error::Kind::Invalid, QStringLiteral("signing.bad_page"),
                               QT_TRANSLATE_NOOP("motcua::Error", "The document has no page %1."),
                               {QString::number(request.placement.page + 1)});
    }

    std::unique_ptr<Signer> opened;
    Signer *signer = request.signer;
    if (!signer) {
        auto s = openSigner(
            request.spec, request.secret ? request.secret : [] { return QByteArray(); });
        if (!s)
            return s.error();
        opened = std::move(s.value());
        signer = opened.get();
    }

    SignedDocument out;
    out.signingTime
        = request.signingTime.isValid() ? request.signingTime : vietnamTime(QDateTime::currentDateTime());
    out.certificate = CertificateInfo::fromData(signer->certificateChain().value(0));
    if (Status s = checkCertificate(out.certificate, out.signingTime); !s)
        return s.error();

    SignOptions o = optionsFor(request, out.certificate, out.signingTime);
    std::optional<TsaClient> tsa;
    if (request.timestampPolicy != TimestampPolicy::None && request.tsaUrl.isValid()
        && !request.tsaUrl.isEmpty()) {
        tsa.emplace(request.tsaUrl, request.tsaTimeoutMs);
        o.tsa = &*tsa;
    } else if (request.timestampPolicy == TimestampPolicy::Required) {
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("signing.tsa_required"),
            QT_TRANSLATE_NOOP("motcua::Error", "A time-stamp service is required for this signature."));
    }
    o.reserveTimestamp = request.timestampPolicy == TimestampPolicy::FallBackAndQueue;

    auto increment = PdfSigner::signIncrement(*input, *signer, o);
    //! The one time-stamp rule: only FallBackAndQueue signs again without it.
    if (!increment && o.tsa && request.timestampPolicy == TimestampPolicy::FallBackAndQueue
        && isTimestampUnavailable(increment.error())) {
        out.timestampError = increment.error();
        o.tsa = nullptr;
        increment = PdfSigner::signIncrement(*input, *signer, o);
    }
    if (!increment)
        return increment.error();
    out.level = o.tsa ? PadesLevel::BT : PadesLevel::BB;
    out.timestampPending
        = out.level == PadesLevel::BB && request.timestampPolicy == TimestampPolicy::FallBackAndQueue;
    out.pdf = *input + *increment;
    if (out.level == PadesLevel::BT && request.longTerm) {
        LongTermOptions lt = *request.longTerm;
        lt.tsa = o.tsa;
        auto extended = extendLongTerm(out.pdf, lt);
        if (extended) {
            out.pdf = extended->pdf;
            if (extended->hasRevocationEvidence())
                out.level = lt.archive ? PadesLevel::BLTA : PadesLevel::BLT;
        } else {
            out.longTermError = extended.error();
        }
    }
    out.sha256 = QString::fromLatin1(QCryptographicHash::hash(out.pdf, QCryptographicHash::Sha256).toHex());
    return out;
}

Result<QList<PageBox>> SigningService::pageBoxes(const QByteArray &pdf)
{
    const auto unreadable = [](const Error &why) {
        return Error::make(Error::Kind::Invalid, QStringLiteral("signing.page_boxes"),
                           QT_TRANSLATE_NOOP("motcua::Error",
                                             "The pages of this document cannot be read, so the "
                                             "signature cannot be placed on them."))
            .withDetail(why.toString());
    };
    auto file = PdfFile::parse(pdf);
    if (!file)
        return unreadable(file.error());
    auto refs = file.value()->pageRefs();
    if (!refs)
        return unreadable(refs.error());
    QList<PageBox> out;
    out.reserve(refs->size());
    for (const PdfObject &ref : std::as_const(*refs)) {
        auto page = file.value()->resolve(ref);
        if (!page)
            return unreadable(page.error());
        out.append(pageBox(*file.value(), *page));
    }
    return out;
}

PageBox SigningService::pageBox(const PdfFile &file, const PdfObject &page)
{
    //! A4, the default of every Vietnamese administrative document.
    PageBox out {QRectF(0, 0, 595, 842), 0};
    bool haveBox = false;
    bool haveRotate = false;
    PdfObject node = page;
    //! /MediaBox, /CropBox and /Rotate are inherited from the page tree.
    for (int depth = 0; depth < 32 && node.isDict() && !(haveBox && haveRotate); ++depth) {
        for (const char *key : {"CropBox", "MediaBox"}) {
            auto b = file.resolve(node.get(key));
            if (!haveBox && b && b->isArray() && b->array.size() == 4) {
                const double x1 = b->array[0].number, y1 = b->array[1].number;
                const double x2 = b->array[2].number, y2 = b->array[3].number;
                out.box = QRectF(QPointF(std::min(x1, x2), std::min(y1, y2)),
                                 QPointF(std::max(x1, x2), std::max(y1, y2)));
                haveBox = true;
            }
        }
        auto r = file.resolve(node.get("Rotate"));
        if (!haveRotate && r && r->type == PdfObject::Type::Number) {
            out.rotation = int(r->toInt());
            haveRotate = true;
        }
        auto parent = file.resolve(node.get("Parent"));
        if (!parent)
            break;
        node = parent.value();
    }
    return out;
}

} // namespace motcua::signing
