// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSaveFile>
#include <cstdio>
#include <openssl/rand.h>

Q_LOGGING_CATEGORY(lcAudit, "motcua.server.audit")

namespace motcua::server {

AuditLog::AuditLog(Database *db, QByteArray key)
    : m_db(db)
    , m_key(std::move(key))
{ }

Result<QByteArray> AuditLog::loadOrCreateKey(const QString &dataDir)
{
    const QString path = dataDir + QStringLiteral("/audit.key");
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray key = QByteArray::fromHex(f.readAll().trimmed());
        if (key.size() < 32)
            return Database::storageError(QStringLiteral("audit key"),
                                          path + QStringLiteral(" is malformed"));
        return key;
    }
    if (f.exists())
        return Database::storageError(QStringLiteral("audit key"), f.errorString());
    QByteArray key(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1)
        return Database::storageError(QStringLiteral("audit key"), QStringLiteral("no randomness"));
    QDir().mkpath(dataDir);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(key.toHex() + '\n') < 0
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !out.commit())
        return Database::storageError(QStringLiteral("audit key"), out.errorString());
    return key;
}

QString AuditLog::entryHash(const QString &prev, qint64 at, const QString &actor, const QString &dossierId,
                            const QString &action, const QString &fromState, const QString &toState,
                            const QString &detail) const
{
    //! A JSON array is an unambiguous encoding of the fields (no separator games);
    //! NULL and "" are the same value here, as the database may return either.
    const QJsonArray fields {QString::number(at), actor, dossierId, action, fromState, toState, detail};
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_key);
    mac.addData(prev.toLatin1());
    mac.addData("\n");
    mac.addData(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(mac.result().toHex());
}

Status AuditLog::appendAt(qint64 at, const QString &actor, const QString &dossierId, const QString &action,
                          const QString &fromState, const QString &toState, const QString &detail)
{
    //! Takes the head row's write lock until the transaction ends.
    auto head = m_db->exec(
        QStringLiteral("UPDATE audit_head SET last_hash = last_hash WHERE id = 1 RETURNING last_hash"));
    if (!head)
        return head.error();
    if (!head->next())
        return Database::storageError(QStringLiteral("audit"), QStringLiteral("no audit_head row"));
    const QString prev = head->value(0).toString();
    head->finish();
    const QString hash = entryHash(prev, at, actor, dossierId, action, fromState, toState, detail);
    auto q = m_db->exec(
        QStringLiteral("INSERT INTO audit_log (at, actor, dossier_id, action, from_state, to_state, detail, "
                       "prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {at, actor, dossierId, action, fromState, toState, detail, prev, hash});
    if (!q)
        return q.error();
    auto u = m_db->exec(QStringLiteral("UPDATE audit_head SET last_hash = ? WHERE id = 1"), {hash});
    if (!u)
        return u.error();
    return {};
}

Status AuditLog::append(const QString &actor, const QString &dossierId, const QString &action,
                        const QString &fromState, const QString &toState, const QString &detail)
{
    return appendAt(QDateTime::currentSecsSinceEpoch(), actor, dossierId, action, fromState, toState, detail);
}

Status AuditLog::appendStandalone(const QString &actor, const QString &dossierId, const QString &action,
                                  const QString &fromState, const QString &toState, const QJsonObject &detail)
{
    if (Status s = m_db->begin(); !s)
        return s;
    Status s = append(actor, dossierId, action, fromState, toState,
                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!s) {
        m_db->rollback();
        return s;
    }
    if (Status c = m_db->commit(); !c) {
        m_db->rollback();
        return c;
    }
    return {};
}

Status AuditLog::sealLegacyEntries()
{
    if (Status s = m_db->begin(); !s)
        return s;
    auto fail = [this](const Error &e) {
        m_db->rollback();
        return Status(e);
    };
    auto head = m_db->exec(
        QStringLiteral("UPDATE audit_head SET last_hash = last_hash WHERE id = 1 RETURNING last_hash"));
    if (!head)
        return fail(head.error());
    QString prev = head->next() ? head->value(0).toString() : QString();
    head->finish();
    if (prev != genesis()) {
        m_db->rollback();
        return {}; // already chained: rows without a hash are now evidence, not legacy
    }
    auto rows
        = m_db->exec(QStringLiteral("SELECT id, at, actor, dossier_id, action, from_state, to_state, detail "
                                    "FROM audit_log WHERE entry_hash IS NULL ORDER BY id"));
    if (!rows)
        return fail(rows.error());
    QList<QPair<qint64, QPair<QString, QString>>> sealed;
    while (rows->next()) {
        const QString hash
            = entryHash(prev, rows->value(1).toLongLong(), rows->value(2).toString(),
                        rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toString(),
                        rows->value(6).toString(), rows->value(7).toString());
        sealed.append({rows->value(0).toLongLong(), {prev, hash}});
        prev = hash;
    }
    rows->finish();
    for (const auto &s : std::as_const(sealed)) {
        auto u = m_db->exec(QStringLiteral("UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?"),
                            {s.second.first, s.second.second, s.first});
        if (!u)
            return fail(u.error());
    }
    if (!sealed.isEmpty()) {
        auto u = m_db->exec(QStringLiteral("UPDATE audit_head SET last_hash = ? WHERE id = 1"), {prev});
        if (!u)
            return fail(u.error());
        qCInfo(lcAudit) << "chained" << sealed.size() << "audit entries written before the chain existed";
    }
    return m_db->commit();
}

Result<std::optional<AuditLog::Broken>> AuditLog::verify(qint64 *checked)
{
    auto rows
        = m_db->exec(QStringLiteral("SELECT id, at, actor, dossier_id, action, from_state, to_state, detail, "
                                    "prev_hash, entry_hash FROM audit_log ORDER BY id"));
    if (!rows)
        return rows.error();
    QString prev = genesis();
    qint64 n = 0;
    qint64 lastId = 0;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        const QString prevHash = rows->value(8).toString();
        const QString stored = rows->value(9).toString();
        if (stored.isEmpty())
            return std::optional<Broken>(Broken {id,
                                                 QStringLiteral("entry %1 has no hash: it was written "
                                                                "outside the server or its hash removed")
                                                     .arg(id)});
        if (prevHash != prev)
            return std::optional<Broken>(
                Broken {id,
                        QStringLiteral("entry %1 does not follow entry %2: an entry between them was "
                                       "deleted, or the link was changed")
                            .arg(id)
                            .arg(lastId)});
        const QString computed
            = entryHash(prevHash, rows->value(1).toLongLong(), rows->value(2).toString(),
                        rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toString(),
                        rows->value(6).toString(), rows->value(7).toString());
        if (computed != stored)
            return std::optional<Broken>(Broken {id, QStringLiteral("entry %1 was changed").arg(id)});
        prev = stored;
        lastId = id;
        ++n;
    }
    rows->finish();
    auto head = m_db->exec(QStringLiteral("SELECT last_hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    const QString headHash = head->next() ? head->value(0).toString() : QString();
    if (checked)
        *checked = n;
    if (headHash != prev)
        return std::optional<Broken>(
            Broken {0,
                    QStringLiteral("the newest entries after entry %1 were deleted (the head does not match)")
                        .arg(lastId)});
    return std::optional<Broken> {};
}

int runAuditCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("main", "Checks the audit log's hash chain."));
    p.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"),
                                   QCoreApplication::translate("main", "sqlite:PATH or postgresql://..."),
                                   QStringLiteral("URL"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("main", "Directory holding audit.key."),
                                     QStringLiteral("DIR"), QStringLiteral("motcua-data"));
    p.addOptions({dbOpt, dataDir});
    p.addPositionalArgument(QStringLiteral("verify"),
                            QCoreApplication::translate("main", "Verify the chain."));
    p.process(arguments);
    if (p.positionalArguments() != QStringList {QStringLiteral("audit"), QStringLiteral("verify")}) {
        std::fprintf(stderr, "usage: motcua-central audit verify [--db URL] [--data-dir DIR]\n");
        return 2;
    }
    const QString dir = p.value(dataDir);
    const QString url = p.isSet(dbOpt) ? p.value(dbOpt)
                                       : QStringLiteral("sqlite:") + dir + QStringLiteral("/central.sqlite");
    QFile keyFile(dir + QStringLiteral("/audit.key"));
    if (!keyFile.exists()) {
        std::fprintf(stderr, "motcua-central: no audit key in %s\n", qPrintable(dir));
        return 2;
    }
    auto key = AuditLog::loadOrCreateKey(dir);
    auto db = Database::open(url, QStringLiteral("audit"));
    if (!key || !db) {
        std::fprintf(stderr, "motcua-central: %s\n",
                     qPrintable(!key ? key.error().toString() : db.error().toString()));
        return 2;
    }
    std::unique_ptr<Database> owned(db.value());
    AuditLog log(owned.get(), *key);
    qint64 n = 0;
    auto r = log.verify(&n);
    if (!r) {
        std::fprintf(stderr, "motcua-central: %s\n", qPrintable(r.error().toString()));
        return 2;
    }
    if (r->has_value()) {
        std::printf("audit log BROKEN at entry %lld: %s\n", static_cast<long long>((*r)->id),
                    qPrintable((*r)->reason));
        return 1;
    }
    std::printf("audit log intact: %lld entries\n", static_cast<long long>(n));
    return 0;
}

} // namespace motcua::server
