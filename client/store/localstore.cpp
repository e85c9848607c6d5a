// SPDX-License-Identifier: GPL-3.0-or-later
#include "localstore.h"

#include "blobcipher.h"
#include "cachekey.h"
#include "indicatorsource.h"
#include "storelog.h"

#include <QDir>
#include <QFile>

namespace motcua {

QString LocalStore::databasePath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("cache.sqlite"));
}

QString LocalStore::blobDir(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("blobs"));
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString &profileDir, bool restoreIndexes)
{
    //! A profile holds citizens' data: only its owner may enter it (0700) or read
    //! the cache (0600), whatever the umask.
    constexpr auto kOwnerDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QDir().mkpath(blobDir(profileDir));
    QFile::setPermissions(profileDir, kOwnerDir);
    QFile::setPermissions(blobDir(profileDir), kOwnerDir);
    auto db = Database::openFile(databasePath(profileDir), restoreIndexes);
    if (!db)
        return db.error();
    if (restoreIndexes) {
        //! Once per cache: dossiers written before the indicator columns existed.
        //! Not fatal: the dashboard then counts the dossiers it has columns for.
        if (auto filled = indicatorsource::backfill(**db); !filled)
            qCWarning(lcStore) << "indicator inputs not derived:" << filled.error().toString();
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::setPermissions(databasePath(profileDir) + QLatin1String(suffix),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    //! Personal fields are sealed with the profile's key (Database::open, cachekey.h).
    return std::unique_ptr<LocalStore>(new LocalStore(profileDir, std::move(*db)));
}

Status LocalStore::resetForResync()
{
    if (Status s = cachekey::reset(*m_db); !s)
        return s;
    //! The documents were encrypted with the lost key: unreadable, fetched again.
    QDir(blobDir(m_profileDir)).removeRecursively();
    QDir().mkpath(blobDir(m_profileDir));
    QFile::setPermissions(blobDir(m_profileDir),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_db->clearKeyLost();
    return {};
}

LocalStore::LocalStore(QString profileDir, std::unique_ptr<Database> db)
    : m_profileDir(std::move(profileDir))
    , m_db(std::move(db))
    , m_dossiers(*m_db)
    , m_outbox(*m_db)
    , m_syncState(*m_db)
    , m_reference(*m_db)
{
    auto blobs = std::make_unique<FileBlobStore>(blobDir(m_profileDir), m_db.get());
    if (auto cipher = ProfileKeys::cipherFor(m_profileDir))
        blobs->setCipher(std::move(cipher));
    m_blobs = std::move(blobs);
}

} // namespace motcua
