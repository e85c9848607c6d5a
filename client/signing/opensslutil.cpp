// SPDX-License-Identifier: GPL-3.0-or-later
#include "opensslutil.h"

#include <ctime>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace motcua::signing {

QString opensslErrors()
{
    QStringList parts;
    unsigned long e = 0;
    while ((e = ERR_get_error()) != 0) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        parts << QString::fromLatin1(buf);
    }
    return parts.join(QStringLiteral("; "));
}

QByteArray x509ToDer(X509 *cert)
{
    return toDer(cert, i2d_X509);
}

X509 *x509FromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_X509(nullptr, &p, long(der.size()));
}

QString x509Subject(X509 *cert)
{
    if (!cert)
        return {};
    char *s = X509_NAME_oneline(X509_get_subject_name(cert), nullptr, 0);
    // X509_NAME_oneline escapes UTF-8 as \xHH; print RFC 2253 instead for readable names.
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, X509_get_subject_name(cert), 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QString out = QString::fromUtf8(data, len);
    BIO_free(bio);
    OPENSSL_free(s);
    return out;
}

QDateTime asn1TimeToDateTime(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QByteArray sha256(const QByteArray &data)
{
    unsigned char md[32];
    unsigned int len = 0;
    EVP_Digest(data.constData(), size_t(data.size()), md, &len, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

QByteArray ecdsaRawToDer(const QByteArray &raw)
{
    const int half = int(raw.size() / 2);
    const auto *p = reinterpret_cast<const unsigned char *>(raw.constData());
    ECDSA_SIG *es = ECDSA_SIG_new();
    ECDSA_SIG_set0(es, BN_bin2bn(p, half, nullptr), BN_bin2bn(p + half, half, nullptr));
    QByteArray out = toDer(es, i2d_ECDSA_SIG);
    ECDSA_SIG_free(es);
    return out;
}

} // namespace motcua::signing
