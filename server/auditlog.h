// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcAudit)

namespace motcua::server {

class Database;

//! The audit log as a hash chain. Each entry stores the previous entry's hash
//! and its own: HMAC-SHA256(key, previous hash + the entry's fields). The key
//! lives outside the database (<data-dir>/audit.key, mode 0600), so someone
//! who can write the database but not the server's files cannot rebuild the
//! chain after changing or deleting a row; `audit_head` holds the newest hash,
//! so deleting the newest entries is found too. Appends lock the head row
//! (UPDATE ... RETURNING, like the feed counter), so processes sharing a
//! PostgreSQL database append one after another.
class AuditLog
{
public:
    AuditLog(Database *db, QByteArray key);

    //! Reads <dataDir>/audit.key, creating it (32 random bytes, 0600) on first start.
    static Result<QByteArray> loadOrCreateKey(const QString &dataDir);

    //! Appends inside the caller's transaction (actions).
    Status append(const QString &actor, const QString &dossierId, const QString &action,
                  const QString &fromState, const QString &toState, const QString &detail);
    //! Appends in a transaction of its own (sign-ins, downloads, administration).
    Status appendStandalone(const QString &actor, const QString &dossierId, const QString &action,
                            const QString &fromState, const QString &toState, const QJsonObject &detail);

    //! Chains the entries written before the chain existed (once, when the chain is empty).
    Status sealLegacyEntries();

    struct Broken
    {
        qint64 id = 0; //!< the first entry that does not verify (0: the head)
        QString reason;
    };
    //! Walks the whole chain; nullopt when intact. *checked = entries verified.
    Result<std::optional<Broken>> verify(qint64 *checked = nullptr);

    static QString genesis() { return QString(64, QLatin1Char('0')); }

private:
    [[nodiscard]] QString entryHash(const QString &prev, qint64 at, const QString &actor,
                                    const QString &dossierId, const QString &action, const QString &fromState,
                                    const QString &toState, const QString &detail) const;
    Status appendAt(qint64 at, const QString &actor, const QString &dossierId, const QString &action,
                    const QString &fromState, const QString &toState, const QString &detail);
    Database *m_db;
    QByteArray m_key;
};

//! `motcua-central audit verify [--db URL] [--data-dir DIR]`: exit 0 intact, 1 broken, 2 error.
int runAuditCommand(const QStringList &arguments);

} // namespace motcua::server
