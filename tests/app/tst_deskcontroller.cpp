// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in and sync from the desktop controllers against the REAL reference
// server (motcua-central --demo on an OS-assigned port), with the keychain of
// the test session (./dev.sh test runs it inside D-Bus + gnome-keyring).
#include "appcontroller.h"
#include "deskcontroller.h"
#include "inboxmodel.h"
#include "sessioncontroller.h"
#include "synccontroller.h"
#include "workspace.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestDeskController : public QObject
{
    Q_OBJECT
    QTemporaryDir m_serverDir;
    QProcess m_server;
    QString m_url;

    bool startServer()
    {
        m_server.setProgram(QStringLiteral(MOTCUA_BIN_DIR "/motcua-central"));
        m_server.setArguments(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
             QStringLiteral("sqlite:") + m_serverDir.filePath(QStringLiteral("central.sqlite")),
             QStringLiteral("--data-dir"), m_serverDir.path(), QStringLiteral("--demo"),
             QStringLiteral("--demo-size"), QStringLiteral("60")});
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start();
        if (!m_server.waitForStarted(10000))
            return false;
        const QRegularExpression re(QStringLiteral("listening on (http://[0-9.]+:[0-9]+)"));
        QByteArray out;
        for (int i = 0; i < 600 && m_url.isEmpty(); ++i) {
            m_server.waitForReadyRead(100);
            out += m_server.readAllStandardOutput();
            const auto m = re.match(QString::fromUtf8(out));
            if (m.hasMatch())
                m_url = m.captured(1);
        }
        return !m_url.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppController::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY2(startServer(), "the reference server did not start");
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(5000))
                m_server.kill();
        }
    }

    void signInSyncAndResumeOffline()
    {
        QTemporaryDir profile;
        SessionController *session = SessionController::instance();
        SyncController *sync = SyncController::instance();
        {
            Workspace ws;
            QVERIFY(ws.open(profile.path()).ok());
            DeskController desk(&ws, profile.path());

            // A wrong password is a clear message, and nobody is signed in.
            QVERIFY(session->signIn(m_url, QStringLiteral("chuyenvien1"), QStringLiteral("wrong"), true));
            QTRY_VERIFY_WITH_TIMEOUT(!session->busy(), 30000);
            QCOMPARE(session->errorText(), QStringLiteral("Wrong user name or password."));
            QVERIFY(!session->signedIn());

            // The right one signs in, fetches the directory and syncs the inbox.
            QVERIFY(session->signIn(m_url, QStringLiteral("chuyenvien1"), QStringLiteral("demo"), true));
            QTRY_VERIFY_WITH_TIMEOUT(session->signedIn(), 30000);
            QVERIFY(session->errorText().isEmpty());
            QVERIFY(!session->officialName().isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(sync->lastSyncAt().isValid() && !sync->syncing(), 60000);
            QVERIFY(sync->online());
            QCOMPARE(ws.username(), QStringLiteral("chuyenvien1"));
            InboxModel inbox(&ws, nullptr);
            inbox.setView(QStringLiteral("all"));
            QVERIFY2(inbox.totalCount() > 0, "the synced cache holds the agency's dossiers");
            QVERIFY(inbox.error().isEmpty());
        }
        session->setSignedIn(false);
        sync->setOnline(false);

        // The server goes away: the profile opens on its cached session, offline.
        cleanupTestCase();
        {
            Workspace ws;
            QVERIFY(ws.open(profile.path()).ok());
            DeskController desk(&ws, profile.path());
            desk.resumeSession();
            QTRY_VERIFY_WITH_TIMEOUT(session->signedIn(), 60000);
            QVERIFY(!sync->online());
            InboxModel inbox(&ws, nullptr);
            inbox.setView(QStringLiteral("all"));
            QVERIFY(inbox.totalCount() > 0);

            // Signing in to a server that cannot be reached says so.
            session->setSignedIn(false);
            QVERIFY(session->signIn(m_url, QStringLiteral("chuyenvien1"), QStringLiteral("demo"), true));
            QTRY_VERIFY_WITH_TIMEOUT(!session->busy(), 120000);
            QCOMPARE(
                session->errorText(),
                QStringLiteral("Cannot reach the server. Check the address and the network connection."));
        }
    }
};

QTEST_GUILESS_MAIN(TestDeskController)
#include "tst_deskcontroller.moc"
