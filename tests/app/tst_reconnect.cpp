// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20 item 2: the desk comes back online by itself. The REAL reference
// server behind the fault proxy (one address while the server stops and
// starts again on a new port), the desk's controllers and sync worker, and
// actions queued while the server is down: they must reach the server within
// 30 s of its return without anybody pressing F5. The probe delays are made
// short (Reconnector::setDelays) so that the test needs no long waits.
#include "appcontroller.h"
#include "core/workflow.h"
#include "deskcontroller.h"
#include "faultproxy.h"
#include "reconnector.h"
#include "sessioncontroller.h"
#include "store/dossierrepository.h"
#include "store/localstore.h"
#include "store/syncstaterepository.h"
#include "sync/actionqueue.h"
#include "synccontroller.h"
#include "testserver.h"
#include "workspace.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestReconnect : public QObject
{
    Q_OBJECT

    //! Queues a comment on `count` dossiers the cached official may comment on.
    static int queueComments(Database &db, int count)
    {
        InboxQuery all;
        all.limit = 0;
        auto items = DossierRepository(db).list(all);
        auto me = SyncStateRepository(db).me();
        if (!items || !me || !*me)
            return 0;
        ActionQueue queue(db);
        int queued = 0;
        for (const InboxItem &i : std::as_const(*items)) {
            if (queued == count)
                break;
            if (!Workflow::allowed(i.dossier, (*me)->official).contains(ActionKind::Comment))
                continue;
            if (queue
                    .queue(i.dossier, ActionKind::Comment,
                           QJsonObject {{QStringLiteral("text"), QStringLiteral("Gửi khi có mạng lại")}})
                    .ok())
                ++queued;
        }
        return queued;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppController::instance()->setLanguage(QStringLiteral("en"));
    }

    void pendingActionsLeaveWhenTheServerComesBack()
    {
        test::TestServer server;
        QVERIFY2(server.start(), qPrintable(server.errorOutput()));
        test::FaultProxy proxy;
        QVERIFY(proxy.start(server.port()));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());

        QTemporaryDir profile;
        Workspace ws;
        QVERIFY(ws.open(profile.path()).ok());
        DeskController desk(&ws, profile.path());
        desk.reconnector()->setDelays({.firstDelayMs = 200, .maxDelayMs = 1000});
        SessionController *session = SessionController::instance();
        SyncController *sync = SyncController::instance();

        QVERIFY(session->signIn(url, QStringLiteral("chuyenvien1"), QStringLiteral("demo"), true));
        QTRY_VERIFY_WITH_TIMEOUT(session->signedIn(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(sync->lastSyncAt().isValid() && !sync->syncing(), 120000);
        QVERIFY(sync->online());
        QVERIFY(desk.reconnector()->active());
        QCOMPARE(desk.reconnector()->nextDelayMs(), 0); // online: nothing planned

        // The server goes away; two actions are taken meanwhile; F5 finds it gone.
        server.stop();
        QCOMPARE(queueComments(ws.store()->database(), 2), 2);
        sync->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync->online() && !sync->syncing(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(sync->pendingActions(), 2, 10000);
        QVERIFY(!sync->lastError().isEmpty()); // F5 offline says why
        QVERIFY(sync->lastSyncText().startsWith(QStringLiteral("Last synced")));

        // Offline, the desk keeps probing by itself (nobody calls syncNow again).
        QSignalSpy probes(desk.reconnector(), &Reconnector::probeRequested);
        QTRY_VERIFY_WITH_TIMEOUT(probes.count() >= 2, 20000);
        QVERIFY(!sync->online());
        QCOMPARE(sync->pendingActions(), 2);

        // The server is back (a new port behind the same address): within 30 s
        // the desk is online and the outbox is empty, without user action.
        QVERIFY2(server.start(), qPrintable(server.errorOutput()));
        proxy.setUpstreamPort(server.port());
        QTRY_VERIFY_WITH_TIMEOUT(sync->online() && sync->pendingActions() == 0 && !sync->syncing(), 30000);
        QCOMPARE(sync->failedActions(), 0);
        QCOMPARE(sync->conflicts(), 0);
        QVERIFY(sync->lastError().isEmpty());
        QCOMPARE(sync->lastSyncText(), QStringLiteral("Synced just now"));
        QCOMPARE(desk.reconnector()->nextDelayMs(), 0);

        session->signOut();
        QVERIFY(!desk.reconnector()->active());
    }

    //! The delays double up to the cap and start over when the network returns.
    void delaysGrowAndReset()
    {
        SyncController sync(nullptr);
        Reconnector r(&sync);
        r.setDelays({.firstDelayMs = 60000, .maxDelayMs = 200000});
        r.setActive(true);
        QCOMPARE(r.nextDelayMs(), 60000);
        int probes = 0;
        connect(&r, &Reconnector::probeRequested, this, [&probes] { ++probes; });
        // A failed probe: a sync runs and ends, still offline.
        sync.setProgress(SyncController::Phase::Connecting, 0, 0);
        sync.setProgress(SyncController::Phase::Idle, 0, 0);
        QCOMPARE(r.nextDelayMs(), 60000); // the planned probe was not replaced
        r.networkReachable();
        QCOMPARE(probes, 1);
        sync.setProgress(SyncController::Phase::Connecting, 0, 0);
        sync.setProgress(SyncController::Phase::Idle, 0, 0);
        QCOMPARE(r.nextDelayMs(), 60000);
        // Short delays: each failed probe doubles the next delay up to the cap.
        r.setDelays({.firstDelayMs = 50, .maxDelayMs = 120});
        QCOMPARE(r.nextDelayMs(), 50);
        QTRY_COMPARE(probes, 2);
        sync.setProgress(SyncController::Phase::Connecting, 0, 0);
        sync.setProgress(SyncController::Phase::Idle, 0, 0);
        QCOMPARE(r.nextDelayMs(), 100);
        QTRY_COMPARE(probes, 3);
        sync.setProgress(SyncController::Phase::Connecting, 0, 0);
        sync.setProgress(SyncController::Phase::Idle, 0, 0);
        QCOMPARE(r.nextDelayMs(), 120);
        sync.setOnline(true);
        QCOMPARE(r.nextDelayMs(), 0);
        r.setActive(false);
        sync.setOnline(false);
        QCOMPARE(r.nextDelayMs(), 0); // signed out: no probing
    }
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
