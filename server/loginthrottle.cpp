// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

#include "database.h"

namespace motcua::server {

namespace {
QString accountKey(const QString &username)
{
    return QStringLiteral("user:") + username.toCaseFolded();
}
QString addressKey(const QString &address)
{
    return QStringLiteral("addr:") + address;
}
} // namespace

LoginThrottle::LoginThrottle(Database *db, int accountThreshold, int addressThreshold, Clock clock)
    : m_db(db)
    , m_accountThreshold(qMax(1, accountThreshold))
    , m_addressThreshold(qMax(1, addressThreshold))
    , m_clock(std::move(clock))
{ }

qint64 LoginThrottle::lockSeconds(int failures, int threshold)
{
    if (failures < threshold)
        return 0;
    const int doublings = qMin(failures - threshold + 2, 20); // 4 s, 8 s, 16 s ... 15 min
    return qMin<qint64>(kMaxLockSeconds, qint64(1) << doublings);
}

Result<qint64> LoginThrottle::lockedFor(const QString &key)
{
    auto q = m_db->exec(QStringLiteral("SELECT locked_until FROM login_throttle WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (!q->next())
        return qint64(0);
    return qMax<qint64>(0, q->value(0).toLongLong() - m_clock());
}

Result<qint64> LoginThrottle::retryAfter(const QString &username, const QString &address)
{
    auto a = lockedFor(accountKey(username));
    if (!a)
        return a.error();
    auto b = lockedFor(addressKey(address));
    if (!b)
        return b.error();
    return qMax(*a, *b);
}

Status LoginThrottle::bump(const QString &key, int threshold)
{
    const qint64 now = m_clock();
    auto q = m_db->exec(
        QStringLiteral(
            "INSERT INTO login_throttle (key, failures, locked_until, last_failure) VALUES (?, 1, 0, ?) "
            "ON CONFLICT (key) DO UPDATE SET failures = CASE WHEN login_throttle.last_failure < ? THEN 1 "
            "ELSE login_throttle.failures + 1 END, last_failure = excluded.last_failure RETURNING failures"),
        {key, now, now - kForgetAfterSeconds});
    if (!q)
        return q.error();
    const int failures = q->next() ? q->value(0).toInt() : 1;
    q->finish();
    const qint64 lock = lockSeconds(failures, threshold);
    if (lock > 0) {
        auto u = m_db->exec(QStringLiteral("UPDATE login_throttle SET locked_until = ? WHERE key = ?"),
                            {now + lock, key});
        if (!u)
            return u.error();
    }
    return {};
}

Status LoginThrottle::failed(const QString &username, const QString &address)
{
    if (Status s = bump(accountKey(username), m_accountThreshold); !s)
        return s;
    return bump(addressKey(address), m_addressThreshold);
}

Status LoginThrottle::succeeded(const QString &username)
{
    auto q = m_db->exec(QStringLiteral("DELETE FROM login_throttle WHERE key = ?"), {accountKey(username)});
    if (!q)
        return q.error();
    return {};
}

} // namespace motcua::server
