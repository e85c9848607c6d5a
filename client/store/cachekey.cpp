// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachekey.h"

#include "core/json.h"
#include "database.h"
#include "dossierrepository.h"
#include "fieldcipher.h"
#include "schema.h"
#include "statements.h"
#include "storelog.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace motcua {

namespace {

//! Reseals one text column of a table, row by row (history, annotations, outbox).
Status resealColumn(Database &db, const QString &table, const QString &column)
{
    auto rows = db.rows(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %1 IS NOT NULL").arg(column, table));
    if (!rows)
        return rows.error();
    const QString update = QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(table, column);
    for (const QVariantList &row : std::as_const(*rows)) {
        auto text = fields::open(db.fieldCipher(), row.at(1));
        if (!text)
            return text.error();
        if (Status s = db.exec(update, {fields::seal(db.fieldCipher(), *text), row.at(0)}); !s)
            return s;
    }
    return {};
}

//! Applicant sort keys written in clear by a version that sealed only the
//! JSON (a collation key reads back as the name): sealed in place.
const QString kPlainSortKey = QStringLiteral("WHERE substr(applicant_key, 1, 4) IS NOT CAST('MCF1' AS BLOB)");

Status sealPlainSortKeys(Database &db)
{
    auto rows = db.rows(QStringLiteral("SELECT rowid, applicant_key FROM dossiers ") + kPlainSortKey);
    if (!rows)
        return rows.error();
    for (const QVariantList &row : std::as_const(*rows)) {
        if (Status s = db.exec(QStringLiteral("UPDATE dossiers SET applicant_key = ? WHERE rowid = ?"),
                               {fields::sealBytes(db.fieldCipher(), row.at(1).toByteArray()), row.at(0)});
            !s)
            return s;
    }
    return {};
}

//! The plain text sealed rows held is still in free pages and the WAL. Best
//! effort: the rows are sealed whatever happens here.
void purgeFreePages(Database &db)
{
    for (const char *pragma :
         {"PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        if (auto r = db.pragma(QString::fromLatin1(pragma)); !r)
            qCWarning(lcStore) << "purging the old plain text failed:" << r.error().toString();
    }
}

} // namespace

Result<int> DossierRepository::resealAll()
{
    //! In rowid order, a chunk at a time (a 100k cache does not fit in memory twice).
    //! Dropped, not emptied: an FTS5 delete leaves the old words in its segments.
    if (Status s = m_db.exec(QStringLiteral("DROP TABLE dossier_fts")); !s)
        return s.error();
    if (Status s = m_db.exec(schema::searchIndexStatement()); !s)
        return s.error();
    int done = 0;
    qint64 after = -1;
    for (;;) {
        auto q = m_db.run(QStringLiteral("SELECT rowid, json, server_version, server_json FROM dossiers "
                                         "WHERE rowid > ? ORDER BY rowid LIMIT 500"),
                          {after});
        if (!q)
            return q.error();
        struct Row
        {
            QVariant json;
            qint64 serverVersion;
            QVariant serverJson;
        };
        QList<Row> rows;
        while ((*q)->next()) {
            after = (*q)->value(0).toLongLong();
            rows.append({(*q)->value(1), (*q)->value(2).toLongLong(), (*q)->value(3)});
        }
        (*q)->finish();
        if (rows.isEmpty())
            break;
        for (const Row &row : std::as_const(rows)) {
            auto text = fields::open(m_db.fieldCipher(), row.json);
            if (!text)
                return text.error();
            QString serverJson;
            if (!row.serverJson.isNull()) {
                auto copy = fields::open(m_db.fieldCipher(), row.serverJson);
                if (!copy)
                    return copy.error();
                serverJson = *copy;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8());
            auto d = json::parse<Dossier>(doc.object());
            if (!d)
                return d.error();
            if (Status s = writeRow(*d, row.serverVersion, serverJson, *text, nullptr, true); !s)
                return s.error();
            ++done;
        }
    }
    return done;
}

namespace cachekey {

Result<State> prepare(Database &db, DossierRepository &dossiers)
{
    const QString wanted = fields::keyCheck(db.fieldCipher());
    auto stored = db.scalar(sql::kGetSyncState, {fields::kKeyCheckKey});
    if (!stored)
        return stored.error();
    const QString have = stored->isValid() ? stored->toString() : QString();
    if (have == wanted) {
        //! Receptions queued before they were sealed (a sealed value is a BLOB),
        //! and applicant sort keys from before they were sealed.
        if (db.fieldCipher()) {
            auto plain
                = db.scalar(QStringLiteral("SELECT count(*) FROM receptions WHERE typeof(body) = 'text'"));
            if (!plain)
                return plain.error();
            auto plainKeys = db.scalar(QStringLiteral("SELECT count(*) FROM dossiers ") + kPlainSortKey);
            if (!plainKeys)
                return plainKeys.error();
            if (plain->toInt() == 0 && plainKeys->toInt() == 0)
                return State::Ready;
            if (Status r = db.write([&]() -> Status {
                    if (plain->toInt() > 0) {
                        if (Status c = resealColumn(db, QStringLiteral("receptions"), QStringLiteral("body"));
                            !c)
                            return c;
                    }
                    return sealPlainSortKeys(db);
                });
                !r)
                return r.error();
            purgeFreePages(db);
        }
        return State::Ready;
    }
    if (!have.isEmpty() && have != QLatin1String("none"))
        return State::KeyLost;
    //! Written in clear (before encryption, or without a keychain): reseal all.
    int rows = 0;
    Status s = db.write([&]() -> Status {
        auto n = dossiers.resealAll();
        if (!n)
            return n.error();
        rows = *n;
        for (const auto &[table, column] : {std::pair {"history", "json"},
                                            {"annotations", "json"},
                                            {"outbox", "payload"},
                                            {"outbox", "server_response"},
                                            {"receptions", "body"}}) {
            if (Status r = resealColumn(db, QLatin1String(table), QLatin1String(column)); !r)
                return r;
        }
        return db.exec(sql::kSetSyncState, {fields::kKeyCheckKey, wanted});
    });
    if (!s)
        return s.error();
    if (rows > 0 && db.fieldCipher()) {
        //! The plain text the rows held is still in free pages and the WAL.
        qCInfo(lcStore) << "sealed the personal fields of" << rows << "cached dossiers";
        purgeFreePages(db);
    }
    return State::Ready;
}

Status reset(Database &db)
{
    Status s = db.write([&]() -> Status {
        for (const char *table : {"dossier_fts", "history", "annotations", "dossiers", "outbox", "receptions",
                                  "batch_items", "batch_jobs", "blobs", "sync_state"}) {
            if (Status d = db.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)); !d)
                return d;
        }
        return db.exec(sql::kSetSyncState, {fields::kKeyCheckKey, fields::keyCheck(db.fieldCipher())});
    });
    if (!s)
        return s;
    if (auto r = db.pragma(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
        return r.error();
    return {};
}

} // namespace cachekey
} // namespace motcua
