// SPDX-License-Identifier: GPL-3.0-or-later
//! Dossier's derived rules: overdue, late (Decision 766), on time, result/apology.
#include "core/dossier.h"

#include <QTimeZone>
#include <QtTest>

using namespace motcua;

namespace {
QDateTime t(int d, int h)
{
    return QDateTime(QDate(2026, 11, d), QTime(h, 0), Qt::UTC);
}

Dossier make(DossierState s)
{
    Dossier d;
    d.id = QStringLiteral("D1");
    d.state = s;
    d.receivedAt = t(20, 2);
    d.dueAt = t(25, 2);
    return d;
}
} // namespace

class TestDossier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overdue()
    {
        Dossier d = make(DossierState::InReview);
        QVERIFY(!d.isOverdue(t(25, 2)));
        QVERIFY(d.isOverdue(t(25, 3)));
        QVERIFY(!d.isOverdue(QDateTime()));
        for (DossierState s : {DossierState::Returned, DossierState::Rejected, DossierState::Withdrawn}) {
            d.state = s;
            QVERIFY(!d.isOverdue(t(30, 3)));
        }
        // Result issued on time: processing is over, not overdue while waiting for pickup.
        d.state = DossierState::ResultIssued;
        d.finishedAt = t(24, 2);
        QVERIFY(!d.isOverdue(t(30, 3)));
        // No due date: never overdue.
        Dossier none = make(DossierState::InReview);
        none.dueAt = QDateTime();
        QVERIFY(!none.isOverdue(t(30, 3)));
    }

    void pausedClock()
    {
        Dossier d = make(DossierState::SupplementRequested);
        d.pausedAt = t(24, 2);
        QVERIFY(!d.isOverdue(t(30, 3))); // paused before the due date
        d.pausedAt = t(26, 2);
        QVERIFY(d.isOverdue(t(30, 3))); // already overdue when paused
    }

    void lateRules()
    {
        Dossier d = make(DossierState::InReview);
        QVERIFY(!d.isLate(t(24, 2)));
        QVERIFY(d.isLate(t(26, 2)));
        d.supplementCount = 1;
        QVERIFY(!d.isLate(t(24, 2)));
        d.supplementCount = 2; // sent back for supplement more than once
        QVERIFY(d.isLate(t(21, 2)));

        Dossier done = make(DossierState::ResultIssued);
        done.finishedAt = t(25, 2);
        QVERIFY(!done.isLate(t(30, 2)));
        QVERIFY(done.isOnTime());
        done.finishedAt = t(25, 3);
        QVERIFY(done.isLate(t(25, 3)));
        QVERIFY(!done.isOnTime());
        done.finishedAt = t(22, 2);
        done.supplementCount = 3;
        QVERIFY(done.isLate(t(22, 2)));
        QVERIFY(!done.isOnTime());
        QVERIFY(!make(DossierState::InReview).isOnTime()); // not finished
    }

    void remainingForDisplay()
    {
        const WorkingCalendar cal;
        auto vn = [](int d, int h) { return WorkingCalendar::fromLocal(QDate(2026, 11, d), QTime(h, 0)); };
        Dossier d = make(DossierState::InReview);
        d.dueAt = vn(26, 14); // Thursday 14:00
        Remaining r = d.remaining(vn(24, 9), cal);
        QCOMPARE(r.days, 2);
        QCOMPARE(r.hours, 5);
        QVERIFY(!r.overdue);
        // Paused on Tuesday 09:00: on Friday the display still shows what was left then.
        d.state = DossierState::SupplementRequested;
        d.pausedAt = vn(24, 9);
        QCOMPARE(d.remaining(vn(27, 9), cal), r);
        // Finished one working hour late: measured at finishedAt, not now.
        d.state = DossierState::ResultIssued;
        d.pausedAt = QDateTime();
        d.finishedAt = vn(26, 15);
        r = d.remaining(vn(30, 9), cal);
        QVERIFY(r.overdue);
        QCOMPARE(r.workingSeconds, -3600);
        QCOMPARE(r.daysLate, 1);
        // Withdrawn without finishedAt: nothing to show.
        d.state = DossierState::Withdrawn;
        d.finishedAt = QDateTime();
        QCOMPARE(d.remaining(vn(30, 9), cal), Remaining());
    }

    void resultAndApology()
    {
        Dossier d = make(DossierState::ResultIssued);
        QVERIFY(!d.hasSignedResult());
        QVERIFY(!d.hasApology());
        Component c;
        c.kind = ComponentKind::Result;
        d.components.append(c);
        QVERIFY(!d.hasSignedResult()); // unsigned result does not count
        d.components.last().isSigned = true;
        QVERIFY(d.hasSignedResult());
        c.kind = ComponentKind::Apology;
        d.components.append(c);
        QVERIFY(d.hasApology());
    }
};

QTEST_GUILESS_MAIN(TestDossier)
#include "tst_dossier.moc"
