// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace motcua::server {

class Database;
class LoginThrottle;
class AuditLog;

//! The authenticated official behind a request.
struct Caller
{
    QString id;
    QString username;
    QString fullName;
    QString agencyCode;
    QStringList roles; //!< wire ids: specialist, supervisor, desk_staff, admin

    [[nodiscard]] bool hasRole(const QString &r) const { return roles.contains(r); }
    [[nodiscard]] bool isAdmin() const { return hasRole(QStringLiteral("admin")); }
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
    using Clock = std::function<qint64()>; //!< seconds since the epoch
    AuthService(Database *db, int accessTtlSeconds, int refreshTtlSeconds);
    ~AuthService();

    //! Sign-in limits (server/loginthrottle.h) and the clock they and token
    //! expiry use (tests inject one instead of waiting).
    void setLoginLimits(int accountThreshold, int addressThreshold);
    void setClock(Clock clock);
    void setAuditLog(AuditLog *audit) { m_audit = audit; }

    static PasswordHash hashPassword(const QString &password, int iterations, QByteArray salt = {});
    static bool verifyPassword(const QString &password, const PasswordHash &stored);
    static QString randomToken();
    static QString sha256Hex(const QByteArray &data);

    //! {"access_token","refresh_token","token_type","expires_in"} or an Unauthorized error.
    //! While the account or the address is locked out, refuses without checking the
    //! password and sets *retryAfter (seconds, > 0); the error is "auth.locked".
    Result<QJsonObject> login(const QString &username, const QString &password, const QString &address = {},
                              qint64 *retryAfter = nullptr);
    Result<QJsonObject> refresh(const QString &refreshToken);
    Status logout(const QString &accessToken);
    //! The Authorization header value → caller, or auth.missing/auth.invalid/auth.expired.
    Result<Caller> authenticate(const QByteArray &authorization);
    Result<Caller> loadOfficial(const QString &id);

private:
    Result<QJsonObject> issue(const QString &officialId);
    Result<QJsonObject> checkPassword(const QString &username, const QString &password);
    //! PBKDF2 with the accounts' own iteration count, for names that do not exist.
    const PasswordHash &dummyHash();
    void audit(const QString &actor, const QString &what, const QString &address);
    [[nodiscard]] qint64 now() const { return m_clock(); }
    Database *m_db;
    AuditLog *m_audit = nullptr;
    Clock m_clock;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::optional<PasswordHash> m_dummy;
    int m_accessTtl;
    int m_refreshTtl;
};

} // namespace motcua::server
