// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dossier.h"
#include "core/reception.h"
#include "core/result.h"

#include <QDateTime>

namespace motcua {

class ApiClient;
class BlobStore;
class Database;

//! Reception at the desk, the same online and offline: the dossier takes its final
//! code from the desk's reserved block, is stored in the cache and queued at once
//! (so the slip can be printed with no link), and goes up with its documents on the
//! next sync, exactly once (its Idempotency-Key, and the server accepts a reserved
//! number once). The block is refilled while online.
class ReceptionDesk
{
public:
    //! Who receives, as the slips name them.
    struct Identity
    {
        QString officialName;
        QString agencyName;
        QString parentAgencyName; //!< empty when not in the cached directory
    };

    explicit ReceptionDesk(Database &db)
        : m_db(db)
    { }

    //! Receives now (no network). Errors: "reception.not_desk_staff", "reception.applicant_missing",
    //! "reception.unknown_procedure", "reception.no_codes", "sync.me_missing".
    Result<Dossier> receive(ReceptionRequest request, const QDateTime &now = QDateTime::currentDateTimeUtc());
    //! The signed-in desk official and their agency (and its parent) from the cache.
    Result<Identity> identity();
    //! Reserved numbers left for the signed-in official's agency.
    Result<qint64> codesLeft();

    //! Sends the queued receptions in order (documents first). Returns how many the
    //! server accepted; a transport error stops the round (the entry is sent again later).
    static Result<int> push(ApiClient &api, Database &db, BlobStore &blobs);
    //! Asks for a new block when fewer than `low` numbers are left (desk staff only).
    static Status refill(ApiClient &api, Database &db, int low = 20, int count = 50);
    //! GET /citizens/{id}: the applicant's details from the population records
    //! (verified); NotFound "citizen.not_found" when the records do not know them.
    static Result<Applicant> lookUpCitizen(ApiClient &api, const QString &idNumber);

private:
    Database &m_db;
};

} // namespace motcua
