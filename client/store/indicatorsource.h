// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators.h"
#include "core/result.h"

#include <QDateTime>
#include <optional>

namespace motcua {

class Database;
class SyncStateRepository;

//! What the desktop computes its indicators over: the cached scope (every
//! dossier of the cache, as the local view holds it) and the province's
//! indicator set cached by the last sync (GET /indicators/definitions).
namespace indicatorsource {

//! The sync_state key holding the set's JSON as the server sent it.
inline const QString kDefinitionsKey = QStringLiteral("indicator_definitions");

//! Every cached dossier (tombstones are not kept in the cache).
[[nodiscard]] Result<QList<Dossier>> cachedScope(Database &db);
//! std::nullopt when no sync brought a set yet.
[[nodiscard]] Result<std::optional<IndicatorSet>> cachedSet(SyncStateRepository &state);
[[nodiscard]] Status storeSet(SyncStateRepository &state, const QJsonObject &set);

} // namespace indicatorsource
} // namespace motcua
