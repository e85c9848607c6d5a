// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

//! Every fixed SQL statement of the store, in one place. Database::run() prepares
//! each once per connection and reuses it. Inbox queries are composed from the
//! fragments at the end (their variable parts are always bound values).
namespace motcua::sql {

// Dossiers
inline const QString kUpsertDossier = QStringLiteral(
    "INSERT INTO dossiers(id, code, procedure_code, state, agency_code, assignee, applicant_name, "
    "applicant_key, "
    "procedure_key, received_at, due_at, step_due_at, finished_at, open, overdue_at, version, json, "
    "server_version, "
    "server_json, updated_at, components_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, "
    "?) "
    "ON CONFLICT(id) DO UPDATE SET code = excluded.code, procedure_code = excluded.procedure_code, "
    "state = excluded.state, agency_code = excluded.agency_code, assignee = excluded.assignee, "
    "applicant_name = excluded.applicant_name, applicant_key = excluded.applicant_key, "
    "procedure_key = excluded.procedure_key, received_at = excluded.received_at, due_at = excluded.due_at, "
    "step_due_at = excluded.step_due_at, finished_at = excluded.finished_at, open = excluded.open, "
    "overdue_at = excluded.overdue_at, version = excluded.version, json = excluded.json, "
    "server_version = excluded.server_version, server_json = excluded.server_json, updated_at = "
    "excluded.updated_at, components_json = excluded.components_json "
    "RETURNING rowid");
inline const QString kDossierRowid = QStringLiteral("SELECT rowid FROM dossiers WHERE id = ?");
inline const QString kDossierServerVersion
    = QStringLiteral("SELECT server_version FROM dossiers WHERE id = ?");
inline const QString kDossierServerState
    = QStringLiteral("SELECT server_version, json, server_json FROM dossiers WHERE id = ?");
inline const QString kKeepServerCopy
    = QStringLiteral("UPDATE dossiers SET server_version = ?, server_json = ?, updated_at = ? WHERE id = ?");
inline const QString kDeleteDossier = QStringLiteral("DELETE FROM dossiers WHERE id = ?");
inline const QString kDossierJsonById = QStringLiteral("SELECT json FROM dossiers WHERE id = ?");
inline const QString kDossierJsonByCode
    = QStringLiteral("SELECT json FROM dossiers WHERE code = ? ORDER BY id LIMIT 1");
inline const QString kDossierServerJsonById
    = QStringLiteral("SELECT coalesce(server_json, json) FROM dossiers WHERE id = ?");
inline const QString kDossierCount = QStringLiteral("SELECT count(*) FROM dossiers");
inline const QString kDossierIds = QStringLiteral("SELECT id FROM dossiers ORDER BY id");
inline const QString kProcedureName = QStringLiteral("SELECT name FROM procedures WHERE code = ?");

// Search index (rowid = dossiers.rowid)
inline const QString kFtsDelete = QStringLiteral("DELETE FROM dossier_fts WHERE rowid = ?");
inline const QString kFtsInsert = QStringLiteral("INSERT INTO dossier_fts(rowid, code, applicant, id_number, "
                                                 "address, procedure) VALUES (?, ?, ?, ?, ?, ?)");

//! A page's search rows at once: a JSON array of [rowid, code, applicant, id_number, address, procedure].
inline const QString kFtsInsertMany = QStringLiteral(
    "INSERT INTO dossier_fts(rowid, code, applicant, id_number, address, procedure) "
    "SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each(?)");
//! A JSON array of rowids.
inline const QString kFtsDeleteMany
    = QStringLiteral("DELETE FROM dossier_fts WHERE rowid IN (SELECT value FROM json_each(?))");

// History, annotations
inline const QString kDeleteHistory = QStringLiteral("DELETE FROM history WHERE dossier_id = ?");
inline const QString kInsertHistory
    = QStringLiteral("INSERT INTO history(dossier_id, id, position, at, json) VALUES (?, ?, ?, ?, ?)");
inline const QString kSelectHistory
    = QStringLiteral("SELECT json FROM history WHERE dossier_id = ? ORDER BY position");
inline const QString kDeleteAnnotations = QStringLiteral("DELETE FROM annotations WHERE dossier_id = ?");
inline const QString kInsertAnnotation
    = QStringLiteral("INSERT INTO annotations(dossier_id, id, position, json) VALUES (?, ?, ?, ?)");
inline const QString kSelectAnnotations
    = QStringLiteral("SELECT json FROM annotations WHERE dossier_id = ? ORDER BY position");
inline const QString kUpsertAnnotation
    = QStringLiteral("INSERT INTO annotations(dossier_id, id, position, json) VALUES (?, ?, (SELECT "
                     "coalesce(max(position), -1) "
                     "+ 1 FROM annotations WHERE dossier_id = ?), ?) ON CONFLICT(dossier_id, id) DO UPDATE "
                     "SET json = excluded.json");
inline const QString kSelectOpenAnnotatePayloads = QStringLiteral(
    "SELECT payload FROM outbox WHERE dossier_id = ? AND kind = 'annotate' AND state != 'done' ORDER BY id");

// Sync state
inline const QString kGetSyncState = QStringLiteral("SELECT value FROM sync_state WHERE key = ?");
inline const QString kSetSyncState = QStringLiteral(
    "INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
inline const QString kDeleteSyncState = QStringLiteral("DELETE FROM sync_state WHERE key = ?");

// Outbox
inline const QString kOutboxReplacePendingPayload
    = QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ? AND state = 'pending'");
inline const QString kInsertOutbox = QStringLiteral(
    "INSERT INTO outbox(dossier_id, kind, payload, idempotency_key, base_version, actor, created_at, state, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?) RETURNING id");
inline const QString kOutboxOpenForDossier
    = QStringLiteral("SELECT count(*) FROM outbox WHERE dossier_id = ? AND state IN ('pending', 'sending', "
                     "'failed', 'conflict')");
inline const QString kOutboxOpenDossiers = QStringLiteral(
    "SELECT DISTINCT dossier_id FROM outbox WHERE state IN ('pending', 'sending', 'failed', 'conflict')");
inline const QString kOutboxHeadForDossier = QStringLiteral(
    "SELECT id, dossier_id, kind, payload, idempotency_key, base_version, actor, created_at, state, "
    "attempts, last_error, "
    "server_response FROM outbox WHERE dossier_id = ? AND state != 'done' ORDER BY id LIMIT 1");
inline const QString kOutboxHeads
    = QStringLiteral("SELECT id, dossier_id, kind, payload, idempotency_key, base_version, actor, "
                     "created_at, state, attempts, last_error, "
                     "server_response FROM outbox WHERE id IN (SELECT min(id) FROM outbox WHERE state != "
                     "'done' GROUP BY dossier_id) "
                     "AND state IN ('pending', 'sending') ORDER BY id");
inline const QString kOutboxById
    = QStringLiteral("SELECT id, dossier_id, kind, payload, idempotency_key, base_version, actor, "
                     "created_at, state, attempts, last_error, "
                     "server_response FROM outbox WHERE id = ?");
inline const QString kOutboxAll
    = QStringLiteral("SELECT id, dossier_id, kind, payload, idempotency_key, base_version, actor, "
                     "created_at, state, attempts, last_error, "
                     "server_response FROM outbox ORDER BY id");
inline const QString kOutboxNotDone
    = QStringLiteral("SELECT id, dossier_id, kind, payload, idempotency_key, base_version, actor, "
                     "created_at, state, attempts, last_error, "
                     "server_response FROM outbox WHERE state != 'done' ORDER BY id");
inline const QString kOutboxSetState
    = QStringLiteral("UPDATE outbox SET state = ?, attempts = attempts + ?, last_error = ?, server_response "
                     "= coalesce(?, server_response), "
                     "updated_at = ? WHERE id = ?");
inline const QString kOutboxResetSending
    = QStringLiteral("UPDATE outbox SET state = 'pending', updated_at = ? WHERE state = 'sending'");
inline const QString kOutboxSendingForDossier
    = QStringLiteral("SELECT count(*) FROM outbox WHERE dossier_id = ? AND state = 'sending'");
inline const QString kOutboxCountOpen = QStringLiteral(
    "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending', 'failed', 'conflict')");
inline const QString kOutboxDiscardForDossier = QStringLiteral(
    "DELETE FROM outbox WHERE dossier_id = ? AND state IN ('pending', 'failed', 'conflict')");
inline const QString kOutboxDeleteDone
    = QStringLiteral("DELETE FROM outbox WHERE state = 'done' AND updated_at < ?");

// Blob index
inline const QString kUpsertBlob = QStringLiteral(
    "INSERT INTO blobs(sha256, size, complete, last_access) VALUES (?, ?, ?, ?) ON CONFLICT(sha256) DO "
    "UPDATE SET "
    "size = excluded.size, complete = excluded.complete, last_access = excluded.last_access");
inline const QString kTouchBlob = QStringLiteral("UPDATE blobs SET last_access = ? WHERE sha256 = ?");
inline const QString kDeleteBlob = QStringLiteral("DELETE FROM blobs WHERE sha256 = ?");

// Rows changed by the last statement
inline const QString kChanges = QStringLiteral("SELECT changes()");

// Reference data
inline const QString kDeleteAgencies = QStringLiteral("DELETE FROM agencies");
inline const QString kInsertAgency
    = QStringLiteral("INSERT INTO agencies(code, parent_code, name, level, json) VALUES (?, ?, ?, ?, ?)");
inline const QString kSelectAgencies = QStringLiteral("SELECT json FROM agencies ORDER BY code");
inline const QString kDeleteProcedures = QStringLiteral("DELETE FROM procedures");
inline const QString kInsertProcedure
    = QStringLiteral("INSERT INTO procedures(code, name, name_key, json) VALUES (?, ?, ?, ?)");
inline const QString kSelectProcedures = QStringLiteral("SELECT json FROM procedures ORDER BY name_key");
inline const QString kSelectProcedure = QStringLiteral("SELECT json FROM procedures WHERE code = ?");
inline const QString kUpdateDossierProcedureKey
    = QStringLiteral("UPDATE dossiers SET procedure_key = ? WHERE procedure_code = ?");
inline const QString kUpdateFtsProcedure
    = QStringLiteral("UPDATE dossier_fts SET procedure = ? WHERE rowid IN (SELECT rowid FROM dossiers WHERE "
                     "procedure_code = ?)");
inline const QString kUpsertCalendar = QStringLiteral(
    "INSERT INTO calendar(year, json) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET json = excluded.json");
inline const QString kSelectCalendar = QStringLiteral("SELECT json FROM calendar ORDER BY year");

} // namespace motcua::sql
