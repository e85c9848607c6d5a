// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20: the desk's main journeys replayed on the real screens against the
// REAL reference server (motcua-central --demo), in Vietnamese and in English:
// sign in through the form, the inbox, search, the finished view, a dossier
// (components, history, signatures), batch, dashboard, settings, the idle
// lock, sign-out. At each step: a screenshot, no QML warning, no text cut off
// (wider than its box without elide or wrap), no English left on a Vietnamese
// screen, no two enabled shortcuts on the same keys.
// Screenshots go to $MOTCUA_JOURNEY_DIR (docs/screenshots/journeys when
// refreshing them), else to a temporary folder.
#include "appcontroller.h"
#include "deskcontroller.h"
#include "journeychecks.h"
#include "sessioncontroller.h"
#include "store/dossierrepository.h"
#include "store/localstore.h"
#include "synccontroller.h"
#include "testserver.h"
#include "workspace.h"

#include <QApplication> // Qt Charts (the dashboard) needs a QApplication
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(MotCua_AppPlugin)
Q_IMPORT_QML_PLUGIN(MotCuaPlugin)
Q_IMPORT_QML_PLUGIN(MotCua_PdfPlugin)

using namespace motcua;

namespace {
QStringList s_qmlWarnings;
QtMessageHandler s_previous = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    //! Warnings of our QML (binding loops, undefined properties, type errors).
    if (type != QtDebugMsg && type != QtInfoMsg
        && (msg.contains(QLatin1String("qrc:/qt/qml/MotCua")) || msg.contains(QLatin1String(".qml:"))))
        s_qmlWarnings << msg;
    if (s_previous)
        s_previous(type, ctx, msg);
}
} // namespace

class TestJourneys : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    QString m_url;
    QTemporaryDir m_tmp;
    QString m_shots;
    QHash<QString, QString> m_vi;
    QStringList m_problems;

    //! By objectName along the visual tree (Repeater and StackView items have
    //! no QObject parent to find them by), then along QObject children.
    static QQuickItem *findIn(QQuickItem *item, const QString &name)
    {
        if (!item)
            return nullptr;
        if (item->objectName() == name)
            return item;
        const auto kids = item->childItems();
        for (QQuickItem *c : kids) {
            if (QQuickItem *found = findIn(c, name))
                return found;
        }
        return nullptr;
    }
    QQuickItem *find(QObject *root, const char *name)
    {
        if (!root)
            return nullptr;
        QQuickItem *start = qobject_cast<QQuickItem *>(root);
        if (auto *w = qobject_cast<QQuickWindow *>(root))
            start = w->contentItem();
        if (QQuickItem *found = findIn(start, QLatin1String(name)))
            return found;
        return root->findChild<QQuickItem *>(QLatin1String(name));
    }

    //! Screenshot + every check, problems collected with the step's name.
    void step(QQuickWindow *w, const QString &lang, int n, const QString &name)
    {
        QTest::qWait(400); // transitions and the first frame of the screen
        const QString file
            = QStringLiteral("%1/%2-%3-%4.png").arg(m_shots, lang).arg(n, 2, 10, QLatin1Char('0')).arg(name);
        const QImage img = w->grabWindow();
        QVERIFY2(!img.isNull() && img.save(file), qPrintable(file));
        const QString where = lang + QLatin1Char('/') + name + QStringLiteral(": ");
        for (const QString &p : journey::overflowingTexts(w->contentItem()))
            m_problems << where + QStringLiteral("text cut off: ") + p;
        if (lang == QLatin1String("vi")) {
            for (const QString &p : journey::untranslatedTexts(w->contentItem(), m_vi))
                m_problems << where + QStringLiteral("not translated: ") + p;
        }
        for (const QString &p : journey::shortcutClashes(w))
            m_problems << where + QStringLiteral("shortcut clash: ") + p;
        for (const QString &p : std::as_const(s_qmlWarnings))
            m_problems << where + QStringLiteral("QML warning: ") + p;
        s_qmlWarnings.clear();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_tmp.filePath(QStringLiteral("settings")));
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_shots = qEnvironmentVariable("MOTCUA_JOURNEY_DIR", m_tmp.filePath(QStringLiteral("shots")));
        QVERIFY(QDir().mkpath(m_shots));
        m_vi = journey::readCatalogue(QStringLiteral(MOTCUA_SOURCE_DIR "/translations/motcua_vi.ts"));
        QVERIFY(m_vi.size() > 100);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorOutput()));
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_server.port());
        s_previous = qInstallMessageHandler(collectWarnings);
    }

    void cleanupTestCase() { qInstallMessageHandler(s_previous); }

    //! The checks themselves catch what they are for (so a clean run means something).
    void checksFindDefects()
    {
        QQmlEngine engine;
        QQmlComponent c(&engine);
        c.setData("import QtQuick\nItem { width: 300; height: 100\n"
                  "  Text { objectName: \"cut\"; width: 40; text: \"Đăng xuất khỏi máy này\" }\n"
                  "  Text { objectName: \"elided\"; width: 40; elide: Text.ElideRight; text: \"Đăng xuất "
                  "khỏi máy này\" }\n"
                  "  Text { objectName: \"english\"; text: \"Sign out\" }\n"
                  "  Shortcut { sequence: \"Ctrl+K\" } Shortcut { sequence: \"Ctrl+K\" } }",
                  QUrl());
        std::unique_ptr<QObject> root(c.create());
        QVERIFY2(root, qPrintable(c.errorString()));
        auto *item = qobject_cast<QQuickItem *>(root.get());
        const QStringList cut = journey::overflowingTexts(item);
        QCOMPARE(cut.size(), 1);
        QVERIFY(cut.first().startsWith(QLatin1String("cut")));
        QVERIFY(journey::untranslatedTexts(item, m_vi)
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("Sign out")));
        QCOMPARE(journey::shortcutClashes(root.get()).size(), 1);
    }

    void journeys_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("vi") << QStringLiteral("vi");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void journeys()
    {
        QFETCH(QString, lang);
        m_problems.clear();
        s_qmlWarnings.clear();
        QTemporaryDir profile;
        Workspace ws;
        QVERIFY(ws.open(profile.path()).ok());
        Workspace::setInstance(&ws);
        DeskController desk(&ws, profile.path());
        SessionController *session = SessionController::instance();
        SyncController *sync = SyncController::instance();
        if (session->signedIn())
            session->signOut(); // a failed run before this one
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        AppController::instance()->setEngine(&engine);
        AppController::instance()->setLanguage(lang);
        engine.loadData("import QtQuick\nimport QtQuick.Controls\nimport MotCua\n"
                        "ApplicationWindow { width: 1440; height: 900; visible: true\n"
                        "  AppShell { objectName: \"shell\"; anchors.fill: parent } }");
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem *shell = find(window, "shell");
        QVERIFY(shell);
        int n = 0;

        // 1. Sign in through the form, as an official would.
        QTRY_VERIFY(find(window, "signInPage"));
        find(window, "serverField")->setProperty("text", m_url);
        find(window, "userField")->setProperty("text", QStringLiteral("chuyenvien1"));
        find(window, "passwordField")->setProperty("text", QStringLiteral("demo"));
        step(window, lang, ++n, QStringLiteral("signin"));
        QVERIFY(QMetaObject::invokeMethod(find(window, "signInButton"), "clicked"));
        QTRY_VERIFY_WITH_TIMEOUT(session->signedIn(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(sync->lastSyncAt().isValid() && !sync->syncing(), 180000);
        QVERIFY(sync->online());

        // 2. The inbox, a search, the finished view.
        QQuickItem *inbox = find(window, "inboxPage");
        QVERIFY(inbox);
        QTRY_VERIFY(inbox->property("model").value<QObject *>()->property("totalCount").toInt() > 0);
        step(window, lang, ++n, QStringLiteral("inbox"));
        find(inbox, "searchField")->setProperty("text", QStringLiteral("nguyen"));
        QTest::qWait(500);
        step(window, lang, ++n, QStringLiteral("search"));
        find(inbox, "searchField")->setProperty("text", QString());
        QVERIFY(QMetaObject::invokeMethod(find(inbox, "view_finished"), "clicked"));
        step(window, lang, ++n, QStringLiteral("finished"));
        QVERIFY(QMetaObject::invokeMethod(find(inbox, "view_agency"), "clicked"));

        // 3. A dossier with its documents: components, history, signatures.
        InboxQuery q;
        q.view = InboxView::Agency;
        q.agencyCode = ws.agencyCode();
        q.limit = 0;
        QString dossierId;
        const QList<InboxItem> items = ws.store()->dossiers().list(q).value();
        for (const InboxItem &i : items) {
            for (const Component &c : i.dossier.components) {
                if (dossierId.isEmpty() && ws.store()->blobs().contains(c.sha256))
                    dossierId = i.dossier.id;
            }
        }
        QVERIFY2(!dossierId.isEmpty(), "a dossier with a downloaded document");
        QVERIFY(QMetaObject::invokeMethod(shell, "openDossier", Q_ARG(QVariant, dossierId)));
        QTRY_VERIFY(find(window, "dossierPage"));
        QTest::qWait(1200); // the PDF's first page
        step(window, lang, ++n, QStringLiteral("dossier"));
        QQuickItem *tabs = find(window, "dossierTabs");
        for (const auto &[index, name] : {std::pair {1, "history"}, std::pair {3, "signatures"}}) {
            tabs->setProperty("currentIndex", index);
            step(window, lang, ++n, QString::fromLatin1(name));
        }
        tabs->setProperty("currentIndex", 0);
        QVERIFY(QMetaObject::invokeMethod(shell, "goBack"));

        // 4. The other screens.
        for (const auto &[index, name] :
             {std::pair {1, "batch"}, std::pair {2, "dashboard"}, std::pair {3, "settings"}}) {
            shell->setProperty("currentIndex", index);
            QTest::qWait(300);
            step(window, lang, ++n, QString::fromLatin1(name));
        }
        shell->setProperty("currentIndex", 0);

        // 5. The idle lock, then sign-out: the form comes back empty.
        session->lock();
        QTRY_VERIFY(find(window, "lockScreen"));
        step(window, lang, ++n, QStringLiteral("locked"));
        QVERIFY(session->unlock(QStringLiteral("demo")));
        QVERIFY(QMetaObject::invokeMethod(find(window, "signOutButton"), "clicked"));
        QTRY_VERIFY(find(window, "passwordField"));
        QCOMPARE(find(window, "passwordField")->property("text").toString(), QString());
        step(window, lang, ++n, QStringLiteral("signed-out"));

        AppController::instance()->setEngine(nullptr);
        Workspace::setInstance(nullptr);
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestJourneys)
#include "tst_journeys.moc"
