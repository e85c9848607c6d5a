// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up ordering: while the workspace is starting up (main() until the first
// frame), the inbox loads its list but leaves the counts per view for later.
#include "appcontroller.h"
#include "cachefixture.h"
#include "inboxmodel.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestStartup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace *m_ws = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppController::instance()->setLanguage(QStringLiteral("en"));
        const QString err = cachefixture::openWorkspace(m_dir.path(), 120, this, m_ws);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        Workspace::setInstance(m_ws);
    }

    void countsFollowTheFirstFrame()
    {
        QVERIFY(!m_ws->startingUp());
        m_ws->setStartingUp(true);
        QSignalSpy finished(m_ws, &Workspace::startupFinished);
        InboxModel m; // as QML creates it
        m.classBegin();
        m.setView(QStringLiteral("agency"));
        m.componentComplete();
        // The list is there for the first frame ...
        QVERIFY(m.count() > 0);
        QVERIFY(m.totalCount() > 100);
        // ... the counts per view are not computed yet.
        QVERIFY(m.viewCounts().isEmpty());
        QSignalSpy counted(&m, &InboxModel::viewCountsChanged);
        m_ws->setStartingUp(false);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(m.viewCounts().value(QStringLiteral("agency")).toInt(), m.totalCount());
        QVERIFY(!m.cacheEmpty());
        // Only once: a later start-up flag change does not recount by itself.
        m_ws->setStartingUp(true);
        m_ws->setStartingUp(false);
        QCOMPARE(counted.size(), 1);
    }

    void withoutStartUpTheCountsComeAtOnce()
    {
        InboxModel m;
        m.classBegin();
        m.setView(QStringLiteral("agency"));
        m.componentComplete();
        QVERIFY(!m.viewCounts().isEmpty());
        QCOMPARE(m.viewCounts().value(QStringLiteral("agency")).toInt(), m.totalCount());
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
