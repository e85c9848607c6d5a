// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "actionqueue.h"
#include "core/indicators.h"
#include "core/json.h"
#include "core/workflow.h"
#include "receptiondesk.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/dossierrepository.h"
#include "store/indicatorsource.h"
#include "store/outboxrepository.h"
#include "store/referencerepository.h"
#include "store/retention.h"
#include "store/syncstaterepository.h"
#include "store/warehouserepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace motcua {

namespace {

//! GET on an API path, the body read as one T (a codec of core/json.h).
template<typename T> Result<T> getOne(ApiClient &api, const QString &path)
{
    auto body = api.getJson(path);
    if (!body)
        return body.error();
    return json::parse<T>(*body);
}

//! GET on an API path, the body read as {"items": [T, ...]}.
template<typename T> Result<QList<T>> getItems(ApiClient &api, const QString &path)
{
    auto body = api.getJson(path);
    if (!body)
        return body.error();
    return json::parseItems<T>(*body);
}

//! Pages of the changes feed per transaction in a bulk first pull (bench/sync.sh).
constexpr int kBulkPagesPerCommit = 4;

//! Applies pages of the changes feed on its own thread and connection, so the
//! next page is fetched and decoded while this one is written (one job in
//! flight: a page, or kBulkPagesPerCommit pages in a bulk first pull). A job's
//! rows and its cursor commit in one transaction.
class PageWriter
{
public:
    using Job = DossierRepository::Page;

    PageWriter(const QString &path, bool bulk)
        : m_thread([this, path, bulk] { run(path, bulk); })
    { }
    ~PageWriter()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
        qCDebug(lcSync) << "page writer: writing" << m_busyNs / 1000000 << "ms, waiting for pages"
                        << m_idleNs / 1000000 << "ms";
    }
    PageWriter(const PageWriter &) = delete;
    PageWriter &operator=(const PageWriter &) = delete;

    void submit(Job job)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_job = std::move(job);
            m_result.reset();
        }
        m_wake.notify_all();
    }
    Result<DossierRepository::PageResult> wait()
    {
        Job written; //!< freed here, on the caller's thread, not the writer's
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_result.has_value(); });
        Result<DossierRepository::PageResult> r = std::move(*m_result);
        m_result.reset();
        written = std::move(m_written);
        lock.unlock();
        return r;
    }

private:
    void run(const QString &path, bool bulk)
    {
        Database db(path);
        db.setRestoreIndexesOnOpen(false);
        Status opened = db.open();
        std::optional<DossierRepository::BulkLoad> bulkLoad;
        if (bulk)
            bulkLoad.emplace();
        if (opened && bulk) {
            for (const char *pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA wal_autocheckpoint=16384"}) {
                if (auto r = db.pragma(QString::fromLatin1(pragma)); !r) {
                    opened = r.error();
                    break;
                }
            }
        }
        QElapsedTimer idle;
        for (;;) {
            Job job;
            idle.start();
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || m_job.has_value(); });
                if (!m_job)
                    return;
                job = std::move(*m_job);
                m_job.reset();
            }
            m_idleNs += idle.nsecsElapsed();
            QElapsedTimer timer;
            timer.start();
            Result<DossierRepository::PageResult> r = opened
                ? DossierRepository(db).applyChangesPage(job, bulkLoad ? &*bulkLoad : nullptr)
                : Result<DossierRepository::PageResult>(opened.error());
            m_busyNs += timer.nsecsElapsed();
            qCDebug(lcSync) << "page of" << job.items.size() << "applied in" << timer.elapsed() << "ms";
            {
                const std::lock_guard lock(m_mutex);
                m_result = std::move(r);
                m_written = std::move(job);
            }
            m_wake.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Job> m_job;
    std::optional<Result<DossierRepository::PageResult>> m_result;
    Job m_written; //!< the last page written, handed back by wait()
    qint64 m_busyNs = 0; //!< writer thread only (read after join)
    qint64 m_idleNs = 0;
    bool m_stop = false;
    std::thread m_thread; //!< last: started once the members above exist
};

} // namespace

SyncEngine::SyncEngine(Database &db, BlobStore &blobs, ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_blobs(blobs)
    , m_api(api)
{
    qRegisterMetaType<motcua::Error>();
}

void SyncEngine::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

Status SyncEngine::fail(const Error &e)
{
    qCWarning(lcSync) << e.toString();
    setState(e.kind == Error::Kind::Network ? State::Offline : State::Idle);
    Q_EMIT errorOccurred(e);
    return e;
}

Result<qint64> SyncEngine::queueAction(const Dossier &dossier, ActionKind kind, const QJsonObject &payload)
{
    return ActionQueue(m_db).queue(dossier, kind, payload);
}

bool SyncEngine::probe()
{
    const Status s = m_api.health();
    setState(s ? State::Idle : State::Offline);
    return s.ok();
}

Result<Official> SyncEngine::refreshMe()
{
    auto o = m_api.getJson(QStringLiteral("/me"));
    if (!o)
        return o.error();
    auto me = json::parse<json::Me>(*o);
    if (!me)
        return me.error();
    SyncStateRepository state(m_db);
    if (Status s = state.setMe(*me); !s)
        return s.error();
    //! The province's retention of finished dossiers on laptops (issue 19).
    const QJsonObject policy = o->value(QStringLiteral("device_policy")).toObject();
    if (Status s = retention::setDays(m_db, policy.value(QStringLiteral("retention_days")).toInt(0)); !s)
        return s.error();
    return me->official;
}

Status SyncEngine::refreshDirectory()
{
    auto me = refreshMe();
    if (!me)
        return me.error();
    auto agencyList = getItems<Agency>(m_api, QStringLiteral("/agencies"));
    if (!agencyList)
        return agencyList.error();
    auto procedureList = getItems<Procedure>(m_api, QStringLiteral("/procedures"));
    if (!procedureList)
        return procedureList.error();
    //! The province's indicator set, so that the dashboard computes offline.
    auto indicators = m_api.getJson(QStringLiteral("/indicators/definitions"));
    if (!indicators)
        return indicators.error();
    if (auto parsed = json::parse<IndicatorSet>(*indicators); !parsed)
        return parsed.error();
    QList<CalendarYear> years;
    const int year = QDate::currentDate().year();
    for (int y : {year - 1, year, year + 1}) {
        auto parsed = getOne<CalendarYear>(m_api, QStringLiteral("/calendar?year=%1").arg(y));
        if (!parsed)
            return parsed.error();
        years.append(*parsed);
    }
    ReferenceRepository reference(m_db);
    return m_db.write([&]() -> Status {
        if (Status s = reference.replaceAgencies(*agencyList); !s)
            return s;
        if (Status s = reference.replaceProcedures(*procedureList); !s)
            return s;
        for (const CalendarYear &y : std::as_const(years)) {
            if (Status s = reference.setCalendarYear(y); !s)
                return s;
        }
        SyncStateRepository state(m_db);
        if (Status s = indicatorsource::storeSet(state, *indicators); !s)
            return s;
        return Status();
    });
}

Result<WorkingCalendar> SyncEngine::cachedCalendar()
{
    return ReferenceRepository(m_db).workingCalendar();
}

Result<SyncEngine::Report> SyncEngine::syncOnce(const Options &options)
{
    m_api.resetCancel();
    Report report;
    //! A quick health probe first: offline is the normal state in a remote
    //! commune, not something to retry with backoff for a minute.
    if (Status h = m_api.health(); !h) {
        setState(State::Offline);
        Q_EMIT errorOccurred(h.error());
        return h.error();
    }
    if (Status s = refreshDirectory(); !s)
        return fail(s.error()).error();
    if (Status s = push(report); !s)
        return s.error();
    if (Status s = pull(report, options.pageSize); !s)
        return s.error();
    //! A second push round: actions queued while pulling, and dossiers whose
    //! earlier action just completed.
    if (Status s = push(report); !s)
        return s.error();
    //! Finished dossiers past the province's retention leave the laptop (issue 19).
    auto keepDays = retention::days(m_db);
    if (!keepDays)
        return keepDays.error();
    if (*keepDays > 0) {
        auto gone = retention::apply(
            m_db, m_blobs, options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc(), *keepDays);
        if (!gone)
            return gone.error();
        report.removed += gone->dossiers;
    }
    if (options.prefetch) {
        if (Status s = prefetch(report); !s)
            return s.error();
    }
    setState(State::Idle);
    return report;
}

Status SyncEngine::uploadDocumentsOf(const OutboxEntry &entry)
{
    if (!entry.typed)
        return entry.typeError.value_or(
            Error::make(Error::Kind::Invalid, QStringLiteral("action.payload"),
                        QT_TRANSLATE_NOOP("motcua::Error", "The queued action cannot be read.")));
    for (const Component &c : entry.typed->payload.documents()) {
        const QString &sha = c.sha256;
        if (sha.isEmpty() || !m_blobs.contains(sha))
            continue; //!< already on the server (e.g. a reused digitized document)
        auto data = m_blobs.read(sha);
        if (!data)
            return data.error();
        if (Status s = m_api.putDocument(sha, *data); !s)
            return s;
    }
    return {};
}

Status SyncEngine::push(Report &report)
{
    setState(State::Pushing);
    if (m_beforePush) {
        if (Status s = m_beforePush(); !s)
            return fail(s.error());
    }
    //! Dossiers received at this desk go first: later actions may name them.
    auto received = ReceptionDesk::push(m_api, m_db, m_blobs);
    if (!received)
        return fail(received.error());
    report.pushed += *received;
    if (Status s = ReceptionDesk::refill(m_api, m_db); !s) {
        //! Without a new block the desk still works on what it holds; only a lost link stops the round.
        if (s.error().kind == Error::Kind::Network || s.error().kind == Error::Kind::Cancelled)
            return fail(s.error());
        Q_EMIT errorOccurred(s.error());
    }
    OutboxRepository outbox(m_db);
    //! Entries a killed run left in Sending go out again with the same key.
    if (auto recovered = outbox.recoverInterrupted(); !recovered)
        return fail(recovered.error());
    auto open = outbox.openCount();
    if (!open)
        return fail(open.error());
    const qint64 total = *open;
    qint64 done = 0;
    Q_EMIT progress(0, total, Phase::Push);
    for (;;) {
        //! One round sends the oldest open action of every dossier; a dossier's
        //! next action waits for the previous one's answer (order per dossier).
        auto heads = outbox.nextPendingPerDossier();
        if (!heads)
            return fail(heads.error());
        if (heads->isEmpty())
            return {};
        for (const OutboxEntry &entry : std::as_const(*heads)) {
            if (Status s = outbox.markSending(entry.id); !s)
                return fail(s.error());
            //! Documents made on this machine (a signed result, an apology letter, an
            //! attachment) go up before the action that names them; offline actions
            //! carry them this way. PUT /documents is idempotent.
            if (Status s = uploadDocumentsOf(entry); !s) {
                if (s.error().kind == Error::Kind::Invalid || s.error().kind == Error::Kind::Forbidden) {
                    //! The centre refuses the document itself (not a PDF, too large):
                    //! sending it again cannot help; the user decides.
                    if (Status f = outbox.markFailed(entry.id, s.error().toString()); !f)
                        return fail(f.error());
                    ++report.failed;
                    Q_EMIT errorOccurred(s.error());
                    Q_EMIT progress(++done, total, Phase::Push);
                    continue;
                }
                if (Status r = outbox.markRetry(entry.id, s.error().toString()); !r)
                    return fail(r.error());
                return fail(s.error());
            }
            auto r = m_api.postAction(entry.action.dossierId, entry.action.idempotencyKey,
                                      entry.action.baseVersion, json::actionRequestBody(entry.action));
            if (!r) {
                //! Transport error, 5xx or auth: not a verdict. The entry goes back
                //! to Pending and is sent again with the same key later.
                if (Status s = outbox.markRetry(entry.id, r.error().toString()); !s)
                    return fail(s.error());
                return fail(r.error());
            }
            std::optional<Dossier> serverDossier;
            if (!r->dossier.isEmpty()) {
                auto d = json::parse<Dossier>(r->dossier, QStringLiteral("dossier"));
                if (!d) {
                    //! The unreadable answer is the error to report; a store failure beside it too.
                    if (Status s = outbox.markRetry(entry.id, d.error().toString()); !s)
                        return fail(s.error());
                    return fail(d.error());
                }
                serverDossier = std::move(*d);
            }
            QJsonObject response = r->dossier.isEmpty()
                ? QJsonObject()
                : QJsonObject {{QStringLiteral("dossier"), r->dossier}};
            if (!r->step.isEmpty())
                response.insert(QStringLiteral("step"), r->step);
            Status s;
            switch (r->kind) {
            case ActionOutcome::Kind::Applied:
                s = outbox.markDone(entry.id, serverDossier, response);
                ++report.pushed;
                break;
            case ActionOutcome::Kind::Conflict:
                if (!serverDossier) {
                    //! A 412 names only the current version: fetch the dossier so
                    //! the user can compare with what the other official did.
                    auto current = m_api.getJson(QStringLiteral("/dossiers/") + entry.action.dossierId);
                    if (current) {
                        if (auto d = json::parse<Dossier>(*current, QStringLiteral("dossier")))
                            serverDossier = std::move(*d);
                    }
                }
                response.insert(QStringLiteral("code"), r->error.code);
                response.insert(QStringLiteral("status"), r->status);
                s = outbox.markConflict(entry.id, r->error.toString(), serverDossier, response);
                ++report.conflicts;
                Q_EMIT conflict(entry.action.dossierId, r->error);
                break;
            case ActionOutcome::Kind::Rejected:
                response.insert(QStringLiteral("code"), r->error.code);
                response.insert(QStringLiteral("status"), r->status);
                s = outbox.markFailed(entry.id, r->error.toString(), response);
                ++report.failed;
                Q_EMIT errorOccurred(r->error);
                break;
            }
            if (!s)
                return fail(s.error());
            Q_EMIT progress(++done, total, Phase::Push);
        }
    }
}

Status SyncEngine::pullFrom(QString cursor, Report &report, int pageSize, QSet<QString> *seen)
{
    //! Where a pull's time goes (debug log): the feed, decoding, waiting for the writer.
    qint64 fetchNs = 0, decodeNs = 0, waitNs = 0;
    struct Timings
    {
        qint64 &fetch, &decode, &wait;
        ~Timings()
        {
            qCDebug(lcSync) << "pull: fetching" << fetch / 1000000 << "ms, decoding" << decode / 1000000
                            << "ms, waiting for the writer" << wait / 1000000 << "ms";
        }
    };
    const Timings timings {fetchNs, decodeNs, waitNs}; //!< logged after the writer's own line
    PageWriter writer(m_db.filePath(), m_bulkPull);
    QElapsedTimer step;
    bool inFlight = false;
    //! The result of the page being written: counted once it is committed.
    const auto collect = [&]() -> Status {
        if (!inFlight)
            return {};
        inFlight = false;
        step.start();
        auto applied = writer.wait();
        waitNs += step.nsecsElapsed();
        if (!applied)
            return applied.error();
        report.pulled += applied->applied;
        report.removed += applied->deleted;
        ++report.pages;
        Q_EMIT progress(report.pulled, -1, Phase::Pull);
        return {};
    };
    //! An error while a page is in flight: that page still commits (or fails) first.
    const auto stop = [&](const Error &e) -> Status {
        if (Status s = collect(); !s)
            return s;
        return e;
    };
    //! A bulk first pull writes several pages per transaction: each commit
    //! rewrites the pages of the dossier ids' index (random keys) and starts a
    //! search index segment. Rows and cursor still commit together; a crash
    //! re-fetches at most these pages.
    const int pagesPerCommit = m_bulkPull ? kBulkPagesPerCommit : 1;
    PageWriter::Job job;
    int pagesInJob = 0;
    for (;;) {
        step.start();
        auto page = m_api.changes(cursor, pageSize);
        fetchNs += step.nsecsElapsed();
        if (!page)
            return stop(page.error());
        step.start();
        //! Each item is stored as the server sent it, not rebuilt from the Dossier.
        job.items.reserve(job.items.size() + page->items.size());
        job.texts.reserve(job.items.size() + page->items.size());
        for (qsizetype i = 0; i < page->items.size(); ++i) {
            const QString path = QStringLiteral("items[%1]").arg(i);
            if (!page->items.at(i).isObject())
                return stop(Error::make(
                    Error::Kind::Invalid, QStringLiteral("json.type"),
                    QT_TRANSLATE_NOOP("motcua::Error", "The server sent an unreadable list of changes."), {},
                    path));
            auto d = json::parse<Dossier>(page->items.at(i).toObject(), path);
            if (!d)
                return stop(d.error()); // neither rows nor cursor move: the page is fetched again next time
            if (seen && !d->deleted)
                seen->insert(d->id);
            job.items.append(std::move(*d));
            job.texts.append(QString::fromUtf8(
                page->itemTexts.isEmpty()
                    ? QJsonDocument(page->items.at(i).toObject()).toJson(QJsonDocument::Compact)
                    : page->itemTexts.at(i)));
        }
        job.cursor = page->cursor;
        decodeNs += step.nsecsElapsed();
        cursor = page->cursor;
        if (++pagesInJob < pagesPerCommit && page->hasMore)
            continue;
        if (Status s = collect(); !s)
            return s;
        writer.submit(std::exchange(job, PageWriter::Job()));
        pagesInJob = 0;
        inFlight = true;
        if (!page->hasMore)
            return collect();
    }
}

Status SyncEngine::pull(Report &report, int pageSize)
{
    setState(State::Pulling);
    SyncStateRepository state(m_db);
    auto cursor = state.cursor();
    if (!cursor)
        return fail(cursor.error());
    //! A first pull into an empty cache builds the indexes once at the end
    //! instead of updating them row by row (the next open restores them if
    //! this process dies before).
    DossierRepository dossiers(m_db);
    bool bulk = false;
    if (cursor->isEmpty()) {
        auto began = dossiers.beginBulkLoad();
        if (!began)
            return fail(began.error());
        bulk = *began;
    }
    m_bulkPull = bulk;
    Status s = pullFrom(*cursor, report, pageSize, nullptr);
    m_bulkPull = false;
    if (bulk) {
        QElapsedTimer indexTimer;
        indexTimer.start();
        Status built = dossiers.endBulkLoad();
        qCDebug(lcSync) << "indexes built in" << indexTimer.elapsed() << "ms";
        if (!built && s)
            return fail(built.error());
    }
    if (!s && s.error().code == QLatin1String("sync.cursor_expired")) {
        //! The centre forgot our position: read everything again. Rows whose
        //! version is not newer stay as they are, dossiers with outbox actions
        //! keep their local state, and what is no longer visible goes away.
        qCInfo(lcSync) << "changes cursor expired; full re-sync (the outbox is kept)";
        report.fullResync = true;
        QSet<QString> seen;
        s = pullFrom(QString(), report, pageSize, &seen);
        if (s) {
            auto pruned = dossiers.pruneExcept(seen);
            if (!pruned)
                return fail(pruned.error());
            report.removed += *pruned;
        }
    }
    if (!s)
        return fail(s.error());
    return {};
}

Status SyncEngine::fetchDetails(const Dossier &dossier, QSet<QString> *citizensFetched)
{
    const QString &dossierId = dossier.id;
    const QString base
        = QStringLiteral("/dossiers/") + QString::fromLatin1(QUrl::toPercentEncoding(dossierId));
    auto steps = getItems<HistoryStep>(m_api, base + QStringLiteral("/history"));
    if (!steps)
        return steps.error();
    auto annotations = getItems<Annotation>(m_api, base + QStringLiteral("/annotations"));
    if (!annotations)
        return annotations.error();
    //! The applicant's e-data warehouse (reuse panel), once per citizen and run.
    std::optional<CitizenWarehouse> warehouse;
    const QString idNumber = dossier.applicant.idNumber;
    if (!idNumber.isEmpty() && (!citizensFetched || !citizensFetched->contains(idNumber))) {
        auto docs = m_api.getJson(QStringLiteral("/citizens/")
                                  + QString::fromLatin1(QUrl::toPercentEncoding(idNumber))
                                  + QStringLiteral("/documents"));
        if (!docs)
            return docs.error();
        CitizenWarehouse w;
        if (Status s = json::fromJson(*docs, w); !s)
            return s;
        if (w.idNumber != idNumber)
            return Error::make(
                Error::Kind::Invalid, QStringLiteral("sync.warehouse_mismatch"),
                QT_TRANSLATE_NOOP("motcua::Error", "The server sent the documents of another citizen."));
        w.fetchedAt = QDateTime::currentDateTimeUtc();
        warehouse = std::move(w);
        if (citizensFetched)
            citizensFetched->insert(idNumber);
    }
    DossierRepository dossiers(m_db);
    WarehouseRepository warehouses(m_db);
    return m_db.write([&]() -> Status {
        if (Status s = dossiers.replaceHistory(dossierId, *steps); !s)
            return s;
        if (warehouse)
            if (Status s = warehouses.put(*warehouse); !s)
                return s;
        return dossiers.replaceAnnotationsKeepingPending(dossierId, *annotations);
    });
}

Status SyncEngine::fetchDocument(const QString &sha256, qint64 size)
{
    for (int round = 0; round < 2; ++round) {
        auto writer = m_blobs.beginWrite(sha256, size);
        if (!writer)
            return writer.error();
        std::unique_ptr<BlobWriter> w = std::move(*writer);
        auto got
            = m_api.download(sha256, w->offset(), [&](qint64 position, const QByteArray &chunk) -> Status {
                  if (position != w->offset()) {
                      //! The server sent the whole document again: drop the part and start over.
                      w->suspend();
                      w.reset();
                      if (Status s = m_blobs.remove(sha256); !s)
                          return s;
                      auto fresh = m_blobs.beginWrite(sha256, size);
                      if (!fresh)
                          return fresh.error();
                      w = std::move(*fresh);
                      if (w->offset() != position)
                          return Error::make(
                              Error::Kind::Storage, QStringLiteral("sync.part_offset"),
                              QT_TRANSLATE_NOOP("motcua::Error", "Could not write the downloaded document."));
                  }
                  return w->write(chunk);
              });
        if (!got) {
            if (w)
                w->suspend(); // keep the part: the next run resumes with Range
            return got.error();
        }
        Status c = w->commit();
        if (c)
            return {};
        //! A corrupt part cannot be repaired in place; the store removed it, so one
        //! more round starts from zero.
        if (c.error().code != QLatin1String("store.blob_hash_mismatch")
            && c.error().code != QLatin1String("store.blob_size_mismatch"))
            return c;
        qCWarning(lcSync) << "document" << sha256 << "failed verification, downloading again";
        if (round == 1)
            return c;
    }
    return {};
}

Status SyncEngine::prefetch(Report &report)
{
    setState(State::Prefetching);
    SyncStateRepository state(m_db);
    auto stored = state.me();
    if (!stored)
        return fail(stored.error());
    std::optional<json::Me> me = *stored;
    if (!me) {
        auto fresh = refreshMe();
        if (!fresh)
            return fail(fresh.error());
        auto again = state.me();
        if (!again || !*again)
            return fail(
                again ? Error::make(Error::Kind::Internal, QStringLiteral("sync.me_missing"),
                                    QT_TRANSLATE_NOOP("motcua::Error", "Your account details are missing."))
                      : again.error());
        me = **again;
    }

    DossierRepository dossiers(m_db);
    InboxQuery q;
    q.view = InboxView::Agency;
    q.agencyCode = me->official.agencyCode;
    q.username = me->official.username;
    q.limit = 0;
    auto inbox = dossiers.list(q);
    if (!inbox)
        return fail(inbox.error());
    QList<QPair<QString, qint64>> wanted;
    QSet<QString> queued;
    for (const InboxItem &item : std::as_const(*inbox)) {
        for (const Component &c : item.dossier.components) {
            if (!m_blobs.contains(c.sha256) && !queued.contains(c.sha256)) {
                queued.insert(c.sha256);
                wanted.append({c.sha256, c.size});
            }
        }
    }
    //! History and annotations too: offline review needs the whole file.
    QSet<QString> citizens;
    for (const InboxItem &item : std::as_const(*inbox)) {
        if (Status s = fetchDetails(item.dossier, &citizens); !s)
            return fail(s.error());
    }
    Q_EMIT progress(0, wanted.size(), Phase::Prefetch);
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (Status s = fetchDocument(wanted.at(i).first, wanted.at(i).second); !s)
            return fail(s.error());
        ++report.downloaded;
        Q_EMIT progress(i + 1, wanted.size(), Phase::Prefetch);
    }
    return {};
}

} // namespace motcua
