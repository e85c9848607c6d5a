// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace motcua {

class Database;
class DossierRepository;

//! Which key a cache's personal fields were written with (issue 19), kept in
//! sync_state as a key check (fieldcipher.h), never the key.
namespace cachekey {

enum class State {
    Ready, //!< written with this store's key (or both without one)
    KeyLost, //!< written with a key this computer no longer has: unreadable
};

//! On open: a cache without a key check (new, or from before encryption) or
//! written without a key while there is one now gets every row resealed and its
//! search index rebuilt; then the old plain text is purged from the file (VACUUM,
//! WAL truncated). A cache written with another key is KeyLost (nothing changed).
[[nodiscard]] Result<State> prepare(Database &db, DossierRepository &dossiers);

//! A profile whose key is gone: empties everything the old key protected (dossiers,
//! history, annotations, outbox, receptions, batch jobs, sync state with the
//! session and cursor, the blob index) and records the current key, so that
//! signing in again re-syncs from scratch.
[[nodiscard]] Status reset(Database &db);

} // namespace cachekey
} // namespace motcua
