// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"
#include "synccontroller.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

class TestSyncController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { AppController::instance()->setLanguage(QStringLiteral("en")); }

    void lastSyncIsRelative()
    {
        SyncController c(nullptr);
        const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        c.setNow(now);
        c.setOnline(true);
        QCOMPARE(c.lastSyncText(), QStringLiteral("Never synced"));
        c.setLastSyncAt(now.addSecs(-20));
        QCOMPARE(c.lastSyncText(), QStringLiteral("Synced just now"));
        c.setLastSyncAt(now.addSecs(-60));
        QCOMPARE(c.lastSyncText(), QStringLiteral("Synced 1 minute ago"));
        c.setLastSyncAt(now.addSecs(-7 * 60));
        QCOMPARE(c.lastSyncText(), QStringLiteral("Synced 7 minutes ago"));
        c.setLastSyncAt(now.addSecs(-3 * 3600));
        QCOMPARE(c.lastSyncText(), QStringLiteral("Synced 3 hours ago"));
        c.setLastSyncAt(now.addDays(-2));
        QCOMPARE(c.lastSyncText(), QStringLiteral("Synced 2 days ago"));
        AppController::instance()->setLanguage(QStringLiteral("vi"));
        QCOMPARE(c.lastSyncText(), QStringLiteral("Đồng bộ 2 ngày trước"));
        AppController::instance()->setLanguage(QStringLiteral("en"));
    }

    //! Issue 20 item 2: offline, the status bar never claims a fresh sync.
    void offlineNeverSaysJustSynced()
    {
        SyncController c(nullptr);
        const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        c.setNow(now);
        c.setOnline(true);
        c.setLastSyncAt(now.addSecs(-10));
        QCOMPARE(c.lastSyncText(), QStringLiteral("Synced just now"));
        QSignalSpy spy(&c, &SyncController::lastSyncChanged);
        c.setOnline(false);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(c.lastSyncText(), QStringLiteral("Last synced at 23/11/2026 15:59")); // Vietnam time
        c.setLastSyncAt(now.addSecs(-3 * 3600));
        QCOMPARE(c.lastSyncText(), QStringLiteral("Last synced at 23/11/2026 13:00"));
        c.setOnline(true);
        QCOMPARE(c.lastSyncText(), QStringLiteral("Synced 3 hours ago"));
    }

    void progressAndPhase()
    {
        SyncController c(nullptr);
        QSignalSpy spy(&c, &SyncController::progressChanged);
        QVERIFY(!c.syncing());
        c.setProgress(SyncController::Phase::Connecting, 0, 0);
        QVERIFY(c.syncing());
        QCOMPARE(c.progress(), -1.0);
        c.setProgress(SyncController::Phase::Pulling, 250, 1000);
        QCOMPARE(c.progress(), 0.25);
        QCOMPARE(c.phaseText(), QStringLiteral("Receiving dossiers 250 of 1000"));
        c.setProgress(SyncController::Phase::Pulling, 250, 1000); // unchanged: no signal
        QCOMPARE(spy.count(), 2);
        c.setProgress(SyncController::Phase::Idle, 0, 0);
        QVERIFY(!c.syncing());
        QVERIFY(c.phaseText().isEmpty());
    }

    void syncNowOnlyWhenIdle()
    {
        SyncController c(nullptr);
        QSignalSpy req(&c, &SyncController::syncRequested);
        c.syncNow();
        QCOMPARE(req.count(), 1);
        c.setProgress(SyncController::Phase::Pushing, 1, 3);
        c.syncNow();
        QCOMPARE(req.count(), 1);
    }

    void outboxCounts()
    {
        SyncController c(nullptr);
        QSignalSpy spy(&c, &SyncController::outboxChanged);
        c.setOutboxCounts(3, 1, 2);
        QCOMPARE(c.pendingActions(), 3);
        QCOMPARE(c.failedActions(), 1);
        QCOMPARE(c.conflicts(), 2);
        c.setOutboxCounts(3, 1, 2);
        QCOMPARE(spy.count(), 1);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestSyncController t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_synccontroller.moc"
