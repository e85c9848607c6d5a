// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test of the dashboard (tst_*.qml in this directory). Its own
// executable: Qt Charts' QML types need a QApplication (Qt Widgets), which the
// other screens' tests (tst_qml, a QGuiApplication) do not create.
#include "appcontroller.h"
#include "cachefixture.h"
#include "core/json.h"
#include "store/indicatorsource.h"
#include "testhelper.h"
#include "workspace.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
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

using namespace motcua;

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        AppController::instance()->setLanguage(QStringLiteral("vi"));
        auto store = LocalStore::open(m_dir.path());
        if (!store.ok())
            qFatal("cannot open the test cache: %s", qPrintable(store.error().toString()));
        const QString err = cachefixture::fill(*store.value(), 250);
        if (!err.isEmpty())
            qFatal("cannot fill the test cache: %s", qPrintable(err));
        //! The demo province's indicator set, as GET /indicators/definitions serves it.
        QFile f(QStringLiteral(MOTCUA_TEST_DATA_DIR "/indicators/h19.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no indicator fixture");
        if (auto s = indicatorsource::storeSet(store.value()->syncState(),
                                               QJsonDocument::fromJson(f.readAll()).object());
            !s.ok())
            qFatal("cannot store the indicator set: %s", qPrintable(s.error().toString()));
        //! Varied service data: every third online, every fourth paid online, half synchronised,
        //! one in twenty with a paper component.
        QList<Dossier> changed;
        for (const QString &id : store.value()->dossiers().allIds().valueOr(QStringList())) {
            auto d = store.value()->dossiers().get(id);
            if (!d.ok() || !d.value())
                qFatal("cannot read the cache");
            changed.append(*d.value());
        }
        for (qsizetype i = 0; i < changed.size(); ++i) {
            changed[i].version += 1; //! a newer version, as a sync would bring
            ServiceRecord &s = changed[i].service;
            s.channel = i % 3 == 0 ? SubmissionChannel::Online : SubmissionChannel::InPerson;
            s.payment = i % 2 == 0 ? (i % 4 == 0 ? PaymentMethod::Online : PaymentMethod::Desk)
                                   : PaymentMethod::None;
            if (i % 2 == 0)
                s.nationalSyncedAt = cachefixture::now();
            //! Every twentieth keeps a component on paper: about 95% digitized, well
            //! inside the amber band (target 100%, amber within 10 points).
            s.paperComponents = i % 20 == 0 ? 1 : 0;
        }
        if (auto s = store.value()->dossiers().applyChangesPage(changed, QStringLiteral("indicators"));
            !s.ok())
            qFatal("cannot write the cache: %s", qPrintable(s.error().toString()));
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

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "motcua_qml_dashboard", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml_dashboard.moc"
