// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct x509_st X509;

namespace motcua::server {

//! An RFC 3161 time-stamping authority over OpenSSL's TS_RESP_CTX. At first
//! start it creates a server CA and a TSA certificate (extendedKeyUsage
//! critical timeStamping) in <data-dir>/tsa and reuses them afterwards.
class Tsa
{
public:
    ~Tsa();
    static Result<Tsa *> loadOrCreate(const QString &dir);

    //! DER TimeStampResp for a DER TimeStampReq (a rejection response for a bad request).
    Result<QByteArray> respond(const QByteArray &query);
    //! PEM of the TSA certificate followed by the CA certificate.
    [[nodiscard]] QByteArray chainPem() const { return m_chainPem; }

private:
    Tsa() = default;
    EVP_PKEY *m_key = nullptr;
    X509 *m_cert = nullptr;
    X509 *m_ca = nullptr;
    QByteArray m_chainPem;
};

} // namespace motcua::server
