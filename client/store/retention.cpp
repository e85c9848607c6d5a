// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "blobstore.h"
#include "database.h"
#include "statements.h"

#include <QSqlQuery>

namespace motcua::retention {

Result<int> days(Database &db)
{
    auto v = db.scalar(sql::kGetSyncState, {kDaysKey});
    if (!v)
        return v.error();
    return v->isValid() ? qMax(0, v->toInt()) : 0;
}

Status setDays(Database &db, int days)
{
    return db.exec(sql::kSetSyncState, {kDaysKey, QString::number(qMax(0, days))});
}

Status setPinned(Database &db, const QString &dossierId, bool pinned, const QDateTime &now)
{
    if (!pinned)
        return db.exec(QStringLiteral("DELETE FROM pinned_dossiers WHERE dossier_id = ?"), {dossierId});
    return db.exec(QStringLiteral("INSERT INTO pinned_dossiers(dossier_id, pinned_at) VALUES (?, ?) "
                                  "ON CONFLICT(dossier_id) DO NOTHING"),
                   {dossierId, now.toMSecsSinceEpoch()});
}

Result<bool> isPinned(Database &db, const QString &dossierId)
{
    auto v
        = db.scalar(QStringLiteral("SELECT count(*) FROM pinned_dossiers WHERE dossier_id = ?"), {dossierId});
    if (!v)
        return v.error();
    return v->toInt() > 0;
}

Result<Outcome> apply(Database &db, BlobStore &blobs, const QDateTime &now, int days)
{
    Outcome out;
    if (days <= 0)
        return out;
    const qint64 cutoff = now.addDays(-days).toMSecsSinceEpoch();
    //! Finished = the Finished view's rule (closed, or in a final state) with a finish time.
    const QString expired = QStringLiteral(
        "SELECT d.id, d.rowid FROM dossiers d WHERE d.finished_at IS NOT NULL AND d.finished_at < ? "
        "AND (d.open = 0 OR d.state IN ('result_issued', 'returned', 'rejected', 'withdrawn')) "
        "AND NOT EXISTS (SELECT 1 FROM pinned_dossiers p WHERE p.dossier_id = d.id) "
        "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_id = d.id AND o.state != 'done')");
    QStringList orphans;
    Status s = db.write([&]() -> Status {
        auto rows = db.rows(expired, {cutoff});
        if (!rows)
            return rows.error();
        QSet<QString> candidates;
        for (const QVariantList &row : std::as_const(*rows)) {
            const QString id = row.at(0).toString();
            auto docs = db.rows(QStringLiteral("SELECT sha256 FROM components WHERE dossier_id = ?"), {id});
            if (!docs)
                return docs.error();
            for (const QVariantList &doc : std::as_const(*docs))
                candidates.insert(doc.at(0).toString());
            if (Status d = db.exec(sql::kFtsDelete, {row.at(1)}); !d)
                return d;
            //! history and annotations go with the row (ON DELETE CASCADE).
            if (Status d = db.exec(sql::kDeleteDossier, {id}); !d)
                return d;
            ++out.dossiers;
        }
        //! A document stays while a kept dossier (or a pending action's) refers to it.
        for (const QString &sha : std::as_const(candidates)) {
            auto used = db.scalar(QStringLiteral("SELECT count(*) FROM components WHERE sha256 = ?"), {sha});
            if (!used)
                return used.error();
            if (used->toInt() == 0)
                orphans << sha;
        }
        return {};
    });
    if (!s)
        return s.error();
    for (const QString &sha : std::as_const(orphans)) {
        if (blobs.contains(sha) || blobs.partialSize(sha) > 0) {
            if (Status r = blobs.remove(sha); !r)
                return r.error();
            ++out.documents;
        }
    }
    return out;
}

} // namespace motcua::retention
