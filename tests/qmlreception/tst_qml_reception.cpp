// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21: the reception screen (qml/Reception) on the real ReceptionController,
// signed in as one-stop desk staff (motcua1) against the real reference server:
// procedure search, the citizen lookup, three scans from the watched scanner folder,
// "Tiếp nhận", then the server's own database has the dossier with the code shown.
#include "appcontroller.h"
#include "deskcontroller.h"
#include "receptioncontroller.h"
#include "sessioncontroller.h"
#include "synccontroller.h"
#include "testserver.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(MotCua_AppPlugin)
Q_IMPORT_QML_PLUGIN(MotCuaPlugin)
Q_IMPORT_QML_PLUGIN(MotCua_PdfPlugin)

//! What the QML test needs from outside the screen: scans written like a scanner
//! would, and the server's database as ground truth (not through the API).
class ReceptionTestHelper : public QObject
{
    Q_OBJECT
public:
    explicit ReceptionTestHelper(QString dir, QString serverDb)
        : m_dir(std::move(dir))
        , m_serverDb(std::move(serverDb))
    { }

    bool ready = false;
    QString error;

    Q_INVOKABLE bool isReady() const { return ready; }
    Q_INVOKABLE QString setupError() const { return error; }
    Q_INVOKABLE QString scanFolder() const { return QDir(m_dir).filePath(QStringLiteral("scanner")); }
    Q_INVOKABLE QString screenshotDir() const { return qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR"); }

    //! An A4 page at 150 dpi with lines of "text" and a page number, as PNG or JPEG.
    Q_INVOKABLE QString writeScan(const QString &folder, const QString &name, int number)
    {
        QImage img(1240, 1754, QImage::Format_RGB32);
        img.fill(QColor(0xfb, 0xf8, 0xf0));
        img.setDotsPerMeterX(5906);
        img.setDotsPerMeterY(5906);
        QPainter p(&img);
        p.setPen(QPen(QColor(0x1a, 0x1a, 0x3a), 6));
        QFont f = p.font();
        f.setPixelSize(60);
        p.setFont(f);
        p.drawText(QRect(100, 80, 1040, 120), Qt::AlignCenter, QStringLiteral("TRANG %1").arg(number));
        for (int i = 0; i < 30; ++i)
            p.drawLine(150, 300 + i * 45, 400 + (i * 97 + number * 131) % 700, 300 + i * 45);
        p.end();
        QDir().mkpath(folder);
        //! Written under another name and renamed, as a scanner finishing a file would.
        const QString path = QDir(folder).filePath(name);
        const QString tmp = path + QStringLiteral(".part");
        if (!img.save(tmp, name.endsWith(QLatin1String(".jpg")) ? "JPG" : "PNG") || !QFile::rename(tmp, path))
            return {};
        return path;
    }

    //! A person of the demo population (as GET /citizens/{id} answers): {idNumber, name, address}.
    Q_INVOKABLE QVariantMap citizen() const
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT applicant_id FROM dossiers WHERE agency_code = 'H19.X01' "
                                   "ORDER BY id LIMIT 1"))
            || !q.next())
            return {};
        const QString id = q.value(0).toString();
        q.prepare(QStringLiteral("SELECT data FROM dossiers WHERE applicant_id = ? ORDER BY updated_at DESC, "
                                 "id LIMIT 1"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {};
        const QJsonObject a = QJsonDocument::fromJson(q.value(0).toByteArray())
                                  .object()
                                  .value(QStringLiteral("applicant"))
                                  .toObject();
        return {{QStringLiteral("idNumber"), id},
                {QStringLiteral("name"), a.value(QStringLiteral("name")).toString()},
                {QStringLiteral("address"), a.value(QStringLiteral("address")).toString()}};
    }

    //! The server's stored dossier with this code (its JSON as a map), empty when absent.
    Q_INVOKABLE QVariantMap serverDossier(const QString &code) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT data FROM dossiers WHERE code = ?"));
        q.addBindValue(code);
        if (!q.exec() || !q.next())
            return {};
        return QJsonDocument::fromJson(q.value(0).toByteArray()).object().toVariantMap();
    }
    Q_INVOKABLE int serverCount(const QString &code) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT count(*) FROM dossiers WHERE code = ?"));
        q.addBindValue(code);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    //! The first bytes of a saved slip ("%PDF-" for a PDF).
    Q_INVOKABLE QString fileHead(const QUrl &url) const
    {
        QFile f(url.toLocalFile());
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.read(5)) : QString();
    }

    //! Keeps a slip for the screenshots (rendered with pdftoppm afterwards).
    Q_INVOKABLE bool copyFile(const QUrl &from, const QString &to) const
    {
        QFile::remove(to);
        return QFile::copy(from.toLocalFile(), to);
    }

private:
    QSqlDatabase db() const
    {
        QSqlDatabase d = QSqlDatabase::database(QStringLiteral("central"));
        if (!d.isValid()) {
            d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("central"));
            d.setDatabaseName(m_serverDb);
            d.open();
        }
        return d;
    }
    QString m_dir;
    QString m_serverDb;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        AppController::instance()->setLanguage(QStringLiteral("vi"));
        m_helper = std::make_unique<ReceptionTestHelper>(m_dir.path(), m_server.dbPath());
        if (!m_server.start()) {
            m_helper->error = QStringLiteral("server: ") + m_server.errorOutput();
            return;
        }
        const QString profile = m_dir.filePath(QStringLiteral("profile"));
        if (auto s = m_workspace.open(profile); !s.ok()) {
            m_helper->error = s.error().toString();
            return;
        }
        Workspace::setInstance(&m_workspace);
        m_desk = std::make_unique<DeskController>(&m_workspace, profile);
        ReceptionController::instance()->setSlipFolder(m_dir.filePath(QStringLiteral("slips")));
        SessionController *session = SessionController::instance();
        SyncController *sync = SyncController::instance();
        session->signIn(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()), QStringLiteral("motcua1"),
                        QStringLiteral("demo"), false);
        //! Signed in and the first sync done: the catalogue, the directory and a block of codes.
        const bool synced = QTest::qWaitFor(
            [&] { return session->signedIn() && sync->lastSyncAt().isValid() && !sync->syncing(); }, 240000);
        m_helper->ready = synced && ReceptionController::instance()->available();
        if (!m_helper->ready)
            m_helper->error
                = QStringLiteral("sign-in or first sync failed: ") + session->errorText() + sync->lastError();
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        AppController::instance()->setEngine(engine);
        engine->rootContext()->setContextProperty(QStringLiteral("ReceptionTest"), m_helper.get());
    }
    void cleanupTestCase()
    {
        m_desk.reset();
        m_server.stop();
    }

private:
    QTemporaryDir m_dir;
    motcua::test::TestServer m_server;
    Workspace m_workspace;
    std::unique_ptr<DeskController> m_desk;
    std::unique_ptr<ReceptionTestHelper> m_helper;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "motcua_qml_reception", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml_reception.moc"
