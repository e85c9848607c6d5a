// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the signing UI (docs/screenshots/sign-*.png) on real data:
// the reference server's demo (its issued results signed by the demo CA, whose
// root the profile trusts), a SoftHSM2 token and the demo signature/seal images.
// Run under a display: xvfb-run -a -s "-screen 0 1600x1000x24" build/bin/signui-screenshots OUTDIR
#include "appcontroller.h"
#include "sessioncontroller.h"
#include "signaturevalidation.h"
#include "signersettings.h"
#include "signing/pdfannotationwriter.h"
#include "signing/signingservice.h"
#include "signingfixture.h"
#include "store/blobcipher.h"
#include "store/localstore.h"
#include "syncfixture.h"
#include "testserver.h"
#include "truststoresettings.h"
#include "uierror.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QGuiApplication>
#include <QNetworkReply>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(MotCua_AppPlugin)
Q_IMPORT_QML_PLUGIN(MotCuaPlugin)
Q_IMPORT_QML_PLUGIN(MotCua_PdfPlugin)

using namespace motcua;

namespace {
QObject *child(QObject *root, const char *name)
{
    return root ? root->findChild<QObject *>(QLatin1String(name)) : nullptr;
}

bool shoot(QQuickWindow *w, const QString &path)
{
    QTest::qWait(1500);
    const QImage img = w->grabWindow();
    const bool ok = img.save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

QByteArray fetch(QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkReply *r = nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    r->deleteLater();
    return r->readAll();
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    const QString out = app.arguments().value(1, QStringLiteral("."));
    const QString lang = app.arguments().value(2, QStringLiteral("en"));

    SigningFixture fx;
    if (!fx.setUp() || !fx.initToken())
        qFatal("signing fixture");
    test::TestServer server;
    if (!server.start())
        qFatal("server: %s", qPrintable(server.errorOutput()));
    test::Client client(server.port(), QStringLiteral("lanhdao1"));
    if (!client.open().ok() || !client.login().ok())
        qFatal("login");
    SyncEngine::Options o;
    o.prefetch = true;
    if (!client.engine().syncOnce(o).ok())
        qFatal("sync");

    // Trust the demo root; the token and images from Settings.
    QNetworkAccessManager nam;
    const QString rootFile = fx.path(QStringLiteral("demo-root.pem"));
    SigningFixture::writeFile(
        rootFile,
        fetch(nam,
              QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/demo/trust-root.pem").arg(server.port()))));
    Workspace ws;
    if (!ws.open(client.dir()).ok())
        qFatal("workspace");
    //! The app sealed the cache with the profile's key: the test's own connection takes it too.
    client.db().setFieldCipher(motcua::ProfileKeys::fieldCipherFor(client.dir()));
    client.blobs().setCipher(motcua::ProfileKeys::cipherFor(client.dir()));
    ws.setIdentity(QStringLiteral("lanhdao1"), QStringLiteral("000.00.04.H19"));
    Workspace::setInstance(&ws);
    SignerSettings settings;
    TrustStoreSettings trust;
    trust.addTrustedCertificate(rootFile);
    settings.setKind(QStringLiteral("pkcs11"));
    settings.setModule(fx.softhsmModule());
    settings.setToken(fx.tokenLabel());
    settings.setKey(QStringLiteral("sign"));
    settings.setSignatureImage(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/signing/demo-signature.png"));
    settings.setSealImage(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/signing/demo-seal.png"));

    // One issued dossier (signed result) and one approved (draft result), documents downloaded.
    QString issued, approved;
    InboxQuery q;
    q.limit = 0;
    const QList<InboxItem> items = ws.store()->dossiers().list(q).value();
    for (const InboxItem &i : items) {
        QString *slot = nullptr;
        if (i.dossier.state == DossierState::ResultIssued && issued.isEmpty())
            slot = &issued;
        else if (i.dossier.state == DossierState::Approved && approved.isEmpty())
            slot = &approved;
        else
            continue;
        for (const Component &c : i.dossier.components) {
            if (ws.store()->blobs().contains(c.sha256))
                continue;
            QByteArray pdf;
            (void)client.api().download(c.sha256, 0, [&pdf](qint64 pos, const QByteArray &chunk) {
                pdf.truncate(pos);
                pdf += chunk;
                return Status();
            });
            (void)ws.store()->blobs().put(c.sha256, pdf);
        }
        *slot = i.dossier.id;
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    AppController::instance()->setEngine(&engine);
    AppController::instance()->setLanguage(lang);
    SessionController::instance()->setSignedIn(true, QStringLiteral("Trần Văn Lãnh"),
                                               QStringLiteral("UBND xã Điện Phước"));
    engine.loadData("import QtQuick\nimport QtQuick.Controls\nimport MotCua\n"
                    "ApplicationWindow { width: 1440; height: 900; visible: true\n"
                    "  AppShell { objectName: \"shell\"; anchors.fill: parent } }");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        qFatal("no window");
    QObject *shell = child(window, "shell");
    QTest::qWait(800);

    auto openDossier = [&](const QString &id, const QString &componentSuffix) -> QObject * {
        QMetaObject::invokeMethod(shell, "openDossier", Q_ARG(QVariant, id));
        QTest::qWait(800);
        QObject *stack = shell->property("inboxStack").value<QObject *>();
        QObject *page = stack->property("currentItem").value<QObject *>();
        QObject *checklist = child(page, "componentList");
        QAbstractItemModel *m = checklist->property("model").value<QAbstractItemModel *>();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->data(m->index(r, 0), Qt::UserRole + 5).toString().endsWith(componentSuffix))
                page->setProperty("selectedRow", r);
        }
        return page;
    };

    // 1. Badges in the checklist (issued dossier: valid result, unsigned inputs).
    QObject *page = openDossier(issued, QStringLiteral("-kq"));
    shoot(window, out + QStringLiteral("/sign-badges-%1.png").arg(lang));
    // 2. The details panel.
    child(page, "signaturesTab")->setProperty("checked", true);
    shoot(window, out + QStringLiteral("/sign-details-%1.png").arg(lang));
    QMetaObject::invokeMethod(shell, "goBack");
    QTest::qWait(600);

    // 3. The sign dialog on the approved dossier's draft result, a placement chosen.
    page = openDossier(approved, QStringLiteral("-kq"));
    QObject *dialog = child(page, "signDialog");
    QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, page->property("selectedRow")));
    QTest::qWait(500);
    dialog->setProperty("placement", QRectF(0.45, 0.72, 0.48, 0.1));
    if (QObject *pin = child(dialog, "pinField"))
        pin->setProperty("text", QStringLiteral("1234"));
    shoot(window, out + QStringLiteral("/sign-dialog-%1.png").arg(lang));
    // Sign for real (token PIN 1234): the signed result replaces the draft, queued for the server.
    QObject *controller = dialog->property("controller").value<QObject *>();
    QSignalSpy finished(controller, SIGNAL(finished(bool)));
    QMetaObject::invokeMethod(dialog, "confirm");
    if (!finished.wait(60000) || !finished.at(0).at(0).toBool())
        qFatal("signing failed: %s", qPrintable(controller->property("error").value<UiError>().message()));
    QTest::qWait(500);
    trust.addTrustedCertificate(fx.caPem()); // the token's test CA
    shoot(window, out + QStringLiteral("/sign-issued-%1.png").arg(lang));
    const Dossier issuedNow = *ws.store()->dossiers().get(approved).value();
    for (const Component &c : issuedNow.components) {
        if (c.id.endsWith(QLatin1String("-kq"))) {
            const QString file = fx.path(QStringLiteral("issued.pdf"));
            SigningFixture::writeFile(file, ws.store()->blobs().read(c.sha256).value());
            SigningFixture::run(QStringLiteral("pdftoppm"),
                                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("110"),
                                 QStringLiteral("-singlefile"), file,
                                 out + QStringLiteral("/sign-result-page")});
        }
    }
    QMetaObject::invokeMethod(shell, "goBack");
    QTest::qWait(600);

    // 4. Settings › Digital signature (token listed with its certificate).
    shell->setProperty("currentIndex", 3);
    QTest::qWait(300);
    if (QObject *section = child(window, "signerSection")) {
        QObject *s = section->property("settings").value<QObject *>();
        QMetaObject::invokeMethod(s, "refresh");
    }
    shoot(window, out + QStringLiteral("/sign-settings-%1.png").arg(lang));

    // 5. Badge states (issue 15): the issued result with two annotations added after
    // signing (our annotated copy), the same modified, a damaged PDF and an
    // object-stream bomb (too complex), beside the untouched result.
    const QByteArray issuedPdf = SigningFixture::readFile(fx.path(QStringLiteral("issued.pdf")));
    QList<Annotation> notes;
    for (int i = 0; i < 2; ++i) {
        Annotation a;
        a.id = QStringLiteral("n%1").arg(i);
        a.kind = AnnotationKind::Rectangle;
        a.rect = QRectF(0.1 + 0.4 * i, 0.3, 0.3, 0.1);
        a.author = QStringLiteral("canbo");
        a.color = QStringLiteral("#ff0000");
        a.createdAt = a.updatedAt = QDateTime::currentDateTimeUtc();
        notes << a;
    }
    SigningFixture::run(QStringLiteral("python3"),
                        {QStringLiteral(MOTCUA_TEST_DATA_DIR "/signing/hostile/make_hostile.py"),
                         fx.path(QStringLiteral("hostile"))});
    const QList<std::pair<QString, QByteArray>> files {
        {QStringLiteral("result.pdf"), issuedPdf},
        {QStringLiteral("annotated.pdf"), signing::PdfAnnotationWriter::write(issuedPdf, notes).value()},
        {QStringLiteral("modified.pdf"), issuedPdf + "1 0 obj <</Hidden (payload)>> endobj\n"},
        {QStringLiteral("damaged.pdf"), QByteArray("%PDF-1.7\nnot really a pdf\n")},
        {QStringLiteral("bomb.pdf"),
         SigningFixture::readFile(fx.path(QStringLiteral("hostile/objstm-bomb.pdf")))},
    };
    QVariantList rows;
    for (const auto &[name, bytes] : files) {
        const QString path = fx.path(name);
        SigningFixture::writeFile(path, bytes);
        rows << QVariantMap {
            {QStringLiteral("name"), name},
            {QStringLiteral("path"), path},
            {QStringLiteral("sha"),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}};
    }
    QQmlApplicationEngine states;
    states.addImportPath(QStringLiteral("qrc:/qt/qml"));
    states.rootContext()->setContextProperty(QStringLiteral("badgeRows"), rows);
    states.loadData(
        "import QtQuick\nimport QtQuick.Controls\nimport QtQuick.Layouts\nimport MotCua\n"
        "ApplicationWindow { width: 560; height: 260; visible: true; color: Theme.surface\n"
        "  ColumnLayout { anchors.fill: parent; anchors.margins: 16; spacing: 10\n"
        "    Repeater { model: badgeRows\n"
        "      RowLayout { required property var modelData; Layout.fillWidth: true\n"
        "        Label { text: modelData.name; Layout.preferredWidth: 120 }\n"
        "        SignatureBadgeLabel { sha256: modelData.sha; filePath: modelData.path } } } } }");
    auto *statesWindow = qobject_cast<QQuickWindow *>(states.rootObjects().value(0));
    if (!statesWindow)
        qFatal("no badge window");
    QTest::qWait(3000);
    SignatureValidationCache::instance()->waitForDone();
    shoot(statesWindow, out + QStringLiteral("/sign-badge-states-%1.png").arg(lang));

    // 6. The details panel side by side (issues 15 and 20): the issued result (level,
    // revocation rows), valid with a notice (annotated copy), modified after signing,
    // and a signer this desk does not trust (the problem in words, OpenSSL's text below).
    signing::SignRequest rogue;
    rogue.pdf = issuedPdf;
    rogue.spec.kind = signing::SignerSpec::Kind::Pkcs12;
    rogue.spec.p12 = fx.rogueP12();
    rogue.secret = [&fx] { return fx.p12Password(); };
    rogue.timestampPolicy = signing::TimestampPolicy::None;
    auto rogueSigned = signing::SigningService::sign(rogue);
    if (!rogueSigned)
        qFatal("rogue signature: %s", qPrintable(rogueSigned.error().toString()));
    QVariantList panels;
    for (const auto &[name, bytes] :
         QList<std::pair<QString, QByteArray>> {{QStringLiteral("result.pdf"), issuedPdf},
                                                {QStringLiteral("annotated.pdf"), files.at(1).second},
                                                {QStringLiteral("modified.pdf"), files.at(2).second},
                                                {QStringLiteral("untrusted.pdf"), rogueSigned->pdf}}) {
        const QString path = fx.path(QStringLiteral("panel-") + name);
        SigningFixture::writeFile(path, bytes);
        panels << QVariantMap {
            {QStringLiteral("path"), path},
            {QStringLiteral("sha"),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}};
    }
    QQmlApplicationEngine details;
    details.addImportPath(QStringLiteral("qrc:/qt/qml"));
    details.rootContext()->setContextProperty(QStringLiteral("panelRows"), panels);
    details.loadData(
        "import QtQuick\nimport QtQuick.Controls\nimport QtQuick.Layouts\nimport MotCua\n"
        "ApplicationWindow { width: 1400; height: 1000; visible: true; color: Theme.background\n"
        "  GridLayout { anchors.fill: parent; anchors.margins: 12; columns: 2; rowSpacing: 12;"
        "    columnSpacing: 12\n"
        "    Repeater { model: panelRows\n"
        "      SignaturePanel { required property var modelData; sha256: modelData.sha;"
        "        filePath: modelData.path; Layout.fillWidth: true; Layout.fillHeight: true } } } }");
    auto *detailsWindow = qobject_cast<QQuickWindow *>(details.rootObjects().value(0));
    if (!detailsWindow)
        qFatal("no details window");
    QTest::qWait(3000);
    SignatureValidationCache::instance()->waitForDone();
    shoot(detailsWindow, out + QStringLiteral("/sign-panel-states-%1.png").arg(lang));
    return 0;
}
