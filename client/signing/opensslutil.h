// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/types.h>

namespace motcua::signing {

//! Drains OpenSSL's error queue into one line (for Error::detail).
QString opensslErrors();
//! The DER encoding of an OpenSSL object by its i2d_ function; empty when there is no
//! object or it cannot be encoded.
template<typename T, typename I2d> QByteArray toDer(T *object, I2d i2d)
{
    unsigned char *buf = nullptr;
    const int len = object ? i2d(object, &buf) : 0;
    QByteArray out = len > 0 ? QByteArray(reinterpret_cast<const char *>(buf), len) : QByteArray();
    OPENSSL_free(buf);
    return out;
}
//! An OpenSSL object read from PEM (when `pem`, by its PEM_read_bio_ function) or
//! DER (by its d2i_ function); null when it does not parse. The caller frees it.
template<typename T, typename PemRead, typename D2i>
T *fromPemOrDer(const QByteArray &bytes, bool pem, PemRead pemRead, D2i d2i)
{
    if (pem) {
        BIO *bio = BIO_new_mem_buf(bytes.constData(), int(bytes.size()));
        T *out = pemRead(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        return out;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    return d2i(nullptr, &p, long(bytes.size()));
}
QByteArray x509ToDer(X509 *cert);
//! Parses DER; the caller frees the result with X509_free.
X509 *x509FromDer(const QByteArray &der);
QString x509Subject(X509 *cert);
QDateTime asn1TimeToDateTime(const ASN1_TIME *t);
QByteArray sha256(const QByteArray &data);
//! r || s (PKCS#11, CNG) to a DER ECDSA-Sig-Value (what CMS carries).
QByteArray ecdsaRawToDer(const QByteArray &raw);

} // namespace motcua::signing
