// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"
#include "httpcall.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace motcua {

//! The signed-in official's tokens: the access token lives in memory only, the
//! refresh token only in the CredentialStore (the OS keychain), under a key made
//! of the user name and the server so that several profiles can coexist.
//! Calls block (local event loop); use it from the thread that owns \a nam.
class AuthSession
{
public:
    AuthSession(QNetworkAccessManager *nam, CredentialStore *store, QUrl server, QString username);

    [[nodiscard]] const QUrl &server() const { return m_server; }
    [[nodiscard]] const QString &username() const { return m_username; }
    [[nodiscard]] QString keychainKey() const;

    //! POST /auth/token; on success the refresh token is saved in the keychain.
    Status login(const QString &password);
    //! POST /auth/refresh with the saved refresh token (saving a rotated one).
    Status refresh();
    //! POST /auth/logout (best effort) and forget both tokens.
    Status logout();

    //! An access token, refreshing first when none is held or it is about to expire.
    Result<QByteArray> accessToken();
    //! Drops the in-memory access token (after a 401), so the next call refreshes.
    void invalidateAccessToken();
    [[nodiscard]] bool hasAccessToken() const { return !m_accessToken.isEmpty(); }

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }

private:
    Status takeTokens(const HttpReply &reply);
    //! POST of a JSON body to an /auth endpoint, with the session's cancel flag and timeout.
    Result<HttpReply> postAuth(const QString &path, const QJsonObject &body) const;

    QNetworkAccessManager *m_nam;
    CredentialStore *m_store;
    QUrl m_server;
    QString m_username;
    QByteArray m_accessToken;
    QDateTime m_expiresAt;
    int m_refreshMargin = 15;
    const std::atomic_bool *m_cancel = nullptr;
    int m_timeoutMs = 30000;
};

} // namespace motcua
