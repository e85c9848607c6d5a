// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

namespace motcua::schema {

namespace {

//! Version 1: the whole cache. Times are milliseconds since the epoch (UTC) so
//! that SQL can compare and sort them; the full object is kept as JSON.
QStringList version1()
{
    QStringList steps = {
        QStringLiteral(R"(CREATE TABLE dossiers (
            id TEXT PRIMARY KEY NOT NULL,
            code TEXT NOT NULL,
            procedure_code TEXT NOT NULL,
            state TEXT NOT NULL,
            agency_code TEXT NOT NULL,
            assignee TEXT NOT NULL DEFAULT '',
            applicant_name TEXT NOT NULL DEFAULT '',
            applicant_key BLOB NOT NULL DEFAULT x'',
            procedure_key BLOB NOT NULL DEFAULT x'',
            received_at INTEGER,
            due_at INTEGER,
            step_due_at INTEGER,
            finished_at INTEGER,
            open INTEGER NOT NULL DEFAULT 1,
            overdue_at INTEGER,
            version INTEGER NOT NULL,
            json TEXT NOT NULL,
            server_version INTEGER NOT NULL,
            server_json TEXT,
            updated_at INTEGER NOT NULL))"),
    };
    steps += QStringList {
        QStringLiteral("CREATE INDEX dossiers_due ON dossiers(due_at)"),
        QStringLiteral("CREATE INDEX dossiers_overdue ON dossiers(overdue_at)"),
        QStringLiteral("CREATE INDEX dossiers_received ON dossiers(received_at)"),
        QStringLiteral("CREATE INDEX dossiers_agency ON dossiers(agency_code, state)"),
        QStringLiteral("CREATE INDEX dossiers_state ON dossiers(state)"),
        QStringLiteral("CREATE INDEX dossiers_assignee ON dossiers(assignee)"),
        QStringLiteral("CREATE INDEX dossiers_applicant ON dossiers(applicant_key)"),
        QStringLiteral("CREATE INDEX dossiers_procedure ON dossiers(procedure_key)"),
        QStringLiteral("CREATE INDEX dossiers_code ON dossiers(code)"),
        QStringLiteral(R"(CREATE TABLE components (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            document_code TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL DEFAULT 0,
            mime TEXT NOT NULL DEFAULT '',
            pages INTEGER NOT NULL DEFAULT 0,
            kind TEXT NOT NULL DEFAULT 'input',
            signed INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (dossier_id, id)))"),
        QStringLiteral("CREATE INDEX components_sha256 ON components(sha256)"),
        QStringLiteral(R"(CREATE TABLE annotations (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (dossier_id, id)))"),
        QStringLiteral(R"(CREATE TABLE history (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            at INTEGER,
            json TEXT NOT NULL,
            PRIMARY KEY (dossier_id, id)))"),
        QStringLiteral(R"(CREATE TABLE agencies (
            code TEXT PRIMARY KEY NOT NULL,
            parent_code TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            level TEXT NOT NULL DEFAULT '',
            json TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE procedures (
            code TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            name_key BLOB NOT NULL DEFAULT x'',
            json TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE calendar (
            year INTEGER PRIMARY KEY NOT NULL,
            json TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            dossier_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            base_version INTEGER NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'failed', 'conflict', 'done')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            server_response TEXT,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX outbox_dossier ON outbox(dossier_id, state, id)"),
        QStringLiteral("CREATE INDEX outbox_state ON outbox(state, id)"),
        QStringLiteral(R"(CREATE TABLE sync_state (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL,
            complete INTEGER NOT NULL DEFAULT 0,
            last_access INTEGER NOT NULL))"),
        //! Folded (diacritic-free, lower-case) text, folded by the app: rowid =
        //! dossiers.rowid. A regular FTS5 table (SQLite 3.40 cannot delete from a
        //! contentless one without the old values).
        QStringLiteral(R"(CREATE VIRTUAL TABLE dossier_fts USING fts5(
            code, applicant, id_number, address, procedure,
            tokenize = 'unicode61 remove_diacritics 0'))"),
    };
    return steps;
}

//! Version 2: the search index rebuilt for search as you type (copied from the
//! old one, so nothing is re-folded): prefix indexes for 1- to 3-letter
//! prefixes (the last token typed is a prefix; without them a 2-letter prefix
//! merges the lists of every word starting with it), and detail=none (only the
//! rowids per word: the store's queries are quoted single words and prefixes,
//! never phrases, NEAR or column filters — smaller and faster to write).
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE VIRTUAL TABLE dossier_fts_v2 USING fts5(
            code, applicant, id_number, address, procedure,
            tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3', detail = none))"),
        QStringLiteral("INSERT INTO dossier_fts_v2(rowid, code, applicant, id_number, address, procedure) "
                       "SELECT rowid, code, applicant, id_number, address, procedure FROM dossier_fts"),
        QStringLiteral("DROP TABLE dossier_fts"),
        QStringLiteral("ALTER TABLE dossier_fts_v2 RENAME TO dossier_fts"),
        //! The sorts' whole order in an index (ORDER BY ... LIMIT stops after a
        //! page); the single-column ones could not serve "due_at IS NULL, due_at".
        QStringLiteral("DROP INDEX dossiers_due"),
        QStringLiteral("DROP INDEX dossiers_received"),
        QStringLiteral("DROP INDEX dossiers_procedure"),
        QStringLiteral("DROP INDEX dossiers_applicant"),
        //! The agency and mine views (open = 1 AND ...) counted on the index alone.
        QStringLiteral("DROP INDEX dossiers_agency"),
        QStringLiteral("DROP INDEX dossiers_assignee"),
        dossierIndexes().at(1),
        dossierIndexes().at(3),
        dossierIndexes().at(5),
        dossierIndexes().at(6),
        dossierIndexes().at(7),
        //! Dropped again by sealedSortKeyStep().
        QStringLiteral(
            "CREATE INDEX dossiers_sort_applicant ON dossiers(applicant_key, due_at IS NULL, due_at, id)"),
    };
}

//! Batch approval and signing (client/batch): one persisted job at a time,
//! resumable after a crash. Independent of the other tables' steps, so it can
//! be renumbered freely at merge (it only creates its own two tables).
QStringList batchJobsStep()
{
    return {
        QStringLiteral(R"(CREATE TABLE batch_jobs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
            signer TEXT NOT NULL DEFAULT '',
            tsa_url TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE batch_items (
            job_id INTEGER NOT NULL REFERENCES batch_jobs(id) ON DELETE CASCADE,
            dossier_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            code TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'signed', 'queued', 'done', 'failed', 'excluded')),
            component_id TEXT NOT NULL DEFAULT '',
            draft_sha256 TEXT NOT NULL DEFAULT '',
            signed_sha256 TEXT NOT NULL DEFAULT '',
            signed_size INTEGER NOT NULL DEFAULT 0,
            timestamped INTEGER NOT NULL DEFAULT 0,
            approve_outbox INTEGER NOT NULL DEFAULT 0,
            sign_outbox INTEGER NOT NULL DEFAULT 0,
            error TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (job_id, dossier_id)))"),
        QStringLiteral("CREATE INDEX batch_items_state ON batch_items(job_id, state, position)"),
    };
}

//! Components are read from the dossier's JSON (the local state, as shown),
//! not kept as a copy of it: the table held nothing the JSON does not, was
//! read by one query (the inbox's documents, for prefetch) and cost a first
//! sync of 100k dossiers a fifth of its time (bench/sync.sh). The view keeps
//! the same columns, so SQL that reads `components` reads the same rows.
QStringList componentsViewStep()
{
    return {
        QStringLiteral("DROP INDEX components_sha256"),
        QStringLiteral("DROP TABLE components"),
        QStringLiteral(
            "CREATE VIEW components(dossier_id, id, position, name, document_code, sha256, size, mime, "
            "pages, kind, signed) AS SELECT d.id, c.value ->> 'id', c.key, c.value ->> 'name', "
            "c.value ->> 'document_code', c.value ->> 'sha256', c.value ->> 'size', c.value ->> 'mime', "
            "c.value ->> 'pages', c.value ->> 'kind', c.value ->> 'signed' "
            "FROM dossiers AS d, json_each(d.json, '$.components') AS c"),
    };
}

//! Reception at the desk: the reserved code blocks this desk holds (refilled
//! online, spent offline) and the dossiers received here waiting to be created on
//! the server (sent once each, with their idempotency key).
QStringList receptionStep()
{
    return {
        QStringLiteral(R"(CREATE TABLE code_blocks (
            id INTEGER PRIMARY KEY NOT NULL,
            agency_code TEXT NOT NULL,
            first_seq INTEGER NOT NULL,
            last_seq INTEGER NOT NULL,
            next_seq INTEGER NOT NULL,
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE receptions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            dossier_id TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            body TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
    };
}

//! Issue 19: personal fields at rest. The dossiers' JSON, server copies,
//! history, annotations and outbox payloads are sealed with the profile's key by
//! the app (fieldcipher.h), so SQL no longer reads a dossier's JSON: the
//! components (documents, not people) get their own column, read by the
//! `components` view. The search index holds keyed tokens instead of words:
//! rebuilt empty here (no prefix indexes: every prefix is a token of its own),
//! and refilled with the rows resealed by the app on open (cachekey.cpp), which
//! runs whenever the cache's key check is missing.
QStringList sealedFieldsStep()
{
    return {
        QStringLiteral("ALTER TABLE dossiers ADD COLUMN components_json TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("UPDATE dossiers SET components_json = coalesce(json_extract(json, '$.components'), "
                       "'[]') WHERE typeof(json) = 'text' AND json_valid(json)"),
        QStringLiteral("DROP VIEW components"),
        QStringLiteral(
            "CREATE VIEW components(dossier_id, id, position, name, document_code, sha256, size, mime, "
            "pages, kind, signed) AS SELECT d.id, c.value ->> 'id', c.key, c.value ->> 'name', "
            "c.value ->> 'document_code', c.value ->> 'sha256', c.value ->> 'size', c.value ->> 'mime', "
            "c.value ->> 'pages', c.value ->> 'kind', c.value ->> 'signed' "
            "FROM dossiers AS d, json_each(d.components_json) AS c"),
        QStringLiteral("DROP TABLE dossier_fts"),
        searchIndexStatement(),
        QStringLiteral("DELETE FROM sync_state WHERE key = 'fields_key'"),
    };
}

//! Issue 19: dossiers an official pinned for a trip stay on the laptop whatever
//! the province's retention (retention.h).
QStringList pinnedDossiersStep()
{
    return {
        QStringLiteral(R"(CREATE TABLE pinned_dossiers (
            dossier_id TEXT PRIMARY KEY NOT NULL,
            pinned_at INTEGER NOT NULL))"),
    };
}

//! The inputs of the Decision 766 indicators (core/indicatorinputs.h), one row
//! per dossier and per forward, written with the dossier (DossierRepository)
//! and backfilled once for rows from before (indicatorsource::backfill): the
//! dashboard scans these columns instead of decoding every dossier's JSON.
//! Separate tables, not columns of `dossiers`, so that the dossier row (and its
//! encryption) stays as it is. Nothing personal: days are days since 1970-01-01
//! in Vietnam (UTC+7), times milliseconds since the epoch, states and choices
//! their wire values, the rest counts, flags and ids.
QStringList indicatorInputsStep()
{
    return {
        QStringLiteral(R"(CREATE TABLE indicator_dossiers (
            dossier_id TEXT PRIMARY KEY NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            agency_code TEXT NOT NULL,
            procedure_code TEXT NOT NULL,
            official TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            rejected_at_reception INTEGER NOT NULL DEFAULT 0,
            received_day INTEGER,
            finished_day INTEGER,
            finished_at INTEGER,
            national_synced_at INTEGER,
            channel TEXT NOT NULL,
            payment TEXT NOT NULL,
            satisfaction TEXT,
            outcome TEXT NOT NULL,
            input_components INTEGER NOT NULL DEFAULT 0,
            paper_components INTEGER NOT NULL DEFAULT 0,
            reused_components INTEGER NOT NULL DEFAULT 0,
            result_components INTEGER NOT NULL DEFAULT 0,
            result_on_paper INTEGER NOT NULL DEFAULT 0,
            signed_result INTEGER NOT NULL DEFAULT 0,
            apology INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE indicator_transfers (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            agency_code TEXT NOT NULL,
            procedure_code TEXT NOT NULL,
            official TEXT NOT NULL DEFAULT '',
            rejected_at_reception INTEGER NOT NULL DEFAULT 0,
            from_agency TEXT NOT NULL,
            day INTEGER,
            electronic INTEGER NOT NULL,
            PRIMARY KEY (dossier_id, position)) WITHOUT ROWID)"),
    };
}

//! The applicant's sort key is sealed (issue 19): an index over it would order
//! random bytes. The keys themselves are sealed on open (cachekey.cpp).
QStringList sealedSortKeyStep()
{
    return {QStringLiteral("DROP INDEX IF EXISTS dossiers_sort_applicant")};
}

} // namespace

const QStringList &dossierIndexes()
{
    //! Version 2: version 1's, with the views' "open" in the agency and
    //! assignee indexes, and the four single-column sort indexes replaced by
    //! indexes yielding each sort's whole order.
    static const QStringList statements = {
        QStringLiteral("CREATE INDEX dossiers_overdue ON dossiers(overdue_at)"),
        QStringLiteral("CREATE INDEX dossiers_agency_open ON dossiers(agency_code, open, state)"),
        QStringLiteral("CREATE INDEX dossiers_state ON dossiers(state)"),
        QStringLiteral("CREATE INDEX dossiers_assignee_open ON dossiers(assignee, open)"),
        QStringLiteral("CREATE INDEX dossiers_code ON dossiers(code)"),
        QStringLiteral("CREATE INDEX dossiers_sort_due ON dossiers(due_at IS NULL, due_at, code, id)"),
        QStringLiteral(
            "CREATE INDEX dossiers_sort_received ON dossiers(received_at IS NULL, received_at, code, id)"),
        QStringLiteral(
            "CREATE INDEX dossiers_sort_procedure ON dossiers(procedure_key, due_at IS NULL, due_at, id)"),
    };
    return statements;
}

const QString &searchIndexStatement()
{
    static const QString statement = QStringLiteral(R"(CREATE VIRTUAL TABLE dossier_fts USING fts5(
            code, applicant, id_number, address, procedure,
            tokenize = 'unicode61 remove_diacritics 0', detail = none))");
    return statement;
}

const QStringList &dossierIndexNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const QString &sql : dossierIndexes())
            out << QLatin1Char('\'') + sql.section(QLatin1Char(' '), 2, 2) + QLatin1Char('\'');
        return out;
    }();
    return names;
}

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps
        = {version1(),         version2(),         batchJobsStep(),      componentsViewStep(),
           receptionStep(),    sealedFieldsStep(), pinnedDossiersStep(), indicatorInputsStep(),
           sealedSortKeyStep()};
    return steps;
}

} // namespace motcua::schema
