// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarcommand.h"

#include "calendarstore.h"
#include "core/calendarfile.h"
#include "core/lunarcalendar.h"
#include "database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <memory>

namespace motcua::server {

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "motcua-central calendar: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int runCalendarCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Calendars of the province (holidays, swapped working days, office hours, receipt cut-off).\n"
        "  import FILE     replace the years in FILE (all or nothing)\n"
        "  export          write the stored years as a calendar file\n"
        "  project YEAR    print the Labor Code Art. 112 projection of YEAR (status projected)"));
    p.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("sqlite:PATH or postgresql://..."),
                                   QStringLiteral("URL"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Server data directory."),
                                     QStringLiteral("DIR"), QStringLiteral("motcua-data"));
    const QCommandLineOption yearOpt(QStringLiteral("year"), QStringLiteral("Export this year only."),
                                     QStringLiteral("YEAR"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Write to FILE instead of stdout."),
                                    QStringLiteral("FILE"));
    p.addOptions({dbOpt, dataDir, yearOpt, outOpt});
    p.addPositionalArgument(QStringLiteral("calendar"), QString());
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("import | export | project"));
    if (!p.parse(arguments))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    const QString command = pos.value(1);
    auto write = [&](const QByteArray &bytes) {
        if (!p.isSet(outOpt)) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
            return 0;
        }
        QFile f(p.value(outOpt));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return fail(QStringLiteral("cannot write %1").arg(f.fileName()));
        return 0;
    };
    if (command == QLatin1String("project")) {
        bool ok = false;
        const int year = pos.value(2).toInt(&ok);
        if (!ok || year < 1990 || year > 2100)
            return fail(QStringLiteral("project needs a year between 1990 and 2100"));
        CalendarYear y = lunar::projectedYear(year);
        y.source = QStringLiteral(
                       "DỰ KIẾN / PROJECTION: computed from Bộ luật Lao động 2019 Điều 112 and the lunar "
                       "calendar; the government has not published the %1 arrangement. Replace it with "
                       "the published one (motcua-central calendar import).")
                       .arg(year);
        return write(calendarfile::write({y}));
    }
    if (command != QLatin1String("import") && command != QLatin1String("export"))
        return fail(QStringLiteral("expected import FILE, export or project YEAR (see --help)"));

    const QString url = p.isSet(dbOpt)
        ? p.value(dbOpt)
        : QStringLiteral("sqlite:") + p.value(dataDir) + QStringLiteral("/central.sqlite");
    auto opened = Database::open(url, QStringLiteral("calendar-cli"));
    if (!opened)
        return fail(opened.error().toString());
    std::unique_ptr<Database> db(opened.value());
    if (auto s = db->migrate(); !s)
        return fail(s.error().toString());
    CalendarStore store(db.get());

    if (command == QLatin1String("export")) {
        auto years = store.all();
        if (!years)
            return fail(years.error().toString());
        QList<CalendarYear> out;
        for (const CalendarYear &y : *years) {
            if (!p.isSet(yearOpt) || QString::number(y.year) == p.value(yearOpt))
                out.append(y);
        }
        if (out.isEmpty())
            return fail(QStringLiteral("no calendar stored for that year"));
        return write(calendarfile::write(out));
    }

    QFile f(pos.value(2));
    if (pos.value(2).isEmpty() || !f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(pos.value(2)));
    auto years = calendarfile::parse(f.readAll());
    if (!years)
        return fail(QStringLiteral("%1: nothing was changed.").arg(years.error().toString()));
    if (Status s = store.replace(*years, QStringLiteral("calendar-cli"), QDateTime::currentDateTimeUtc()); !s)
        return fail(QStringLiteral("%1: nothing was changed.").arg(s.error().toString()));
    for (const CalendarYear &y : *years)
        std::printf("imported %d (%s): %lld holidays, %lld swapped working days\n", y.year,
                    qPrintable(toWire(y.status)), static_cast<long long>(y.holidays.size()),
                    static_cast<long long>(y.workingDays.size()));
    auto all = store.all();
    if (all) {
        for (const QString &w : CalendarStore::warnings(*all, QDateTime::currentDateTimeUtc()))
            std::printf("warning: %s\n", qPrintable(w));
    }
    return 0;
}

} // namespace motcua::server
