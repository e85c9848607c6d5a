// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authservice.h"
#include "core/official.h"
#include "core/procedure.h"
#include "core/workingcalendar.h"
#include "dossierstore.h"
#include "http.h"
#include "servercontext.h"

#include <QHash>

namespace motcua::server {

class Database;
class DocumentAccess;

//! Applies actions with the shared workflow rules (motcua_core's Workflow),
//! exactly once per Idempotency-Key:
//! - the key is stored (permanently) with the request hash and the first
//!   successful response, in the same transaction as the change; a replay
//!   returns that response; the same key with another request → 422;
//! - the dossier row is locked (PostgreSQL FOR UPDATE; SQLite BEGIN IMMEDIATE)
//!   before the key is re-checked, so two identical concurrent requests — even
//!   on two server processes sharing PostgreSQL — apply once; the key's
//!   primary key is the last line of defence;
//! - If-Match must equal the current version, else 412 and nothing changes.
class ActionService
{
public:
    ActionService(Database *db, DossierStore *store);

    //! The document rule (server/documentaccess.h); every action naming a document needs it.
    void setDocumentAccess(DocumentAccess *access) { m_access = access; }

    //! Loads procedures and the calendar (call after seeding, and after a calendar changes).
    Status reload();

    //! The clock, the acted-at bounds (docs/deadlines.md, "Acted-at time") and the
    //! document store. Without a context: the system time, 14 days, 300 s, and no
    //! signing-time check.
    void setContext(const ServerContext *ctx) { m_ctx = ctx; }
    [[nodiscard]] QDateTime now() const;
    //! Reloads the calendar when calendar_years changed (e.g. `motcua-central calendar
    //! import` while the server runs); one small query.
    Status refreshCalendar();

    //! The acted-at time of a request body's "acted_at" (absent: `now`), or the
    //! problem (422 action.acted_at_*) when it is outside the bounds.
    Result<QDateTime> actedAt(const QJsonObject &body, const Dossier &before, const QDateTime &now);

    struct Request
    {
        QString dossierId;
        QString idempotencyKey;
        QByteArray ifMatch; //!< raw header value
        QJsonObject body; //!< {"kind":..., payload fields}
    };
    HttpResponse apply(const Caller &caller, const Request &req);

    [[nodiscard]] const WorkingCalendar &calendar() const { return m_calendar; }
    [[nodiscard]] const QHash<QString, Procedure> &procedures() const { return m_procedures; }
    static Official toOfficial(const Caller &c);
    //! The stored first response of an Idempotency-Key (also used by POST /dossiers): status 0
    //! when the key is new; Invalid "idempotency.key_reused" when it came with another request.
    static Result<HttpResponse> replayStored(Database *db, const QString &key, const QString &officialId,
                                             const QString &hash);

private:
    Result<HttpResponse> replay(const QString &key, const QString &officialId, const QString &hash)
    {
        return replayStored(m_db, key, officialId, hash);
    }
    //! What to answer at once for this key: the stored response of a finished
    //! request, or the storage error; nothing when the request is new.
    std::optional<HttpResponse> answeredBefore(const QString &key, const QString &officialId,
                                               const QString &hash);
    HttpResponse applyLocked(const Caller &caller, const Request &req, qint64 ifMatch, const QString &hash);
    //! Workflow::checkAnnotationChange against the stored annotation with the payload's id.
    Status checkAnnotationOwner(const Action &action, const Caller &caller);

    Database *m_db;
    DossierStore *m_store;
    DocumentAccess *m_access = nullptr;
    //! When the version a request acts on came about (acted-at of its last step).
    Result<QDateTime> versionTime(const Dossier &d);
    //! A signed result cannot have been issued before it was signed.
    Status checkSigningTime(const Action &action, const QDateTime &at) const;

    WorkingCalendar m_calendar;
    QHash<QString, Procedure> m_procedures;
    const ServerContext *m_ctx = nullptr;
    QString m_calendarStamp;
};

//! "\"12\"", "12" or W/"12" → 12; nullopt if malformed.
std::optional<qint64> parseVersionTag(const QByteArray &value);

} // namespace motcua::server
