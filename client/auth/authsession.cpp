// SPDX-License-Identifier: GPL-3.0-or-later
#include "authsession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcAuth, "motcua.auth")

namespace motcua {

AuthSession::AuthSession(QNetworkAccessManager *nam, CredentialStore *store, QUrl server, QString username)
    : m_nam(nam)
    , m_store(store)
    , m_server(std::move(server))
    , m_username(std::move(username))
{ }

QString AuthSession::keychainKey() const
{
    return QStringLiteral("refresh-token/%1@%2")
        .arg(m_username, m_server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash));
}

namespace {

QNetworkRequest jsonRequest(const QUrl &url)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "application/json");
    return req;
}

} // namespace

Status AuthSession::takeTokens(const HttpReply &reply)
{
    const QJsonObject o = reply.json();
    const QByteArray access = o.value(QLatin1String("access_token")).toString().toUtf8();
    const QByteArray refresh = o.value(QLatin1String("refresh_token")).toString().toUtf8();
    if (access.isEmpty())
        return Error::make(
                   Error::Kind::Invalid, QStringLiteral("auth.bad_token_response"),
                   QT_TRANSLATE_NOOP("motcua::Error", "The server sent an unreadable sign-in answer."))
            .withPath(QStringLiteral("access_token"));
    if (!refresh.isEmpty()) {
        //! Saved before the access token is used: a refresh token the server has
        //! rotated must never exist only in memory.
        if (Status s = m_store->write(keychainKey(), refresh); !s)
            return s;
    }
    m_accessToken = access;
    const int expiresIn = o.value(QLatin1String("expires_in")).toInt(300);
    m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(qMax(1, expiresIn));
    //! Refresh ahead of expiry by a quarter of the lifetime, at most 15 s.
    m_refreshMargin = qMin(15, expiresIn / 4);
    return {};
}

Result<HttpReply> AuthSession::postAuth(const QString &path, const QJsonObject &body) const
{
    HttpOptions opt;
    opt.cancel = m_cancel;
    opt.transferTimeoutMs = m_timeoutMs;
    return httpCall(*m_nam, jsonRequest(apiUrl(m_server, path)), "POST",
                    QJsonDocument(body).toJson(QJsonDocument::Compact), opt);
}

Status AuthSession::login(const QString &password)
{
    auto r = postAuth(QStringLiteral("/auth/token"),
                      {{QStringLiteral("username"), m_username}, {QStringLiteral("password"), password}});
    if (!r)
        return r.error();
    if (!r->isSuccess())
        return problemError(*r);
    qCInfo(lcAuth) << "signed in as" << m_username;
    return takeTokens(*r);
}

Status AuthSession::refresh()
{
    auto saved = m_store->read(keychainKey());
    if (!saved)
        return saved.error();
    auto r = postAuth(QStringLiteral("/auth/refresh"),
                      {{QStringLiteral("refresh_token"), QString::fromUtf8(*saved)}});
    if (!r)
        return r.error();
    if (!r->isSuccess()) {
        Error e = problemError(*r);
        if (r->status == 400 || r->status == 401 || r->status == 403)
            e.kind = Error::Kind::Unauthorized;
        return e;
    }
    qCDebug(lcAuth) << "access token refreshed for" << m_username;
    return takeTokens(*r);
}

Status AuthSession::logout()
{
    auto saved = m_store->read(keychainKey());
    if (saved) {
        QNetworkRequest req = jsonRequest(apiUrl(m_server, QStringLiteral("/auth/logout")));
        if (!m_accessToken.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + m_accessToken);
        HttpOptions opt;
        opt.transferTimeoutMs = qMin(m_timeoutMs, 5000);
        const QJsonObject body {{QStringLiteral("refresh_token"), QString::fromUtf8(*saved)}};
        //! Best effort: a laptop offline for days must still be able to sign out locally.
        (void)httpCall(*m_nam, req, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact), opt);
    }
    m_accessToken.clear();
    return m_store->remove(keychainKey());
}

Result<QByteArray> AuthSession::accessToken()
{
    if (m_accessToken.isEmpty() || QDateTime::currentDateTimeUtc().addSecs(m_refreshMargin) >= m_expiresAt) {
        if (Status s = refresh(); !s)
            return s.error();
    }
    return m_accessToken;
}

void AuthSession::invalidateAccessToken()
{
    m_accessToken.clear();
}

} // namespace motcua
