// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestampupgrade.h"

#include "opensslutil.h"
#include "pdfobject.h"
#include "tsaclient.h"

#include <openssl/cms.h>

namespace motcua::signing {

namespace {

Error upgradeError(const char *code, const char *message, const QStringList &args = {})
{
    return Error::make(Error::Kind::Invalid, QString::fromLatin1(code), message, args);
}

//! The last signature's /Contents: the offsets of its hex digits (without < >).
struct ContentsSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

Result<ContentsSpan> lastContents(const QByteArray &pdf)
{
    const qsizetype at = pdf.lastIndexOf("/ByteRange");
    if (at < 0)
        return upgradeError("signing.no_signature",
                            QT_TRANSLATE_NOOP("motcua::Error", "The document has no signature."));
    const qsizetype open = pdf.indexOf('[', at);
    const qsizetype close = open < 0 ? -1 : pdf.indexOf(']', open);
    if (open < 0 || close < 0 || close - open > 120)
        return upgradeError("signing.no_signature",
                            QT_TRANSLATE_NOOP("motcua::Error", "The document has no signature."));
    const QList<QByteArray> parts = pdf.mid(open + 1, close - open - 1).simplified().split(' ');
    QList<qint64> n;
    for (const QByteArray &p : parts) {
        bool ok = false;
        n.append(p.toLongLong(&ok));
        if (!ok)
            n.append(-1);
    }
    if (n.size() != 4 || n[0] != 0 || n[1] <= 0 || n[2] <= n[1] + 2 || n[3] < 0 || n[2] > pdf.size()
        || pdf.at(n[1]) != '<' || pdf.at(n[2] - 1) != '>')
        return upgradeError("signing.no_signature",
                            QT_TRANSLATE_NOOP("motcua::Error", "The document has no signature."));
    if (n[2] + n[3] != pdf.size())
        return upgradeError("signing.not_last_revision",
                            QT_TRANSLATE_NOOP("motcua::Error",
                                              "The document was changed after it was signed; the signature "
                                              "cannot be time-stamped in place."));
    return ContentsSpan {n[1] + 1, n[2] - 1};
}

//! The last signature of a PDF: where its /Contents is, and its CMS parsed (freed here).
struct LastSignature
{
    ContentsSpan span;
    CMS_ContentInfo *cms = nullptr;
    CMS_SignerInfo *signer = nullptr;

    LastSignature() = default;
    LastSignature(const LastSignature &) = delete;
    LastSignature &operator=(const LastSignature &) = delete;
    ~LastSignature() { CMS_ContentInfo_free(cms); }

    Status read(const QByteArray &pdf)
    {
        auto found = lastContents(pdf);
        if (!found)
            return found.error();
        span = *found;
        const QByteArray der = QByteArray::fromHex(pdf.mid(span.begin, span.end - span.begin));
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        cms = d2i_CMS_ContentInfo(nullptr, &p, long(der.size()));
        STACK_OF(CMS_SignerInfo) *infos = cms ? CMS_get0_SignerInfos(cms) : nullptr;
        if (!infos || sk_CMS_SignerInfo_num(infos) != 1)
            return upgradeError("signing.no_signature",
                                QT_TRANSLATE_NOOP("motcua::Error", "The document has no signature."));
        signer = sk_CMS_SignerInfo_value(infos, 0);
        return {};
    }
    [[nodiscard]] bool hasTimestamp() const
    {
        return CMS_unsigned_get_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, -1) >= 0;
    }
};

} // namespace

Result<bool> TimestampUpgrade::hasTimestamp(const QByteArray &pdf)
{
    LastSignature last;
    if (Status st = last.read(pdf); !st)
        return st.error();
    return last.hasTimestamp();
}

Result<QByteArray> TimestampUpgrade::addTimestamp(const QByteArray &pdf, TsaClient &tsa)
{
    LastSignature last;
    if (Status st = last.read(pdf); !st)
        return st.error();
    if (last.hasTimestamp())
        return pdf;
    const ASN1_OCTET_STRING *value = CMS_SignerInfo_get0_signature(last.signer);
    const QByteArray signature(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)),
                               ASN1_STRING_length(value));
    auto token = tsa.timestamp(sha256(signature));
    if (!token)
        return token.error();
    if (CMS_unsigned_add1_attr_by_NID(last.signer, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE,
                                      token->constData(), int(token->size()))
        != 1)
        return Error::make(Error::Kind::Crypto, QStringLiteral("signing.cms"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Building the signature failed (%1)."),
                           {QStringLiteral("timestamp attribute")})
            .withDetail(opensslErrors());
    const QByteArray der = toDer(last.cms, i2d_CMS_ContentInfo);
    if (der.isEmpty())
        return Error::make(Error::Kind::Crypto, QStringLiteral("signing.cms"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Building the signature failed (%1)."),
                           {QStringLiteral("encoding")})
            .withDetail(opensslErrors());
    const QByteArray hex = pdfHex(der);
    const qsizetype room = last.span.end - last.span.begin;
    if (hex.size() > room)
        return Error::make(
            Error::Kind::Internal, QStringLiteral("signing.contents_overflow"),
            QT_TRANSLATE_NOOP("motcua::Error",
                              "The signature (%1 bytes) does not fit the space reserved for it (%2 bytes)."),
            {QString::number(hex.size() / 2), QString::number(room / 2)});
    QByteArray out = pdf;
    out.replace(last.span.begin, room, hex.leftJustified(room, '0'));
    return out;
}

} // namespace motcua::signing
