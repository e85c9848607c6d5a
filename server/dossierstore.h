// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dossier.h"
#include "core/historystep.h"
#include "core/result.h"

#include <optional>

namespace motcua::server {

class Database;
class AuditLog;

//! Dossiers as rows (indexed columns + the codec's JSON), their history, the
//! audit log, and the per-agency change rows the changes feed reads.
//!
//! Scope: an official sees the dossiers its agency holds now. A dossier
//! forwarded to agency A enters A's scope (and feed); the agency it left gets
//! a tombstone in its feed and loses access.
class DossierStore
{
public:
    explicit DossierStore(Database *db)
        : m_db(db)
    { }

    //! Audit entries go through the hash chain (server/auditlog.h).
    void setAuditLog(AuditLog *audit) { m_audit = audit; }

    //! nullopt when absent. forUpdate locks the row until the transaction ends (PostgreSQL).
    Result<std::optional<Dossier>> load(const QString &id, bool forUpdate = false);

    //! Inserts a new dossier with its history (demo seeding, reception).
    Status insert(const Dossier &d, const QList<HistoryStep> &steps, qint64 seq);

    //! Stores the result of an action inside the caller's transaction: the row,
    //! the history step, the audit entry and the change rows (a tombstone for the
    //! agency the dossier left). Returns the stored step (with its id).
    Result<HistoryStep> saveChange(const Dossier &before, const Dossier &after, HistoryStep step);

    Status appendAudit(const QString &actor, const QString &dossierId, const QString &action,
                       const QString &fromState, const QString &toState, const QString &detail);

    //! Agency-scoped change row; allocates a feed sequence (serializing writers).
    Status recordChange(const QString &agencyCode, const QString &dossierId, bool deleted, qint64 version);

    Result<QList<HistoryStep>> history(const QString &dossierId);

    //! Records the documents a dossier's components reference.
    Status linkDocuments(const Dossier &d);

    static QByteArray encode(const Dossier &d);
    static Result<Dossier> decode(const QByteArray &json);

private:
    Database *m_db;
    AuditLog *m_audit = nullptr;
};

} // namespace motcua::server
