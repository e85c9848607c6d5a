// SPDX-License-Identifier: GPL-3.0-or-later
//! Dossier -> indicator inputs: the only place that knows which parts of a
//! dossier the indicators depend on.
#include "indicatorinputs.h"

#include <algorithm>

namespace motcua {

namespace {
constexpr qint64 kVietnamOffset = 7 * 3600;
constexpr qint64 kEpochJulianDay = 2440588; //!< QDate(1970, 1, 1).toJulianDay()

qint64 msOrNone(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : kNoTime;
}
} // namespace

qint32 vietnamDay(const QDateTime &utc)
{
    if (!utc.isValid())
        return kNoDay;
    const qint64 secs = utc.toSecsSinceEpoch() + kVietnamOffset;
    //! Floor division: days before 1970 are negative.
    return qint32(secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400));
}

qint32 epochDay(const QDate &date)
{
    return date.isValid() ? qint32(date.toJulianDay() - kEpochJulianDay) : kNoDay;
}

QDate dateOfEpochDay(qint32 day)
{
    return day == kNoDay ? QDate() : QDate::fromJulianDay(day + kEpochJulianDay);
}

IndicatorDossier indicatorDossier(const Dossier &d)
{
    IndicatorDossier out;
    out.id = d.id;
    out.agency = d.agencyCode;
    out.procedure = d.procedureCode;
    out.official = d.assignee;
    out.state = d.state;
    out.rejectedAtReception = d.rejectedAtReception;
    out.receivedDay = vietnamDay(d.receivedAt);
    out.finishedDay = vietnamDay(d.finishedAt);
    out.finishedAt = msOrNone(d.finishedAt);
    out.nationalSyncedAt = msOrNone(d.service.nationalSyncedAt);
    out.channel = d.service.channel;
    out.payment = d.service.payment;
    out.satisfaction = d.service.satisfaction;
    out.outcome = d.finishedAt.isValid() ? deadline::finishedOutcome(d) : deadline::Outcome::Pending;
    out.paperComponents = d.service.paperComponents;
    for (const Component &c : d.components) {
        if (c.kind == ComponentKind::Input) {
            ++out.inputComponents;
            if (d.service.reusedComponents.contains(c.id))
                ++out.reusedComponents;
        } else if (c.kind == ComponentKind::Result) {
            ++out.resultComponents;
        }
    }
    out.resultOnPaper = d.service.resultOnPaper;
    out.signedResult = d.hasSignedResult();
    out.apology = d.hasApology();
    return out;
}

QList<IndicatorTransfer> indicatorTransfers(const Dossier &d)
{
    QList<IndicatorTransfer> out;
    out.reserve(d.service.transfers.size());
    for (const Transfer &t : d.service.transfers)
        out.append({d.id, d.agencyCode, d.procedureCode, d.assignee, d.rejectedAtReception, t.fromAgency,
                    vietnamDay(t.at), t.electronic});
    return out;
}

IndicatorScope indicatorScope(const QList<Dossier> &dossiers)
{
    IndicatorScope out;
    out.dossiers.reserve(dossiers.size());
    for (const Dossier &d : dossiers) {
        if (d.deleted)
            continue;
        out.dossiers.append(indicatorDossier(d));
        out.transfers.append(indicatorTransfers(d));
    }
    return out;
}

IndicatorScope IndicatorScope::ofAgency(const QString &agencyCode) const
{
    if (agencyCode.isEmpty())
        return *this;
    IndicatorScope out;
    std::copy_if(dossiers.cbegin(), dossiers.cend(), std::back_inserter(out.dossiers),
                 [&](const IndicatorDossier &d) { return d.agency == agencyCode; });
    std::copy_if(transfers.cbegin(), transfers.cend(), std::back_inserter(out.transfers),
                 [&](const IndicatorTransfer &t) { return t.agency == agencyCode; });
    return out;
}

} // namespace motcua
