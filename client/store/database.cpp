// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "blobcipher.h"
#include "cachekey.h"
#include "dossierrepository.h"
#include "schema.h"
#include "storelog.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

namespace motcua {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

//! SQLite primary result codes we distinguish (sqlite3.h).
enum SqliteCode {
    kSqliteBusy = 5,
    kSqliteLocked = 6,
    kSqliteIoErr = 10,
    kSqliteCorrupt = 11,
    kSqliteFull = 13,
    kSqliteConstraint = 19,
    kSqliteNotADb = 26,
};

int nativeCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 1;
}

} // namespace

Database::Database(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionName(QStringLiteral("motcua.store.%1").arg(s_connectionCounter.fetchAndAddOrdered(1)))
{ }

Database::~Database()
{
    qDeleteAll(m_cache);
    m_cache.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &filePath, bool restoreIndexes)
{
    auto db = std::make_unique<Database>(filePath);
    db->setRestoreIndexesOnOpen(restoreIndexes);
    if (Status s = db->open(); !s)
        return s.error();
    return db;
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

int Database::latestSchemaVersion()
{
    return int(schema::migrations().size());
}

Error Database::sqliteError(int sqliteCode, const QString &detail)
{
    //! What the user is told for each SQLite result code we distinguish.
    struct Meaning
    {
        int code;
        const char *id;
        const char *text;
    };
    static constexpr Meaning kMeanings[] = {
        {kSqliteFull, "store.disk_full",
         QT_TRANSLATE_NOOP("motcua::Error", "The disk is full; free some space and try again.")},
        {kSqliteBusy, "store.busy",
         QT_TRANSLATE_NOOP("motcua::Error", "The local cache is busy; try again.")},
        {kSqliteLocked, "store.busy",
         QT_TRANSLATE_NOOP("motcua::Error", "The local cache is busy; try again.")},
        {kSqliteConstraint, "store.constraint",
         QT_TRANSLATE_NOOP("motcua::Error", "The local cache rejected inconsistent data.")},
        {kSqliteCorrupt, "store.corrupt",
         QT_TRANSLATE_NOOP("motcua::Error", "The local cache file is damaged.")},
        {kSqliteNotADb, "store.corrupt",
         QT_TRANSLATE_NOOP("motcua::Error", "The local cache file is damaged.")},
        {kSqliteIoErr, "store.io",
         QT_TRANSLATE_NOOP("motcua::Error", "The local cache could not be read or written.")},
    };
    Meaning meaning {sqliteCode, "store.sql",
                     QT_TRANSLATE_NOOP("motcua::Error", "A local cache operation failed.")};
    for (const Meaning &m : kMeanings) {
        if (m.code == sqliteCode)
            meaning = m;
    }
    Error e = Error::make(Error::Kind::Storage, QString::fromLatin1(meaning.id), meaning.text);
    e.detail = detail;
    return e;
}

Status Database::open()
{
    if (isOpen())
        return {};
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::make(Error::Kind::Storage, QStringLiteral("store.io"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Cannot create the folder %1."),
                           {info.absolutePath()});
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::make(Error::Kind::Storage, QStringLiteral("store.no_driver"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The SQLite driver for Qt is not installed."));
    const bool created = !info.exists() || info.size() == 0;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_filePath);
    if (!m_db.open()) {
        const QSqlError e = m_db.lastError();
        return sqliteError(nativeCode(e), e.text());
    }
    //! 16 KiB pages for a new file (an existing one keeps its size): a row with
    //! its JSON is about 2 KiB, and scans (index builds, counts) and commits
    //! make a quarter of the system calls of 4 KiB pages. bench/sync.sh: a
    //! first sync of 100k dossiers about 1 s faster.
    if (created) {
        if (auto r = pragma(QStringLiteral("PRAGMA page_size=16384")); !r) {
            m_db.close();
            return r.error();
        }
    }
    if (Status s = configure(); !s) {
        m_db.close();
        return s;
    }
    if (Status s = migrate(); !s) {
        qCWarning(lcStore) << "migration failed:" << s.error().toString();
        return s;
    }
    if (m_restoreIndexesOnOpen) {
        if (Status s = restoreDossierIndexes(); !s)
            return s;
    }
    //! Every connection of a process on a profile seals alike: the key comes from
    //! ProfileKeys (the app and the CLI register it before opening the cache).
    if (!m_fieldCipher)
        m_fieldCipher = ProfileKeys::fieldCipherFor(info.absolutePath());
    DossierRepository dossiers(*this);
    auto state = cachekey::prepare(*this, dossiers);
    if (!state)
        return state.error();
    m_keyLost = *state == cachekey::State::KeyLost;
    return {};
}

Status Database::restoreDossierIndexes()
{
    const QStringList &statements = schema::dossierIndexes();
    auto present = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                         "name IN (%1)")
                              .arg(schema::dossierIndexNames().join(QLatin1Char(','))));
    if (!present)
        return present.error();
    if (present->toInt() == statements.size())
        return {};
    qCInfo(lcStore) << "building the dossier indexes" << m_filePath;
    return write([&]() -> Status {
        for (QString sql : statements) {
            sql.replace(QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE INDEX IF NOT EXISTS "));
            QElapsedTimer timer;
            timer.start();
            if (Status s = exec(sql); !s)
                return s;
            qCDebug(lcStore) << sql.section(QLatin1Char(' '), 5, 5) << "built in" << timer.elapsed() << "ms";
        }
        return {};
    });
}

Status Database::beforeStatement(const QString &sql)
{
    if (!m_db.isValid() || !m_db.isOpen())
        return Error::make(Error::Kind::Storage, QStringLiteral("store.closed"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The local cache is not open."));
    ++m_queryCount;
    if (m_failAt > 0 && m_queryCount == m_failAt) {
        m_failAt = 0;
        return sqliteError(m_failCode, QStringLiteral("injected failure of: %1").arg(sql.left(80)));
    }
    return {};
}

Result<QVariant> Database::pragma(const QString &sql)
{
    if (Status ready = beforeStatement(sql); !ready)
        return ready.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        const QSqlError e = q.lastError();
        return sqliteError(nativeCode(e), e.text() + QStringLiteral(" in: ") + sql.left(120));
    }
    QVariant v;
    if (q.next())
        v = q.value(0);
    return v;
}

Status Database::configure()
{
    //! WAL keeps readers (the UI) running while sync writes; FULL makes a
    //! committed user action survive power loss, not just a process crash.
    auto mode = scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return sqliteError(1, QStringLiteral("journal_mode is %1, not wal").arg(mode->toString()));
    //! temp_store=MEMORY keeps statement journals (every upsert inside a
    //! transaction gets one) off the disk: ten times fewer writes when syncing.
    for (const char *pragma :
         {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000",
          "PRAGMA cache_size=-32768", "PRAGMA temp_store=MEMORY"}) {
        auto r = run(QString::fromLatin1(pragma));
        if (!r)
            return r.error();
        (*r)->finish();
    }
    return {};
}

Result<int> Database::schemaVersion()
{
    auto v = scalar(QStringLiteral("PRAGMA user_version"));
    if (!v)
        return v.error();
    return v->toInt();
}

Status Database::migrate()
{
    auto current = schemaVersion();
    if (!current)
        return current.error();
    const auto &steps = schema::migrations();
    if (*current > steps.size())
        return Error::make(
                   Error::Kind::Storage, QStringLiteral("store.schema_too_new"),
                   QT_TRANSLATE_NOOP("motcua::Error",
                                     "The local cache was written by a newer version of the application."))
            .withDetail(QStringLiteral("user_version %1 > %2").arg(*current).arg(steps.size()));
    for (int v = *current; v < steps.size(); ++v) {
        //! One transaction per step: a failed step leaves the file at the previous version.
        Status s = write([&]() -> Status {
            for (const QString &sql : steps.at(v)) {
                if (Status e = exec(sql); !e)
                    return e;
            }
            return exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
        });
        if (!s)
            return s;
        qCInfo(lcStore) << "migrated" << m_filePath << "to schema version" << v + 1;
    }
    return {};
}

Result<QSqlQuery *> Database::run(const QString &sql, const QVariantList &binds)
{
    if (Status ready = beforeStatement(sql); !ready)
        return ready.error();
    QSqlQuery *q = m_cache.value(sql);
    if (!q) {
        q = new QSqlQuery(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            const QSqlError e = q->lastError();
            delete q;
            return sqliteError(nativeCode(e), e.text() + QStringLiteral(" in: ") + sql.left(120));
        }
        m_cache.insert(sql, q);
    } else {
        q->finish();
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        //! A null QString is NULL to the driver; we mean the empty text. SQL NULL
        //! is asked for with an invalid QVariant().
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            q->bindValue(i, QStringLiteral(""));
        else
            q->bindValue(i, v);
    }
    if (!q->exec()) {
        const QSqlError e = q->lastError();
        q->finish();
        return sqliteError(nativeCode(e), e.text() + QStringLiteral(" in: ") + sql.left(120));
    }
    return q;
}

Status Database::exec(const QString &sql, const QVariantList &binds)
{
    auto r = run(sql, binds);
    if (!r)
        return r.error();
    (*r)->finish();
    return {};
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &binds)
{
    auto r = run(sql, binds);
    if (!r)
        return r.error();
    QSqlQuery *q = *r;
    QVariant v;
    if (q->next())
        v = q->value(0);
    q->finish();
    return v;
}

Result<QList<QVariantList>> Database::rows(const QString &sql, const QVariantList &binds)
{
    auto r = run(sql, binds);
    if (!r)
        return r.error();
    QSqlQuery *q = *r;
    const int columns = q->record().count();
    QList<QVariantList> out;
    while (q->next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(q->value(c));
        out.append(std::move(row));
    }
    q->finish();
    return out;
}

Status Database::finishTransaction(bool commit, const QString &savepoint)
{
    if (savepoint.isEmpty())
        return exec(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    if (commit)
        return exec(QStringLiteral("RELEASE ") + savepoint);
    Status s = exec(QStringLiteral("ROLLBACK TO ") + savepoint);
    Status r = exec(QStringLiteral("RELEASE ") + savepoint);
    return s ? r : s;
}

Status Database::write(const std::function<Status()> &fn)
{
    const QString savepoint = m_depth > 0 ? QStringLiteral("sp%1").arg(m_depth) : QString();
    if (Status s = exec(savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                            : QStringLiteral("SAVEPOINT ") + savepoint);
        !s)
        return s;
    const int depth = ++m_depth;
    Status body = fn();
    Status end = body ? finishTransaction(true, savepoint) : Status();
    if (!body || !end) {
        //! A failed COMMIT may leave the transaction open; roll back whatever is left.
        Status rb = finishTransaction(false, savepoint);
        if (!rb)
            qCWarning(lcStore) << "rollback failed:" << rb.error().toString();
        m_afterCommit.removeIf([depth](const auto &entry) { return entry.first >= depth; });
        --m_depth;
        return body ? end : body;
    }
    --m_depth;
    if (m_depth == 0 && !m_afterCommit.isEmpty()) {
        const auto run = std::exchange(m_afterCommit, {});
        for (const auto &entry : run)
            entry.second();
    }
    return {};
}

void Database::afterCommit(std::function<void()> fn)
{
    if (m_depth == 0)
        fn();
    else
        m_afterCommit.append({m_depth, std::move(fn)});
}

Status Database::read(const std::function<Status()> &fn)
{
    if (m_depth > 0)
        return fn();
    if (Status s = exec(QStringLiteral("BEGIN DEFERRED")); !s)
        return s;
    ++m_depth;
    Status body = fn();
    Status end = finishTransaction(body.ok(), QString());
    --m_depth;
    if (!body)
        return body;
    return end;
}

void Database::failNthQuery(int n, int sqliteCode)
{
    m_failAt = n > 0 ? m_queryCount + n : 0;
    m_failCode = sqliteCode;
}

} // namespace motcua
