// SPDX-License-Identifier: GPL-3.0-or-later
#include "localstore.h"

#include <QDir>

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
    auto db = Database::openFile(databasePath(profileDir), restoreIndexes);
    if (!db)
        return db.error();
    return std::unique_ptr<LocalStore>(new LocalStore(profileDir, std::move(*db)));
}

LocalStore::LocalStore(QString profileDir, std::unique_ptr<Database> db)
    : m_profileDir(std::move(profileDir))
    , m_db(std::move(db))
    , m_dossiers(*m_db)
    , m_outbox(*m_db)
    , m_syncState(*m_db)
    , m_reference(*m_db)
    , m_blobs(std::make_unique<FileBlobStore>(blobDir(m_profileDir), m_db.get()))
{ }

} // namespace motcua
