// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <functional>

namespace motcua::server {

class Database;

//! Backoff and temporary lockout of sign-in, per account name and per client
//! address, kept in the database (table login_throttle) so that every server
//! process sharing a PostgreSQL database applies the same limits.
//!
//! From the `threshold`-th consecutive failure on, each failure locks the key for
//! 4, 8, 16 ... seconds, capped at kMaxLockSeconds (15 minutes): guessing slows
//! to a crawl while a legitimate user who mistyped a few times is not held up.
//! While locked, attempts are refused without checking the password (and are
//! not counted, so an attacker cannot keep a real user locked out for longer
//! than the cap after they stop). Unknown account names are throttled exactly
//! like real ones, so the answers do not reveal which names exist.
class LoginThrottle
{
public:
    static constexpr qint64 kMaxLockSeconds = 15 * 60;
    //! A key's count starts over after a day without failures.
    static constexpr qint64 kForgetAfterSeconds = 24 * 3600;
    using Clock = std::function<qint64()>; //!< seconds since the epoch

    LoginThrottle(Database *db, int accountThreshold, int addressThreshold, Clock clock);

    //! Seconds until the account or the address may try again (0 = may try now).
    Result<qint64> retryAfter(const QString &username, const QString &address);
    //! Counts a failure for both keys.
    Status failed(const QString &username, const QString &address);
    //! A success clears the account's counter (the address keeps its own).
    Status succeeded(const QString &username);

    [[nodiscard]] static qint64 lockSeconds(int failures, int threshold);

private:
    Result<qint64> lockedFor(const QString &key);
    Status bump(const QString &key, int threshold);
    Database *m_db;
    int m_accountThreshold;
    int m_addressThreshold;
    Clock m_clock;
};

} // namespace motcua::server
