// SPDX-License-Identifier: GPL-3.0-or-later
//! The server's routing and request handling below Qt HttpServer: path decoding,
//! route matching, bearer-token parsing, JSON bodies and the sign-in handlers
//! (with the throttle and the audit log) on a real SQLite database.
//! Input: "METHOD\nPATH\nname: value\n...\n\nBODY".
#include "auditlog.h"
#include "authhandlers.h"
#include "authservice.h"
#include "database.h"
#include "router.h"
#include "servercontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <cstdint>
#include <memory>

using namespace motcua::server;

namespace {
struct World
{
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AuthService> auth;
    ServerContext ctx;
    Router router;
    QString token;
};

World *world()
{
    static World *w = [] {
        auto *x = new World;
        const QString path = QDir::tempPath()
            + QStringLiteral("/motcua-fuzz-router-%1.sqlite").arg(QCoreApplication::applicationPid());
        QFile::remove(path);
        auto db = Database::open(QStringLiteral("sqlite:") + path, QStringLiteral("fuzz"));
        if (!db || !(*db)->migrate())
            abort();
        x->db.reset(*db);
        x->audit = std::make_unique<AuditLog>(x->db.get(), QByteArray(32, 'k'));
        x->auth = std::make_unique<AuthService>(x->db.get(), 900, 3600);
        x->auth->setAuditLog(x->audit.get());
        //! One iteration: the fuzzer should spend its time in parsing, not in PBKDF2.
        const PasswordHash pw = AuthService::hashPassword(QStringLiteral("pw"), 1);
        (void)x->db->exec(QStringLiteral("INSERT INTO agencies (code, name, level, kind) VALUES ('A', 'A', "
                                         "'province', 'people_committee')"));
        (void)x->db->exec(
            QStringLiteral("INSERT INTO officials VALUES ('o1', 'u', 'U', 'A', 'specialist', ?, ?, 1)"),
            {pw.salt, pw.hash});
        x->ctx.db = x->db.get();
        x->ctx.auth = x->auth.get();
        x->ctx.audit = x->audit.get();
        registerAuthHandlers(x->router, x->ctx);
        registerDirectoryHandlers(x->router, x->ctx);
        auto t = x->auth->login(QStringLiteral("u"), QStringLiteral("pw"), QStringLiteral("127.0.0.1"));
        if (!t)
            abort();
        x->token = t->value(QStringLiteral("access_token")).toString();
        return x;
    }();
    return w;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    world();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype headEnd = in.indexOf("\n\n");
    const QList<QByteArray> lines = (headEnd < 0 ? in : in.left(headEnd)).split('\n');
    HttpRequest r;
    r.method = lines.value(0).left(16);
    const QString target = QString::fromUtf8(lines.value(1));
    const qsizetype q = target.indexOf(QLatin1Char('?'));
    r.path = q >= 0 ? target.left(q) : target;
    if (q >= 0)
        r.query = QUrlQuery(target.mid(q + 1));
    r.segments = decodedPathSegments(r.path);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    //! "$TOKEN" stands for a valid access token, so authenticated routes are reached too.
    if (r.headers.value("authorization") == "$TOKEN")
        r.headers.insert("authorization", "Bearer " + world()->token.toLatin1());
    r.body = headEnd < 0 ? QByteArray() : in.mid(headEnd + 2);
    r.remote = QHostAddress(QHostAddress::LocalHost);
    const HttpResponse resp = world()->router.dispatch(r, *world()->auth);
    //! Properties: a status is a real HTTP status; errors are problem+json with a code.
    if (resp.status < 200 || resp.status > 599)
        __builtin_trap();
    if (resp.status >= 400) {
        const QJsonObject p = QJsonDocument::fromJson(resp.body).object();
        if (p.value(QStringLiteral("code")).toString().isEmpty()
            || !resp.headerValue("Content-Type").startsWith("application/problem+json"))
            __builtin_trap();
    }
    return 0;
}
