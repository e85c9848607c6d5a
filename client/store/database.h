// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>
#include <utility>

namespace motcua {
class FieldCipher;
}

namespace motcua {

//! One profile's SQLite cache file.
//!
//! A Database owns its own named QSqlDatabase connection and must be used only
//! from the thread that opened it (Qt Sql connections are per thread); another
//! thread opens its own Database on the same file (WAL lets readers and one
//! writer work side by side).
//!
//! Every statement goes through run(): it prepares once and caches the query
//! (the statement texts live in statements.h), maps SQLite errors to
//! motcua::Error codes ("store.sql", "store.disk_full", "store.busy",
//! "store.constraint", "store.corrupt", "store.io") and hosts the fault
//! injection hook used by tests.
class Database
{
public:
    explicit Database(QString filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    //! Opens (creating if needed) and migrates to latestSchemaVersion().
    [[nodiscard]] Status open();
    //! A second connection opened while a bulk pull holds the indexes back
    //! (the pull's page writer) must not build them on open.
    void setRestoreIndexesOnOpen(bool restore) { m_restoreIndexesOnOpen = restore; }
    //! Convenience: construct + open.
    //! restoreIndexes: see setRestoreIndexesOnOpen().
    [[nodiscard]] static Result<std::unique_ptr<Database>> openFile(const QString &filePath,
                                                                    bool restoreIndexes = true);

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString filePath() const { return m_filePath; }
    //! The Qt connection, for a reader that needs more than run() (the indicator
    //! column scan, indicatorsource.cpp). Same thread rules as the Database.
    [[nodiscard]] QSqlDatabase connection() const { return m_db; }
    [[nodiscard]] static int latestSchemaVersion();
    //! PRAGMA user_version as stored in the file.
    [[nodiscard]] Result<int> schemaVersion();

    //! Runs fn in one write transaction (BEGIN IMMEDIATE ... COMMIT). When fn
    //! returns an error, or COMMIT fails, everything is rolled back and the error
    //! returned. Nested calls become SAVEPOINTs of the outer transaction.
    [[nodiscard]] Status write(const std::function<Status()> &fn);
    //! Runs fn in one read transaction (a consistent snapshot for several queries).
    [[nodiscard]] Status read(const std::function<Status()> &fn);
    [[nodiscard]] bool inTransaction() const { return m_depth > 0; }
    //! Runs `fn` once the outermost write transaction open now commits (at once
    //! outside one); dropped if the (save)point it was registered in rolls back.
    //! For announcing changes only when they are really there.
    void afterCommit(std::function<void()> fn);

    //! Prepares (cached by text), binds positional values and executes sql.
    //! An invalid QVariant() binds SQL NULL; a null QString binds the empty text.
    //! The returned query stays owned by the Database and is valid until the
    //! next run() of the same text; rows are read with next()/value().
    [[nodiscard]] Result<QSqlQuery *> run(const QString &sql, const QVariantList &binds = {});
    //! Like run() for statements whose result rows are not needed.
    [[nodiscard]] Status exec(const QString &sql, const QVariantList &binds = {});
    //! First column of the first row, or an invalid QVariant when there is no row.
    [[nodiscard]] Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {});
    //! Every row's values, read whole: for rows rewritten one by one after the
    //! read (a statement must not be stepped while its table is updated).
    [[nodiscard]] Result<QList<QVariantList>> rows(const QString &sql, const QVariantList &binds = {});
    //! Runs a PRAGMA (or any one-off statement) WITHOUT the statement cache:
    //! SQLite applies a PRAGMA when it is prepared, so a cached one takes effect
    //! only the first time. Returns the first column of the first row, if any.
    [[nodiscard]] Result<QVariant> pragma(const QString &sql);

    //! The secondary indexes of the dossiers table exist (schema::dossierIndexes()).
    //! A bulk first pull drops them and builds them at its end; a run killed in
    //! between gets them back here (called by open()). One query when they exist.
    [[nodiscard]] Status restoreDossierIndexes();

    //! Test hook: the n-th statement from now (1 = the next one; BEGIN and
    //! COMMIT count) fails with the given SQLite primary result code instead of
    //! running. 0 disables. Only that one statement fails.
    void failNthQuery(int n, int sqliteCode = 10 /* SQLITE_IOERR */);
    //! Statements run since open (including injected failures); lets a test
    //! find the index of the statement it wants to break.
    [[nodiscard]] qint64 queryCount() const { return m_queryCount; }

    //! The profile's cipher for personal fields and search tokens (fieldcipher.h);
    //! none for a profile without a key (the fields stay plain text).
    void setFieldCipher(std::shared_ptr<const FieldCipher> cipher) { m_fieldCipher = std::move(cipher); }
    [[nodiscard]] const FieldCipher *fieldCipher() const { return m_fieldCipher.get(); }
    //! Opened on a cache written with a key this process does not have (cachekey.h).
    [[nodiscard]] bool keyLost() const { return m_keyLost; }
    void clearKeyLost() { m_keyLost = false; }

    //! Maps a SQLite primary result code to our error code ("store.disk_full"...).
    [[nodiscard]] static Error sqliteError(int sqliteCode, const QString &detail);

private:
    //! Counts the statement and fails it when closed or when a test asked (failNthQuery).
    [[nodiscard]] Status beforeStatement(const QString &sql);
    Status configure();
    Status migrate();
    Status finishTransaction(bool commit, const QString &savepoint);

    QString m_filePath;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery *> m_cache;
    int m_depth = 0;
    QList<std::pair<int, std::function<void()>>> m_afterCommit; //!< depth registered at, action
    bool m_restoreIndexesOnOpen = true;
    qint64 m_queryCount = 0;
    qint64 m_failAt = 0;
    int m_failCode = 10;
    std::shared_ptr<const FieldCipher> m_fieldCipher;
    bool m_keyLost = false;
};

} // namespace motcua
