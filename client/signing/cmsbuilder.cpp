// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmsbuilder.h"

#include "opensslutil.h"
#include "signer.h"
#include "tsaclient.h"

#include <QList>
#include <algorithm>
#include <cstring>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/x509.h>

namespace motcua::signing {

static Error cmsError(const char *what)
{
    return Error::make(Error::Kind::Crypto, QStringLiteral("signing.cms"),
                       QT_TRANSLATE_NOOP("motcua::Error", "Building the signature failed (%1)."),
                       {QString::fromLatin1(what)})
        .withDetail(opensslErrors());
}

int CmsBuilder::estimateSize(const Signer &signer, bool withTimestamp)
{
    int size = 2048 + signer.maxSignatureSize();
    for (const QByteArray &c : signer.certificateChain())
        size += c.size() + 16;
    if (withTimestamp)
        size += 12 * 1024; // token with the TSA's certificate chain
    return size;
}

//! DER of the signed attributes as a SET OF (tag 0x31), sorted as DER requires;
//! this is what the signature covers (RFC 5652 5.4).
static QByteArray signedAttributesDer(CMS_SignerInfo *si)
{
    QList<QByteArray> encoded;
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i) {
        unsigned char *buf = nullptr;
        const int len = i2d_X509_ATTRIBUTE(CMS_signed_get_attr(si, i), &buf);
        if (len <= 0)
            return {};
        encoded.append(QByteArray(reinterpret_cast<const char *>(buf), len));
        OPENSSL_free(buf);
    }
    std::sort(encoded.begin(), encoded.end(), [](const QByteArray &a, const QByteArray &b) {
        const int n = int(std::min(a.size(), b.size()));
        const int c = memcmp(a.constData(), b.constData(), size_t(n));
        return c != 0 ? c < 0 : a.size() < b.size();
    });
    QByteArray body;
    for (const QByteArray &e : encoded)
        body += e;
    QByteArray out(1, char(0x31));
    const qsizetype len = body.size();
    if (len < 0x80) {
        out += char(len);
    } else {
        QByteArray lb;
        for (qsizetype l = len; l > 0; l >>= 8)
            lb.prepend(char(l & 0xff));
        out += char(0x80 | lb.size());
        out += lb;
    }
    return out + body;
}

Result<QByteArray> CmsBuilder::build(Signer &signer, const QByteArray &contentDigest, TsaClient *tsa)
{
    const QList<QByteArray> chain = signer.certificateChain();
    if (chain.isEmpty())
        return cmsError("no certificate");
    X509 *cert = x509FromDer(chain.first());
    if (!cert)
        return cmsError("bad certificate");
    const unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP | CMS_CADES;
    CMS_ContentInfo *cms = CMS_sign(nullptr, nullptr, nullptr, nullptr, flags);
    QByteArray result;
    Error error = cmsError("CMS_sign");
    do {
        if (!cms)
            break;
        CMS_SignerInfo *si = CMS_add1_signer(cms, cert, X509_get0_pubkey(cert), EVP_sha256(), flags);
        if (!si) {
            error = cmsError("CMS_add1_signer");
            break;
        }
        bool certsOk = true;
        for (qsizetype i = 1; i < chain.size(); ++i) {
            X509 *c = x509FromDer(chain[i]);
            certsOk = certsOk && c && CMS_add1_cert(cms, c) == 1;
            X509_free(c);
        }
        ASN1_OBJECT *dataOid = OBJ_nid2obj(NID_pkcs7_data);
        if (!certsOk
            || CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType, V_ASN1_OBJECT, dataOid, -1) != 1
            || CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING,
                                           contentDigest.constData(), int(contentDigest.size()))
                != 1) {
            error = cmsError("signed attributes");
            break;
        }
        const QByteArray toSign = signedAttributesDer(si);
        if (toSign.isEmpty()) {
            error = cmsError("encoding signed attributes");
            break;
        }
        auto sig = signer.sign(toSign);
        if (!sig) {
            error = sig.error();
            break;
        }
        ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), sig->constData(), int(sig->size()));
        if (tsa) {
            auto token = tsa->timestamp(sha256(sig.value()));
            if (!token) {
                error = token.error();
                break;
            }
            if (CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE,
                                              token->constData(), int(token->size()))
                != 1) {
                error = cmsError("timestamp attribute");
                break;
            }
        }
        unsigned char *buf = nullptr;
        const int len = i2d_CMS_ContentInfo(cms, &buf);
        if (len <= 0) {
            error = cmsError("encoding");
            break;
        }
        result = QByteArray(reinterpret_cast<const char *>(buf), len);
        OPENSSL_free(buf);
    } while (false);
    CMS_ContentInfo_free(cms);
    X509_free(cert);
    if (result.isEmpty())
        return error;
    return result;
}

} // namespace motcua::signing
