// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTime>
#include <optional>

namespace motcua {

//! Whether a year's schedule is the one the government published. Anything else
//! makes due dates that reach into the year provisional (never "no holidays").
enum class CalendarStatus {
    Published, //!< "published": the government's arrangement for the year
    Projected, //!< "projected": computed from the Labor Code, not yet published
    Missing, //!< "missing": nobody entered the year (served with no days at all)
};
[[nodiscard]] QString toWire(CalendarStatus s);
[[nodiscard]] std::optional<CalendarStatus> calendarStatusFromWire(QStringView wire);

//! One year of the central calendar, as served by GET /calendar?year=Y:
//! {"year","status","weekend":[6,7],"holidays":["2026-01-01",...],"holiday_names":{"2026-01-01":"..."},
//!  "working_days":[...],"office_hours":{"start":"07:30","end":"17:00","lunch_start","lunch_end"},
//!  "receipt_cutoff":"15:00"}. weekend uses ISO days (1 = Monday). status, holiday_names,
//! the lunch break and receipt_cutoff are optional on input (published, none, none, 15:00).
struct CalendarYear
{
    int year = 0;
    CalendarStatus status = CalendarStatus::Published;
    QList<int> weekend {6, 7};
    QList<QDate> holidays;
    QMap<QDate, QString> holidayNames; //!< e.g. "Tết Nguyên đán"; may omit days
    QList<QDate> workingDays; //!< swapped working days (e.g. a Saturday worked to bridge Tết)
    QTime officeStart {7, 30};
    QTime officeEnd {17, 0};
    QTime lunchStart; //!< null: no lunch break in the working time
    QTime lunchEnd;
    QTime receiptCutoff {15, 0}; //!< receipts after it count from the next working day; null: none
    QString source; //!< "source": the decision or regulation the schedule comes from (optional)

    bool operator==(const CalendarYear &) const = default;
};

//! What is left before a due date, in working time, for display.
struct Remaining
{
    qint64 workingSeconds = 0; //!< signed: negative when overdue
    int days = 0; //!< whole working days left (0 when overdue)
    int hours = 0; //!< whole working hours left beyond `days` (0 when overdue)
    bool overdue = false;
    int daysLate = 0; //!< working days late, any started day counts (0 unless overdue)

    bool operator==(const Remaining &) const = default;
};

//! Working-day arithmetic in Vietnam's time (UTC+7, no DST). All maths is done
//! with that fixed offset, never with the machine's time zone; inputs may be in any
//! time spec and outputs are UTC.
//!
//! Working time: the office hours [start, end) of a working day. A working day is
//! a day that is not a weekend day and not a holiday, or a swapped working day
//! (a listed working day wins over the weekend; a holiday wins over everything else).
//!
//! Rules (documented for officials, checked by tst_workingcalendar):
//! - A receipt inside office hours of a working day starts the clock at once; a
//!   receipt before the office opens starts at that day's opening; a receipt after
//!   the office closes, or on a non-working day, starts at the next working day's
//!   opening.
//! - dueAt(receivedAt, N) = the clock start plus N full working days of working
//!   time (N x office-day length). Landing exactly on a closing/opening boundary
//!   gives the closing time of the earlier day: received Monday 10:00 with N = 1
//!   is due Tuesday 10:00; received Monday 18:00 with N = 1 is due Tuesday 17:00.
//! - N = 0 gives the clock start itself (same-day procedures).
//!
//! dueAt() adds the one-stop rules on top (see docs/deadlines.md): the receipt
//! cut-off (a receipt after it counts from the next working day's opening) and
//! same-day procedures (N = 0 is due at the close of the day the clock starts).
//! A lunch break, when the province has one, is not working time.
class WorkingCalendar
{
public:
    static constexpr qint64 kUtcOffsetSeconds = 7 * 3600; //!< Asia/Ho_Chi_Minh

    //! Saturday and Sunday off, no holidays, office 07:30-17:00.
    WorkingCalendar();

    //! A calendar from the central API's years (later years' office hours and
    //! weekend win; holidays and working days are merged).
    static WorkingCalendar fromYears(const QList<CalendarYear> &years);

    void setWeekendDays(const QList<int> &isoDays);
    void addHoliday(QDate day);
    void setWorkingDays(const QList<QDate> &days);
    void addWorkingDay(QDate day);
    //! start < end required; otherwise the call is ignored and false returned.
    bool setOfficeHours(QTime start, QTime end);
    //! officeStart < start < end < officeEnd required, or two null times (no break).
    bool setLunchBreak(QTime start, QTime end);
    //! The receipt cut-off of `year` (0: every year without its own); null disables it.
    void setReceiptCutoff(QTime cutoff, int year = 0);
    void setYearStatus(int year, CalendarStatus status);
    void setHolidayName(QDate day, const QString &name);

    [[nodiscard]] QList<int> weekendDays() const;
    [[nodiscard]] QTime officeStart() const { return m_officeStart; }
    [[nodiscard]] QTime officeEnd() const { return m_officeEnd; }
    [[nodiscard]] QTime lunchStart() const { return m_lunchStart; }
    [[nodiscard]] QTime lunchEnd() const { return m_lunchEnd; }
    [[nodiscard]] QTime receiptCutoff(int year) const;
    [[nodiscard]] qint64 officeSecondsPerDay() const;
    //! Missing for a year nobody entered.
    [[nodiscard]] CalendarStatus yearStatus(int year) const;
    //! True when some year from `from`'s to `to`'s (local dates) is not published.
    [[nodiscard]] bool isProvisional(const QDateTime &from, const QDateTime &to) const;
    [[nodiscard]] QString holidayName(QDate day) const { return m_holidayNames.value(day); }
    [[nodiscard]] bool isHoliday(QDate day) const { return m_holidays.contains(day); }
    [[nodiscard]] bool isSwappedWorkingDay(QDate day) const { return m_workingDays.contains(day); }

    //! The date in UTC+7 of an instant.
    [[nodiscard]] static QDate localDate(const QDateTime &t);
    //! An instant from a UTC+7 wall-clock date and time.
    [[nodiscard]] static QDateTime fromLocal(QDate date, QTime time);

    [[nodiscard]] bool isWorkingDay(QDate localDay) const;
    //! True inside office hours of a working day.
    [[nodiscard]] bool isWorkingTime(const QDateTime &t) const;

    //! Where the clock starts for something received at t (see the class comment).
    [[nodiscard]] QDateTime clockStart(const QDateTime &t) const;
    //! clockStart() with the receipt cut-off: received after the cut-off of a working
    //! day (15:00:00 itself is in time), the clock starts at the next working day's
    //! opening. Used for receipts, received supplements and forwards.
    [[nodiscard]] QDateTime receiptStart(const QDateTime &t) const;
    //! The close of the working day `t` falls on (t must be working time or a boundary).
    [[nodiscard]] QDateTime closeOfDay(const QDateTime &t) const;

    //! t plus `seconds` of working time (boundary rule as in the class comment).
    //! seconds <= 0 returns t unchanged. Invalid QDateTime if no working day exists.
    [[nodiscard]] QDateTime addWorkingSeconds(const QDateTime &t, qint64 seconds) const;
    //! t plus `days` full working days of working time.
    [[nodiscard]] QDateTime addWorkingDays(const QDateTime &t, int days) const;
    //! The due date of something received at receivedAt with `days` working days:
    //! receiptStart() plus `days` working days; 0 days: the close of that working day.
    [[nodiscard]] QDateTime dueAt(const QDateTime &receivedAt, int days) const;

    //! Working seconds in [from, to); negative when to < from.
    [[nodiscard]] qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;

    //! Working time left until `due` at `now`, for display.
    [[nodiscard]] Remaining remaining(const QDateTime &due, const QDateTime &now) const;

private:
    [[nodiscard]] qint64 openSecs() const; //!< office start, seconds after local midnight
    [[nodiscard]] qint64 closeSecs() const; //!< office end, seconds after local midnight
    //! The working intervals [from, to) of a working day, in seconds after local midnight.
    [[nodiscard]] QList<QPair<qint64, qint64>> intervals() const;

    QSet<int> m_weekend;
    QSet<QDate> m_holidays;
    QSet<QDate> m_workingDays;
    QHash<QDate, QString> m_holidayNames;
    QHash<int, CalendarStatus> m_status;
    QHash<int, QTime> m_cutoffs;
    QTime m_defaultCutoff {15, 0};
    QTime m_officeStart {7, 30};
    QTime m_officeEnd {17, 0};
    QTime m_lunchStart;
    QTime m_lunchEnd;
};

} // namespace motcua
