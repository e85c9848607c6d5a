// SPDX-License-Identifier: GPL-3.0-or-later
//! Versioned migrations of the central schema (SQLite and PostgreSQL dialects).
#include "database.h"
#include "http.h"

namespace motcua::server {

namespace {

//! %ID% becomes the dialect's auto-increment primary key; everything else is
//! portable SQL (ON CONFLICT and RETURNING exist in SQLite >= 3.35 and PostgreSQL).
const char *const kMigrations[] = {
    // 1: directory, users, tokens
    R"(CREATE TABLE agencies (code TEXT PRIMARY KEY, name TEXT NOT NULL, parent_code TEXT,
                              level TEXT NOT NULL, kind TEXT NOT NULL);
CREATE TABLE procedures (code TEXT PRIMARY KEY, name TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE officials (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL,
                        agency_code TEXT NOT NULL REFERENCES agencies(code), roles TEXT NOT NULL,
                        pw_salt TEXT NOT NULL, pw_hash TEXT NOT NULL, pw_iterations INTEGER NOT NULL);
CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, official_id TEXT NOT NULL,
                     expires_at BIGINT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
CREATE INDEX tokens_official ON tokens(official_id);
CREATE TABLE calendar_days (day TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL);)",
    // 2: dossiers, feed, history, idempotency, audit, documents
    R"(CREATE TABLE dossiers (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, agency_code TEXT NOT NULL,
                       state TEXT NOT NULL, version BIGINT NOT NULL, applicant_id TEXT NOT NULL,
                       updated_at BIGINT NOT NULL, data TEXT NOT NULL);
CREATE INDEX dossiers_agency ON dossiers(agency_code);
CREATE INDEX dossiers_applicant ON dossiers(applicant_id);
CREATE TABLE feed_counter (id INTEGER PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO feed_counter (id, value) VALUES (1, 0);
CREATE TABLE changes (agency_code TEXT NOT NULL, dossier_id TEXT NOT NULL, seq BIGINT NOT NULL,
                      deleted INTEGER NOT NULL, version BIGINT NOT NULL, changed_at BIGINT NOT NULL,
                      PRIMARY KEY (agency_code, dossier_id));
CREATE UNIQUE INDEX changes_feed ON changes(agency_code, seq);
CREATE INDEX changes_seq ON changes(seq);
CREATE TABLE history (id %ID%, dossier_id TEXT NOT NULL, at BIGINT NOT NULL, data TEXT NOT NULL);
CREATE INDEX history_dossier ON history(dossier_id);
CREATE TABLE annotations (id TEXT PRIMARY KEY, dossier_id TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX annotations_dossier ON annotations(dossier_id);
CREATE TABLE idempotency (key TEXT PRIMARY KEY, official_id TEXT NOT NULL, request_hash TEXT NOT NULL,
                          status INTEGER NOT NULL, response TEXT NOT NULL, created_at BIGINT NOT NULL);
CREATE TABLE audit_log (id %ID%, at BIGINT NOT NULL, actor TEXT NOT NULL, dossier_id TEXT,
                        action TEXT NOT NULL, from_state TEXT, to_state TEXT, detail TEXT NOT NULL);
CREATE TABLE documents (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, created_at BIGINT NOT NULL);
CREATE TABLE citizen_documents (id_number TEXT NOT NULL, sha256 TEXT NOT NULL, dossier_id TEXT NOT NULL,
                                name TEXT NOT NULL, document_code TEXT NOT NULL, kind TEXT NOT NULL,
                                issued_at BIGINT NOT NULL, PRIMARY KEY (id_number, sha256, dossier_id));)",
    // 3: which dossiers reference which documents (download access), who uploaded what
    R"(CREATE TABLE dossier_documents (sha256 TEXT NOT NULL, dossier_id TEXT NOT NULL, PRIMARY KEY (sha256, dossier_id));
CREATE TABLE document_uploads (sha256 TEXT NOT NULL, agency_code TEXT NOT NULL, PRIMARY KEY (sha256, agency_code));
%BACKFILL_DOSSIER_DOCUMENTS%)",
    // security: the audit log's hash chain (server/auditlog.h), sign-in throttling (server/loginthrottle.h)
    R"(ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN entry_hash TEXT;
CREATE TABLE audit_head (id INTEGER PRIMARY KEY, last_hash TEXT NOT NULL);
INSERT INTO audit_head (id, last_hash) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');
CREATE TABLE login_throttle (key TEXT PRIMARY KEY, failures INTEGER NOT NULL, locked_until BIGINT NOT NULL,
                             last_failure BIGINT NOT NULL);)",
    // reception: per-agency code sequence, desks' reserved blocks, reserved numbers used
    R"(CREATE TABLE code_counters (agency_code TEXT PRIMARY KEY, last_seq BIGINT NOT NULL);
CREATE TABLE code_reservations (id %ID%, agency_code TEXT NOT NULL, official_id TEXT NOT NULL,
                                desk_id TEXT NOT NULL, first_seq BIGINT NOT NULL, last_seq BIGINT NOT NULL,
                                created_at BIGINT NOT NULL);
CREATE TABLE reserved_uses (agency_code TEXT NOT NULL, seq BIGINT NOT NULL, dossier_id TEXT NOT NULL,
                            PRIMARY KEY (agency_code, seq));)",
    // the indicator set (Decision 766) of each province, as its JSON (client/core/indicators.h)
    R"(CREATE TABLE indicator_sets (province TEXT PRIMARY KEY, data TEXT NOT NULL))",
    // calendars a province runs: one row per year, the year's JSON (GET /calendar)
    R"(CREATE TABLE calendar_years (year INTEGER PRIMARY KEY, data TEXT NOT NULL, updated_at BIGINT NOT NULL,
                             updated_by TEXT NOT NULL);)",
};

} // namespace

Status Database::migrate()
{
    auto r = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    if (!r)
        return r.error();
    if (m_pg) {
        //! Several server processes may start at once on one PostgreSQL database.
        auto l = exec(QStringLiteral("SELECT pg_advisory_lock(727001)"));
        if (!l)
            return l.error();
    }
    auto unlock = qScopeGuard([this] {
        if (m_pg) {
            auto u = exec(QStringLiteral("SELECT pg_advisory_unlock(727001)"));
            Q_UNUSED(u);
        }
    });
    auto v = exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!v)
        return v.error();
    int current = v->next() ? v->value(0).toInt() : 0;
    const int target = int(std::size(kMigrations));
    for (int step = current; step < target; ++step) {
        QString sql = QString::fromUtf8(kMigrations[step]);
        //! Backfill from the stored dossier JSON, in each dialect's JSON functions.
        sql.replace(
            QStringLiteral("%BACKFILL_DOSSIER_DOCUMENTS%"),
            m_pg ? QStringLiteral("INSERT INTO dossier_documents (sha256, dossier_id) SELECT DISTINCT "
                                  "c->>'sha256', d.id FROM dossiers d, "
                                  "jsonb_array_elements(d.data::jsonb->'components') c")
                 : QStringLiteral("INSERT OR IGNORE INTO dossier_documents (sha256, dossier_id) SELECT "
                                  "json_extract(c.value, '$.sha256'), d.id FROM dossiers d, "
                                  "json_each(d.data, '$.components') c"));
        sql.replace(QStringLiteral("%ID%"),
                    m_pg ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                         : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
        if (auto s = begin(); !s)
            return s;
        for (const QString &stmt : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (stmt.trimmed().isEmpty())
                continue;
            auto e = exec(stmt);
            if (!e) {
                rollback();
                return e.error();
            }
        }
        auto w = exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {step + 1});
        if (!w) {
            rollback();
            return w.error();
        }
        if (auto s = commit(); !s)
            return s;
        qCInfo(lcServer) << "migrated schema to version" << step + 1;
    }
    return {};
}

} // namespace motcua::server
