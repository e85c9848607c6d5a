// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"

#include <QCoreApplication>

namespace displaytext {

namespace {
QString translated(const char *text, int n = -1)
{
    return QCoreApplication::translate("DisplayText", text, nullptr, n);
}
} // namespace

QString finished(bool late, int daysLate)
{
    if (!late)
        return translated(QT_TRANSLATE_NOOP("DisplayText", "Finished on time"));
    if (daysLate <= 0)
        return translated(QT_TRANSLATE_NOOP("DisplayText", "Finished late"));
    //: %1 = "3 working days late" (the text of an overdue dossier)
    return translated(QT_TRANSLATE_NOOP("DisplayText", "Finished — %1"))
        .arg(translated(QT_TRANSLATE_N_NOOP("DisplayText", "%n working day(s) late"), daysLate));
}

QString finishedMark(const motcua::Dossier &d, const motcua::WorkingCalendar &calendar, const QDateTime &now,
                     bool *late)
{
    const bool isLate = d.finishedAt.isValid() && d.isLate(now);
    if (late)
        *late = isLate;
    if (!d.finishedAt.isValid() || !d.dueAt.isValid())
        return {};
    if (isLate)
        return finished(true, d.remaining(now, calendar).daysLate);
    return d.isOnTime() ? finished(false, 0) : QString();
}

QString remaining(const motcua::Remaining &r)
{
    if (r.overdue)
        return translated(QT_TRANSLATE_N_NOOP("DisplayText", "%n working day(s) late"), qMax(1, r.daysLate));
    if (r.days > 0)
        return translated(QT_TRANSLATE_N_NOOP("DisplayText", "%n working day(s) left"), r.days);
    if (r.hours > 0)
        return translated(QT_TRANSLATE_N_NOOP("DisplayText", "%n working hour(s) left"), r.hours);
    return translated(QT_TRANSLATE_NOOP("DisplayText", "Due within the hour"));
}

QString deadlineNote(const motcua::Dossier &d, const motcua::WorkingCalendar &calendar, const QDateTime &now)
{
    QStringList parts;
    if (d.dueAt.isValid() && (d.dueProvisional || calendar.isProvisional(d.receivedAt, d.dueAt))) {
        int year = motcua::WorkingCalendar::localDate(d.dueAt).year();
        for (int y = motcua::WorkingCalendar::localDate(d.receivedAt).year(); y <= year; ++y) {
            if (calendar.yearStatus(y) != motcua::CalendarStatus::Published) {
                year = y;
                break;
            }
        }
        parts.append(
            translated(QT_TRANSLATE_NOOP("DisplayText", "Provisional: the %1 calendar is not published"))
                .arg(year));
    }
    if (d.appointmentAt.isValid()) {
        const QDateTime at = d.finishedAt.isValid() && motcua::isTerminal(d.state) ? d.finishedAt : now;
        const bool missed = at > d.appointmentAt && !motcua::isTerminal(d.state);
        parts.append(
            (missed
                 ? translated(QT_TRANSLATE_NOOP("DisplayText", "New date %1 missed: apologise again"))
                 : translated(QT_TRANSLATE_N_NOOP("DisplayText", "New date %1 (apology %n)"), d.apologyCount))
                .arg(dateTime(d.appointmentAt)));
    }
    return parts.join(QStringLiteral(" · "));
}

QString actedAt(const QDateTime &at, const QDateTime &recordedAt)
{
    //! Online actions reach the server within seconds: only offline work shows both times.
    if (!recordedAt.isValid() || !at.isValid() || at.secsTo(recordedAt) < 300)
        return dateTime(at);
    return translated(QT_TRANSLATE_NOOP("DisplayText", "%1 (synced %2)"))
        .arg(dateTime(at), dateTime(recordedAt));
}

QString clockPaused()
{
    return translated(QT_TRANSLATE_NOOP("DisplayText", "Clock paused: waiting for the supplement"));
}

QString syncBadge(const QString &syncState)
{
    if (syncState == QLatin1String("pending") || syncState == QLatin1String("sending"))
        return translated(QT_TRANSLATE_NOOP("DisplayText", "Not sent yet"));
    if (syncState == QLatin1String("failed"))
        return translated(QT_TRANSLATE_NOOP("DisplayText", "Sending failed"));
    if (syncState == QLatin1String("conflict"))
        return translated(QT_TRANSLATE_NOOP("DisplayText", "Conflict"));
    return {};
}

QString nationalStatus(int code)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("DisplayText", "Registered online"),
        QT_TRANSLATE_NOOP("DisplayText", "Received"),
        QT_TRANSLATE_NOOP("DisplayText", "Not accepted"),
        QT_TRANSLATE_NOOP("DisplayText", "Being processed"),
        QT_TRANSLATE_NOOP("DisplayText", "Supplement requested"),
        QT_TRANSLATE_NOOP("DisplayText", "Financial obligation"),
        QT_TRANSLATE_NOOP("DisplayText", "Withdrawn by the citizen"),
        QT_TRANSLATE_NOOP("DisplayText", "Processing stopped"),
        QT_TRANSLATE_NOOP("DisplayText", "Processing finished"),
        QT_TRANSLATE_NOOP("DisplayText", "Result returned"),
    };
    if (code < 1 || code > 10)
        return {};
    //: National status code (TrangThaiHoSo) and its official name
    return translated(QT_TRANSLATE_NOOP("DisplayText", "National status %1 — %2"))
        .arg(code)
        .arg(translated(names[code - 1]));
}

QString dateTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toOffsetFromUtc(int(motcua::WorkingCalendar::kUtcOffsetSeconds))
        .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace displaytext
