// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace motcua {

class Database;
class BlobStore;

//! Issue 19: finished dossiers leave the laptop a number of days after they
//! finished, set by the province (GET /me "device_policy.retention_days", kept in
//! sync_state), unless the official pinned them for a trip. Their history,
//! annotations, search row and the documents no kept dossier uses go with them.
namespace retention {

inline const QString kDaysKey = QStringLiteral("retention_days");

//! The province's number of days; 0 = keep everything.
[[nodiscard]] Result<int> days(Database &db);
[[nodiscard]] Status setDays(Database &db, int days);

//! Pins (or unpins) a dossier: it stays on the laptop whatever its age.
[[nodiscard]] Status setPinned(Database &db, const QString &dossierId, bool pinned, const QDateTime &now);
[[nodiscard]] Result<bool> isPinned(Database &db, const QString &dossierId);

struct Outcome
{
    int dossiers = 0; //!< dossiers removed
    int documents = 0; //!< documents removed
};
//! Removes the finished dossiers whose finish is more than `days` before `now`
//! (0 days = nothing), except pinned ones and those with actions not yet done.
[[nodiscard]] Result<Outcome> apply(Database &db, BlobStore &blobs, const QDateTime &now, int days);

} // namespace retention
} // namespace motcua
