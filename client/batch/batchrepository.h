// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dossier.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace motcua {
class Database;
}

namespace motcua::batch {

//! Life of one dossier in a batch (wire ids in batch_items.state):
//! pending → signed (signed sha recorded) → queued (approve + sign_result in the
//! outbox, same transaction) → done | failed (reason); excluded by the user.
enum class ItemState { Pending, Signed, Queued, Done, Failed, Excluded };

[[nodiscard]] QString toWire(ItemState state);
[[nodiscard]] std::optional<ItemState> itemStateFromWire(QStringView wire);

struct BatchItem
{
    qint64 jobId = 0;
    QString dossierId;
    int position = 0;
    QString code;
    ItemState state = ItemState::Pending;
    QString componentId; //!< the draft result component, replaced by the signed one
    QString draftSha256;
    QString signedSha256;
    qint64 signedSize = 0;
    bool timestamped = false; //!< PAdES B-T (false: signed offline, upgraded before the push)
    qint64 approveOutbox = 0; //!< outbox ids once queued
    qint64 signOutbox = 0;
    QString error; //!< why it failed (user-facing, already translated)
};

struct BatchJob
{
    qint64 id = 0;
    bool open = true;
    QString signer; //!< description of the signer (no secret)
    QString tsaUrl; //!< where the time stamps come from ("" = none)
    QDateTime createdAt;
};

struct BatchCounts
{
    int total = 0; //!< without excluded items
    int pending = 0;
    int signedOnly = 0; //!< signed, not yet queued
    int queued = 0;
    int done = 0;
    int failed = 0;
    int excluded = 0;
    //! Signed at some point (signed, queued, done).
    [[nodiscard]] int signedCount() const { return signedOnly + queued + done; }
    //! Nothing left to do but the user's decisions on failures.
    [[nodiscard]] bool finished() const { return pending + signedOnly + queued == 0; }
};

//! The persisted batch job in the profile's cache (tables batch_jobs,
//! batch_items). Every state change is one statement or one transaction, so a
//! kill at any point leaves a state the runner resumes from. At most one job is
//! open at a time: an unfinished batch is resumed, not forgotten.
class BatchRepository
{
public:
    explicit BatchRepository(Database &db);

    //! The unfinished job, if any.
    [[nodiscard]] Result<std::optional<BatchJob>> openJob();
    [[nodiscard]] Result<std::optional<BatchJob>> job(qint64 id);
    //! A new open job with one pending item per dossier, in the given order.
    //! Refused ("batch.job_open") while another job is open.
    [[nodiscard]] Result<qint64> create(const QList<Dossier> &dossiers, const QString &signer,
                                        const QString &tsaUrl,
                                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    [[nodiscard]] Status close(qint64 jobId);
    [[nodiscard]] Status setTsaUrl(qint64 jobId, const QString &tsaUrl);

    [[nodiscard]] Result<QList<BatchItem>> items(qint64 jobId);
    [[nodiscard]] Result<std::optional<BatchItem>> item(qint64 jobId, const QString &dossierId);
    [[nodiscard]] Result<BatchCounts> counts(qint64 jobId);

    //! pending → signed with the signed document's address (already in the blob store).
    [[nodiscard]] Status markSigned(qint64 jobId, const QString &dossierId, const QString &componentId,
                                    const QString &draftSha, const QString &signedSha, qint64 size,
                                    bool timestamped);
    //! signed → queued with the outbox ids; call inside the transaction that queued them.
    [[nodiscard]] Status markQueued(qint64 jobId, const QString &dossierId, qint64 approveId, qint64 signId);
    //! A time stamp was added: new sha/size (inside the transaction that updates the outbox payload).
    [[nodiscard]] Status markTimestamped(qint64 jobId, const QString &dossierId, const QString &signedSha,
                                         qint64 size);
    [[nodiscard]] Status markDone(qint64 jobId, const QString &dossierId);
    [[nodiscard]] Status markFailed(qint64 jobId, const QString &dossierId, const QString &reason);
    //! Excluded items are skipped; including one again makes it pending.
    [[nodiscard]] Status setExcluded(qint64 jobId, const QString &dossierId, bool excluded);
    //! failed → pending (or signed, when a signed document is kept), error cleared.
    [[nodiscard]] Status resetForRetry(qint64 jobId, const QString &dossierId, bool keepSigned);

private:
    [[nodiscard]] Status setState(qint64 jobId, const QString &dossierId, ItemState state,
                                  const QString &error = {});
    Database &m_db;
};

} // namespace motcua::batch
