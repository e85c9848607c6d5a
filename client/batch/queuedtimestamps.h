// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "signing/longterm.h"

#include <QUrl>
#include <functional>
#include <optional>

namespace motcua {
class BlobStore;
class Database;
} // namespace motcua

namespace motcua::batch {

//! A queued sign_result's document once it carries its time stamp.
struct StampedResult
{
    QString sha256;
    qint64 size = 0;
};

//! The second half of the one time-stamp rule (signing::TimestampPolicy::FallBackAndQueue):
//! a result signed while the time-stamp service could not be reached is queued
//! B-B with room kept for the stamp, and gets it here before it is pushed, with the
//! long-term evidence (B-LT/B-LTA) when `longTerm` is given, as an online signature.
//!
//! Stamps the document of the pending sign_result `outboxId`: the new blob, then in
//! one write the outbox payload, the optimistic local dossier and `alsoRecord` (the
//! batch item). nullopt when there is nothing to do: the entry is gone, no longer
//! pending (it was handed to the network meanwhile), or its signature already has a
//! time stamp. Errors: the time-stamp service's and TimestampUpgrade's
//! ("signing.contents_overflow" for a document signed without room for the stamp).
[[nodiscard]] Result<std::optional<StampedResult>>
stampQueuedResult(Database &db, BlobStore &blobs, qint64 outboxId, const QUrl &tsaUrl,
                  const std::optional<signing::LongTermOptions> &longTerm,
                  const std::function<Status(const StampedResult &)> &alsoRecord = {});

//! Every pending sign_result whose signature still lacks its time stamp gets it
//! (stampQueuedResult). A document that cannot take one (imported already signed
//! elsewhere without room for the stamp, or changed after signing) goes as it is;
//! any other error stops here, so the push does not start and nothing signed
//! offline leaves without the time stamp it could have had. Returns how many
//! documents were stamped.
[[nodiscard]] Result<int> stampQueuedResults(Database &db, BlobStore &blobs, const QUrl &tsaUrl,
                                             const std::optional<signing::LongTermOptions> &longTerm);

//! The step every push takes first (SyncEngine::setBeforePush), for the desk's sync
//! worker and the CLI alike: the open batch's items (BatchRunner::prepareOpenJobForPush,
//! which keeps the batch's records), then every other queued result, both against
//! `tsaUrl` (the central server's time-stamp service). `longTerm` is read at each
//! push (the desk's settings may change between two).
[[nodiscard]] std::function<Status()>
stampBeforePush(Database &db, BlobStore &blobs, QUrl tsaUrl,
                std::function<std::optional<signing::LongTermOptions>()> longTerm = {});

} // namespace motcua::batch
