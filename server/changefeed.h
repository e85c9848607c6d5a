// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>

namespace motcua::server {

class Database;
struct ServerClock;

//! GET /dossiers/changes: the agency's change rows after the cursor, in
//! sequence order. Each (agency, dossier) has one change row that moves to a
//! new sequence number on every change, so a page holds a dossier at most once
//! and an unchanged dossier is never sent twice.
//!
//! Why no change is skipped on PostgreSQL: sequence numbers are allocated
//! from a counter row (UPDATE ... RETURNING) inside the writing transaction,
//! which holds that row lock until COMMIT; writers are thus serialized from
//! their first allocation to their commit and become visible in sequence
//! order. (Alternative considered: xid per row + pg_snapshot_xmin; rejected
//! because xid order and sequence order differ, which still allows skips.)
//!
//! Cursor: base64url("v1:<seq>:<issued unix time>"), opaque to clients. A
//! cursor older than the retention window → 410 (tombstones older than the
//! window are purged, so an old cursor could miss a departure).
class ChangeFeed
{
public:
    //! \a clock: the server's one clock (servercontext.h); null = the system's.
    ChangeFeed(Database *db, qint64 retentionSeconds, const ServerClock *clock = nullptr)
        : m_db(db)
        , m_retention(retentionSeconds)
        , m_clock(clock)
    { }

    struct Cursor
    {
        qint64 seq = 0;
        qint64 issuedAt = 0;
    };
    static QString encodeCursor(const Cursor &c);
    //! Invalid → Error "feed.invalid_cursor" (400); expired → "feed.cursor_expired" (410, Kind::NotFound
    //! is not right, so the handler maps this code itself).
    Result<Cursor> decodeCursor(const QString &text) const;

    //! {"items":[...],"cursor","has_more"} as JSON text: the stored dossier JSON
    //! (written by core's codec) is spliced in without being parsed again.
    Result<QByteArray> page(const QString &agencyCode, const QString &since, int limit);

private:
    void purgeOldTombstones();
    [[nodiscard]] qint64 now() const;
    Database *m_db;
    qint64 m_retention;
    const ServerClock *m_clock;
    qint64 m_lastPurge = 0;
};

} // namespace motcua::server
