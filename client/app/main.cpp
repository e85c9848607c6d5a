// SPDX-License-Identifier: GPL-3.0-or-later
// motcua-desk: the QML desktop client. Everything lives in libraries; this file
// only parses the command line and loads the QML shell.
#include "appcontroller.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <cstring>

Q_IMPORT_QML_PLUGIN(MotCua_AppPlugin)
Q_IMPORT_QML_PLUGIN(MotCuaPlugin)
Q_IMPORT_QML_PLUGIN(MotCua_PdfPlugin)

namespace {

void setupParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Một Cửa Desk: review, annotate, sign and forward administrative dossiers."));
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("motcua.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("motcua-desk"));
    QCoreApplication::setApplicationVersion(motcua::version());

    if (wantsTextOnly(argc, argv)) {
        // --version and --help work without a display.
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        setupParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QGuiApplication app(argc, argv);
    app.setWindowIcon(QIcon(QStringLiteral(":/qt/qml/MotCua/resources/motcua-desk.svg")));
    QCommandLineParser parser;
    setupParser(parser);
    parser.process(app);

    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QQmlApplicationEngine engine;
    AppController *controller = AppController::instance();
    controller->setEngine(&engine);
    controller->setLanguage(parser.value(QStringLiteral("lang")));

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
    return app.exec();
}
