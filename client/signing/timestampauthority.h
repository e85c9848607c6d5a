// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QMutex>

typedef struct x509_st X509;
typedef struct evp_pkey_st EVP_PKEY;

namespace motcua::signing {

//! An RFC 3161 time-stamp responder (OpenSSL TS_RESP_CTX): turns a DER
//! TimeStampReq into a DER TimeStampResp. Used by the tests' local TSA and by
//! the reference server's POST /tsa. Thread-safe.
class TimestampAuthority
{
public:
    ~TimestampAuthority();
    TimestampAuthority(const TimestampAuthority &) = delete;
    TimestampAuthority &operator=(const TimestampAuthority &) = delete;

    //! PEM certificate (with extendedKeyUsage=critical,timeStamping), PEM key, and
    //! optional PEM chain to include in replies.
    [[nodiscard]] static Result<std::unique_ptr<TimestampAuthority>>
    fromPem(const QByteArray &certPem, const QByteArray &keyPem, const QByteArray &chainPem = {},
            const QByteArray &policyOid = QByteArrayLiteral("1.3.6.1.4.1.99999.1.1"));

    //! Always returns a DER reply; a bad request gets a "rejection" status reply.
    [[nodiscard]] Result<QByteArray> respond(const QByteArray &requestDer);

private:
    TimestampAuthority() = default;
    X509 *m_cert = nullptr;
    EVP_PKEY *m_key = nullptr;
    QByteArray m_chainPem;
    QByteArray m_policy;
    QMutex m_mutex;
};

} // namespace motcua::signing
