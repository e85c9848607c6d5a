// SPDX-License-Identifier: GPL-3.0-or-later
//! Working-day arithmetic: weekends, the Tết 2026 break, a swapped working
//! Saturday, receipts outside office hours, pauses, per-step due dates, display.
#include "core/json.h"
#include "core/workingcalendar.h"

#include <QtTest>
#include <ctime>

using namespace motcua;

namespace {
QDateTime vn(int y, int mo, int d, int h, int mi)
{
    return WorkingCalendar::fromLocal(QDate(y, mo, d), QTime(h, mi));
}

//! The 2026 schedule for civil servants as decided by the government:
//! New Year: Thu 1 Jan off and Fri 2 Jan off, swapped with Saturday 10 Jan worked
//! (off Thu 1 - Sun 4 Jan); Tết Bính Ngọ: the five statutory days Mon 16 - Fri 20 Feb,
//! which with the two weekends give nine days off, Sat 14 - Sun 22 Feb.
CalendarYear year2026()
{
    CalendarYear y;
    y.year = 2026;
    y.holidays = {QDate(2026, 1, 1),  QDate(2026, 1, 2),  QDate(2026, 2, 16), QDate(2026, 2, 17),
                  QDate(2026, 2, 18), QDate(2026, 2, 19), QDate(2026, 2, 20)};
    y.workingDays = {QDate(2026, 1, 10)};
    return y;
}
} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private:
    WorkingCalendar m_cal = WorkingCalendar::fromYears({year2026()});

private Q_SLOTS:
    void initTestCase()
    {
        //! The machine's time zone must not matter: run the whole test far from UTC+7.
        qputenv("TZ", "America/Los_Angeles");
#ifdef Q_OS_WIN
        _tzset();
#else
        tzset();
#endif
    }

    void workingDays()
    {
        QVERIFY(m_cal.isWorkingDay(QDate(2026, 2, 13))); // Friday before Tết
        QVERIFY(!m_cal.isWorkingDay(QDate(2026, 2, 14))); // Saturday
        QVERIFY(!m_cal.isWorkingDay(QDate(2026, 2, 17))); // Tết holiday (Tuesday)
        QVERIFY(m_cal.isWorkingDay(QDate(2026, 2, 23))); // Monday after Tết
        QVERIFY(m_cal.isWorkingDay(QDate(2026, 1, 10))); // swapped working Saturday
        QVERIFY(!m_cal.isWorkingDay(QDate(2026, 1, 17))); // an ordinary Saturday
        QVERIFY(!m_cal.isWorkingDay(QDate(2026, 1, 2))); // Friday given off
        QCOMPARE(m_cal.officeSecondsPerDay(), qint64(9.5 * 3600));
        QCOMPARE(m_cal.weekendDays(), (QList<int> {6, 7}));
    }

    void fixedOffsetNotMachineTimeZone()
    {
        // 08:30 in Hà Nội is 01:30 UTC, whatever TZ says.
        QCOMPARE(vn(2026, 11, 23, 8, 30), QDateTime(QDate(2026, 11, 23), QTime(1, 30), Qt::UTC));
        QCOMPARE(WorkingCalendar::localDate(QDateTime(QDate(2026, 11, 23), QTime(18, 0), Qt::UTC)),
                 QDate(2026, 11, 24));
        QVERIFY(m_cal.isWorkingTime(QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC))); // 08:00
        QVERIFY(!m_cal.isWorkingTime(QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC))); // 07:00
        QVERIFY(!m_cal.isWorkingTime(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC))); // 17:00
    }

    void dueDates_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDateTime>("due");
        QTest::newRow("same week") << vn(2026, 11, 23, 10, 0) << 1 << vn(2026, 11, 24, 10, 0);
        QTest::newRow("over a weekend") << vn(2026, 11, 27, 10, 0) << 1 << vn(2026, 11, 30, 10, 0);
        QTest::newRow("five days over a weekend") << vn(2026, 11, 25, 14, 0) << 5 << vn(2026, 12, 2, 14, 0);
        QTest::newRow("after office hours -> next day's opening")
            << vn(2026, 11, 23, 17, 30) << 1 << vn(2026, 11, 24, 17, 0);
        QTest::newRow("exactly at closing counts as after hours")
            << vn(2026, 11, 23, 17, 0) << 2 << vn(2026, 11, 25, 17, 0);
        QTest::newRow("after hours on Friday -> Monday")
            << vn(2026, 11, 27, 20, 0) << 1 << vn(2026, 11, 30, 17, 0);
        QTest::newRow("before opening -> that day") << vn(2026, 11, 23, 6, 0) << 1 << vn(2026, 11, 23, 17, 0);
        QTest::newRow("received on Saturday") << vn(2026, 11, 28, 9, 0) << 2 << vn(2026, 12, 1, 17, 0);
        QTest::newRow("zero days: close of the next working day")
            << vn(2026, 11, 28, 9, 0) << 0 << vn(2026, 11, 30, 17, 0);
        QTest::newRow("Tết spans a weekend") << vn(2026, 2, 13, 10, 0) << 1 << vn(2026, 2, 23, 10, 0);
        QTest::newRow("three days across Tết") << vn(2026, 2, 12, 10, 0) << 3 << vn(2026, 2, 24, 10, 0);
        QTest::newRow("received during Tết") << vn(2026, 2, 18, 9, 0) << 1 << vn(2026, 2, 23, 17, 0);
        QTest::newRow("swapped Saturday counts") << vn(2026, 1, 9, 10, 0) << 1 << vn(2026, 1, 10, 10, 0);
        QTest::newRow("New Year bridge") << vn(2025, 12, 31, 14, 0) << 1 << vn(2026, 1, 5, 14, 0);
        QTest::newRow("New Year bridge after the cut-off")
            << vn(2025, 12, 31, 16, 0) << 1 << vn(2026, 1, 5, 17, 0);
        QTest::newRow("bridge then swapped Saturday")
            << vn(2025, 12, 31, 14, 0) << 6 << vn(2026, 1, 10, 14, 0);
    }

    void dueDates()
    {
        QFETCH(QDateTime, received);
        QFETCH(int, days);
        QFETCH(QDateTime, due);
        QCOMPARE(m_cal.dueAt(received, days), due);
        QCOMPARE(m_cal.dueAt(received, days).timeSpec(), Qt::UTC);
        if (days > 0)
            QCOMPARE(m_cal.workingSecondsBetween(m_cal.receiptStart(received), due),
                     days * m_cal.officeSecondsPerDay());
    }

    void defaultCalendarHasNoHolidays()
    {
        const WorkingCalendar plain;
        QCOMPARE(plain.dueAt(vn(2026, 2, 13, 10, 0), 1), vn(2026, 2, 16, 10, 0));
        QVERIFY(!plain.isWorkingDay(QDate(2026, 1, 10)));
    }

    void workingSecondsBetween()
    {
        QCOMPARE(m_cal.workingSecondsBetween(vn(2026, 11, 23, 9, 0), vn(2026, 11, 23, 11, 30)), 9000);
        // Fri 16:00 -> Mon 08:00: 1 h Friday + 0.5 h Monday.
        QCOMPARE(m_cal.workingSecondsBetween(vn(2026, 11, 27, 16, 0), vn(2026, 11, 30, 8, 0)), 5400);
        QCOMPARE(m_cal.workingSecondsBetween(vn(2026, 11, 30, 8, 0), vn(2026, 11, 27, 16, 0)), -5400);
        // Nothing counts during the Tết break.
        QCOMPARE(m_cal.workingSecondsBetween(vn(2026, 2, 13, 17, 0), vn(2026, 2, 23, 7, 30)), 0);
        QCOMPARE(m_cal.workingSecondsBetween(vn(2026, 11, 23, 19, 0), vn(2026, 11, 23, 22, 0)), 0);
        QCOMPARE(m_cal.workingSecondsBetween(QDateTime(), vn(2026, 11, 23, 22, 0)), 0);
    }

    void supplementPauseAcrossHoliday()
    {
        // Paused Fri 13 Feb 15:00 (2 h before the break) until Mon 23 Feb 10:00 (2.5 h after):
        // 4.5 h of working time, not the ten calendar days in between.
        const QDateTime due = m_cal.dueAt(vn(2026, 2, 10, 9, 0), 4); // Tue 10 -> Mon 23 Feb 09:00
        QCOMPARE(due, vn(2026, 2, 23, 9, 0));
        const qint64 paused = m_cal.workingSecondsBetween(vn(2026, 2, 13, 15, 0), vn(2026, 2, 23, 10, 0));
        QCOMPARE(paused, qint64(4.5 * 3600));
        QCOMPARE(m_cal.addWorkingSeconds(due, paused), vn(2026, 2, 23, 13, 30));
        // Working time added from a closing moment starts at the next working day's opening.
        QCOMPARE(m_cal.addWorkingSeconds(vn(2026, 2, 13, 17, 0), 3600), vn(2026, 2, 23, 8, 30));
        QCOMPARE(m_cal.addWorkingSeconds(vn(2026, 2, 13, 15, 0), 0), vn(2026, 2, 13, 15, 0));
    }

    void perStepDueDates()
    {
        // Working time of 2 days from Thu 12 Feb 16:00 ends after Tết: Mon 23 Feb 16:00
        // (Thu 1 h, Fri 9.5 h, Mon 8.5 h); a step forwarded after the 15:00 cut-off
        // counts from Friday: Mon 23 Feb 17:00.
        QCOMPARE(m_cal.dueAt(vn(2026, 2, 12, 16, 0), 2), vn(2026, 2, 23, 17, 0));
        QCOMPARE(m_cal.addWorkingDays(vn(2026, 2, 12, 16, 0), 2), vn(2026, 2, 23, 16, 0));
    }

    void remaining()
    {
        const QDateTime due = vn(2026, 11, 26, 14, 0); // Thursday 14:00
        Remaining r = m_cal.remaining(due, vn(2026, 11, 24, 9, 0)); // Tue 09:00: 8 h + 9.5 h + 6.5 h = 24 h
        QCOMPARE(r.workingSeconds, 24 * 3600);
        QCOMPARE(r.days, 2);
        QCOMPARE(r.hours, 5);
        QVERIFY(!r.overdue);
        QCOMPARE(r.daysLate, 0);

        r = m_cal.remaining(due, vn(2026, 11, 26, 15, 0));
        QVERIFY(r.overdue);
        QCOMPARE(r.workingSeconds, -3600);
        QCOMPARE(r.daysLate, 1);
        QCOMPARE(r.days, 0);

        r = m_cal.remaining(due, vn(2026, 12, 1, 9, 0)); // 3 h Thu + 9.5 Fri + 9.5 Mon + 1.5 Tue = 23.5 h
        QCOMPARE(r.workingSeconds, qint64(-23.5 * 3600));
        QCOMPARE(r.daysLate, 3);

        // Past a Friday closing due date on Saturday: overdue, one day late though no working time passed.
        r = m_cal.remaining(vn(2026, 11, 27, 17, 0), vn(2026, 11, 28, 10, 0));
        QVERIFY(r.overdue);
        QCOMPARE(r.workingSeconds, 0);
        QCOMPARE(r.daysLate, 1);
    }

    void badConfigurationIsRefused()
    {
        WorkingCalendar cal;
        QVERIFY(!cal.setOfficeHours(QTime(17, 0), QTime(7, 30)));
        QCOMPARE(cal.officeStart(), QTime(7, 30));
        cal.setWeekendDays({1, 2, 3, 4, 5, 6, 7});
        QCOMPARE(cal.weekendDays(), (QList<int> {6, 7}));
        QVERIFY(cal.setOfficeHours(QTime(8, 0), QTime(16, 0)));
        QCOMPARE(cal.dueAt(vn(2026, 11, 23, 8, 0), 1), vn(2026, 11, 23, 16, 0));
        cal.setWeekendDays({7}); // six-day week
        QCOMPARE(cal.dueAt(vn(2026, 11, 27, 9, 0), 1), vn(2026, 11, 28, 9, 0));
    }

    void longAndBrokenCalendars()
    {
        // Ten years of processing time still lands on a working moment, exactly.
        const QDateTime start = vn(2026, 11, 23, 10, 0);
        const QDateTime far = m_cal.dueAt(start, 2600);
        QVERIFY(far.isValid());
        QCOMPARE(m_cal.workingSecondsBetween(start, far), 2600 * m_cal.officeSecondsPerDay());
        // Calendar data with more than ten years of consecutive days off: no due date, no hang.
        WorkingCalendar broken;
        for (int i = 0; i < 3700; ++i)
            broken.addHoliday(QDate(2027, 1, 1).addDays(i));
        QVERIFY(!broken.dueAt(vn(2026, 12, 31, 10, 0), 2).isValid());
        QVERIFY(!broken.clockStart(vn(2027, 1, 1, 10, 0)).isValid());
        QVERIFY(!broken.dueAt(QDateTime(), 2).isValid());
    }

    void calendarYearFromApi()
    {
        const QByteArray body = R"({"year":2026,"weekend":[6,7],
            "holidays":["2026-01-01","2026-01-02","2026-02-16","2026-02-17","2026-02-18","2026-02-19","2026-02-20"],
            "working_days":["2026-01-10"],"office_hours":{"start":"07:30","end":"17:00"}})";
        const auto y = json::parse<CalendarYear>(QJsonDocument::fromJson(body).object());
        QVERIFY2(y.ok(), qPrintable(y.error().toString()));
        QCOMPARE(y.value(), year2026());
        const WorkingCalendar cal = WorkingCalendar::fromYears({y.value()});
        QCOMPARE(cal.dueAt(vn(2026, 2, 13, 10, 0), 1), vn(2026, 2, 23, 10, 0));
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
