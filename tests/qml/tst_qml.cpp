// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Tests of the MotCua screens (tst_*.qml in this directory).
#include "appcontroller.h"
#include "cachefixture.h"
#include "testhelper.h"
#include "workspace.h"

#include <QApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(MotCua_AppPlugin)
Q_IMPORT_QML_PLUGIN(MotCuaPlugin)
Q_IMPORT_QML_PLUGIN(MotCua_PdfPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        AppController::instance()->setLanguage(QStringLiteral("vi"));
        //! A real cache filled through the store API, shared by every test file.
        auto store = motcua::LocalStore::open(m_dir.path());
        if (!store.ok())
            qFatal("cannot open the test cache: %s", qPrintable(store.error().toString()));
        const QString err
            = cachefixture::fill(*store.value(), 250, QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf/text.pdf"));
        if (!err.isEmpty())
            qFatal("cannot fill the test cache: %s", qPrintable(err));
        m_workspace.adopt(std::move(store).value());
        m_workspace.setNow(cachefixture::now());
        Workspace::setInstance(&m_workspace);
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        AppController::instance()->setEngine(engine);
        engine->rootContext()->setContextProperty(QStringLiteral("TestHelper"), &m_helper);
    }

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
    TestHelper m_helper;
};

//! The shell holds the dashboard, whose Qt Charts need a QApplication (Qt Widgets):
//! made here, quick_test_main uses it instead of a QGuiApplication of its own.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "motcua_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml.moc"
