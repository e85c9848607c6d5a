// SPDX-License-Identifier: GPL-3.0-or-later
//! `motcua due`: a due date and each step of its computation, for officials and
//! support staff checking a disputed date (the rules of docs/deadlines.md).
#include "commands.h"
#include "core/calendarfile.h"
#include "core/deadline.h"
#include "store/referencerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <iostream>

namespace motcua::cli {

namespace {
//! "2026-11-23 15:30" or "2026-11-23T15:30" (Vietnam time), or ISO 8601 with Z/offset.
QDateTime parseWhen(const QString &text)
{
    const QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('Z')) || t.contains(QLatin1Char('+')))
        return QDateTime::fromString(t, Qt::ISODate).toUTC();
    for (const QString &fmt : {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm"),
                               QStringLiteral("yyyy-MM-dd HH:mm:ss")}) {
        const QDateTime local = QDateTime::fromString(t, fmt);
        if (local.isValid())
            return WorkingCalendar::fromLocal(local.date(), local.time());
    }
    return {};
}
} // namespace

int cmdDue(CliContext &ctx, const QCommandLineParser &args)
{
    const QDateTime received = parseWhen(args.value(QStringLiteral("received")));
    if (!received.isValid())
        return userError(tr("Give the receipt time: --received \"YYYY-MM-DD HH:MM\" (Vietnam time)."));
    WorkingCalendar cal;
    QString calendarSource;
    if (args.isSet(QStringLiteral("calendar"))) {
        QFile f(args.value(QStringLiteral("calendar")));
        if (!f.open(QIODevice::ReadOnly))
            return userError(tr("Cannot read %1.").arg(f.fileName()));
        auto years = calendarfile::parse(f.readAll());
        if (!years)
            return reportError(years.error());
        cal = WorkingCalendar::fromYears(*years);
        calendarSource = f.fileName();
    } else {
        if (Status s = ctx.openStore(); !s)
            return reportError(s.error());
        auto c = ReferenceRepository(ctx.db()).workingCalendar();
        if (!c)
            return reportError(c.error());
        cal = *c;
        calendarSource = tr("the calendar synced from the server");
    }
    int days = -1;
    QString procedureName;
    if (args.isSet(QStringLiteral("procedure"))) {
        if (Status s = ctx.openStore(); !s)
            return reportError(s.error());
        auto procs = ReferenceRepository(ctx.db()).procedures();
        if (!procs)
            return reportError(procs.error());
        for (const Procedure &p : *procs) {
            if (p.code == args.value(QStringLiteral("procedure"))) {
                days = p.processingDays;
                procedureName = p.name;
            }
        }
        if (days < 0)
            return userError(tr("No procedure %1 in the cache (sync first).")
                                 .arg(args.value(QStringLiteral("procedure"))));
    }
    if (args.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = args.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 0 || days > 3650)
            return userError(tr("--days must be a number of working days, 0 to 3650."));
    }
    if (days < 0)
        return userError(tr("Give --days N or --procedure CODE."));
    QList<deadline::Pause> pauses;
    for (const QString &spec : args.values(QStringLiteral("pause"))) {
        const QStringList parts = spec.split(QLatin1Char('/'));
        const QDateTime from = parseWhen(parts.value(0)), to = parseWhen(parts.value(1));
        if (parts.size() != 2 || !from.isValid() || !to.isValid() || to < from)
            return userError(tr("--pause takes FROM/TO, e.g. \"2026-11-24 16:00/2026-11-25 15:30\"."));
        pauses.append({from, to});
    }
    const deadline::Computation c = deadline::explain(cal, received, days, pauses);
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray steps;
        for (const deadline::Step &s : c.steps)
            steps.append(QJsonObject {{QStringLiteral("rule"), s.rule}, {QStringLiteral("text"), s.text}});
        const QJsonObject o {{QStringLiteral("due_at"), c.dueAt.toString(Qt::ISODate)},
                             {QStringLiteral("provisional"), c.provisional},
                             {QStringLiteral("steps"), steps}};
        std::cout << QJsonDocument(o).toJson(QJsonDocument::Indented).constData();
        return ExitOk;
    }
    if (!procedureName.isEmpty())
        std::cout << qPrintable(tr("Procedure: %1 (%2 working days)").arg(procedureName).arg(days)) << "\n";
    std::cout << qPrintable(tr("Calendar: %1").arg(calendarSource)) << "\n";
    int n = 0;
    for (const deadline::Step &s : c.steps)
        std::cout << (s.text.startsWith(QLatin1Char(' ')) ? QByteArray("   ")
                                                          : QByteArray::number(++n) + ". ")
                         .constData()
                  << qPrintable(s.text.trimmed()) << "\n";
    const QString due = c.dueAt.isValid() ? c.dueAt.toOffsetFromUtc(int(WorkingCalendar::kUtcOffsetSeconds))
                                                .toString(QStringLiteral("dddd yyyy-MM-dd HH:mm"))
                                          : tr("(none: the calendar has no working day)");
    std::cout << qPrintable(
        tr("Due: %1 (UTC+7)%2").arg(due, c.provisional ? tr(" - PROVISIONAL") : QString()))
              << std::endl;
    return ExitOk;
}

} // namespace motcua::cli
