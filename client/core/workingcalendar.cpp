// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingcalendar.h"

#include "wirenames.h"

#include <QTimeZone>
#include <algorithm>

namespace motcua {

namespace {
constexpr qint64 kDaySecs = 86400;
constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
//! Ten years without a single working day means the calendar data is broken.
constexpr int kMaxSearchDays = 3660;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

//! An instant as (local day index since 1970-01-01, seconds into that local day).
struct LocalPos
{
    qint64 day = 0;
    qint64 sec = 0;
};

LocalPos toLocal(const QDateTime &t)
{
    const qint64 l = t.toSecsSinceEpoch() + WorkingCalendar::kUtcOffsetSeconds;
    const qint64 day = floorDiv(l, kDaySecs);
    return {day, l - day * kDaySecs};
}

QDateTime fromPos(qint64 day, qint64 sec)
{
    return QDateTime::fromSecsSinceEpoch(day * kDaySecs + sec - WorkingCalendar::kUtcOffsetSeconds, Qt::UTC);
}

QDate dateOf(qint64 day)
{
    return QDate::fromJulianDay(day + kEpochJulianDay);
}

//! Missing first: it answers for a value out of the enum, as it always did.
constexpr WireName<CalendarStatus> kStatuses[] = {
    {CalendarStatus::Missing, "missing"},
    {CalendarStatus::Published, "published"},
    {CalendarStatus::Projected, "projected"},
};
} // namespace

MOTCUA_WIRE_FUNCTIONS(CalendarStatus, calendarStatusFromWire, kStatuses)

WorkingCalendar::WorkingCalendar()
    : m_weekend {6, 7}
{ }

WorkingCalendar WorkingCalendar::fromYears(const QList<CalendarYear> &years)
{
    WorkingCalendar cal;
    QList<CalendarYear> sorted = years;
    std::sort(sorted.begin(), sorted.end(),
              [](const CalendarYear &a, const CalendarYear &b) { return a.year < b.year; });
    for (const CalendarYear &y : sorted) {
        cal.setWeekendDays(y.weekend);
        cal.setOfficeHours(y.officeStart, y.officeEnd);
        cal.setLunchBreak(y.lunchStart, y.lunchEnd);
        cal.setReceiptCutoff(y.receiptCutoff, y.year);
        cal.setYearStatus(y.year, y.status);
        for (const QDate &d : y.holidays)
            cal.addHoliday(d);
        for (auto it = y.holidayNames.cbegin(); it != y.holidayNames.cend(); ++it)
            cal.setHolidayName(it.key(), it.value());
        for (const QDate &d : y.workingDays)
            cal.addWorkingDay(d);
    }
    return cal;
}

void WorkingCalendar::setWeekendDays(const QList<int> &isoDays)
{
    QSet<int> days;
    for (int d : isoDays) {
        if (d >= 1 && d <= 7)
            days.insert(d);
    }
    //! A week without working days would make every due date unreachable.
    if (days.size() < 7)
        m_weekend = days;
}

void WorkingCalendar::addHoliday(QDate day)
{
    m_holidays.insert(day);
}

void WorkingCalendar::setWorkingDays(const QList<QDate> &days)
{
    m_workingDays = QSet<QDate>(days.cbegin(), days.cend());
}

void WorkingCalendar::addWorkingDay(QDate day)
{
    m_workingDays.insert(day);
}

bool WorkingCalendar::setOfficeHours(QTime start, QTime end)
{
    if (!start.isValid() || !end.isValid() || !(start < end))
        return false;
    m_officeStart = start;
    m_officeEnd = end;
    return true;
}

bool WorkingCalendar::setLunchBreak(QTime start, QTime end)
{
    if (start.isNull() && end.isNull()) {
        m_lunchStart = m_lunchEnd = QTime();
        return true;
    }
    if (!start.isValid() || !end.isValid() || !(m_officeStart < start) || !(start < end)
        || !(end < m_officeEnd))
        return false;
    m_lunchStart = start;
    m_lunchEnd = end;
    return true;
}

void WorkingCalendar::setReceiptCutoff(QTime cutoff, int year)
{
    if (year == 0)
        m_defaultCutoff = cutoff;
    else
        m_cutoffs.insert(year, cutoff);
}

QTime WorkingCalendar::receiptCutoff(int year) const
{
    return m_cutoffs.value(year, m_defaultCutoff);
}

void WorkingCalendar::setYearStatus(int year, CalendarStatus status)
{
    m_status.insert(year, status);
}

CalendarStatus WorkingCalendar::yearStatus(int year) const
{
    return m_status.value(year, CalendarStatus::Missing);
}

bool WorkingCalendar::isProvisional(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid())
        return true;
    const int a = localDate(std::min(from, to)).year();
    const int b = localDate(std::max(from, to)).year();
    for (int y = a; y <= b; ++y) {
        if (yearStatus(y) != CalendarStatus::Published)
            return true;
    }
    return false;
}

void WorkingCalendar::setHolidayName(QDate day, const QString &name)
{
    m_holidayNames.insert(day, name);
}

QList<int> WorkingCalendar::weekendDays() const
{
    QList<int> out(m_weekend.cbegin(), m_weekend.cend());
    std::sort(out.begin(), out.end());
    return out;
}

qint64 WorkingCalendar::openSecs() const
{
    return m_officeStart.msecsSinceStartOfDay() / 1000;
}

qint64 WorkingCalendar::closeSecs() const
{
    return m_officeEnd.msecsSinceStartOfDay() / 1000;
}

QList<QPair<qint64, qint64>> WorkingCalendar::intervals() const
{
    if (m_lunchStart.isValid() && m_lunchEnd.isValid())
        return {{openSecs(), m_lunchStart.msecsSinceStartOfDay() / 1000},
                {m_lunchEnd.msecsSinceStartOfDay() / 1000, closeSecs()}};
    return {{openSecs(), closeSecs()}};
}

qint64 WorkingCalendar::officeSecondsPerDay() const
{
    qint64 total = 0;
    for (const auto &iv : intervals())
        total += iv.second - iv.first;
    return total;
}

QDate WorkingCalendar::localDate(const QDateTime &t)
{
    return dateOf(toLocal(t).day);
}

QDateTime WorkingCalendar::fromLocal(QDate date, QTime time)
{
    return fromPos(date.toJulianDay() - kEpochJulianDay, time.msecsSinceStartOfDay() / 1000);
}

bool WorkingCalendar::isWorkingDay(QDate localDay) const
{
    if (m_holidays.contains(localDay))
        return false;
    if (m_workingDays.contains(localDay))
        return true;
    return !m_weekend.contains(localDay.dayOfWeek());
}

bool WorkingCalendar::isWorkingTime(const QDateTime &t) const
{
    const LocalPos p = toLocal(t);
    if (!isWorkingDay(dateOf(p.day)))
        return false;
    const auto ivs = intervals();
    return std::any_of(ivs.cbegin(), ivs.cend(),
                       [&](const auto &iv) { return p.sec >= iv.first && p.sec < iv.second; });
}

QDateTime WorkingCalendar::clockStart(const QDateTime &t) const
{
    if (!t.isValid())
        return {};
    const LocalPos p = toLocal(t);
    if (isWorkingDay(dateOf(p.day)) && p.sec < closeSecs()) {
        for (const auto &iv : intervals()) {
            if (p.sec < iv.second)
                return fromPos(p.day, std::max(p.sec, iv.first));
        }
    }
    for (qint64 d = p.day + 1; d <= p.day + kMaxSearchDays; ++d) {
        if (isWorkingDay(dateOf(d)))
            return fromPos(d, openSecs());
    }
    return {};
}

QDateTime WorkingCalendar::receiptStart(const QDateTime &t) const
{
    if (!t.isValid())
        return {};
    const LocalPos p = toLocal(t);
    const QTime cutoff = receiptCutoff(dateOf(p.day).year());
    //! "Received after 15:00 counts from the next working day": 15:00:00 is still in time.
    if (cutoff.isValid() && isWorkingDay(dateOf(p.day)) && p.sec > cutoff.msecsSinceStartOfDay() / 1000
        && p.sec < closeSecs())
        return clockStart(fromPos(p.day, closeSecs()));
    return clockStart(t);
}

QDateTime WorkingCalendar::closeOfDay(const QDateTime &t) const
{
    if (!t.isValid())
        return {};
    return fromPos(toLocal(t).day, closeSecs());
}

QDateTime WorkingCalendar::addWorkingSeconds(const QDateTime &t, qint64 seconds) const
{
    if (!t.isValid() || seconds <= 0)
        return t;
    const QDateTime start = clockStart(t);
    if (!start.isValid())
        return {};
    LocalPos p = toLocal(start);
    qint64 left = seconds;
    const auto ivs = intervals();
    while (true) {
        for (const auto &iv : ivs) {
            if (p.sec >= iv.second)
                continue;
            const qint64 from = std::max(p.sec, iv.first);
            const qint64 avail = iv.second - from;
            if (left <= avail)
                return fromPos(p.day, from + left);
            left -= avail;
            p.sec = iv.second;
        }
        int idle = 0; //! consecutive days off; only broken calendar data gets near the limit
        do {
            ++p.day;
            if (++idle > kMaxSearchDays)
                return {};
        } while (!isWorkingDay(dateOf(p.day)));
        p.sec = openSecs();
    }
}

QDateTime WorkingCalendar::addWorkingDays(const QDateTime &t, int days) const
{
    if (days <= 0)
        return clockStart(t);
    return addWorkingSeconds(t, qint64(days) * officeSecondsPerDay());
}

QDateTime WorkingCalendar::dueAt(const QDateTime &receivedAt, int days) const
{
    const QDateTime start = receiptStart(receivedAt);
    if (!start.isValid())
        return {};
    //! Same-day procedures are due when that working day's office closes.
    if (days <= 0)
        return closeOfDay(start);
    return addWorkingSeconds(start, qint64(days) * officeSecondsPerDay());
}

qint64 WorkingCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingSecondsBetween(to, from);
    const LocalPos a = toLocal(from);
    const LocalPos b = toLocal(to);
    qint64 total = 0;
    const auto ivs = intervals();
    for (qint64 d = a.day; d <= b.day; ++d) {
        if (!isWorkingDay(dateOf(d)))
            continue;
        for (const auto &iv : ivs) {
            const qint64 lo = std::max(iv.first, d == a.day ? a.sec : 0);
            const qint64 hi = std::min(iv.second, d == b.day ? b.sec : kDaySecs);
            if (hi > lo)
                total += hi - lo;
        }
    }
    return total;
}

Remaining WorkingCalendar::remaining(const QDateTime &due, const QDateTime &now) const
{
    Remaining r;
    if (!due.isValid() || !now.isValid())
        return r;
    const qint64 perDay = std::max<qint64>(1, officeSecondsPerDay());
    r.workingSeconds = workingSecondsBetween(now, due);
    r.overdue = now > due;
    if (r.overdue) {
        //! Being past the due date is at least one day late, even over a weekend.
        const qint64 late = -r.workingSeconds;
        r.daysLate = int(std::max<qint64>(1, (late + perDay - 1) / perDay));
    } else {
        r.days = int(r.workingSeconds / perDay);
        r.hours = int((r.workingSeconds % perDay) / 3600);
    }
    return r;
}

} // namespace motcua
