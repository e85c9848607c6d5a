// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "core/json.h"
#include "core/secrets.h"
#include "core/transport.h"
#include "store/dossierrepository.h"
#include "store/outboxrepository.h"
#include "store/syncstaterepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>

namespace motcua::cli {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void printJson(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QJsonObject outboxJson(const OutboxEntry &e)
{
    return QJsonObject {{QStringLiteral("id"), e.id},
                        {QStringLiteral("dossier_id"), e.action.dossierId},
                        {QStringLiteral("kind"), toWire(e.action.kind)},
                        {QStringLiteral("state"), toWire(e.state)},
                        {QStringLiteral("idempotency_key"), e.action.idempotencyKey},
                        {QStringLiteral("base_version"), e.action.baseVersion},
                        {QStringLiteral("payload"), e.action.payload},
                        {QStringLiteral("created_at"), json::timestampToJson(e.action.createdAt)},
                        {QStringLiteral("attempts"), e.attempts},
                        {QStringLiteral("last_error"), e.lastError},
                        {QStringLiteral("server_response"), e.serverResponse}};
}

} // namespace

int reportError(const Error &e)
{
    std::cerr << "motcua: " << qPrintable(e.userMessage());
    if (!e.path.isEmpty())
        std::cerr << " (" << qPrintable(e.path) << ')';
    std::cerr << " [" << qPrintable(e.code) << ']';
    if (!e.detail.isEmpty())
        std::cerr << ' ' << qPrintable(e.detail);
    std::cerr << std::endl;
    return exitCodeFor(e);
}

int userError(const QString &message, const char *command)
{
    if (command)
        std::cerr << "motcua " << command << ": ";
    std::cerr << qPrintable(message) << std::endl;
    return ExitUser;
}

int cmdLogin(CliContext &ctx, const QCommandLineParser &args)
{
    //! "host.example" means https://host.example (http:// only for this computer),
    //! and a plain http:// address of another host is refused before anything is sent.
    const QUrl server = normalizeServerUrl(args.value(QStringLiteral("server")));
    const QString user = args.value(QStringLiteral("user"));
    if (!server.isValid() || server.host().isEmpty() || user.isEmpty())
        return userError(tr("motcua login: --server URL and --user NAME are required"));
    if (Status s = checkTransport(server); !s) {
        reportError(s.error());
        return ExitUser;
    }
    QString password = QString::fromUtf8(takeEnvironmentSecret("MOTCUA_PASSWORD"));
    if (password.isEmpty()) {
        std::string line;
        std::getline(std::cin, line);
        password = QString::fromStdString(line).trimmed();
    }
    if (password.isEmpty())
        return userError(tr("motcua login: give the password on stdin or in MOTCUA_PASSWORD"));
    ctx.profile().setAccount(server, user);
    if (Status s = ctx.profile().save(); !s)
        return reportError(s.error());
    if (Status s = ctx.openSession(); !s)
        return reportError(s.error());
    Status loggedIn = ctx.auth().login(password);
    wipeSecret(password);
    if (Status s = loggedIn; !s) {
        const int code = reportError(s.error());
        //! Wrong credentials are the user's mistake, not the link's.
        return s.error().kind == Error::Kind::Unauthorized ? int(ExitUser) : code;
    }
    if (Status s = ctx.engine().refreshDirectory(); !s)
        return reportError(s.error());
    out() << tr("Signed in as %1 on %2.").arg(user, server.toString()) << Qt::endl;
    return ExitOk;
}

int cmdLogout(CliContext &ctx, const QCommandLineParser &)
{
    if (Status s = ctx.openSession(); !s)
        return reportError(s.error());
    if (Status s = ctx.auth().logout(); !s)
        return reportError(s.error());
    out() << tr("Signed out.") << Qt::endl;
    return ExitOk;
}

int cmdSync(CliContext &ctx, const QCommandLineParser &args)
{
    if (Status s = ctx.signIn(); !s)
        return reportError(s.error());
    SyncEngine::Options opt;
    opt.prefetch = args.isSet(QStringLiteral("prefetch"));
    auto r = ctx.engine().syncOnce(opt);
    if (!r)
        return reportError(r.error());
    if (args.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject {{QStringLiteral("pushed"), r->pushed},
                               {QStringLiteral("conflicts"), r->conflicts},
                               {QStringLiteral("failed"), r->failed},
                               {QStringLiteral("pulled"), r->pulled},
                               {QStringLiteral("removed"), r->removed},
                               {QStringLiteral("downloaded"), r->downloaded},
                               {QStringLiteral("full_resync"), r->fullResync}});
    } else {
        out() << tr("Sent %1 actions (%2 conflicts, %3 refused); received %4 dossiers, removed %5; "
                    "downloaded %6 documents.%7")
                     .arg(r->pushed)
                     .arg(r->conflicts)
                     .arg(r->failed)
                     .arg(r->pulled)
                     .arg(r->removed)
                     .arg(r->downloaded)
                     .arg(r->fullResync ? tr(" (full re-sync)") : QString())
              << Qt::endl;
    }
    return r->conflicts > 0 ? ExitConflict : ExitOk;
}

int cmdInbox(CliContext &ctx, const QCommandLineParser &args)
{
    if (Status s = ctx.openStore(); !s)
        return reportError(s.error());
    InboxQuery q;
    q.limit = 0;
    q.search = args.value(QStringLiteral("search"));
    if (args.isSet(QStringLiteral("view"))) {
        const auto view = inboxViewFromWire(args.value(QStringLiteral("view")));
        if (!view) {
            QStringList names;
            for (InboxView v : allInboxViews())
                names << toWire(v);
            return userError(
                tr("motcua inbox: unknown view; one of: %1").arg(names.join(QStringLiteral(", "))));
        }
        q.view = *view;
        SyncStateRepository state(ctx.db());
        auto me = state.me();
        if (!me)
            return reportError(me.error());
        if (*me) {
            q.username = (*me)->official.username;
            q.agencyCode = (*me)->official.agencyCode;
        }
        auto cal = ctx.engine().cachedCalendar();
        if (cal)
            q.calendar = *cal;
    }
    DossierRepository repo(ctx.db());
    auto items = repo.list(q);
    if (!items)
        return reportError(items.error());
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const InboxItem &i : std::as_const(*items)) {
            QJsonObject o = json::toJson(i.dossier);
            o.insert(QStringLiteral("pending_sync"), i.pendingSync);
            o.insert(QStringLiteral("conflict"), i.conflict);
            arr.append(o);
        }
        printJson(QJsonObject {{QStringLiteral("items"), arr}});
        return ExitOk;
    }
    for (const InboxItem &i : std::as_const(*items)) {
        const Dossier &d = i.dossier;
        out() << d.code << '\t' << toWire(d.state) << '\t' << shortTime(d.dueAt) << '\t' << d.applicant.name
              << (i.pendingSync ? tr("\t[pending sync]") : QString())
              << (i.conflict ? tr("\t[conflict]") : QString()) << '\n';
    }
    out() << tr("%n dossier(s)", nullptr, int(items->size())) << Qt::endl;
    return ExitOk;
}

int cmdShow(CliContext &ctx, const QCommandLineParser &args)
{
    const QStringList pos = args.positionalArguments();
    if (pos.size() < 2)
        return userError(tr("motcua show: a dossier code is required"));
    auto found = ctx.findDossier(pos.at(1));
    if (!found)
        return reportError(found.error());
    const Dossier &dossier = *found;
    OutboxRepository outbox(ctx.db());
    auto entries = outbox.list(false);
    if (!entries)
        return reportError(entries.error());
    QJsonArray pending;
    for (const OutboxEntry &e : std::as_const(*entries)) {
        if (e.action.dossierId == dossier.id)
            pending.append(outboxJson(e));
    }
    if (args.isSet(QStringLiteral("json"))) {
        QJsonObject o = json::toJson(dossier);
        o.insert(QStringLiteral("outbox"), pending);
        auto server = DossierRepository(ctx.db()).serverCopy(dossier.id);
        if (server && *server && !pending.isEmpty())
            o.insert(QStringLiteral("server_copy"), json::toJson(**server));
        printJson(o);
        return ExitOk;
    }
    out() << tr("Dossier %1 (%2)").arg(dossier.code, dossier.id) << '\n'
          << tr("  state: %1, version %2, agency %3, assignee %4")
                 .arg(toWire(dossier.state))
                 .arg(dossier.version)
                 .arg(dossier.agencyCode, dossier.assignee.isEmpty() ? QStringLiteral("-") : dossier.assignee)
          << '\n'
          << tr("  procedure: %1").arg(dossier.procedureCode) << '\n'
          << tr("  applicant: %1, %2").arg(dossier.applicant.name, dossier.applicant.address) << '\n'
          << tr("  received %1, due %2").arg(shortTime(dossier.receivedAt), shortTime(dossier.dueAt)) << '\n';
    for (const Component &c : dossier.components) {
        out() << tr("  component %1: %2 [%3] %4 bytes%5%6")
                     .arg(c.id, c.name, toWire(c.kind))
                     .arg(c.size)
                     .arg(c.isSigned ? tr(", signed") : QString())
                     .arg(ctx.blobs().contains(c.sha256) ? tr(", available offline") : QString())
              << '\n';
    }
    for (const QJsonValue &v : std::as_const(pending)) {
        const QJsonObject e = v.toObject();
        out() << tr("  outbox: %1 %2 %3")
                     .arg(e.value(QLatin1String("kind")).toString(),
                          e.value(QLatin1String("state")).toString(),
                          e.value(QLatin1String("last_error")).toString())
              << '\n';
    }
    out().flush();
    return ExitOk;
}

int cmdOutbox(CliContext &ctx, const QCommandLineParser &args)
{
    if (Status s = ctx.openStore(); !s)
        return reportError(s.error());
    OutboxRepository outbox(ctx.db());
    auto entries = outbox.list(args.isSet(QStringLiteral("all")));
    if (!entries)
        return reportError(entries.error());
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const OutboxEntry &e : std::as_const(*entries))
            arr.append(outboxJson(e));
        printJson(QJsonObject {{QStringLiteral("items"), arr}});
        return ExitOk;
    }
    for (const OutboxEntry &e : std::as_const(*entries)) {
        out() << e.id << '\t' << toWire(e.state) << '\t' << toWire(e.action.kind) << '\t'
              << e.action.dossierId << '\t' << e.lastError << '\n';
    }
    out() << tr("%n action(s)", nullptr, int(entries->size())) << Qt::endl;
    return ExitOk;
}

} // namespace motcua::cli
