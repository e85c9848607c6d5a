// SPDX-License-Identifier: GPL-3.0-or-later
//! `motcua approve --batch CODE... | --all-awaiting | --resume | --retry`: the
//! supervisor's batch approval. Each dossier's draft result is signed (PAdES,
//! one signer and one PIN for the whole batch), then `approve` and
//! `sign_result` are queued and pushed. The job is persisted in the profile's
//! cache: an interrupted run is resumed by the next one.
#include "batch/batchrepository.h"
#include "batch/batchrunner.h"
#include "commands.h"
#include "core/secrets.h"
#include "core/states.h"
#include "signing/signer.h"
#include "signing/signerspec.h"
#include "signing/tsaclient.h"
#include "store/dossierrepository.h"
#include "store/outboxrepository.h"
#include "store/syncstaterepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <csignal>
#include <iostream>
#include <optional>

namespace motcua::cli {

using batch::BatchCounts;
using batch::BatchItem;
using batch::BatchRepository;
using batch::BatchRunner;
using batch::ItemState;

namespace {

BatchRunner *volatile g_runner = nullptr;

//! Async-signal-safe: only sets the runner's atomic flag.
void onInterrupt(int)
{
    if (BatchRunner *r = g_runner)
        r->cancel();
}

void say(const QString &line)
{
    std::cout << qPrintable(line) << std::endl;
}

//! The PIN or password: MOTCUA_PIN, or the first line of stdin (read once).
QString itemStateText(ItemState s)
{
    switch (s) {
    case ItemState::Pending:
        return tr("pending");
    case ItemState::Signed:
        return tr("signed");
    case ItemState::Queued:
        return tr("signed, approval queued");
    case ItemState::Done:
        return tr("approved and result issued");
    case ItemState::Failed:
        return tr("failed");
    case ItemState::Excluded:
        return tr("excluded");
    }
    return {};
}

//! Dossiers of the official's agency awaiting approval, most urgent first.
Result<QList<Dossier>> allAwaiting(Database &db, const QString &agency)
{
    InboxQuery q;
    q.view = InboxView::AwaitingApproval;
    q.agencyCode = agency;
    q.limit = 0;
    auto list = DossierRepository(db).list(q);
    if (!list)
        return list.error();
    QList<Dossier> out;
    for (const InboxItem &i : *list)
        if (i.dossier.state == DossierState::AwaitingApproval && i.dossier.agencyCode == agency
            && !i.pendingSync)
            out.append(i.dossier);
    return out;
}

QJsonObject summaryJson(qint64 jobId, const BatchCounts &c, const QList<BatchItem> &items, bool online)
{
    QJsonArray arr;
    for (const BatchItem &i : items) {
        QJsonObject o {{QStringLiteral("code"), i.code},
                       {QStringLiteral("dossier_id"), i.dossierId},
                       {QStringLiteral("state"), batch::toWire(i.state)},
                       {QStringLiteral("timestamped"), i.timestamped}};
        if (!i.signedSha256.isEmpty())
            o.insert(QStringLiteral("signed_sha256"), i.signedSha256);
        if (!i.error.isEmpty())
            o.insert(QStringLiteral("error"), i.error);
        arr.append(o);
    }
    return {{QStringLiteral("job"), jobId},           {QStringLiteral("online"), online},
            {QStringLiteral("total"), c.total},       {QStringLiteral("signed"), c.signedCount()},
            {QStringLiteral("queued"), c.queued},     {QStringLiteral("approved"), c.done},
            {QStringLiteral("failed"), c.failed},     {QStringLiteral("pending"), c.pending + c.signedOnly},
            {QStringLiteral("excluded"), c.excluded}, {QStringLiteral("items"), arr}};
}

QUrl tsaUrlFor(CliContext &ctx, const QCommandLineParser &args)
{
    if (args.isSet(QStringLiteral("tsa")))
        return QUrl(args.value(QStringLiteral("tsa")));
    //! The centre's own time-stamp service.
    return signing::TsaClient::centralUrl(ctx.profile().server());
}

} // namespace

int cmdApprove(CliContext &ctx, const QCommandLineParser &args)
{
    const bool json = args.isSet(QStringLiteral("json"));
    const QStringList codes = args.positionalArguments().mid(1);
    const bool byCodes = args.isSet(QStringLiteral("batch"));
    const bool all = args.isSet(QStringLiteral("all-awaiting"));
    const bool resume = args.isSet(QStringLiteral("resume"));
    const bool retry = args.isSet(QStringLiteral("retry"));
    if (int(byCodes) + int(all) + int(resume || retry) != 1)
        return userError(tr("give one of --batch CODE..., --all-awaiting, --resume, --retry"), "approve");
    if (byCodes && codes.isEmpty())
        return userError(tr("--batch needs at least one dossier code"), "approve");
    if (args.isSet(QStringLiteral("p12")) && args.isSet(QStringLiteral("pkcs11-module")))
        return userError(tr("give only one of --p12 and --pkcs11-module"), "approve");

    if (Status s = ctx.openSession(); !s)
        return reportError(s.error());
    Status session = ctx.signIn();
    if (!session && session.error().kind != Error::Kind::Network)
        return reportError(session.error());
    const bool online = session.ok();
    //! --no-push: sign (with time stamps when online) and queue, send later.
    const bool push = online && !args.isSet(QStringLiteral("no-push"));
    SyncStateRepository state(ctx.db());
    auto me = state.me();
    if (!me)
        return reportError(me.error());
    if (!*me) {
        if (!online)
            return reportError(session.ok()
                                   ? Error::make(Error::Kind::Invalid, QStringLiteral("sync.me_missing"),
                                                 "Sign in and synchronize once before acting offline.")
                                   : session.error());
        if (Status s = ctx.engine().refreshDirectory(); !s)
            return reportError(s.error());
        me = state.me();
        if (!me || !*me)
            return reportError(me ? Error::make(Error::Kind::Internal, QStringLiteral("sync.me_missing"),
                                                "Sign in and synchronize once before acting offline.")
                                  : me.error());
    }
    const QString agency = (*me)->official.agencyCode;

    BatchRepository repo(ctx.db());
    auto open = repo.openJob();
    if (!open)
        return reportError(open.error());
    std::optional<qint64> jobId;
    if (*open) {
        auto c = repo.counts((*open)->id);
        if (!c)
            return reportError(c.error());
        if (!c->finished() || resume || retry) {
            jobId = (*open)->id;
            if (!json)
                say(tr("Resuming batch #%1 (%2 of %3 done).").arg(*jobId).arg(c->done).arg(c->total));
        } else if (Status s = repo.close((*open)->id); !s) {
            return reportError(s.error());
        }
    }
    if (!jobId && (resume || retry)) {
        if (!json)
            say(tr("No unfinished batch."));
        else
            std::cout << "{}" << std::endl;
        return ExitOk;
    }
    const QUrl tsa = tsaUrlFor(ctx, args);
    if (!jobId) {
        if (online) {
            //! The newest states first: a dossier approved meanwhile by someone else is left out.
            SyncEngine::Report report;
            if (Status s = ctx.engine().pull(report); !s && s.error().kind != Error::Kind::Network)
                return reportError(s.error());
        }
        QList<Dossier> dossiers;
        if (all) {
            auto found = allAwaiting(ctx.db(), agency);
            if (!found)
                return reportError(found.error());
            dossiers = *found;
        } else {
            for (const QString &code : codes) {
                auto found = ctx.findDossier(code);
                if (!found)
                    return reportError(found.error());
                dossiers.append(*found);
            }
        }
        if (dossiers.isEmpty()) {
            if (json)
                std::cout << "{}" << std::endl;
            else
                say(tr("Nothing awaiting approval."));
            return ExitOk;
        }
        QString signerText = args.isSet(QStringLiteral("p12"))
            ? QStringLiteral("p12:") + args.value(QStringLiteral("p12"))
            : QStringLiteral("pkcs11:") + args.value(QStringLiteral("pkcs11-module"));
        auto created = repo.create(dossiers, signerText, tsa.toString());
        if (!created)
            return reportError(created.error());
        jobId = *created;
        if (!json)
            say(tr("Batch #%1: %2 dossiers.").arg(*jobId).arg(dossiers.size()));
    } else if (Status s = repo.setTsaUrl(*jobId, tsa.toString()); !s) {
        return reportError(s.error());
    }

    BatchRunner runner(ctx.db(), ctx.blobs(), &ctx.api(), &ctx.engine());
    runner.setOnline(online);
    runner.setTsaUrl(tsa);
    if (retry) {
        auto items = repo.items(*jobId);
        if (!items)
            return reportError(items.error());
        for (const BatchItem &i : *items)
            if (i.state == ItemState::Failed)
                if (Status s = runner.retry(*jobId, i.dossierId); !s)
                    return reportError(s.error());
    }
    auto total = repo.counts(*jobId);
    if (!total)
        return reportError(total.error());
    int step = 0;
    QObject::connect(
        &runner, &BatchRunner::itemChanged,
        [&](const QString &, const QString &code, ItemState s, const QString &error) {
            if (json)
                return;
            const QString line
                = QStringLiteral("[%1/%2] %3 %4").arg(++step).arg(total->total).arg(code, itemStateText(s));
            say(error.isEmpty() ? line : line + QStringLiteral(": ") + error);
        });

    std::unique_ptr<signing::Signer> signer;
    auto needs = runner.needsSigner(*jobId);
    if (!needs)
        return reportError(needs.error());
    if (*needs) {
        signing::SignerSpec spec;
        if (args.isSet(QStringLiteral("p12"))) {
            spec.kind = signing::SignerSpec::Kind::Pkcs12;
            spec.p12 = args.value(QStringLiteral("p12"));
        } else {
            spec.kind = signing::SignerSpec::Kind::Pkcs11;
            spec.module = args.value(QStringLiteral("pkcs11-module"));
            spec.token = args.value(QStringLiteral("token"));
            spec.key = args.value(QStringLiteral("key"));
        }
        if (!spec.isComplete())
            return userError(tr("give --p12 FILE or --pkcs11-module LIB to sign"), "approve");
        auto opened = signing::openSigner(spec, secretFromEnvOrStdin);
        if (!opened)
            return reportError(opened.error());
        signer = std::move(*opened);
    }

    QElapsedTimer timer;
    timer.start();
    //! Ctrl+C (SIGINT/SIGTERM): finish the current dossier, send what is queued, stop.
    g_runner = &runner;
    auto previousInt = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    Status signedAll = runner.signAndQueue(*jobId, signer.get());
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    g_runner = nullptr;
    const bool cancelled = !signedAll && signedAll.error().kind == Error::Kind::Cancelled;
    if (!signedAll && !cancelled)
        return reportError(signedAll.error());
    signer.reset(); // logs out of the token
    int code = cancelled ? int(ExitUser) : int(ExitOk);
    if (cancelled)
        std::cerr << qPrintable(
            tr("Cancelled after the current dossier: run motcua approve --resume to continue."))
                  << std::endl;
    if (push) {
        Status s = runner.upgradeTimestamps(*jobId);
        if (s)
            s = runner.pushAndSettle(*jobId);
        if (!s) {
            if (s.error().kind != Error::Kind::Network)
                return reportError(s.error());
            std::cerr << qPrintable(tr("The link dropped: run motcua approve --resume to send the rest."))
                      << std::endl;
            code = ExitNetwork;
        }
    } else if (!json && online) {
        say(tr("Queued: run motcua approve --resume or motcua sync to send the approvals."));
    } else if (!json) {
        say(tr("Offline: signed without time stamps; run motcua approve --resume when the link returns "
               "(time stamps are added before the approvals are sent)."));
    }

    auto c = repo.counts(*jobId);
    auto items = repo.items(*jobId);
    if (!c)
        return reportError(c.error());
    if (!items)
        return reportError(items.error());
    if (push && c->finished() && c->failed == 0)
        if (Status s = repo.close(*jobId); !s)
            return reportError(s.error());
    if (json) {
        QJsonObject o = summaryJson(*jobId, *c, *items, online);
        o.insert(QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0);
        std::cout << QJsonDocument(o).toJson(QJsonDocument::Indented).constData() << std::flush;
    } else {
        say(tr("Signed %1, approved %2, failed %3 of %4 (%5 s).")
                .arg(c->signedCount())
                .arg(c->done)
                .arg(c->failed)
                .arg(c->total)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    if (code != ExitOk)
        return code;
    if (cancelled)
        return ExitUser;
    if (c->failed > 0) {
        //! 3 when another official acted first (the outbox holds a conflict), else 1.
        OutboxRepository outbox(ctx.db());
        for (const BatchItem &i : *items) {
            if (i.state != ItemState::Failed)
                continue;
            for (qint64 id : {i.approveOutbox, i.signOutbox}) {
                auto e = id ? outbox.get(id) : Result<std::optional<OutboxEntry>>(std::nullopt);
                if (e && *e && (*e)->state == OutboxState::Conflict)
                    return ExitConflict;
            }
        }
        return ExitUser;
    }
    return ExitOk;
}

} // namespace motcua::cli
