// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authservice.h"
#include "database.h"
#include "http.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace motcua::server {

struct ServerConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    QString dbUrl;
    QString dataDir;
    QString portFile;
    bool demo = false;
    int demoSize = 300;
    int accessTtl = 900; //!< seconds
    int refreshTtl = 30 * 24 * 3600; //!< seconds
    qint64 cursorRetention = 30LL * 24 * 3600; //!< seconds; older cursors get 410
    qint64 maxUpload = 64LL * 1024 * 1024;
    qint64 maxJsonBody = 1024 * 1024;
    int loginAccountThreshold = 5; //!< failures before an account's backoff starts
    int loginAddressThreshold = 20; //!< failures before an address's backoff starts
    //! How old an offline action's acted_at may be when it reaches the server (the
    //! province's offline window), and how far ahead of the server's clock it may be.
    int offlineWindowDays = 14;
    //! Issue 19: days a finished dossier stays on a laptop (0 = no limit), sent with GET /me.
    int laptopRetentionDays = 0;
    int clockSkewSeconds = 300;
    QDateTime fixedClock; //!< --clock (demo only): the server's time starts fixed there
};

//! The server's one clock: deadlines and offline bounds, tokens, sign-in backoff
//! and lockout read it. Only demo mode lets a test set it (--clock, PUT
//! /demo/clock), so tests inject time instead of sleeping; otherwise it is the
//! system's UTC time. (Row and cursor timestamps that no rule compares with
//! it still read the system clock.)
struct ServerClock
{
    QDateTime fixed;
    [[nodiscard]] QDateTime now() const { return fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc(); }
    [[nodiscard]] qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
};

class Tsa;
class DossierStore;
class DocumentAccess;
class AuditLog;

//! What every handler shares: configuration, the connection, auth.
struct ServerContext
{
    ServerConfig config;
    Database *db = nullptr;
    AuthService *auth = nullptr;
    Tsa *tsa = nullptr;
    DossierStore *store = nullptr;
    DocumentAccess *access = nullptr; //!< who may name or fetch a document by hash
    AuditLog *audit = nullptr; //!< the hash-chained audit log
    ServerClock clock;
};

//! Parses a JSON object body strictly: 400 "request.malformed_json" / "request.not_object",
//! 413 "request.too_large".
Result<QJsonObject> parseJsonBody(const HttpRequest &req, qint64 limit);

//! "2026-11-23T08:30:00Z" or null.
QJsonValue isoOrNull(const QDateTime &dt);

//! Ids in paths: letters, digits, '-', '_', '.', never "..", at most 100 chars.
bool isSafeId(const QString &id);

//! {"items": [...]} from a query whose first column holds each item's stored JSON
//! object (procedures, annotations), or the query's error.
HttpResponse storedItemsResponse(Result<QSqlQuery> query);

//! An access check as a response: its storage error, 403 with `code` and `detail`
//! when it says no, nothing when the caller may go on.
std::optional<HttpResponse> refusedUnless(const Result<bool> &allowed, const QString &code,
                                          const QString &detail);

} // namespace motcua::server
