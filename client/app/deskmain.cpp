// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskmain.h"

#include "appcontroller.h"
#include "core/version.h"
#include "deskcontroller.h"
#include "pdf/allocator.h"
#include "sessioncontroller.h"
#include "store/localstore.h"
#include "synccontroller.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(MotCua_AppPlugin)
Q_IMPORT_QML_PLUGIN(MotCuaPlugin)
Q_IMPORT_QML_PLUGIN(MotCua_PdfPlugin)

namespace {

void setupParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Một Cửa Desk: review, annotate, sign and forward administrative dossiers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"),
                      QStringLiteral("Profile directory (cache, settings), shared with the motcua command."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("server"), QStringLiteral("Central server URL to pre-fill at sign-in."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("UI language: vi (default) or en."),
                      QStringLiteral("code"), QStringLiteral("vi")});
}

bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--version") || !std::strcmp(a, "-v") || !std::strcmp(a, "--help")
            || !std::strcmp(a, "-h") || !std::strcmp(a, "--help-all"))
            return true;
    }
    return false;
}

//! MOTCUA_STARTUP_PROBE: the time of each start-up phase on stderr (bench/inbox.sh).
void probePhase(const QElapsedTimer &clock, const char *phase)
{
    static const bool on = qEnvironmentVariableIsSet("MOTCUA_STARTUP_PROBE");
    if (on)
        std::fprintf(stderr, "startup: %-28s %lld ms\n", phase, qint64(clock.elapsed()));
}

//! Runs `fn` once, after the window's first frame is on screen (or after a short
//! delay if no frame comes, e.g. a minimised window): work the first screen does
//! not need waits until the official sees the inbox.
void afterFirstFrame(QQuickWindow *window, std::function<void()> fn)
{
    auto done = std::make_shared<bool>(false);
    auto once = [done, fn = std::move(fn)] {
        if (*done)
            return;
        *done = true;
        fn();
    };
    //! From the event loop's next round: the frame is presented first (and a
    //! quit asked for on that frame, e.g. by the start-up probe, wins).
    if (window)
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [once] { QTimer::singleShot(0, QCoreApplication::instance(), once); }, Qt::QueuedConnection);
    QTimer::singleShot(window ? 1500 : 0, QCoreApplication::instance(), once);
}

} // namespace

int runDesk(int argc, char *argv[], const std::function<void(QQuickWindow *)> &onScreen)
{
    motcua::pdf::tuneAllocatorForPageImages();
    QElapsedTimer startClock;
    startClock.start();
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("motcua.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("motcua-desk"));
    QCoreApplication::setApplicationVersion(motcua::version());

    {
        //! Refuse a mistyped option before a display is needed, so scripts get a message.
        QStringList args;
        for (int i = 0; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        QCommandLineParser early;
        setupParser(early);
        if (!early.parse(args)) {
            std::fprintf(stderr, "motcua-desk: %s\n", qPrintable(early.errorText()));
            return 1;
        }
    }

    if (wantsTextOnly(argc, argv)) {
        // --version and --help work without a display.
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        setupParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    //! A QApplication (Qt Widgets), not a QGuiApplication: the dashboard's
    //! charts (Qt Charts' QML types) are drawn through the Graphics View
    //! framework, which needs one. Only the start-up (motcua_desk) links Qt Widgets.
    QApplication app(argc, argv);
    probePhase(startClock, "application");
    app.setWindowIcon(QIcon(QStringLiteral(":/qt/qml/MotCua/resources/motcua-desk.svg")));
    QCommandLineParser parser;
    setupParser(parser);
    parser.process(app);

    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QQmlApplicationEngine engine;
    AppController *controller = AppController::instance();
    controller->setEngine(&engine);
    controller->setLanguage(parser.value(QStringLiteral("lang")));

    //! The profile: the same directory the `motcua` command uses by default.
    const QString profileDir = parser.isSet(QStringLiteral("profile"))
        ? parser.value(QStringLiteral("profile"))
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    Workspace workspace;
    Workspace::setInstance(&workspace);
    SessionController *session = SessionController::instance();
    if (const motcua::Status opened = workspace.open(profileDir); !opened.ok())
        session->setErrorText(opened.error().userMessage());
    else if (workspace.keyWasLost())
        session->setErrorText(Workspace::keyLostMessage()); //!< issue 19: sign in again, re-sync
    if (parser.isSet(QStringLiteral("server")))
        session->setServerUrl(parser.value(QStringLiteral("server")));
    probePhase(startClock, "profile opened");
    DeskController desk(&workspace, profileDir);
    bool resume = false;
    if (workspace.isOpen()) {
        //! A profile that was signed in before opens on its cached session at
        //! once (offline until the sync layer reaches the server).
        auto me = workspace.store()->syncState().me();
        if (me.ok() && me.value()) {
            session->setUsername(me.value()->official.username);
            session->setSignedIn(true, me.value()->official.fullName, me.value()->agency.name);
        }
        auto last = workspace.store()->syncState().lastSync();
        if (last.ok())
            SyncController::instance()->setLastSyncAt(last.value());
        auto open = workspace.store()->outbox().list(false);
        if (open.ok()) {
            int pending = 0, failed = 0, conflicts = 0;
            for (const motcua::OutboxEntry &e : open.value()) {
                if (e.state == motcua::OutboxState::Failed)
                    ++failed;
                else if (e.state == motcua::OutboxState::Conflict)
                    ++conflicts;
                else
                    ++pending;
            }
            SyncController::instance()->setOutboxCounts(pending, failed, conflicts);
        }
        resume = true;
    }
    probePhase(startClock, "session restored");
    workspace.setStartingUp(true);

    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, &app,
        [](QObject *obj, const QUrl &) {
            if (!obj)
                QCoreApplication::exit(1);
        },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/MotCua/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    probePhase(startClock, "QML loaded");
    auto *mainWindow = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (qEnvironmentVariableIsSet("MOTCUA_STARTUP_PROBE")) {
        //! bench/inbox.sh: the first frame already holds the inbox (the model loads
        //! its first page when the page is created); report and quit.
        if (auto *window = mainWindow) {
            QObject::connect(
                window, &QQuickWindow::frameSwapped, &app,
                [&startClock] {
                    probePhase(startClock, "first frame");
                    std::printf("first frame with the inbox after %lld ms\n", qint64(startClock.elapsed()));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
    }
    if (onScreen && mainWindow)
        afterFirstFrame(mainWindow, [mainWindow, onScreen] { onScreen(mainWindow); });
    //! (Connected after the probe, which must report the first frame alone.)
    //! Once the inbox is on screen: the deferred counts, then the sync worker
    //! (session refresh, then a sync that reloads the models), not before.
    afterFirstFrame(mainWindow, [&workspace, &desk, resume] {
        workspace.setStartingUp(false);
        if (resume)
            desk.resumeSession();
    });
    return app.exec();
}
