// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"
#include "core/action.h"
#include "core/dossier.h"
#include "core/official.h"
#include "core/procedure.h"
#include "core/result.h"
#include "core/workingcalendar.h"

#include <QObject>
#include <QSet>
#include <functional>

namespace motcua {

class Database;
class BlobStore;
struct OutboxEntry;

//! Brings the local cache and the centre together: push of the outbox (in order
//! per dossier, Idempotency-Key + If-Match), pull of the changes feed by cursor
//! (rows and cursor in one transaction; a 410 restarts from scratch keeping the
//! outbox), and prefetch of the inbox's documents (resumable, hash-checked).
//!
//! All calls block (network on a local event loop, SQLite on the calling
//! thread): run the engine in its own thread with its own Database and
//! QNetworkAccessManager; signals reach the UI through queued connections.
//! Nothing is dropped: an action refused by the server stays in the outbox as a
//! conflict (with the server's dossier) or failed, for the user to decide.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Offline, Pushing, Pulling, Prefetching };
    Q_ENUM(State)
    enum class Phase { Push, Pull, Prefetch };
    Q_ENUM(Phase)

    struct Options
    {
        bool prefetch = false;
        int pageSize = 1000; //!< the server's maximum: fewer commits (fsyncs) on a first sync
        //! "Now" for the retention of finished dossiers (invalid = the clock; tests fix it).
        QDateTime now;
    };

    struct Report
    {
        int pushed = 0; //!< actions the server accepted (or had already accepted)
        int conflicts = 0; //!< actions refused with 409/412: kept with the server's state
        int failed = 0; //!< actions refused for another reason (403, 422...)
        int pulled = 0; //!< dossiers inserted or updated
        int removed = 0; //!< tombstones and, after a full re-sync, dossiers out of scope
        int pages = 0;
        int downloaded = 0; //!< documents fetched
        bool fullResync = false;
    };

    SyncEngine(Database &db, BlobStore &blobs, ApiClient &api, QObject *parent = nullptr);

    //! The signed-in official (from GET /me, kept in the cache for offline use).
    Result<Official> refreshMe();
    //! GET /me, /procedures and /calendar (this year and the next), kept in the
    //! cache so that actions can be checked and applied offline.
    Status refreshDirectory();
    //! The cached working calendar (for optimistic Workflow::apply).
    Result<WorkingCalendar> cachedCalendar();

    //! The official's action, checked and applied locally by the same Workflow
    //! as the server's and queued in the outbox in the same transaction as the
    //! optimistic dossier. Works offline (needs the cached /me and directory).
    //! Returns the outbox id.
    Result<qint64> queueAction(const Dossier &dossier, ActionKind kind, const QJsonObject &payload);

    //! GET /health: online or not (also emits stateChanged(Offline)).
    bool probe();
    //! push, pull, then prefetch when asked. Stops at the first transport error
    //! (nothing is lost: the next run continues where this one stopped).
    Result<Report> syncOnce(const Options &options);
    Result<Report> syncOnce() { return syncOnce(Options()); }

    Status push(Report &report);
    Status pull(Report &report, int pageSize = 1000);
    Status prefetch(Report &report);

    //! A step every push takes before anything goes out (the owner's: the desk's sync
    //! worker and the CLI give batch::stampBeforePush, the time stamps of results
    //! signed offline). Its error stops the push, as a push error.
    void setBeforePush(std::function<Status()> step) { m_beforePush = std::move(step); }

    //! Thread-safe: the running call returns Cancelled as soon as possible.
    void cancel() { m_api.cancel(); }
    [[nodiscard]] State state() const { return m_state; }

Q_SIGNALS:
    void stateChanged(motcua::SyncEngine::State state);
    //! total < 0 when unknown (pull: the feed does not say how many are left).
    void progress(qint64 done, qint64 total, motcua::SyncEngine::Phase phase);
    void errorOccurred(const motcua::Error &error);
    //! An action came back 409/412: the dossier's server state is in the cache.
    void conflict(const QString &dossierId, const motcua::Error &error);

private:
    void setState(State s);
    Status fail(const Error &e);
    Status pullFrom(QString cursor, Report &report, int pageSize, QSet<QString> *seen);
    Status fetchDocument(const QString &sha256, qint64 size);
    //! History, annotations and the applicant's e-data warehouse (skipped when the
    //! citizen is already in `citizensFetched`, which it then joins).
    Status fetchDetails(const Dossier &dossier, QSet<QString> *citizensFetched = nullptr);
    //! PUT /documents for every component named by the action's payload that the
    //! local blob store holds.
    Status uploadDocumentsOf(const OutboxEntry &entry);

    Database &m_db;
    bool m_bulkPull = false; //!< pull(): a first pull into an empty cache
    BlobStore &m_blobs;
    ApiClient &m_api;
    State m_state = State::Idle;
    std::function<Status()> m_beforePush;
};

} // namespace motcua

Q_DECLARE_METATYPE(motcua::Error)
