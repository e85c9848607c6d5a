// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/citizendocument.h"
#include "core/result.h"

#include <QString>
#include <optional>

namespace motcua {

class Database;

//! The applicants' e-data warehouse lists (GET /citizens/{idNumber}/documents),
//! cached for offline use: one JSON blob per citizen in the key/value sync_state
//! table (key "warehouse/<idNumber>"), so no schema change is needed. Filled by
//! SyncEngine with a dossier's details; read by the dossier screen's reuse panel.
class WarehouseRepository
{
public:
    static inline const QString kKeyPrefix = QStringLiteral("warehouse/");

    explicit WarehouseRepository(Database &db);

    //! std::nullopt when the citizen's warehouse was never fetched.
    [[nodiscard]] Result<std::optional<CitizenWarehouse>> get(const QString &idNumber);
    //! Replaces the cached list of `warehouse.idNumber` (must not be empty).
    [[nodiscard]] Status put(const CitizenWarehouse &warehouse);

private:
    Database &m_db;
};

} // namespace motcua
