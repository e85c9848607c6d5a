// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchrepository.h"
#include "core/result.h"
#include "signing/longterm.h"

#include <QObject>
#include <QUrl>
#include <atomic>
#include <optional>

namespace motcua {
class ApiClient;
class BlobStore;
class Database;
class SyncEngine;
namespace signing {
class Signer;
}
} // namespace motcua

namespace motcua::batch {

//! Runs a persisted batch job: for each dossier, sign its draft result (PAdES,
//! one Signer for the whole batch: one token login), store the signed document,
//! queue `approve` then `sign_result` through ActionQueue in one transaction with
//! the item's state; then, online, add the time stamps missing from signatures
//! made offline and push. Every step is recorded before the next one starts, so
//! a kill at any point resumes without signing a recorded item again or queueing
//! twice (the outbox's idempotency keys make a resent push exactly-once).
//!
//! Blocking and single-threaded: call from the thread that owns `db` (the CLI's
//! main thread, the desk's batch worker). cancel() is thread-safe.
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    //! `api` and `engine` may be null (offline: no download, no push).
    BatchRunner(Database &db, BlobStore &blobs, ApiClient *api, SyncEngine *engine,
                QObject *parent = nullptr);

    //! RFC 3161 service for B-T (empty: B-B only, /Contents still sized for a later stamp).
    void setTsaUrl(const QUrl &url) { m_tsaUrl = url; }
    //! Offline: sign without a time stamp and never touch the network.
    void setOnline(bool online) { m_online = online; }
    //! PAdES B-LT/B-LTA for the results, as the sign dialog does: online signatures and
    //! the time stamps added later (upgradeTimestamps) both embed the evidence.
    void setLongTerm(std::optional<signing::LongTermOptions> longTerm) { m_longTerm = std::move(longTerm); }

    //! Whether some item still has to be signed (so the caller asks for the PIN only then).
    [[nodiscard]] Result<bool> needsSigner(qint64 jobId);
    //! Phase 1: signs and queues the job's pending and signed items, in order.
    //! Cancelled: returns after the current item (Error "batch.cancelled").
    //! A failing item is recorded failed with its reason; the batch goes on.
    [[nodiscard]] Status signAndQueue(qint64 jobId, signing::Signer *signer);
    //! Phase 2 (online): time-stamps the signatures of queued items made offline,
    //! updating blob, item and the queued sign_result payload in one transaction.
    [[nodiscard]] Status upgradeTimestamps(qint64 jobId);
    //! Phase 3 (online): pushes the outbox and records each queued item's outcome.
    [[nodiscard]] Status pushAndSettle(qint64 jobId);
    //! Reads the outcome of queued items from the outbox (done, conflict, failed).
    [[nodiscard]] Status reconcile(qint64 jobId);
    //! A failed item goes back into the batch; its refused actions are dropped
    //! from the outbox (the server's state is restored locally).
    [[nodiscard]] Status retry(qint64 jobId, const QString &dossierId);

    //! Before every push (stampBeforePush, SyncEngine::setBeforePush): the open job's
    //! signatures made offline get their time stamps first (nothing to do without an open job),
    //! with the long-term evidence when `longTerm` is given (setLongTerm).
    [[nodiscard]] static Status prepareOpenJobForPush(Database &db, BlobStore &blobs,
                                                      const std::optional<signing::LongTermOptions> &longTerm
                                                      = std::nullopt);
    //! After a push: the open job's queued items take the outcome of their actions.
    [[nodiscard]] static Status settleOpenJob(Database &db, BlobStore &blobs);

    void cancel() { m_cancel = true; }
    void resetCancel() { m_cancel = false; }
    [[nodiscard]] bool isCancelled() const { return m_cancel.load(); }

Q_SIGNALS:
    //! After each state change of an item (error: the reason when failed).
    void itemChanged(const QString &dossierId, const QString &code, motcua::batch::ItemState state,
                     const QString &error);

private:
    [[nodiscard]] Status signItem(const BatchItem &item, signing::Signer &signer);
    [[nodiscard]] Status queueItem(const BatchItem &item);
    [[nodiscard]] Status upgradeItem(const BatchItem &item);
    [[nodiscard]] Result<QByteArray> draftBytes(const QString &sha256, qint64 size);
    [[nodiscard]] Status fail(const BatchItem &item, const QString &reason);

    Database &m_db;
    BlobStore &m_blobs;
    ApiClient *m_api = nullptr;
    SyncEngine *m_engine = nullptr;
    BatchRepository m_repo;
    QUrl m_tsaUrl;
    std::optional<signing::LongTermOptions> m_longTerm;
    bool m_online = true;
    std::atomic_bool m_cancel {false};
};

} // namespace motcua::batch
