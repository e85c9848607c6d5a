// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "http.h"

#include <QSqlError>
#include <QUrl>

namespace motcua::server {

Database::Database(QString name, bool pg)
    : m_name(std::move(name))
    , m_pg(pg)
{ }

Database::~Database()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_name, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Error Database::storageError(const QString &what, const QString &detail)
{
    return Error::make(Error::Kind::Storage, QStringLiteral("storage.error"),
                       QT_TRANSLATE_NOOP("motcua::Error", "Database error: %1"), {what})
        .withDetail(detail);
}

Result<Database *> Database::open(const QString &url, const QString &connectionName)
{
    const bool pg
        = url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"));
    QSqlDatabase d;
    if (pg) {
        const QUrl u(url);
        d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        d.setHostName(u.host());
        d.setPort(u.port(5432));
        d.setUserName(u.userName());
        d.setPassword(u.password());
        d.setDatabaseName(u.path().mid(1));
    } else if (url.startsWith(QLatin1String("sqlite:"))) {
        d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        d.setDatabaseName(url.mid(7));
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        return Error::make(Error::Kind::Invalid, QStringLiteral("config.db_url"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Unsupported database URL: %1"), {url});
    }
    if (!d.open()) {
        const QString err = d.lastError().text();
        d = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return storageError(QStringLiteral("open"), err);
    }
    auto *db = new Database(connectionName, pg);
    if (!pg) {
        for (const char *p :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
            auto r = db->exec(QString::fromLatin1(p));
            if (!r)
                qCWarning(lcServer) << r.error().toString();
        }
    } else {
        //! API queries are small index lookups; starting parallel workers costs
        //! more than it saves (measured on the changes feed pages).
        for (const char *p :
             {"SET client_min_messages TO WARNING", "SET max_parallel_workers_per_gather = 0"}) {
            auto r = db->exec(QString::fromLatin1(p));
            if (!r)
                qCWarning(lcServer) << r.error().toString();
        }
    }
    return db;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        //! PostgreSQL cannot PREPARE DDL or transaction control; run those directly.
        if (!q.exec(sql))
            return storageError(QStringLiteral("exec"), q.lastError().text() + QStringLiteral(" in ") + sql);
        return q;
    }
    if (!q.prepare(sql))
        return storageError(QStringLiteral("prepare"), q.lastError().text() + QStringLiteral(" in ") + sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return storageError(QStringLiteral("exec"), q.lastError().text() + QStringLiteral(" in ") + sql);
    return q;
}

Status Database::begin()
{
    if (m_pg) {
        auto r = exec(QStringLiteral("BEGIN"));
        if (!r)
            return r.error();
        return {};
    }
    //! BEGIN IMMEDIATE: take SQLite's write lock up front instead of failing
    //! with SQLITE_BUSY on the first write after a read.
    auto r = exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!r)
        return r.error();
    return {};
}

Status Database::commit()
{
    auto r = exec(QStringLiteral("COMMIT"));
    if (!r)
        return r.error();
    return {};
}

void Database::rollback()
{
    auto r = exec(QStringLiteral("ROLLBACK"));
    Q_UNUSED(r);
}

Result<qint64> Database::nextSeq(int count)
{
    auto r = exec(QStringLiteral("UPDATE feed_counter SET value = value + ? WHERE id = 1 RETURNING value"),
                  {count});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r.value());
    if (!q.next())
        return storageError(QStringLiteral("feed_counter"), QStringLiteral("missing counter row"));
    return q.value(0).toLongLong() - count + 1;
}

} // namespace motcua::server
