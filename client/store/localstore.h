// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blobstore.h"
#include "core/result.h"
#include "database.h"
#include "dossierrepository.h"
#include "outboxrepository.h"
#include "referencerepository.h"
#include "syncstaterepository.h"

#include <QString>
#include <memory>

namespace motcua {

//! One profile's local store: `<profileDir>/cache.sqlite` and the documents
//! under `<profileDir>/blobs/`. Owns the Database and the repositories over it;
//! like the Database, use it from the thread that opened it.
class LocalStore
{
public:
    //! restoreIndexes = false for a second connection that only reads (it must
    //! not build the indexes a running first pull holds back).
    [[nodiscard]] static Result<std::unique_ptr<LocalStore>> open(const QString &profileDir,
                                                                  bool restoreIndexes = true);

    [[nodiscard]] static QString databasePath(const QString &profileDir);
    [[nodiscard]] static QString blobDir(const QString &profileDir);

    [[nodiscard]] QString profileDir() const { return m_profileDir; }
    [[nodiscard]] Database &database() { return *m_db; }
    [[nodiscard]] DossierRepository &dossiers() { return m_dossiers; }
    [[nodiscard]] OutboxRepository &outbox() { return m_outbox; }
    [[nodiscard]] SyncStateRepository &syncState() { return m_syncState; }
    [[nodiscard]] ReferenceRepository &reference() { return m_reference; }
    [[nodiscard]] BlobStore &blobs() { return *m_blobs; }

    //! The cache was written with a profile key this computer no longer has (the
    //! keychain entry is gone, or the folder was copied here): nothing in it can
    //! be read. Offer resetForResync (sign in again, pull everything again).
    [[nodiscard]] bool keyLost() const { return m_db->keyLost(); }
    //! Empties the cache and its documents for a clean re-sync under the current key.
    [[nodiscard]] Status resetForResync();

private:
    LocalStore(QString profileDir, std::unique_ptr<Database> db);

    QString m_profileDir;
    std::unique_ptr<Database> m_db;
    DossierRepository m_dossiers;
    OutboxRepository m_outbox;
    SyncStateRepository m_syncState;
    ReferenceRepository m_reference;
    std::unique_ptr<BlobStore> m_blobs;
};

} // namespace motcua
