// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkinserter.h"

#include "database.h"

#include <QSqlError>

namespace motcua::server {

BulkInserter::BulkInserter(QSqlDatabase db, QString table, QStringList columns, QString suffix,
                           int rowsPerStatement)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_suffix(std::move(suffix))
    , m_batch(rowsPerStatement)
{ }

QString BulkInserter::sql(int rows) const
{
    QString one = QStringLiteral("(")
        + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(QLatin1Char(',')))
        + QStringList(rows, one).join(QLatin1Char(',')) + QLatin1Char(' ') + m_suffix;
}

Status BulkInserter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending += row;
    if (m_pending.size() >= m_batch * m_columns.size())
        return write(m_batch);
    return {};
}

Status BulkInserter::flush()
{
    const int rows = int(m_pending.size() / m_columns.size());
    return rows > 0 ? write(rows) : Status();
}

Status BulkInserter::write(int rows)
{
    QSqlQuery one(m_db);
    QSqlQuery *q = &one;
    if (rows == m_batch) {
        if (!m_full) {
            m_full.emplace(m_db);
            if (!m_full->prepare(sql(rows)))
                return Database::storageError(QStringLiteral("bulk prepare"), m_full->lastError().text());
        }
        q = &*m_full;
    } else if (!one.prepare(sql(rows))) {
        return Database::storageError(QStringLiteral("bulk prepare"), one.lastError().text());
    }
    for (int i = 0; i < rows * m_columns.size(); ++i)
        q->bindValue(i, m_pending[i]);
    if (!q->exec())
        return Database::storageError(QStringLiteral("bulk insert into ") + m_table, q->lastError().text());
    m_pending.remove(0, rows * m_columns.size());
    return {};
}

} // namespace motcua::server
