// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static QStringList tables(Database &db)
    {
        QStringList names;
        auto q = db.run(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name"));
        if (!q)
            return {QStringLiteral("<error>")};
        while ((*q)->next())
            names << (*q)->value(0).toString();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void migratesFromZeroAndReopens()
    {
        const QString file = path("fresh.sqlite");
        {
            Database db(file);
            QVERIFY2(db.open().ok(), "open");
            QCOMPARE(db.schemaVersion().valueOr(-1), Database::latestSchemaVersion());
            const QStringList t = tables(db);
            for (const char *name :
                 {"dossiers", "components", "annotations", "history", "agencies", "procedures", "calendar",
                  "outbox", "sync_state", "blobs", "dossier_fts"})
                QVERIFY2(t.contains(QString::fromLatin1(name)), name);
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).valueOr({}).toString(),
                     QStringLiteral("wal"));
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).valueOr({}).toInt(), 2); // FULL
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).valueOr({}).toInt(), 1);
            QVERIFY(
                db.exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('cursor', 'c1')")).ok());
        }
        {
            Database db(file);
            const qint64 before = db.queryCount();
            QVERIFY(db.open().ok());
            QCOMPARE(db.schemaVersion().valueOr(-1), Database::latestSchemaVersion());
            // Re-opening runs no migration step: only pragmas, the version check and the
            // cache key check of issue 19 (cachekey.h), far fewer than one migration.
            QVERIFY2(db.queryCount() - before < 16, qPrintable(QString::number(db.queryCount() - before)));
            QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"))
                         .valueOr({})
                         .toString(),
                     QStringLiteral("c1"));
        }
    }

    void newFileHasLargePagesOldFileKeepsItsOwn()
    {
        //! A new cache gets 16 KiB pages (bench/sync.sh); a cache made by an
        //! earlier version (4 KiB pages, then WAL) keeps them and still opens.
        const QString fresh = path("pages-new.sqlite");
        {
            Database db(fresh);
            QVERIFY(db.open().ok());
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA page_size")).valueOr({}).toInt(), 16384);
        }
        const QString old = path("pages-old.sqlite");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(old);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size=4096")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE earlier(x)")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        Database db(old);
        QVERIFY(db.open().ok());
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA page_size")).valueOr({}).toInt(), 4096);
        QCOMPARE(db.schemaVersion().valueOr(-1), Database::latestSchemaVersion());
    }

    void failedMigrationRollsBackAndRetries()
    {
        const QString file = path("broken-migration.sqlite");
        {
            Database db(file);
            // 1 journal_mode, 5 pragmas, user_version, BEGIN, then the step: break its 5th statement.
            db.failNthQuery(8 + 5, 13);
            Status s = db.open();
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, QStringLiteral("store.disk_full"));
            QCOMPARE(s.error().kind, Error::Kind::Storage);
            QCOMPARE(db.schemaVersion().valueOr(-1), 0);
            QVERIFY(tables(db).isEmpty()); // the statements that ran before the failure were rolled back
        }
        Database db(file);
        QVERIFY(db.open().ok());
        QCOMPARE(db.schemaVersion().valueOr(-1), Database::latestSchemaVersion());
    }

    void tooNewSchemaIsRefused()
    {
        const QString file = path("future.sqlite");
        {
            Database db(file);
            QVERIFY(db.open().ok());
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::latestSchemaVersion() + 1))
                        .ok());
        }
        Database db(file);
        Status s = db.open();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("store.schema_too_new"));
    }

    void failedWriteLeavesDatabaseConsistent()
    {
        Database db(path("tx.sqlite"));
        QVERIFY(db.open().ok());
        auto insert = [&](const QString &k) {
            return db.exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, 'v')"), {k});
        };
        // Fail each statement of a three-statement write in turn, including BEGIN and COMMIT.
        for (int n = 1; n <= 5; ++n) {
            db.failNthQuery(n, 13);
            Status s = db.write([&]() -> Status {
                for (const char *k : {"a", "b", "c"}) {
                    if (Status e = insert(QString::fromLatin1(k)); !e)
                        return e;
                }
                return {};
            });
            QVERIFY2(!s.ok(), qPrintable(QString::number(n)));
            QCOMPARE(s.error().code, QStringLiteral("store.disk_full"));
            QVERIFY(!db.inTransaction());
            //! (fields_key: the cache key check written on open, cachekey.h)
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sync_state WHERE key <> 'fields_key'"))
                         .valueOr(-1)
                         .toInt(),
                     0);
        }
        // The next write works and commits everything.
        QVERIFY(db.write([&]() -> Status {
                      if (Status e = insert(QStringLiteral("a")); !e)
                          return e;
                      return insert(QStringLiteral("b"));
                  }).ok());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sync_state WHERE key <> 'fields_key'"))
                     .valueOr(-1)
                     .toInt(),
                 2);
    }

    void nestedWriteRollsBackOnlyItsSavepoint()
    {
        Database db(path("nested.sqlite"));
        QVERIFY(db.open().ok());
        Status s = db.write([&]() -> Status {
            if (Status e = db.exec(QStringLiteral("INSERT INTO sync_state VALUES ('outer', '1')")); !e)
                return e;
            Status inner = db.write([&]() -> Status {
                if (Status e = db.exec(QStringLiteral("INSERT INTO sync_state VALUES ('inner', '1')")); !e)
                    return e;
                return Error::make(Error::Kind::Invalid, QStringLiteral("test.abort"), "abort");
            });
            if (inner.ok())
                return Error::make(Error::Kind::Internal, QStringLiteral("test.unexpected"),
                                   "inner succeeded");
            return {};
        });
        QVERIFY(s.ok());
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT group_concat(key) FROM sync_state WHERE key <> 'fields_key'"))
                .valueOr({})
                .toString(),
            QStringLiteral("outer"));
    }

    void sqlErrorsAreTypedValues()
    {
        Database db(path("errors.sqlite"));
        QVERIFY(db.open().ok());
        auto r = db.run(QStringLiteral("SELECT * FROM no_such_table"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("store.sql"));
        QVERIFY(r.error().detail.contains(QStringLiteral("no_such_table")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO sync_state VALUES ('k', 'v')")).ok());
        Status dup = db.exec(QStringLiteral("INSERT INTO sync_state VALUES ('k', 'v')"));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, QStringLiteral("store.constraint"));
        QVERIFY(!dup.error().userMessage().isEmpty());
    }

    void fts5IsAvailable()
    {
        Database db(path("fts.sqlite"));
        QVERIFY(db.open().ok());
        QVERIFY(
            db.exec(QStringLiteral("INSERT INTO dossier_fts(rowid, applicant) VALUES (1, 'nguyen van dat')"))
                .ok());
        QCOMPARE(db.scalar(QStringLiteral("SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH ?"),
                           {QStringLiteral("\"dat\"")})
                     .valueOr({})
                     .toInt(),
                 1);
    }

    void notADatabaseIsReported()
    {
        const QString file = path("garbage.sqlite");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Database db(file);
        Status s = db.open();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("store.corrupt"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
