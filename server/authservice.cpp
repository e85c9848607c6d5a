// SPDX-License-Identifier: GPL-3.0-or-later
#include "authservice.h"

#include "auditlog.h"
#include "database.h"
#include "loginthrottle.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace motcua::server {

namespace {
Error unauthorized(const QString &code, const char *msg)
{
    return Error::make(Error::Kind::Unauthorized, code, msg);
}
} // namespace

AuthService::AuthService(Database *db, int accessTtlSeconds, int refreshTtlSeconds)
    : m_db(db)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
    , m_accessTtl(accessTtlSeconds)
    , m_refreshTtl(refreshTtlSeconds)
{
    setLoginLimits(5, 20);
}

AuthService::~AuthService() = default;

void AuthService::setLoginLimits(int accountThreshold, int addressThreshold)
{
    m_throttle = std::make_unique<LoginThrottle>(m_db, accountThreshold, addressThreshold,
                                                 [this] { return m_clock(); });
}

void AuthService::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

const PasswordHash &AuthService::dummyHash()
{
    if (!m_dummy) {
        //! The most common iteration count of the real accounts, so that an unknown
        //! name costs the same PBKDF2 work as a known one.
        int iterations = 60000;
        auto q = m_db->exec(QStringLiteral(
            "SELECT pw_iterations FROM officials GROUP BY pw_iterations ORDER BY COUNT(*) DESC LIMIT 1"));
        if (q && q->next())
            iterations = qMax(1, q->value(0).toInt());
        m_dummy = hashPassword(randomToken(), iterations);
    }
    return *m_dummy;
}

void AuthService::audit(const QString &actor, const QString &what, const QString &address)
{
    if (!m_audit)
        return;
    auto s = m_audit->appendStandalone(actor, {}, what, {}, {},
                                       QJsonObject {{QStringLiteral("address"), address}});
    if (!s)
        qCWarning(lcAudit).noquote() << "audit append failed:" << s.error().toString();
}

PasswordHash AuthService::hashPassword(const QString &password, int iterations, QByteArray salt)
{
    if (salt.isEmpty()) {
        salt.resize(16);
        RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), int(salt.size()));
    }
    const QByteArray pw = password.toUtf8();
    QByteArray out(32, '\0');
    PKCS5_PBKDF2_HMAC(pw.constData(), int(pw.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
                      EVP_sha256(), int(out.size()), reinterpret_cast<unsigned char *>(out.data()));
    return {QString::fromLatin1(salt.toHex()), QString::fromLatin1(out.toHex()), iterations};
}

bool AuthService::verifyPassword(const QString &password, const PasswordHash &stored)
{
    const PasswordHash h
        = hashPassword(password, stored.iterations, QByteArray::fromHex(stored.salt.toLatin1()));
    const QByteArray a = h.hash.toLatin1();
    const QByteArray b = stored.hash.toLatin1();
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QString AuthService::randomToken()
{
    QByteArray raw(32, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), int(raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString AuthService::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Result<QJsonObject> AuthService::login(const QString &username, const QString &password,
                                       const QString &address, qint64 *retryAfter)
{
    auto wait = m_throttle->retryAfter(username, address);
    if (!wait)
        return wait.error();
    if (*wait > 0) {
        if (retryAfter)
            *retryAfter = *wait;
        audit(username, QStringLiteral("sign_in_locked"), address);
        return Error::make(
            Error::Kind::Unauthorized, QStringLiteral("auth.locked"),
            QT_TRANSLATE_NOOP("motcua::Error", "Too many failed sign-ins; try again in %1 seconds."),
            {QString::number(*wait)});
    }
    auto r = checkPassword(username, password);
    if (!r) {
        if (r.error().code == QLatin1String("auth.bad_credentials")) {
            if (Status s = m_throttle->failed(username, address); !s)
                return s.error();
            audit(username, QStringLiteral("sign_in_failed"), address);
        }
        return r;
    }
    if (Status s = m_throttle->succeeded(username); !s)
        return s.error();
    audit(username, QStringLiteral("sign_in"), address);
    return r;
}

Result<QJsonObject> AuthService::checkPassword(const QString &username, const QString &password)
{
    auto q = m_db->exec(
        QStringLiteral("SELECT id, pw_salt, pw_hash, pw_iterations FROM officials WHERE username = ?"),
        {username});
    if (!q)
        return q.error();
    //! Unknown names do the same work against a dummy hash: the timing of the
    //! answer does not tell which user names exist.
    const bool known = q->next();
    const QString id = known ? q->value(0).toString() : QString();
    const PasswordHash stored = known
        ? PasswordHash {q->value(1).toString(), q->value(2).toString(), q->value(3).toInt()}
        : dummyHash();
    q->finish();
    const bool ok = verifyPassword(password, stored);
    if (!known || !ok)
        return unauthorized(QStringLiteral("auth.bad_credentials"),
                            QT_TRANSLATE_NOOP("motcua::Error", "Wrong user name or password."));
    return issue(id);
}

Result<QJsonObject> AuthService::issue(const QString &officialId)
{
    const QString access = randomToken();
    const QString refreshTok = randomToken();
    const qint64 t = now();
    auto a = m_db->exec(
        QStringLiteral(
            "INSERT INTO tokens (token_hash, kind, official_id, expires_at) VALUES (?, 'access', ?, ?)"),
        {sha256Hex(access.toLatin1()), officialId, t + m_accessTtl});
    if (!a)
        return a.error();
    auto r = m_db->exec(
        QStringLiteral(
            "INSERT INTO tokens (token_hash, kind, official_id, expires_at) VALUES (?, 'refresh', ?, ?)"),
        {sha256Hex(refreshTok.toLatin1()), officialId, t + m_refreshTtl});
    if (!r)
        return r.error();
    // Expired tokens are garbage; keep the table small.
    auto c = m_db->exec(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"), {t - 3600});
    Q_UNUSED(c);
    return QJsonObject {{QStringLiteral("access_token"), access},
                        {QStringLiteral("refresh_token"), refreshTok},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                        {QStringLiteral("expires_in"), m_accessTtl}};
}

Result<QJsonObject> AuthService::refresh(const QString &refreshToken)
{
    const QString h = sha256Hex(refreshToken.toLatin1());
    //! Rotation: the UPDATE ... RETURNING consumes the refresh token atomically,
    //! so a token replayed concurrently yields one new pair only.
    auto q
        = m_db->exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE token_hash = ? AND kind = 'refresh' "
                                    "AND revoked = 0 AND expires_at >= ? RETURNING official_id"),
                     {h, now()});
    if (!q)
        return q.error();
    if (!q->next())
        return unauthorized(
            QStringLiteral("auth.invalid_refresh"),
            QT_TRANSLATE_NOOP("motcua::Error", "The session has expired; please sign in again."));
    const QString id = q->value(0).toString();
    q->finish();
    return issue(id);
}

Status AuthService::logout(const QString &accessToken)
{
    auto caller = authenticate(QByteArray("Bearer ") + accessToken.toLatin1());
    if (!caller)
        return caller.error();
    auto q = m_db->exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE official_id = ?"), {caller->id});
    if (!q)
        return q.error();
    return {};
}

Result<Caller> AuthService::authenticate(const QByteArray &authorization)
{
    if (!authorization.startsWith("Bearer ") || authorization.size() < 20)
        return unauthorized(QStringLiteral("auth.missing"),
                            QT_TRANSLATE_NOOP("motcua::Error", "Sign-in required."));
    const QString h = sha256Hex(authorization.mid(7).trimmed());
    auto q = m_db->exec(
        QStringLiteral(
            "SELECT official_id, expires_at, revoked FROM tokens WHERE token_hash = ? AND kind = 'access'"),
        {h});
    if (!q)
        return q.error();
    if (!q->next() || q->value(2).toInt() != 0)
        return unauthorized(QStringLiteral("auth.invalid"),
                            QT_TRANSLATE_NOOP("motcua::Error", "The access token is not valid."));
    if (q->value(1).toLongLong() < now())
        return unauthorized(QStringLiteral("auth.expired"),
                            QT_TRANSLATE_NOOP("motcua::Error", "The access token has expired."));
    return loadOfficial(q->value(0).toString());
}

Result<Caller> AuthService::loadOfficial(const QString &id)
{
    auto q = m_db->exec(
        QStringLiteral("SELECT id, username, full_name, agency_code, roles FROM officials WHERE id = ?"),
        {id});
    if (!q)
        return q.error();
    if (!q->next())
        return unauthorized(QStringLiteral("auth.invalid"),
                            QT_TRANSLATE_NOOP("motcua::Error", "The access token is not valid."));
    Caller c;
    c.id = q->value(0).toString();
    c.username = q->value(1).toString();
    c.fullName = q->value(2).toString();
    c.agencyCode = q->value(3).toString();
    c.roles = q->value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return c;
}

} // namespace motcua::server
