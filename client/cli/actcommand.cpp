// SPDX-License-Identifier: GPL-3.0-or-later
//! `motcua act CODE KIND [options]`: check and apply the action locally (the
//! same Workflow as the server), queue it in the outbox in the same transaction,
//! then push if the centre can be reached.
#include "commands.h"
#include "core/deadline.h"
#include "core/json.h"
#include "letters/apologyletter.h"
#include "store/dossierrepository.h"
#include "store/outboxrepository.h"
#include "store/referencerepository.h"
#include "store/syncstaterepository.h"
#include "store/warehouserepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <iostream>

namespace motcua::cli {

namespace {

//! `issue_apology --generate`: the letter from the template, stored in the blob store.
//! The new date is a number of working days (--extra-days, default 5) after the due
//! date or the previous appointment; --new-date picks the first such day on or after it.
Result<Component> generateApology(CliContext &ctx, const Dossier &dossier, const QCommandLineParser &args,
                                  int *extraDays)
{
    ReferenceRepository ref(ctx.db());
    auto calendar = ref.workingCalendar();
    if (!calendar)
        return calendar.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.toOffsetFromUtc(7 * 3600).date();
    *extraDays = 5;
    if (args.isSet(QStringLiteral("extra-days"))) {
        bool ok = false;
        *extraDays = args.value(QStringLiteral("extra-days")).toInt(&ok);
        if (!ok || *extraDays < 1 || *extraDays > 365)
            return Error::make(
                Error::Kind::Invalid, QStringLiteral("cli.extra_days"),
                QT_TRANSLATE_NOOP("motcua::Error", "--extra-days must be 1 to 365 working days."), {},
                QStringLiteral("extra-days"));
    }
    if (args.isSet(QStringLiteral("new-date"))) {
        const QDate wanted = QDate::fromString(args.value(QStringLiteral("new-date")), Qt::ISODate);
        if (!wanted.isValid() || wanted < today)
            return Error::make(
                Error::Kind::Invalid, QStringLiteral("cli.new_date"),
                QT_TRANSLATE_NOOP("motcua::Error", "--new-date must be a date YYYY-MM-DD, today or later."),
                {}, QStringLiteral("new-date"));
        *extraDays = deadline::workingDaysUntil(dossier, *calendar, wanted, now);
    }
    const QDate newDate
        = WorkingCalendar::localDate(deadline::appointmentAfter(dossier, *calendar, *extraDays, now));
    Agency agency, parent;
    auto agencies = ref.agencies();
    if (!agencies)
        return agencies.error();
    for (const Agency &a : agencies.value())
        if (a.code == dossier.agencyCode)
            agency = a;
    for (const Agency &a : agencies.value())
        if (!agency.parentCode.isEmpty() && a.code == agency.parentCode)
            parent = a;
    auto procedure = ref.procedure(dossier.procedureCode);
    if (!procedure)
        return procedure.error();
    auto pdf = letters::renderApologyPdf(letters::apologyFor(dossier, agency, parent,
                                                             procedure.value().value_or(Procedure()), newDate,
                                                             args.value(QStringLiteral("reason")), today));
    if (!pdf)
        return pdf.error();
    if (args.isSet(QStringLiteral("out"))) {
        QSaveFile out(args.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(pdf.value()) != pdf.value().size() || !out.commit())
            return Error::make(Error::Kind::Storage, QStringLiteral("cli.write"),
                               QT_TRANSLATE_NOOP("motcua::Error", "Cannot write %1."),
                               {args.value(QStringLiteral("out"))});
    }
    const Component c = letters::apologyComponent(pdf.value(), dossier.code);
    if (Status s = ctx.blobs().put(c.sha256, pdf.value()); !s)
        return s.error();
    return c;
}

} // namespace

int cmdAct(CliContext &ctx, const QCommandLineParser &args)
{
    const QStringList pos = args.positionalArguments();
    if (pos.size() < 3)
        return userError(tr("usage: motcua act CODE KIND [options]"), "act");
    const auto kind = actionKindFromWire(pos.at(2));
    if (!kind) {
        QStringList names;
        for (ActionKind k : allActionKinds())
            names << toWire(k);
        return userError(
            tr("unknown action kind %1; one of: %2").arg(pos.at(2), names.join(QStringLiteral(", "))), "act");
    }
    if (Status s = ctx.openSession(); !s)
        return reportError(s.error());

    auto found = ctx.findDossier(pos.at(1));
    if (!found)
        return reportError(found.error());
    const Dossier dossier = *found;

    QJsonObject payload;
    if (args.isSet(QStringLiteral("payload"))) {
        QJsonParseError pe;
        const QJsonDocument doc
            = QJsonDocument::fromJson(args.value(QStringLiteral("payload")).toUtf8(), &pe);
        if (!doc.isObject())
            return userError(tr("--payload must be a JSON object: %1").arg(pe.errorString()), "act");
        payload = doc.object();
    }
    const QList<QPair<QString, QString>> simple {{QStringLiteral("note"), QStringLiteral("note")},
                                                 {QStringLiteral("to"), QStringLiteral("to_agency")},
                                                 {QStringLiteral("reason"), QStringLiteral("reason")},
                                                 {QStringLiteral("text"), QStringLiteral("text")},
                                                 {QStringLiteral("assignee"), QStringLiteral("assignee")},
                                                 {QStringLiteral("receipt"), QStringLiteral("receipt")}};
    for (const auto &[option, field] : simple) {
        if (args.isSet(option))
            payload.insert(field, args.value(option));
    }
    for (const QString &option : {QStringLiteral("step-days"), QStringLiteral("amount")}) {
        if (!args.isSet(option))
            continue;
        bool ok = false;
        const qint64 n = args.value(option).toLongLong(&ok);
        if (!ok)
            return userError(tr("--%1 must be a whole number").arg(option), "act");
        payload.insert(
            option == QLatin1String("amount") ? QStringLiteral("amount") : QStringLiteral("step_days"), n);
    }
    if (args.isSet(QStringLiteral("sha256"))) {
        //! Reuse: documents of the applicant's warehouse as cached by the last sync.
        WarehouseRepository warehouses(ctx.db());
        auto cached = warehouses.get(dossier.applicant.idNumber);
        if (!cached)
            return reportError(cached.error());
        QJsonArray comps;
        for (const QString &sha : args.values(QStringLiteral("sha256"))) {
            const CitizenDocument *found = nullptr;
            if (*cached) {
                for (const CitizenDocument &d : (*cached)->documents)
                    if (d.sha256 == sha.trimmed().toLower())
                        found = &d;
            }
            if (!found)
                return userError(tr("%1 is not in the cached e-data warehouse of applicant %2 (run motcua "
                                    "sync --prefetch)")
                                     .arg(sha, dossier.applicant.idNumber),
                                 "act");
            comps.append(json::toJson(found->toInputComponent()));
        }
        payload.insert(QStringLiteral("components"), comps);
    }

    if (*kind == ActionKind::Annotate && !payload.contains(QStringLiteral("annotation"))) {
        auto annotation = annotationPayload(ctx, dossier, args);
        if (!annotation)
            return reportError(annotation.error());
        payload = *annotation;
    }

    SyncStateRepository state(ctx.db());
    auto me = state.me();
    if (!me)
        return reportError(me.error());
    if (!*me) {
        //! Never synchronized on this profile: the rules need the official and the directory.
        if (Status s = ctx.signIn(); !s)
            return reportError(s.error());
        if (Status s = ctx.engine().refreshDirectory(); !s)
            return reportError(s.error());
    }
    if (args.isSet(QStringLiteral("generate"))) {
        if (*kind != ActionKind::IssueApology)
            return userError(tr("--generate only applies to issue_apology"), "act");
        if (args.isSet(QStringLiteral("file")))
            return userError(tr("--generate and --file cannot be used together"), "act");
        int extraDays = 0;
        auto c = generateApology(ctx, dossier, args, &extraDays);
        if (!c)
            return reportError(c.error());
        //! The letter's reason is content; the action itself needs none.
        payload.remove(QStringLiteral("reason"));
        payload.insert(QStringLiteral("component"), json::toJson(*c));
        payload.insert(QStringLiteral("extra_days"), extraDays);
        std::cout << qPrintable(tr("Generated the apology letter %1 (%2 bytes).").arg(c->name).arg(c->size))
                  << std::endl;
    }
    if (args.isSet(QStringLiteral("file"))) {
        const bool apology = *kind == ActionKind::IssueApology;
        auto c = importPdfFile(ctx.blobs(), args.value(QStringLiteral("file")),
                               apology ? ComponentKind::Apology : ComponentKind::Result,
                               *kind == ActionKind::SignResult);
        if (!c)
            return reportError(c.error());
        payload.insert(QStringLiteral("component"), json::toJson(*c));
    }

    if (*kind == ActionKind::IssueApology && args.isSet(QStringLiteral("extra-days"))
        && !payload.contains(QStringLiteral("extra_days")))
        payload.insert(QStringLiteral("extra_days"), args.value(QStringLiteral("extra-days")).toInt());
    auto queued = ctx.engine().queueAction(dossier, *kind, payload);
    if (!queued)
        return reportError(queued.error());
    std::cout << qPrintable(tr("Queued %1 on %2 (outbox #%3).").arg(toWire(*kind), dossier.code).arg(*queued))
              << std::endl;

    if (args.isSet(QStringLiteral("no-push")))
        return ExitOk;
    if (Status s = ctx.signIn(); !s) {
        if (s.error().kind == Error::Kind::Network) {
            std::cout << qPrintable(tr("Offline: the action will be sent by the next motcua sync."))
                      << std::endl;
            return ExitOk;
        }
        return reportError(s.error());
    }
    SyncEngine::Report report;
    if (Status s = ctx.engine().push(report); !s) {
        if (s.error().kind == Error::Kind::Network) {
            std::cout << qPrintable(tr("Offline: the action will be sent by the next motcua sync."))
                      << std::endl;
            return ExitOk;
        }
        return reportError(s.error());
    }
    OutboxRepository outbox(ctx.db());
    auto entry = outbox.get(*queued);
    if (!entry)
        return reportError(entry.error());
    if (*entry && (*entry)->state == OutboxState::Conflict) {
        std::cerr << qPrintable(tr("Conflict: %1").arg((*entry)->lastError)) << std::endl;
        return ExitConflict;
    }
    if (*entry && (*entry)->state == OutboxState::Failed) {
        std::cerr << qPrintable(tr("Refused by the server: %1").arg((*entry)->lastError)) << std::endl;
        return ExitUser;
    }
    if (*entry && (*entry)->state == OutboxState::Done)
        std::cout << qPrintable(tr("Sent.")) << std::endl;
    return ExitOk;
}

} // namespace motcua::cli
