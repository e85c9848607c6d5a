// SPDX-License-Identifier: GPL-3.0-or-later
//! The legal clock, rule by rule (docs/deadlines.md). Each test names the rule it
//! checks (R1..R12 of the table) and its source. The calendars are the real
//! published 2025 and 2026 schedules shipped in resources/calendars (checked here
//! against the published dates and the lunar calendar) and the 2027 projection.
#include "core/calendarfile.h"
#include "core/deadline.h"
#include "core/json.h"
#include "core/lunarcalendar.h"
#include "core/workflow.h"
#include "fixtures.h"

#include <QFile>
#include <QtTest>

using namespace motcua;
using motcua::test::vn;

namespace {
QList<CalendarYear> loadFile(const QString &name)
{
    QFile f(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/calendars/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    auto years = calendarfile::parse(f.readAll());
    if (!years)
        qFatal("%s: %s", qPrintable(name), qPrintable(years.error().toString()));
    return *years;
}

QList<CalendarYear> shipped()
{
    return loadFile(QStringLiteral("vn-2025.json")) + loadFile(QStringLiteral("vn-2026.json"))
        + loadFile(QStringLiteral("vn-2027-projected.json"));
}
} // namespace

class TestDeadline : public QObject
{
    Q_OBJECT

private:
    //! 2025 and 2026 published; 2027 projected; 2028 unknown.
    WorkingCalendar m_cal = WorkingCalendar::fromYears(shipped());

private Q_SLOTS:
    //! R1 (Labor Code 2019 Art. 112; the government's yearly arrangements): the
    //! shipped schedules hold the published days, with names.
    void publishedSchedules()
    {
        // 2025: Tết Ất Tỵ Sat 25/01 - Sun 02/02; 30/4-1/5 with Friday 02/5 swapped for Saturday 26/4.
        for (int d = 27; d <= 31; ++d)
            QVERIFY(!m_cal.isWorkingDay(QDate(2025, 1, d)));
        QVERIFY(m_cal.isWorkingDay(QDate(2025, 1, 24)));
        QVERIFY(m_cal.isWorkingDay(QDate(2025, 2, 3)));
        QVERIFY(!m_cal.isWorkingDay(QDate(2025, 5, 2)));
        QVERIFY(m_cal.isWorkingDay(QDate(2025, 4, 26))); // Saturday worked
        QVERIFY(!m_cal.isWorkingDay(QDate(2025, 9, 1)));
        // 2026: 01/01 and 02/01 off, Saturday 10/01 worked (12729/VPCP-KGVX); Tết 14/02-22/02.
        QVERIFY(!m_cal.isWorkingDay(QDate(2026, 1, 2)));
        QVERIFY(m_cal.isWorkingDay(QDate(2026, 1, 10)));
        QVERIFY(!m_cal.isWorkingDay(QDate(2026, 1, 17)));
        QVERIFY(m_cal.isWorkingDay(QDate(2026, 2, 13)));
        QVERIFY(!m_cal.isWorkingDay(QDate(2026, 2, 20)));
        QVERIFY(m_cal.isWorkingDay(QDate(2026, 2, 23)));
        QVERIFY(!m_cal.isWorkingDay(QDate(2026, 4, 27))); // Giỗ Tổ on Sunday 26/4, made up Monday
        QCOMPARE(m_cal.holidayName(QDate(2026, 2, 17)), QStringLiteral("Tết Nguyên đán Bính Ngọ"));
        QVERIFY(m_cal.holidayName(QDate(2026, 1, 2)).contains(QStringLiteral("10/01")));
        QCOMPARE(m_cal.yearStatus(2025), CalendarStatus::Published);
        QCOMPARE(m_cal.yearStatus(2026), CalendarStatus::Published);
        QCOMPARE(m_cal.yearStatus(2027), CalendarStatus::Projected);
        QCOMPARE(m_cal.yearStatus(2028), CalendarStatus::Missing);
    }

    //! R1: Tết and Giỗ Tổ are lunar (Art. 112(1)(b), (c)): computed, and equal to the published dates.
    void lunarHolidaysMatchPublishedDates()
    {
        QCOMPARE(lunar::tet(2025), QDate(2025, 1, 29));
        QCOMPARE(lunar::tet(2026), QDate(2026, 2, 17));
        QCOMPARE(lunar::tet(2027), QDate(2027, 2, 6));
        QCOMPARE(lunar::tet(2028), QDate(2028, 1, 26));
        QCOMPARE(lunar::hungKings(2025), QDate(2025, 4, 7));
        QCOMPARE(lunar::hungKings(2026), QDate(2026, 4, 26));
        QCOMPARE(lunar::hungKings(2024), QDate(2024, 4, 18));
        // Both lie inside the published breaks.
        QVERIFY(!m_cal.isWorkingDay(lunar::tet(2025).addDays(-1)));
        QVERIFY(!m_cal.isWorkingDay(lunar::hungKings(2025)));
        QVERIFY(!m_cal.isWorkingDay(lunar::tet(2026)));
    }

    //! R1: the 2027 file is exactly the Art. 112 projection (5 working days of Tết).
    void projection2027()
    {
        const CalendarYear file = loadFile(QStringLiteral("vn-2027-projected.json")).first();
        const CalendarYear p = lunar::projectedYear(2027);
        QCOMPARE(file.status, CalendarStatus::Projected);
        QCOMPARE(file.holidays, p.holidays);
        int tetDays = 0;
        for (const QDate &d : p.holidays)
            tetDays += d.month() == 2 ? 1 : 0;
        QCOMPARE(tetDays, 5); // the demo's old table had four
        QVERIFY(file.source.contains(QStringLiteral("PROJECTION")));
    }

    //! R3 (province one-stop regulation, default 15:00): the receipt cut-off, at the edges.
    void receiptCutoff_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<QDateTime>("start");
        // Monday 23 Nov 2026.
        QTest::newRow("07:29 before opening") << vn(2026, 11, 23, 7, 29) << vn(2026, 11, 23, 7, 30);
        QTest::newRow("14:59") << vn(2026, 11, 23, 14, 59) << vn(2026, 11, 23, 14, 59);
        QTest::newRow("15:00 is in time") << vn(2026, 11, 23, 15, 0) << vn(2026, 11, 23, 15, 0);
        QTest::newRow("15:01 next day") << vn(2026, 11, 23, 15, 1) << vn(2026, 11, 24, 7, 30);
        QTest::newRow("16:59 next day") << vn(2026, 11, 23, 16, 59) << vn(2026, 11, 24, 7, 30);
        QTest::newRow("17:00 closed") << vn(2026, 11, 23, 17, 0) << vn(2026, 11, 24, 7, 30);
        QTest::newRow("Friday 15:30 -> Monday") << vn(2026, 11, 27, 15, 30) << vn(2026, 11, 30, 7, 30);
        QTest::newRow("Saturday") << vn(2026, 11, 28, 10, 0) << vn(2026, 11, 30, 7, 30);
        QTest::newRow("swapped Saturday 10/01 counts, cut-off too")
            << vn(2026, 1, 10, 15, 30) << vn(2026, 1, 12, 7, 30);
        QTest::newRow("day before Tết, after cut-off") << vn(2026, 2, 13, 15, 1) << vn(2026, 2, 23, 7, 30);
        QTest::newRow("year boundary") << vn(2025, 12, 31, 16, 0) << vn(2026, 1, 5, 7, 30);
    }
    void receiptCutoff()
    {
        QFETCH(QDateTime, received);
        QFETCH(QDateTime, start);
        QCOMPARE(m_cal.receiptStart(received), start);
    }

    //! R2 + R3 (Decree 61/2018 Art. 18; working days): due dates with the cut-off.
    void dueDates_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDateTime>("due");
        QTest::newRow("14:59 + 1") << vn(2026, 11, 23, 14, 59) << 1 << vn(2026, 11, 24, 14, 59);
        QTest::newRow("15:00 + 1") << vn(2026, 11, 23, 15, 0) << 1 << vn(2026, 11, 24, 15, 0);
        QTest::newRow("15:01 + 1: counted from Tuesday")
            << vn(2026, 11, 23, 15, 1) << 1 << vn(2026, 11, 24, 17, 0);
        QTest::newRow("07:29 + 1") << vn(2026, 11, 23, 7, 29) << 1 << vn(2026, 11, 23, 17, 0);
        QTest::newRow("day before Tết 10:00 + 1") << vn(2026, 2, 13, 10, 0) << 1 << vn(2026, 2, 23, 10, 0);
        QTest::newRow("day after Tết 10:00 + 1") << vn(2026, 2, 23, 10, 0) << 1 << vn(2026, 2, 24, 10, 0);
        QTest::newRow("across Tết 2025") << vn(2025, 1, 24, 9, 0) << 2 << vn(2025, 2, 4, 9, 0);
        QTest::newRow("swapped Saturday 26/4/2025 counts")
            << vn(2025, 4, 25, 9, 0) << 1 << vn(2025, 4, 26, 9, 0);
        QTest::newRow("year boundary 2025->2026") << vn(2025, 12, 31, 10, 0) << 2 << vn(2026, 1, 6, 10, 0);
    }
    void dueDates()
    {
        QFETCH(QDateTime, received);
        QFETCH(int, days);
        QFETCH(QDateTime, due);
        QCOMPARE(m_cal.dueAt(received, days), due);
    }

    //! R4 (same-day procedures, processing time 0): due at the close of the working day.
    void sameDay()
    {
        QCOMPARE(m_cal.dueAt(vn(2026, 11, 23, 10, 0), 0), vn(2026, 11, 23, 17, 0));
        QCOMPARE(m_cal.dueAt(vn(2026, 11, 23, 15, 30), 0), vn(2026, 11, 24, 17, 0));
        QCOMPARE(m_cal.dueAt(vn(2026, 11, 27, 15, 30), 0), vn(2026, 11, 30, 17, 0)); // Friday -> Monday
        QCOMPARE(m_cal.dueAt(vn(2026, 2, 13, 16, 0), 0), vn(2026, 2, 23, 17, 0)); // before Tết
        // Through Workflow::receive, the dossier is not overdue at once.
        Dossier d = Workflow::receive(test::dossier(), test::procedure(0), m_cal, vn(2026, 11, 23, 10, 0));
        QCOMPARE(d.dueAt, vn(2026, 11, 23, 17, 0));
        QVERIFY(!d.isOverdue(vn(2026, 11, 23, 16, 59)));
        QVERIFY(d.isOverdue(vn(2026, 11, 23, 17, 1)));
    }

    //! R5 (province office hours with a lunch break): the break is not working time.
    void lunchBreak()
    {
        WorkingCalendar cal = m_cal;
        QVERIFY(cal.setLunchBreak(QTime(11, 30), QTime(13, 30)));
        QCOMPARE(cal.officeSecondsPerDay(), qint64(7.5 * 3600));
        QVERIFY(!cal.isWorkingTime(vn(2026, 11, 23, 12, 0)));
        QCOMPARE(cal.receiptStart(vn(2026, 11, 23, 12, 0)), vn(2026, 11, 23, 13, 30));
        // 2 h before lunch: 1 h left at 10:30, then 13:30 + 1 h.
        QCOMPARE(cal.addWorkingSeconds(vn(2026, 11, 23, 10, 30), 2 * 3600), vn(2026, 11, 23, 14, 30));
        QCOMPARE(cal.workingSecondsBetween(vn(2026, 11, 23, 11, 0), vn(2026, 11, 23, 14, 0)), 3600);
        QVERIFY(!cal.setLunchBreak(QTime(6, 0), QTime(8, 0)));
        // From the calendar file, with the lunch break.
        const QByteArray body
            = R"({"format":"motcua-calendar","version":1,"years":[{"year":2026,"status":"published","weekend":[6,7],
            "holidays":[],"working_days":[],"office_hours":{"start":"07:00","end":"17:00",
            "lunch_start":"11:30","lunch_end":"13:00"},"receipt_cutoff":"16:00"}]})";
        auto y = calendarfile::parse(body);
        QVERIFY2(y.ok(), qPrintable(y.error().toString()));
        const WorkingCalendar c2 = WorkingCalendar::fromYears(*y);
        QCOMPARE(c2.officeSecondsPerDay(), qint64(8.5 * 3600));
        QCOMPARE(c2.receiptStart(vn(2026, 11, 23, 15, 30)), vn(2026, 11, 23, 15, 30)); // cut-off 16:00
    }

    //! R6 (Decree 61/2018 Art. 19: supplement time is not processing time), with the
    //! cut-off: a supplement received after 15:00 counts from the next working day.
    void supplementPause()
    {
        const Procedure proc = test::procedure(5);
        Dossier d = Workflow::receive(test::dossier(), proc, m_cal, vn(2026, 11, 23, 9, 0));
        QCOMPARE(d.dueAt, vn(2026, 11, 30, 9, 0));
        const Official spec = test::official(Role::Specialist, d.agencyCode);
        const Official desk = test::official(Role::DeskStaff, d.agencyCode);
        d.state = DossierState::InReview;
        Action req;
        req.kind = ActionKind::RequestSupplement;
        req.payload = test::validPayload(req.kind, d);
        d = *Workflow::apply(d, req, spec, m_cal, proc, vn(2026, 11, 24, 16, 0));
        Action rec;
        rec.kind = ActionKind::ReceiveSupplement;
        rec.payload = test::validPayload(rec.kind, d);
        // Received Wednesday 15:30: counted from Thursday 07:30. Paused: Tue 1 h + Wed 9.5 h.
        const Dossier late = *Workflow::apply(d, rec, desk, m_cal, proc, vn(2026, 11, 25, 15, 30));
        QCOMPARE(late.pausedSeconds, qint64(10.5 * 3600));
        // Received Wednesday 14:00: paused Tue 1 h + Wed 6.5 h.
        const Dossier early = *Workflow::apply(d, rec, desk, m_cal, proc, vn(2026, 11, 25, 14, 0));
        QCOMPARE(early.pausedSeconds, qint64(7.5 * 3600));
        QCOMPARE(late.dueAt, m_cal.addWorkingSeconds(vn(2026, 11, 30, 9, 0), qint64(10.5 * 3600)));
        QCOMPARE(deadline::pausedSeconds(m_cal, vn(2026, 11, 24, 16, 0), vn(2026, 11, 25, 15, 0)),
                 qint64(8.5 * 3600));
    }

    //! R7 (procedure rules excluding fee waiting, e.g. land procedures): awaiting_payment
    //! pauses the clock only when the procedure has the flag.
    void feeWaiting()
    {
        for (bool excluded : {false, true}) {
            Procedure proc = test::procedure(5);
            proc.feeWaitExcluded = excluded;
            Dossier d = Workflow::receive(test::dossier(), proc, m_cal, vn(2026, 11, 23, 9, 0));
            const Official desk = test::official(Role::DeskStaff, d.agencyCode);
            Action pay;
            pay.kind = ActionKind::RequestPayment;
            d = *Workflow::apply(d, pay, desk, m_cal, proc, vn(2026, 11, 23, 10, 0));
            QCOMPARE(d.isPaused(), excluded);
            Action paid;
            paid.kind = ActionKind::ConfirmPayment;
            d = *Workflow::apply(d, paid, desk, m_cal, proc, vn(2026, 11, 24, 10, 0));
            QCOMPARE(d.dueAt, excluded ? vn(2026, 12, 1, 9, 0) : vn(2026, 11, 30, 9, 0));
            QCOMPARE(d.pausedSeconds, excluded ? qint64(9.5 * 3600) : qint64(0));
        }
    }

    //! R8-R10 (Decision 766/QĐ-TTg: on time = finished by the due date; more than one
    //! supplement request counts as late; rejected and withdrawn are not "on time").
    void outcomes()
    {
        Dossier d = test::dossier(DossierState::ResultIssued);
        d.receivedAt = vn(2026, 11, 23, 9, 0);
        d.dueAt = vn(2026, 11, 30, 9, 0);
        d.finishedAt = d.dueAt;
        QVERIFY(deadline::finishedOnTime(d, m_cal));
        QCOMPARE(deadline::assess(d, m_cal, vn(2026, 12, 5, 9, 0)).outcome, deadline::Outcome::OnTime);
        d.finishedAt = d.dueAt.addSecs(60);
        QVERIFY(!deadline::finishedOnTime(d, m_cal));
        QCOMPARE(deadline::assess(d, m_cal, {}).outcome, deadline::Outcome::Late);
        QCOMPARE(deadline::assess(d, m_cal, {}).daysLate, 1);
        d.finishedAt = d.dueAt.addDays(-1);
        d.supplementCount = 2;
        QCOMPARE(deadline::assess(d, m_cal, {}).outcome, deadline::Outcome::Late);
        d.supplementCount = 1;
        QVERIFY(deadline::finishedOnTime(d, m_cal));
        for (DossierState s : {DossierState::Rejected, DossierState::Withdrawn}) {
            d.state = s;
            QVERIFY(!deadline::finishedOnTime(d, m_cal));
            QVERIFY(!d.isOnTime());
            QCOMPARE(deadline::assess(d, m_cal, {}).outcome, deadline::Outcome::NotCounted);
        }
        Dossier open = test::dossier(DossierState::InReview);
        open.receivedAt = vn(2026, 11, 23, 9, 0);
        open.dueAt = vn(2026, 11, 30, 9, 0);
        QCOMPARE(deadline::assess(open, m_cal, vn(2026, 11, 30, 9, 0)).outcome, deadline::Outcome::Pending);
        QCOMPARE(deadline::assess(open, m_cal, vn(2026, 11, 30, 9, 1)).outcome, deadline::Outcome::Overdue);
    }

    //! R11: a due date reaching into a year that is not published is provisional,
    //! and the year is never taken as "no holidays" silently.
    void unpublishedYear()
    {
        const Procedure proc = test::procedure(5);
        Dossier inside = Workflow::receive(test::dossier(), proc, m_cal, vn(2026, 11, 23, 9, 0));
        QVERIFY(!inside.dueProvisional);
        Dossier across = Workflow::receive(test::dossier(), proc, m_cal, vn(2026, 12, 29, 9, 0));
        QVERIFY(across.dueProvisional); // reaches into the projected 2027
        QVERIFY(deadline::assess(across, m_cal, vn(2026, 12, 29, 9, 0)).provisional);
        QVERIFY(m_cal.isProvisional(vn(2027, 12, 20, 9, 0), vn(2028, 1, 3, 9, 0)));
        const deadline::Computation c = deadline::explain(m_cal, vn(2027, 12, 29, 9, 0), 3, {});
        QVERIFY(c.provisional);
        QCOMPARE(c.steps.last().rule, QStringLiteral("provisional"));
        // A plain calendar knows no year: everything it computes is provisional.
        QVERIFY(WorkingCalendar().isProvisional(vn(2026, 11, 23, 9, 0), vn(2026, 11, 24, 9, 0)));
    }

    //! R12 (Decree 61/2018 Art. 19(3)(c): apology with a new date): the appointment
    //! in working days, stored, tracked; returning late needs a signed letter.
    void apologies()
    {
        const Procedure proc = test::procedure(2);
        Dossier d = Workflow::receive(test::dossier(), proc, m_cal, vn(2026, 11, 23, 9, 0));
        d.state = DossierState::InReview;
        QCOMPARE(d.dueAt, vn(2026, 11, 25, 9, 0));
        const Official desk = test::official(Role::DeskStaff, d.agencyCode);
        Action ap;
        ap.kind = ActionKind::IssueApology;
        ap.payload = {{QStringLiteral("component"),
                       json::toJson(test::component(QStringLiteral("ap1"), ComponentKind::Apology, false))}};
        // Foreseen before the due date; the new date is required, in working days.
        auto missing = Workflow::apply(d, ap, desk, m_cal, proc, vn(2026, 11, 24, 9, 0));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("workflow.appointment_required"));
        ap.payload.insert(QStringLiteral("extra_days"), 3);
        Dossier a = *Workflow::apply(d, ap, desk, m_cal, proc, vn(2026, 11, 24, 9, 0));
        QCOMPARE(a.appointmentAt, vn(2026, 11, 30, 9, 0)); // Wed 25 09:00 + 3 working days
        QCOMPARE(a.apologyCount, 1);
        // Result signed late; returning with the unsigned letter is refused.
        a.state = DossierState::ResultIssued;
        a.finishedAt = vn(2026, 11, 26, 9, 0);
        a.components.append(test::component(QStringLiteral("r1"), ComponentKind::Result, true));
        Action ret;
        ret.kind = ActionKind::ReturnResult;
        auto refused = Workflow::apply(a, ret, desk, m_cal, proc, vn(2026, 11, 27, 9, 0));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("workflow.apology_required"));
        // The supervisor signs the same letter: no new date needed, count unchanged.
        Action sign = ap;
        sign.payload = {{QStringLiteral("component"),
                         json::toJson(test::component(QStringLiteral("ap1"), ComponentKind::Apology, true))}};
        Dossier s = *Workflow::apply(a, sign, desk, m_cal, proc, vn(2026, 11, 26, 10, 0));
        QCOMPARE(s.apologyCount, 1);
        QCOMPARE(s.appointmentAt, a.appointmentAt);
        QVERIFY(Workflow::apply(s, ret, desk, m_cal, proc, vn(2026, 11, 27, 9, 0)).ok());
        // The appointment slips: a second apology first.
        auto slipped = Workflow::apply(s, ret, desk, m_cal, proc, vn(2026, 11, 30, 10, 0));
        QVERIFY(!slipped);
        QCOMPARE(slipped.error().code, QStringLiteral("workflow.appointment_missed"));
        QVERIFY(deadline::assess(s, m_cal, vn(2026, 11, 30, 10, 0)).appointmentMissed
                == false); // finished 26/11
        Action again = ap;
        again.payload = {{QStringLiteral("component"),
                          json::toJson(test::component(QStringLiteral("ap2"), ComponentKind::Apology, true))},
                         {QStringLiteral("extra_days"), 1}};
        Dossier s2 = *Workflow::apply(s, again, desk, m_cal, proc, vn(2026, 11, 30, 10, 0));
        QCOMPARE(s2.apologyCount, 2);
        QCOMPARE(s2.appointmentAt, vn(2026, 12, 1, 10, 0)); // from now: Mon 10:00 + 1 day
        QVERIFY(Workflow::apply(s2, ret, desk, m_cal, proc, vn(2026, 11, 30, 11, 0)).ok());
        // A dossier finished on time needs no apology.
        Dossier onTime = d;
        onTime.state = DossierState::ResultIssued;
        onTime.finishedAt = vn(2026, 11, 24, 9, 0);
        auto notLate = Workflow::apply(onTime, ap, desk, m_cal, proc, vn(2026, 11, 24, 10, 0));
        QVERIFY(!notLate);
        QCOMPARE(notLate.error().code, QStringLiteral("workflow.not_late"));
    }

    //! `motcua due`'s explanation agrees with the rules it explains.
    void explainSteps()
    {
        const QList<deadline::Pause> pauses {{vn(2026, 2, 12, 10, 0), vn(2026, 2, 23, 15, 30)}};
        const deadline::Computation c = deadline::explain(m_cal, vn(2026, 2, 11, 15, 30), 3, pauses);
        QStringList rules;
        for (const auto &s : c.steps)
            rules.append(s.rule);
        QCOMPARE(rules.first(), QStringLiteral("received"));
        QVERIFY(rules.contains(QStringLiteral("holiday")));
        QVERIFY(rules.contains(QStringLiteral("pause")));
        QVERIFY(c.steps.at(1).text.contains(QStringLiteral("cut-off")));
        // Clock from Thu 12 07:30; Thu, Fri, then Tết; the third day is Mon 23.
        const QDateTime base = m_cal.dueAt(vn(2026, 2, 11, 15, 30), 3);
        QCOMPARE(base, vn(2026, 2, 23, 17, 0));
        QCOMPARE(c.dueAt,
                 m_cal.addWorkingSeconds(base, deadline::pausedSeconds(m_cal, pauses[0].from, pauses[0].to)));
        QVERIFY(!c.provisional);
    }

    //! The calendar file is validated as a whole.
    void calendarFileValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("calendar.not_json");
        QTest::newRow("format") << QByteArray(R"({"format":"x","version":1,"years":[]})")
                                << QStringLiteral("calendar.format");
        QTest::newRow("no years") << QByteArray(R"({"format":"motcua-calendar","version":1,"years":[]})")
                                  << QStringLiteral("calendar.no_years");
        QTest::newRow("status missing") << QByteArray(
            R"({"format":"motcua-calendar","version":1,"years":[{"year":2026,"holidays":[],"working_days":[]}]})")
                                        << QStringLiteral("json.missing");
        QTest::newRow("working day on a Monday") << QByteArray(
            R"({"format":"motcua-calendar","version":1,"years":[{"year":2026,"status":"published","weekend":[6,7],"office_hours":{"start":"07:30","end":"17:00"},"holidays":[],"working_days":["2026-01-12"]}]})")
                                                 << QStringLiteral("calendar.working_day_not_weekend");
        QTest::newRow("holiday of another year") << QByteArray(
            R"({"format":"motcua-calendar","version":1,"years":[{"year":2026,"status":"published","weekend":[6,7],"office_hours":{"start":"07:30","end":"17:00"},"holidays":["2027-01-01"],"working_days":[]}]})")
                                                 << QStringLiteral("json.range");
        QTest::newRow("cut-off after closing") << QByteArray(
            R"({"format":"motcua-calendar","version":1,"years":[{"year":2026,"status":"published","weekend":[6,7],"office_hours":{"start":"07:30","end":"17:00"},"holidays":[],"working_days":[],"receipt_cutoff":"18:00"}]})")
                                               << QStringLiteral("json.range");
        QTest::newRow("year twice") << QByteArray(
            R"({"format":"motcua-calendar","version":1,"years":[{"year":2026,"status":"published","weekend":[6,7],"office_hours":{"start":"07:30","end":"17:00"},"holidays":[],"working_days":[]},{"year":2026,"status":"projected","weekend":[6,7],"office_hours":{"start":"07:30","end":"17:00"},"holidays":[],"working_days":[]}]})")
                                    << QStringLiteral("calendar.duplicate_year");
    }
    void calendarFileValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        auto r = calendarfile::parse(body);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
    }

    void calendarFileRoundTrip()
    {
        const QList<CalendarYear> years = shipped();
        auto again = calendarfile::parse(calendarfile::write(years));
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QCOMPARE(*again, years);
    }
};

QTEST_GUILESS_MAIN(TestDeadline)
#include "tst_deadline.moc"
