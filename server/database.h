// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace motcua::server {

//! One Qt Sql connection (SQLite file or PostgreSQL) with the schema migrations.
//! The server is single-threaded per process (Qt HttpServer 6.4 runs handlers on
//! the main thread), so one connection per process = one per thread. Several
//! processes may share one PostgreSQL database.
class Database
{
public:
    //! url: "sqlite:PATH" or "postgresql://user[:pw]@host:port/db".
    static Result<Database *> open(const QString &url, const QString &connectionName);
    ~Database();

    [[nodiscard]] bool isPostgres() const { return m_pg; }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name); }

    //! Applies pending migrations, each step in its own transaction.
    Status migrate();

    //! Prepared statement helper; errors become motcua::Error values.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    Status begin();
    Status commit();
    void rollback();

    //! Allocates the next changes-feed sequence number. The UPDATE takes the
    //! counter row's write lock until COMMIT, so writers that allocate a
    //! sequence are serialized and commit in sequence order: a reader never
    //! sees seq N+1 committed while N is still in flight (PostgreSQL out-of-order
    //! commits cannot make the feed skip a change).
    Result<qint64> nextSeq(int count = 1);

    static Error storageError(const QString &what, const QString &detail);

private:
    Database(QString name, bool pg);
    QString m_name;
    bool m_pg = false;
};

} // namespace motcua::server
