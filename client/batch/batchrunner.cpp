// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchrunner.h"

#include "core/json.h"
#include "core/permissions.h"
#include "core/states.h"
#include "queuedtimestamps.h"
#include "signing/longterm.h"
#include "signing/signingservice.h"
#include "signing/tsaclient.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/dossierrepository.h"
#include "store/outboxrepository.h"
#include "sync/actionqueue.h"
#include "sync/apiclient.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRectF>

Q_LOGGING_CATEGORY(lcBatch, "motcua.batch")

namespace motcua::batch {

namespace {

Error cancelled()
{
    return Error::make(Error::Kind::Cancelled, QStringLiteral("batch.cancelled"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The batch was cancelled."));
}

} // namespace

BatchRunner::BatchRunner(Database &db, BlobStore &blobs, ApiClient *api, SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_blobs(blobs)
    , m_api(api)
    , m_engine(engine)
    , m_repo(db)
{ }

Result<bool> BatchRunner::needsSigner(qint64 jobId)
{
    auto items = m_repo.items(jobId);
    if (!items)
        return items.error();
    for (const BatchItem &i : *items)
        if (i.state == ItemState::Pending)
            return true;
    return false;
}

Status BatchRunner::fail(const BatchItem &item, const QString &reason)
{
    qCInfo(lcBatch) << "item" << item.code << "failed:" << reason;
    if (Status s = m_repo.markFailed(item.jobId, item.dossierId, reason); !s)
        return s;
    Q_EMIT itemChanged(item.dossierId, item.code, ItemState::Failed, reason);
    return Status();
}

Status BatchRunner::signAndQueue(qint64 jobId, signing::Signer *signer)
{
    auto items = m_repo.items(jobId);
    if (!items)
        return items.error();
    for (const BatchItem &item : *items) {
        if (item.state != ItemState::Pending && item.state != ItemState::Signed)
            continue;
        if (m_cancel)
            return cancelled();
        if (item.state == ItemState::Pending) {
            if (!signer)
                return Error::make(Error::Kind::Invalid, QStringLiteral("batch.no_signer"),
                                   QT_TRANSLATE_NOOP("motcua::Error", "Choose a signer first."));
            if (Status s = signItem(item, *signer); !s)
                return s; // the store failed: stop (the item's state is unchanged)
        }
        auto now = m_repo.item(jobId, item.dossierId);
        if (!now)
            return now.error();
        if (*now && (*now)->state == ItemState::Signed) {
            if (Status s = queueItem(**now); !s)
                return s;
        }
    }
    return Status();
}

Result<QByteArray> BatchRunner::draftBytes(const QString &sha256, qint64 size)
{
    if (!m_blobs.contains(sha256)) {
        if (!m_online || !m_api)
            return Error::make(Error::Kind::Network, QStringLiteral("batch.draft_missing"),
                               QT_TRANSLATE_NOOP("motcua::Error",
                                                 "The draft result has not been downloaded yet: synchronize "
                                                 "while online, then retry."));
        auto writer = m_blobs.beginWrite(sha256, size);
        if (!writer)
            return writer.error();
        BlobWriter *w = writer->get();
        auto got
            = m_api->download(sha256, w->offset(), [&](qint64 position, const QByteArray &chunk) -> Status {
                  if (position == 0 && w->offset() > 0) {
                      //! The server sent the whole document again: start the copy over.
                      w->suspend();
                      if (Status s = m_blobs.remove(sha256); !s)
                          return s;
                      auto again = m_blobs.beginWrite(sha256, size);
                      if (!again)
                          return again.error();
                      *writer = std::move(*again);
                      w = writer->get();
                  }
                  return w->write(chunk);
              });
        if (!got) {
            w->suspend();
            return got.error();
        }
        if (Status s = w->commit(); !s)
            return s.error();
    }
    return m_blobs.read(sha256);
}

Status BatchRunner::signItem(const BatchItem &item, signing::Signer &signer)
{
    DossierRepository dossiers(m_db);
    auto found = dossiers.get(item.dossierId);
    if (!found)
        return found.error();
    if (!*found)
        return fail(item, tr("The dossier is no longer in the local cache."));
    const Dossier &d = **found;
    if (d.state != DossierState::AwaitingApproval)
        return fail(item,
                    tr("Not awaiting approval any more (now: %1); perhaps approved by someone else.")
                        .arg(toWire(d.state)));
    auto allowed = ActionQueue(m_db).allowed(d);
    if (!allowed)
        return fail(item, allowed.error().userMessage());
    if (!allowed->contains(ActionKind::Approve))
        return fail(item, tr("You may not approve this dossier."));
    const Component *draft = draftResult(d);
    if (!draft)
        return fail(item, tr("The dossier has no draft result to sign."));
    auto pdf = draftBytes(draft->sha256, draft->size);
    if (!pdf) {
        if (pdf.error().code.startsWith(QLatin1String("store."))
            && pdf.error().code != QLatin1String("store.blob_hash_mismatch"))
            return pdf.error();
        return fail(item, pdf.error().userMessage());
    }

    signing::SignRequest request;
    request.pdf = *pdf;
    request.signer = &signer;
    //! The approver's signature goes at the bottom right of page 1 (where a
    //! decision is signed), clear of the national header at the top; x = 335 pt
    //! keeps the 220 pt box inside any page at least A4-wide.
    request.placement = {signing::Placement::Kind::Rect, 0, QRectF(335, 36, 220, 50)};
    request.signingTime = QDateTime::currentDateTime();
    //! Content of the document (Vietnamese), not UI text: the desk's one stamp (signer,
    //! time in Vietnam), then what was approved.
    request.appearance.namesSigner = true;
    request.appearance.lines = {QStringLiteral("Phê duyệt kết quả hồ sơ ") + d.code};
    request.reason = QStringLiteral("Phê duyệt kết quả hồ sơ ") + d.code;
    //! Offline: B-B now, the time stamp is added before the push (upgradeTimestamps).
    if (m_online) {
        request.tsaUrl = m_tsaUrl;
        request.longTerm = m_longTerm;
    }
    auto signedDoc = signing::SigningService::sign(request);
    if (!signedDoc) {
        //! A token problem stops the batch: every later item would fail the same way.
        if (signing::SigningService::isSignerFault(signedDoc.error()))
            return signedDoc.error();
        return fail(item, signedDoc.error().userMessage());
    }
    const QByteArray &signedPdf = signedDoc->pdf;
    const QString &sha = signedDoc->sha256;
    const bool timestamped = !signedDoc->timestampPending;
    //! Blob first, then the record: a kill in between leaves an unreferenced blob
    //! and a pending item, never a record without its document.
    if (Status s = m_blobs.put(sha, signedPdf); !s)
        return s;
    if (Status s = m_repo.markSigned(item.jobId, item.dossierId, draft->id, draft->sha256, sha,
                                     signedPdf.size(), timestamped);
        !s)
        return s;
    Q_EMIT itemChanged(item.dossierId, item.code, ItemState::Signed, {});
    return Status();
}

Status BatchRunner::queueItem(const BatchItem &item)
{
    if (!m_blobs.contains(item.signedSha256))
        return fail(item, tr("The signed document is missing from the local store; retry to sign again."));
    qint64 approveId = 0;
    qint64 signId = 0;
    QString refused;
    Status s = m_db.write([&]() -> Status {
        DossierRepository dossiers(m_db);
        auto found = dossiers.get(item.dossierId);
        if (!found)
            return found.error();
        if (!*found) {
            refused = tr("The dossier is no longer in the local cache.");
            return Status();
        }
        Dossier d = **found;
        ActionQueue queue(m_db);
        auto a = queue.queueTyped(d, ActionKind::Approve, {payload::None {}, {}, {}});
        if (!a) {
            if (a.error().code.startsWith(QLatin1String("store.")))
                return a.error();
            refused = a.error().userMessage();
            return Status();
        }
        auto afterApprove = dossiers.get(item.dossierId);
        if (!afterApprove)
            return afterApprove.error();
        Component c;
        for (const Component &x : (**afterApprove).components)
            if (x.id == item.componentId)
                c = x;
        if (c.id.isEmpty()) {
            c.id = item.componentId;
            c.name = QStringLiteral("Kết quả");
            c.mime = QStringLiteral("application/pdf");
            c.kind = ComponentKind::Result;
        }
        c.sha256 = item.signedSha256;
        c.size = item.signedSize;
        c.isSigned = true;
        auto sr = queue.queueTyped(**afterApprove, ActionKind::SignResult, {payload::Document {c}, {}, {}});
        if (!sr)
            return sr.error(); // roll the approve back too: both or neither
        approveId = *a;
        signId = *sr;
        return m_repo.markQueued(item.jobId, item.dossierId, approveId, signId);
    });
    if (!s) {
        if (s.error().code.startsWith(QLatin1String("store.")))
            return s;
        return fail(item, s.error().userMessage());
    }
    if (!refused.isEmpty())
        return fail(item, refused);
    Q_EMIT itemChanged(item.dossierId, item.code, ItemState::Queued, {});
    return Status();
}

Status BatchRunner::upgradeTimestamps(qint64 jobId)
{
    if (!m_online || !m_tsaUrl.isValid() || m_tsaUrl.isEmpty())
        return Status();
    auto items = m_repo.items(jobId);
    if (!items)
        return items.error();
    for (const BatchItem &item : *items) {
        if (item.state != ItemState::Queued || item.timestamped)
            continue;
        if (m_cancel)
            return cancelled();
        if (Status s = upgradeItem(item); !s)
            return s;
    }
    return Status();
}

Status BatchRunner::upgradeItem(const BatchItem &item)
{
    //! The item's record moves with the outbox payload, in the same write.
    auto stamped = stampQueuedResult(
        m_db, m_blobs, item.signOutbox, m_tsaUrl, m_longTerm, [&](const StampedResult &r) {
            return m_repo.markTimestamped(item.jobId, item.dossierId, r.sha256, r.size);
        });
    //! A network error stops here: nothing is pushed without its time stamp.
    return stamped ? Status() : Status(stamped.error());
}

Status BatchRunner::pushAndSettle(qint64 jobId)
{
    if (!m_online || !m_engine)
        return Status();
    SyncEngine::Report report;
    Status pushed = m_engine->push(report);
    if (Status s = reconcile(jobId); !s)
        return s;
    return pushed;
}

Status BatchRunner::reconcile(qint64 jobId)
{
    auto items = m_repo.items(jobId);
    if (!items)
        return items.error();
    OutboxRepository outbox(m_db);
    for (const BatchItem &item : *items) {
        if (item.state != ItemState::Queued)
            continue;
        auto a = outbox.get(item.approveOutbox);
        auto s = outbox.get(item.signOutbox);
        if (!a)
            return a.error();
        if (!s)
            return s.error();
        const OutboxState as = *a ? (*a)->state : OutboxState::Done;
        const OutboxState ss = *s ? (*s)->state : OutboxState::Done;
        if (as == OutboxState::Done && ss == OutboxState::Done) {
            if (Status e = m_repo.markDone(jobId, item.dossierId); !e)
                return e;
            Q_EMIT itemChanged(item.dossierId, item.code, ItemState::Done, {});
        } else if (as == OutboxState::Conflict) {
            if (Status e
                = fail(item, tr("Already approved or changed by someone else: %1").arg((*a)->lastError));
                !e)
                return e;
        } else if (ss == OutboxState::Conflict) {
            if (Status e = fail(item, tr("The result was changed by someone else: %1").arg((*s)->lastError));
                !e)
                return e;
        } else if (as == OutboxState::Failed || ss == OutboxState::Failed) {
            const QString why = as == OutboxState::Failed ? (*a)->lastError : (*s)->lastError;
            if (Status e = fail(item, tr("Refused by the server: %1").arg(why)); !e)
                return e;
        }
    }
    return Status();
}

namespace {
//! Runs `fn` on the open job, if there is one.
Status withOpenJob(Database &db, const std::function<Status(const BatchJob &)> &fn)
{
    auto job = BatchRepository(db).openJob();
    if (!job)
        return job.error();
    return *job ? fn(**job) : Status();
}
} // namespace

Status BatchRunner::prepareOpenJobForPush(Database &db, BlobStore &blobs,
                                          const std::optional<signing::LongTermOptions> &longTerm)
{
    return withOpenJob(db, [&](const BatchJob &job) {
        BatchRunner runner(db, blobs, nullptr, nullptr);
        runner.setTsaUrl(QUrl(job.tsaUrl));
        runner.setLongTerm(longTerm);
        return runner.upgradeTimestamps(job.id);
    });
}

Status BatchRunner::settleOpenJob(Database &db, BlobStore &blobs)
{
    return withOpenJob(
        db, [&](const BatchJob &job) { return BatchRunner(db, blobs, nullptr, nullptr).reconcile(job.id); });
}

Status BatchRunner::retry(qint64 jobId, const QString &dossierId)
{
    auto item = m_repo.item(jobId, dossierId);
    if (!item)
        return item.error();
    if (!*item || (*item)->state != ItemState::Failed)
        return Status();
    const BatchItem &i = **item;
    if (i.approveOutbox != 0) {
        //! Its actions were refused: drop them and restore the server's state.
        if (Status s = OutboxRepository(m_db).discardLocalChanges(dossierId); !s)
            return s;
    }
    //! A signed document of the same draft is reused: retrying never signs twice.
    DossierRepository dossiers(m_db);
    auto d = dossiers.get(dossierId);
    if (!d)
        return d.error();
    bool keep = !i.signedSha256.isEmpty() && m_blobs.contains(i.signedSha256);
    if (keep && *d) {
        const Component *draft = draftResult(**d);
        keep = draft && draft->sha256 == i.draftSha256;
    }
    if (Status s = m_repo.resetForRetry(jobId, dossierId, keep); !s)
        return s;
    Q_EMIT itemChanged(dossierId, i.code, keep ? ItemState::Signed : ItemState::Pending, {});
    return Status();
}

} // namespace motcua::batch
