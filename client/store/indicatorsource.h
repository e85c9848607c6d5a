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
//!
//! The scope is not decoded from the dossiers' JSON: each dossier's indicator
//! inputs (core/indicatorinputs.h) are kept as columns of two tables
//! (indicator_dossiers, indicator_transfers; schema.cpp), written with the
//! dossier (DossierRepository) and read back by one column scan.
namespace indicatorsource {

//! The sync_state key holding the set's JSON as the server sent it.
inline const QString kDefinitionsKey = QStringLiteral("indicator_definitions");
//! The sync_state key saying the indicator columns hold every dossier's inputs,
//! as derived by this version (bump kInputsVersion when indicatorDossier() changes).
inline const QString kInputsKey = QStringLiteral("indicator_inputs_version");
inline const QString kInputsVersion = QStringLiteral("1");

//! How cachedScope() reads the columns. Fastest: SQLite's own API on Qt's
//! connection, when Qt's driver uses the very library this program links (as
//! on Debian); otherwise through Qt Sql. QtSql forces the latter (tests).
enum class ScanApi { Fastest, QtSql };

//! Every cached dossier's inputs (tombstones are not kept in the cache), in id order.
[[nodiscard]] Result<IndicatorScope> cachedScope(Database &db, ScanApi api = ScanApi::Fastest);
//! std::nullopt when no sync brought a set yet.
[[nodiscard]] Result<std::optional<IndicatorSet>> cachedSet(SyncStateRepository &state);
[[nodiscard]] Status storeSet(SyncStateRepository &state, const QJsonObject &set);

//! Writes the dossier's inputs (in the caller's transaction, after its row).
//! fresh: the row did not exist before (nothing to replace).
[[nodiscard]] Status writeInputs(Database &db, const Dossier &d, bool fresh);
//! Derives the inputs of every cached dossier again unless kInputsKey says they
//! are complete (a cache from before the columns, or a newer derivation).
//! Returns how many dossiers were written (0 when nothing was to do).
[[nodiscard]] Result<int> backfill(Database &db);

} // namespace indicatorsource
} // namespace motcua
