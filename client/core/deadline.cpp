// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadline.h"

#include "wirenames.h"

#include <algorithm>

namespace motcua::deadline {

namespace {
QString local(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("(none)");
    return t.toOffsetFromUtc(int(WorkingCalendar::kUtcOffsetSeconds))
        .toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}

QString hours(qint64 secs)
{
    return QStringLiteral("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

//! NotCounted first: it answers for a value out of the enum, as it always did.
constexpr WireName<Outcome> kOutcomes[] = {
    {Outcome::NotCounted, "not_counted"}, {Outcome::Pending, "pending"}, {Outcome::Overdue, "overdue"},
    {Outcome::OnTime, "on_time"},         {Outcome::Late, "late"},
};
} // namespace

QString toWire(Outcome o)
{
    return wire::name(kOutcomes, o);
}

Verdict assess(const Dossier &d, const WorkingCalendar &cal, const QDateTime &now)
{
    Verdict v;
    v.provisional = d.dueProvisional || cal.isProvisional(d.receivedAt, d.dueAt);
    if (d.state == DossierState::Rejected || d.state == DossierState::Withdrawn) {
        v.outcome = Outcome::NotCounted;
        return v;
    }
    const Remaining r = d.remaining(now, cal);
    v.daysLate = r.daysLate;
    const QDateTime at = d.finishedAt.isValid() ? d.finishedAt : now;
    v.appointmentMissed = d.appointmentAt.isValid() && at > d.appointmentAt
        && !(d.isPaused() && d.pausedAt <= d.appointmentAt);
    if (d.finishedAt.isValid())
        v.outcome = finishedOutcome(d);
    else if (d.supplementCount > 1)
        v.outcome = Outcome::Late; //! already late whatever happens next (Decision 766)
    else
        v.outcome = d.isOverdue(now) ? Outcome::Overdue : Outcome::Pending;
    return v;
}

Outcome finishedOutcome(const Dossier &d)
{
    if (d.state == DossierState::Rejected || d.state == DossierState::Withdrawn)
        return Outcome::NotCounted;
    return d.isOnTime() ? Outcome::OnTime : Outcome::Late;
}

bool finishedOnTime(const Dossier &d, const WorkingCalendar &cal)
{
    return d.finishedAt.isValid() && assess(d, cal, d.finishedAt).outcome == Outcome::OnTime;
}

bool pausesClock(DossierState state, const Procedure &procedure)
{
    return state == DossierState::SupplementRequested
        || (state == DossierState::AwaitingPayment && procedure.feeWaitExcluded);
}

qint64 pausedSeconds(const WorkingCalendar &cal, const QDateTime &pausedAt, const QDateTime &resumedAt)
{
    if (!pausedAt.isValid() || !resumedAt.isValid())
        return 0;
    return std::max<qint64>(0, cal.workingSecondsBetween(pausedAt, cal.receiptStart(resumedAt)));
}

Computation explain(const WorkingCalendar &cal, const QDateTime &receivedAt, int days,
                    const QList<Pause> &pauses)
{
    Computation c;
    c.steps.append({QStringLiteral("received"), QStringLiteral("Received %1 (UTC+7).").arg(local(receivedAt)),
                    receivedAt});
    const QDateTime start = cal.receiptStart(receivedAt);
    const QDate day = WorkingCalendar::localDate(receivedAt);
    const QTime cutoff = cal.receiptCutoff(day.year());
    QString why;
    if (!cal.isWorkingDay(day)) {
        const QString name = cal.holidayName(day);
        why = cal.isHoliday(day) ? QStringLiteral("a holiday%1")
                                       .arg(name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name))
                                 : QStringLiteral("a weekly day off");
        why = QStringLiteral("%1 is %2: the clock starts at the next working day's opening")
                  .arg(day.toString(Qt::ISODate), why);
    } else if (start == receivedAt) {
        why = QStringLiteral("inside office hours and not after the %1 cut-off: the clock starts at once")
                  .arg(cutoff.isValid() ? cutoff.toString(QStringLiteral("HH:mm")) : QStringLiteral("(no)"));
    } else if (WorkingCalendar::localDate(start) == day) {
        why = QStringLiteral("before the office opens (or in the lunch break): the clock starts at %1")
                  .arg(local(start));
    } else {
        why = QStringLiteral(
                  "after the receipt cut-off %1 or after closing: counted from the next working day")
                  .arg(cutoff.isValid() ? cutoff.toString(QStringLiteral("HH:mm"))
                                        : QStringLiteral("(none)"));
    }
    c.steps.append({QStringLiteral("clock_start"),
                    QStringLiteral("Clock starts %1: %2.").arg(local(start), why), start});
    QDateTime due = cal.dueAt(receivedAt, days);
    if (days <= 0)
        c.steps.append(
            {QStringLiteral("same_day"),
             QStringLiteral("Same-day procedure (0 days): due at the close of that working day, %1.")
                 .arg(local(due)),
             due});
    else
        c.steps.append({QStringLiteral("working_days"),
                        QStringLiteral("Plus %1 working day(s) of %2 each: %3.")
                            .arg(days)
                            .arg(hours(cal.officeSecondsPerDay()), local(due)),
                        due});
    //! Days that were skipped between the clock start and the due date, with their reasons.
    if (start.isValid() && due.isValid()) {
        for (QDate d = WorkingCalendar::localDate(start); d <= WorkingCalendar::localDate(due);
             d = d.addDays(1)) {
            if (cal.isHoliday(d))
                c.steps.append({QStringLiteral("holiday"),
                                QStringLiteral("  %1 skipped: holiday %2")
                                    .arg(d.toString(Qt::ISODate), cal.holidayName(d))
                                    .trimmed(),
                                due});
            else if (cal.isSwappedWorkingDay(d))
                c.steps.append(
                    {QStringLiteral("swapped_day"),
                     QStringLiteral("  %1 counted: swapped working day").arg(d.toString(Qt::ISODate)), due});
        }
    }
    for (const Pause &p : pauses) {
        const qint64 secs = pausedSeconds(cal, p.from, p.to);
        due = cal.addWorkingSeconds(due, secs);
        c.steps.append(
            {QStringLiteral("pause"),
             QStringLiteral(
                 "Paused %1 to %2 (resumption counted from %3): %4 of working time; due moves to %5.")
                 .arg(local(p.from), local(p.to), local(cal.receiptStart(p.to)), hours(secs), local(due)),
             due});
    }
    c.dueAt = due;
    c.provisional = cal.isProvisional(receivedAt, due);
    if (c.provisional)
        c.steps.append(
            {QStringLiteral("provisional"),
             QStringLiteral("PROVISIONAL: the calendar of a year between %1 and %2 is not published; "
                            "holidays there are not known yet.")
                 .arg(WorkingCalendar::localDate(receivedAt).year())
                 .arg(WorkingCalendar::localDate(due).year()),
             due});
    return c;
}

QDateTime appointmentAfter(const Dossier &d, const WorkingCalendar &cal, int extraDays, const QDateTime &now)
{
    QDateTime base = d.dueAt;
    if (d.appointmentAt.isValid() && d.appointmentAt > base)
        base = d.appointmentAt;
    const QDateTime from = cal.clockStart(now);
    if (from.isValid() && from > base)
        base = from;
    return cal.addWorkingDays(base, std::max(1, extraDays));
}

int workingDaysUntil(const Dossier &d, const WorkingCalendar &cal, QDate date, const QDateTime &now)
{
    for (int n = 1; n < 365; ++n) {
        const QDateTime at = appointmentAfter(d, cal, n, now);
        if (!at.isValid() || WorkingCalendar::localDate(at) >= date)
            return n;
    }
    return 365;
}

} // namespace motcua::deadline
