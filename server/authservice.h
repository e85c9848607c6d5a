// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace motcua::server {

class Database;

//! The authenticated official behind a request.
struct Caller
{
    QString id;
    QString username;
    QString fullName;
    QString agencyCode;
    QStringList roles; //!< wire ids: specialist, supervisor, desk_staff, admin

    [[nodiscard]] bool hasRole(const QString &r) const { return roles.contains(r); }
};

struct PasswordHash
{
    QString salt; //!< hex
    QString hash; //!< hex, PBKDF2-HMAC-SHA256
    int iterations = 0;
};

//! Passwords (PBKDF2-HMAC-SHA256 from OpenSSL, per-user salt) and tokens
//! (random 256-bit, only their SHA-256 is stored; access tokens short-lived,
//! refresh tokens rotate on use).
class AuthService
{
public:
    AuthService(Database *db, int accessTtlSeconds, int refreshTtlSeconds);

    static PasswordHash hashPassword(const QString &password, int iterations, QByteArray salt = {});
    static bool verifyPassword(const QString &password, const PasswordHash &stored);
    static QString randomToken();
    static QString sha256Hex(const QByteArray &data);

    //! {"access_token","refresh_token","token_type","expires_in"} or an Unauthorized error.
    Result<QJsonObject> login(const QString &username, const QString &password);
    Result<QJsonObject> refresh(const QString &refreshToken);
    Status logout(const QString &accessToken);
    //! The Authorization header value → caller, or auth.missing/auth.invalid/auth.expired.
    Result<Caller> authenticate(const QByteArray &authorization);
    Result<Caller> loadOfficial(const QString &id);

private:
    Result<QJsonObject> issue(const QString &officialId);
    Database *m_db;
    int m_accessTtl;
    int m_refreshTtl;
};

} // namespace motcua::server
