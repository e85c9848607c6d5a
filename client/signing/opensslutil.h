// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <openssl/types.h>

namespace motcua::signing {

//! Drains OpenSSL's error queue into one line (for Error::detail).
QString opensslErrors();
QByteArray x509ToDer(X509 *cert);
//! Parses DER; the caller frees the result with X509_free.
X509 *x509FromDer(const QByteArray &der);
QString x509Subject(X509 *cert);
QDateTime asn1TimeToDateTime(const ASN1_TIME *t);
QByteArray sha256(const QByteArray &data);
//! r || s (PKCS#11, CNG) to a DER ECDSA-Sig-Value (what CMS carries).
QByteArray ecdsaRawToDer(const QByteArray &raw);

} // namespace motcua::signing
