// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <optional>

namespace motcua::server {

//! Multi-row INSERTs for seeding: rows are buffered and written `rowsPerStatement`
//! at a time with one prepared statement (one round trip per batch on PostgreSQL).
class BulkInserter
{
public:
    BulkInserter(QSqlDatabase db, QString table, QStringList columns, QString suffix = {},
                 int rowsPerStatement = 200);
    Status add(const QVariantList &row);
    Status flush();

private:
    Status write(int rows);
    QString sql(int rows) const;
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QString m_suffix;
    int m_batch;
    QVariantList m_pending;
    std::optional<QSqlQuery> m_full;
};

} // namespace motcua::server
