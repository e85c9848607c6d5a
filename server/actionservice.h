// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authservice.h"
#include "core/official.h"
#include "core/procedure.h"
#include "core/workingcalendar.h"
#include "dossierstore.h"
#include "http.h"

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

    //! Loads procedures and the calendar (call after seeding).
    Status reload();

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

private:
    Result<HttpResponse> replay(const QString &key, const QString &officialId, const QString &hash);
    HttpResponse applyLocked(const Caller &caller, const Request &req, qint64 ifMatch, const QString &hash);
    //! Workflow::checkAnnotationChange against the stored annotation with the payload's id.
    Status checkAnnotationOwner(const Action &action, const Caller &caller);

    Database *m_db;
    DossierStore *m_store;
    DocumentAccess *m_access = nullptr;
    WorkingCalendar m_calendar;
    QHash<QString, Procedure> m_procedures;
};

//! "\"12\"", "12" or W/"12" → 12; nullopt if malformed.
std::optional<qint64> parseVersionTag(const QByteArray &value);

} // namespace motcua::server
