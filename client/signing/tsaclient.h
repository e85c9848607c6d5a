// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QUrl>

namespace motcua::signing {

//! RFC 3161 client: POSTs application/timestamp-query and returns the
//! TimeStampToken (DER ContentInfo) after checking status, imprint and nonce.
class TsaClient
{
public:
    explicit TsaClient(QUrl url, int timeoutMs = 30000);

    //! `digest` is the SHA-256 of the data to timestamp (for PAdES: the signature value).
    [[nodiscard]] Result<QByteArray> timestamp(const QByteArray &digest);
    [[nodiscard]] const QUrl &url() const { return m_url; }
    //! The central server's own time-stamp service (`/api/v1/tsa` below `server`);
    //! empty for an empty server.
    [[nodiscard]] static QUrl centralUrl(QUrl server);

    //! Builds a request (with a random nonce, certReq true); the nonce is returned in `nonce`.
    [[nodiscard]] static QByteArray makeRequest(const QByteArray &digest, QByteArray *nonce);
    //! Checks a reply against its request and extracts the token.
    [[nodiscard]] static Result<QByteArray> tokenFromReply(const QByteArray &reply,
                                                           const QByteArray &request);

private:
    QUrl m_url;
    int m_timeoutMs;
};

} // namespace motcua::signing
