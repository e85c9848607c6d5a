// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/json.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace motcua {

class Database;

//! Key/value state of the sync: the changes-feed cursor, the last successful
//! sync time and the signed-in official (GET /me).
class SyncStateRepository
{
public:
    static inline const QString kCursor = QStringLiteral("cursor");
    static inline const QString kLastSync = QStringLiteral("last_sync");
    static inline const QString kMe = QStringLiteral("me");

    explicit SyncStateRepository(Database &db);

    //! std::nullopt when the key was never set.
    [[nodiscard]] Result<std::optional<QString>> value(const QString &key);
    [[nodiscard]] Status setValue(const QString &key, const QString &value);
    [[nodiscard]] Status remove(const QString &key);

    //! Empty when no page was ever applied (a full sync starts from the beginning).
    [[nodiscard]] Result<QString> cursor();
    //! Sets the cursor alone (e.g. cleared when the server says it expired);
    //! pages set it with DossierRepository::applyChangesPage.
    [[nodiscard]] Status setCursor(const QString &cursor);
    [[nodiscard]] Result<QDateTime> lastSync();
    [[nodiscard]] Status setLastSync(const QDateTime &at);
    [[nodiscard]] Result<std::optional<json::Me>> me();
    [[nodiscard]] Status setMe(const json::Me &me);

private:
    Database &m_db;
};

} // namespace motcua
