// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Tests of the MotCua screens (tst_*.qml in this directory).
#include "appcontroller.h"
#include "testhelper.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(MotCua_AppPlugin)
Q_IMPORT_QML_PLUGIN(MotCuaPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        AppController::instance()->setLanguage(QStringLiteral("vi"));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        AppController::instance()->setEngine(engine);
        engine->rootContext()->setContextProperty(QStringLiteral("TestHelper"), &m_helper);
    }

private:
    TestHelper m_helper;
};

QUICK_TEST_MAIN_WITH_SETUP(motcua_qml, Setup)

#include "tst_qml.moc"
