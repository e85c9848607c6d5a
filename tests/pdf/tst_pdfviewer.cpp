// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for the PdfViewer (tests in qml/tst_*.qml).
#include <QQmlContext>
#include <QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(MotCua_PdfPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(QStringLiteral("pdfDataDir"),
                                                  QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_pdfviewer, Setup)
#include "tst_pdfviewer.moc"
