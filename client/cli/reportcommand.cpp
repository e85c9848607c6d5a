// SPDX-License-Identifier: GPL-3.0-or-later
//! `motcua report --period P [--agency CODE] [--breakdown B] --format pdf|csv [--out FILE]`:
//! the Decision 766 indicators over the cached scope (offline), as the dashboard shows them.
#include "commands.h"
#include "letters/indicatorreport.h"
#include "store/indicatorsource.h"
#include "store/referencerepository.h"
#include "store/syncstaterepository.h"

#include <QCoreApplication>
#include <QFile>
#include <iostream>

namespace motcua::cli {

namespace { } // namespace

int cmdReport(CliContext &ctx, const QCommandLineParser &args)
{
    const QString format = args.value(QStringLiteral("format"));
    if (format != QLatin1String("pdf") && format != QLatin1String("csv"))
        return userError(tr("motcua report: --format pdf or --format csv is required"));
    auto period = Period::parse(args.value(QStringLiteral("period")));
    if (!period)
        return reportError(period.error());
    const QString breakdownText = args.value(QStringLiteral("breakdown"));
    const auto breakdown
        = breakdownText.isEmpty() ? std::optional(Breakdown::None) : breakdownFromWire(breakdownText);
    if (!breakdown)
        return userError(tr("motcua report: --breakdown is agency, procedure or official"));
    if (Status s = ctx.openStore(); !s)
        return reportError(s.error());
    SyncStateRepository state(ctx.db());
    auto set = indicatorsource::cachedSet(state);
    if (!set)
        return reportError(set.error());
    if (!set->has_value())
        return userError(
            tr("motcua report: no indicator definitions in the cache yet; run `motcua sync` once "
               "online"));
    auto scope = indicatorsource::cachedScope(ctx.db());
    if (!scope)
        return reportError(scope.error());
    ReferenceRepository reference(ctx.db());
    auto agencies = reference.agencies();
    if (!agencies)
        return reportError(agencies.error());
    auto procedures = reference.procedures();
    if (!procedures)
        return reportError(procedures.error());
    const QString agency = args.value(QStringLiteral("agency"));
    if (!agency.isEmpty() && std::none_of(agencies->cbegin(), agencies->cend(), [&](const Agency &a) {
            return a.code == agency;
        }))
        return userError(tr("motcua report: unknown agency %1").arg(agency));
    //! The heading names the official's agency unless another one is asked for.
    QString headingAgency = agency;
    if (headingAgency.isEmpty()) {
        auto me = state.me();
        if (!me)
            return reportError(me.error());
        if (me->has_value())
            headingAgency = (*me)->agency.code;
    }
    const letters::ReportHeading heading = letters::reportHeading(
        *agencies, *procedures, headingAgency, vietnamDate(QDateTime::currentDateTimeUtc()));
    const IndicatorReport report = computeIndicators(**set, scope->ofAgency(agency), *period, *breakdown);
    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = letters::indicatorReportCsv(report, heading);
    } else {
        auto pdf = letters::renderIndicatorReportPdf(report, heading);
        if (!pdf)
            return reportError(pdf.error());
        bytes = *pdf;
    }
    QFile out;
    const QString path = args.value(QStringLiteral("out"));
    bool opened = false;
    if (path.isEmpty()) {
        opened = out.open(stdout, QIODevice::WriteOnly);
    } else {
        out.setFileName(path);
        opened = out.open(QIODevice::WriteOnly);
    }
    if (!opened || out.write(bytes) != bytes.size() || !out.flush())
        return userError(tr("motcua report: cannot write %1: %2")
                             .arg(path.isEmpty() ? QStringLiteral("-") : path, out.errorString()));
    return ExitOk;
}

} // namespace motcua::cli
