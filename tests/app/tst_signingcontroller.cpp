// SPDX-License-Identifier: GPL-3.0-or-later
// The sign dialog's controller against real parts: a SoftHSM2 token and a
// PKCS#12 file (signing fixture), the real reference server (motcua-central
// --demo) for sign_result, pdfsig and our validator on what it signed.
#include "signersettings.h"
#include "signing/pdfsignaturevalidator.h"
#include "signing/signerspec.h"
#include "signingcontroller.h"
#include "signingfixture.h"
#include "store/blobcipher.h"
#include "store/localstore.h"
#include "sync/actionqueue.h"
#include "syncfixture.h"
#include "testserver.h"
#include "truststoresettings.h"
#include "workspace.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace motcua;

class TestSigningController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void placementToPdfPoints();
    void demoResultsAreReallySigned(); // before this test signs a result with the test CA
    void p12SavesSignedCopy();
    void pinRequiredAndNoSigner();
    void wrongPinQueuesNothing();
    void tokenSignsResultAndReachesServer();
    void offlineResultSaysItsStampComesAtSync();
    void tokenLibrarySharedBetweenUsers();

private:
    void useToken();
    bool waitFinished(SigningController &ctl, bool *ok);
    //! An approved dossier whose draft result (kind result, unsigned) the supervisor may sign.
    std::optional<Dossier> approvedWithDraft();
    //! `ctl` on the draft result of an approvedWithDraft() dossier; nullopt when none is left.
    std::optional<Dossier> openDraftResult(SigningController &ctl);
    int pendingActions();
    QByteArray fetch(const QString &path);

    QTemporaryDir m_settingsDir;
    SigningFixture m_fx;
    test::TestServer m_server;
    std::unique_ptr<test::Client> m_client;
    Workspace m_ws;
};

void TestSigningController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(m_fx.setUp());
    QVERIFY(m_fx.initToken());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorOutput()));
    m_client = std::make_unique<test::Client>(m_server.port(), QStringLiteral("lanhdao1"));
    QVERIFY(m_client->open().ok());
    QVERIFY(m_client->login().ok());
    SyncEngine::Options o;
    o.prefetch = true;
    auto r = m_client->engine().syncOnce(o);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    // The desktop app's view of the same profile (cache.sqlite, blobs/).
    const Status opened = m_ws.open(m_client->dir());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    //! The app encrypts the profile's documents with the key it loaded; the test's own
    //! sync engine reads blobs/ directly, so it takes the same key.
    m_client->blobs().setCipher(motcua::ProfileKeys::cipherFor(m_client->dir()));
    //! The app sealed the cache's personal fields with that key too (issue 19).
    m_client->db().setFieldCipher(motcua::ProfileKeys::fieldCipherFor(m_client->dir()));
    m_ws.setIdentity(QStringLiteral("lanhdao1"), QString());
    Workspace::setInstance(&m_ws);
    QVERIFY(approvedWithDraft().has_value());
}

void TestSigningController::useToken()
{
    SignerSettings s;
    s.setKind(QStringLiteral("pkcs11"));
    s.setModule(m_fx.softhsmModule());
    s.setToken(m_fx.tokenLabel());
    s.setKey(QString());
}

bool TestSigningController::waitFinished(SigningController &ctl, bool *ok)
{
    QSignalSpy spy(&ctl, &SigningController::finished);
    if (!spy.wait(60000))
        return false;
    *ok = spy.at(0).at(0).toBool();
    return true;
}

std::optional<Dossier> TestSigningController::approvedWithDraft()
{
    InboxQuery q;
    q.limit = 0;
    auto items = m_ws.store()->dossiers().list(q);
    if (!items)
        return std::nullopt;
    for (const InboxItem &i : std::as_const(items.value())) {
        if (i.dossier.state != DossierState::Approved)
            continue;
        for (const Component &c : i.dossier.components) {
            if (c.kind == ComponentKind::Result && !c.isSigned && m_ws.store()->blobs().contains(c.sha256))
                return i.dossier;
        }
    }
    return std::nullopt;
}

std::optional<Dossier> TestSigningController::openDraftResult(SigningController &ctl)
{
    auto d = approvedWithDraft();
    if (d) {
        ctl.setDossierId(d->id);
        ctl.setComponentId(d->id + QStringLiteral("-kq"));
    }
    return d;
}

int TestSigningController::pendingActions()
{
    auto n = m_ws.store()->outbox().openCount();
    return n ? n.value() : -1;
}

QByteArray TestSigningController::fetch(const QString &path)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply
        = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()) + path)));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(60000))
        qWarning() << "no answer from" << path;
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

void TestSigningController::placementToPdfPoints()
{
    const QRectF a4(0, 0, 595, 842);
    // Top-left tenth of an upright page is near the top (high y) in PDF space.
    QCOMPARE(SigningController::toPdfRect(QRectF(0, 0, 0.5, 0.1), a4, 0), QRectF(0, 757.8, 297.5, 84.2));
    // A page shown turned 90° clockwise: the displayed top-left is the page's bottom-left.
    QCOMPARE(SigningController::toPdfRect(QRectF(0, 0, 0.5, 0.1), a4, 90), QRectF(0, 0, 59.5, 421));
    QCOMPARE(SigningController::toPdfRect(QRectF(0, 0, 0.5, 0.1), a4, 180), QRectF(297.5, 0, 297.5, 84.2));
    QCOMPARE(SigningController::toPdfRect(QRectF(0, 0, 0.5, 0.1), a4, 270), QRectF(535.5, 421, 59.5, 421));
    // A page box with an origin: the offset is kept.
    QCOMPARE(SigningController::toPdfRect(QRectF(0, 0, 1, 1), QRectF(10, 20, 100, 200), 0),
             QRectF(10, 20, 100, 200));
}

void TestSigningController::p12SavesSignedCopy()
{
    SignerSettings s;
    s.setKind(QStringLiteral("pkcs12"));
    s.setP12(m_fx.p12());
    QVERIFY(s.summary().contains(QStringLiteral("leaf.p12")));
    // An input component (not the draft result): a signed copy saved to a file.
    auto d = approvedWithDraft();
    QVERIFY(d);
    QString input;
    for (const Component &c : d->components) {
        if (c.kind == ComponentKind::Input && m_ws.store()->blobs().contains(c.sha256))
            input = c.id;
    }
    QVERIFY(!input.isEmpty());
    SigningController ctl(&m_ws, nullptr);
    ctl.setDossierId(d->id);
    ctl.setComponentId(input);
    QVERIFY(!ctl.filePath().isEmpty());
    QVERIFY(!ctl.queuesResult());
    QVERIFY(!ctl.usesPin());
    // Offline: the time-stamp server cannot be reached; the copy is signed without a time stamp.
    ctl.setTsaUrl(QStringLiteral("http://127.0.0.1:1/api/v1/tsa"));
    const int before = pendingActions();
    const QString out = m_fx.path(QStringLiteral("signed-copy.pdf"));
    QVERIFY(ctl.sign(QString::fromLatin1(m_fx.p12Password()),
                     {{QStringLiteral("copyStamp"), true}, {QStringLiteral("outputPath"), out}}));
    QVERIFY(ctl.busy());
    bool ok = false;
    QVERIFY(waitFinished(ctl, &ok));
    QVERIFY2(ok, qPrintable(ctl.error().message()));
    QVERIFY(ctl.resultText().contains(out));
    QVERIFY2(ctl.resultText().contains(QStringLiteral("time stamp")), qPrintable(ctl.resultText()));
    QCOMPARE(pendingActions(), before);

    const QByteArray pdf = SigningFixture::readFile(out);
    signing::PdfSignatureValidator v;
    QVERIFY(v.addTrusted(m_fx.caPem()).ok());
    auto report = v.validate(pdf);
    QVERIFY(report.ok());
    QCOMPARE(report->signatures.size(), 1);
    QCOMPARE(report->verdict, signing::Verdict::Valid);
    QVERIFY(!report->signatures[0].hasTimestamp);
    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {out});
    QVERIFY2(sig.contains("Signature is Valid.") && sig.contains("ETSI.CAdES.detached"), sig);
    // The Decree 30 copy stamp is text on page 1.
    const QString text
        = QString::fromUtf8(SigningFixture::run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}));
    QVERIFY2(text.contains(QStringLiteral("SAO Y")), qPrintable(text));

    // The wrong password: a typed error, no file.
    const QString out2 = m_fx.path(QStringLiteral("never.pdf"));
    QVERIFY(ctl.sign(QStringLiteral("wrong"), {{QStringLiteral("outputPath"), out2}}));
    QVERIFY(waitFinished(ctl, &ok));
    QVERIFY(!ok);
    QCOMPARE(ctl.error().code(), QStringLiteral("signing.p12_password"));
    QVERIFY(!ctl.error().message().isEmpty());
    QVERIFY(!QFile::exists(out2));
}

void TestSigningController::pinRequiredAndNoSigner()
{
    SigningController ctl(&m_ws, nullptr);
    auto d = openDraftResult(ctl);
    QVERIFY(d);
    QSettings().remove(QStringLiteral("signing"));
    QVERIFY(!ctl.sign(QStringLiteral("1234"), {}));
    QCOMPARE(ctl.error().code(), QStringLiteral("signing.no_signer"));
    useToken();
    QVERIFY(!ctl.sign(QString(), {}));
    QCOMPARE(ctl.error().code(), QStringLiteral("signing.pin_required"));
    // A visible signature needs a place on the page.
    QVERIFY(!ctl.sign(QStringLiteral("1234"), {{QStringLiteral("visible"), true}}));
    QCOMPARE(ctl.error().code(), QStringLiteral("signing.no_placement"));
    QVERIFY(!ctl.busy());
}

void TestSigningController::wrongPinQueuesNothing()
{
    useToken();
    SigningController ctl(&m_ws, nullptr);
    auto d = openDraftResult(ctl);
    QVERIFY(d);
    QVERIFY(ctl.queuesResult());
    QVERIFY(ctl.usesPin());
    const int before = pendingActions();
    QVERIFY(ctl.sign(QStringLiteral("999999"), {}));
    bool ok = true;
    QVERIFY(waitFinished(ctl, &ok));
    QVERIFY(!ok);
    QCOMPARE(ctl.error().code(), QStringLiteral("signing.pin_incorrect"));
    QVERIFY(ctl.error().message().contains(QStringLiteral("PIN")));
    QCOMPARE(pendingActions(), before);
    auto still = m_ws.store()->dossiers().get(d->id);
    QVERIFY(still.ok() && still.value());
    QCOMPARE(still.value()->state, DossierState::Approved);
}

void TestSigningController::tokenSignsResultAndReachesServer()
{
    useToken();
    SignerSettings s;
    s.setSignatureImage(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/signing/demo-signature.png"));
    s.setSealImage(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/signing/demo-seal.png"));
    SigningController ctl(&m_ws, nullptr);
    auto d = openDraftResult(ctl);
    QVERIFY(d);
    const QString componentId = d->id + QStringLiteral("-kq");
    QVERIFY(ctl.queuesResult());
    QVERIFY(ctl.isResult());
    // PAdES B-T with the reference server's time-stamp authority.
    ctl.setTsaUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/tsa").arg(m_server.port()));
    const int before = pendingActions();
    const QRectF rect = ctl.placementToPdf(QRectF(0.5, 0.8, 0.45, 0.1), 0);
    QVERIFY(rect.width() > 100);
    QVERIFY(ctl.sign(QString::fromLatin1(m_fx.tokenPin()),
                     {{QStringLiteral("visible"), true},
                      {QStringLiteral("page"), 0},
                      {QStringLiteral("rect"), rect},
                      {QStringLiteral("images"), true}}));
    bool ok = false;
    QVERIFY(waitFinished(ctl, &ok));
    QVERIFY2(ok, qPrintable(ctl.error().message()));
    QCOMPARE(pendingActions(), before + 1);

    // Locally: the result replaced by the signed copy, the dossier at result_issued.
    auto local = m_ws.store()->dossiers().get(d->id);
    QVERIFY(local.ok() && local.value());
    QCOMPARE(local.value()->state, DossierState::ResultIssued);
    Component signedResult;
    for (const Component &c : local.value()->components) {
        if (c.id == componentId)
            signedResult = c;
    }
    QVERIFY(signedResult.isSigned);
    QVERIFY(signedResult.sha256 != d->components.value(0).sha256);
    auto bytes = m_ws.store()->blobs().read(signedResult.sha256);
    QVERIFY(bytes.ok());
    const QString file = m_fx.path(QStringLiteral("signed-result.pdf"));
    QVERIFY(SigningFixture::writeFile(file, bytes.value()));
    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {file});
    QVERIFY2(sig.contains("Signature is Valid."), sig);
    const QByteArray images
        = SigningFixture::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file});
    QCOMPARE(images.count(" smask "), 2);
    QVERIFY2(!ctl.resultText().contains(QStringLiteral("time stamp")), qPrintable(ctl.resultText()));
    signing::PdfSignatureValidator v;
    QVERIFY(v.addTrusted(m_fx.caPem()).ok());
    const QString tsaChain = m_fx.path(QStringLiteral("server-tsa.pem"));
    QVERIFY(SigningFixture::writeFile(tsaChain, fetch(QStringLiteral("/api/v1/tsa/certificate"))));
    QVERIFY(v.addTrusted(tsaChain).ok());
    auto report = v.validate(bytes.value());
    QVERIFY(report.ok());
    QVERIFY(report->signatures.value(0).hasTimestamp);
    QVERIFY(report->signatures.value(0).timestampValid);
    QCOMPARE(report->verdict, signing::Verdict::Valid);

    // The push uploads the signed copy and the server applies sign_result.
    auto r = m_client->engine().syncOnce();
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    if (pendingActions() != 0) {
        auto rows = m_ws.store()->database().run(
            QStringLiteral("SELECT kind, state, last_error, created_at FROM outbox WHERE state <> 'done'"));
        QVERIFY(rows.ok());
        QSqlQuery &q = **rows;
        QString why;
        while (q.next())
            why += q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ')
                + q.value(2).toString() + QLatin1Char(' ') + q.value(3).toString() + QLatin1Char('\n');
        QFAIL(qPrintable(why));
    }
    auto server = test::serverView(m_client->api());
    QVERIFY(server.ok());
    QVERIFY(server->value(d->id).hashes.contains(signedResult.sha256));
    auto remote = m_client->api().getJson(QStringLiteral("/dossiers/%1").arg(d->id));
    QVERIFY(remote.ok());
    QCOMPARE(remote->value(QStringLiteral("state")).toString(), QStringLiteral("result_issued"));
}

void TestSigningController::demoResultsAreReallySigned()
{
    // The demo root, as ./dev.sh demo fetches it into the profile's trust store.
    const QByteArray root = fetch(QStringLiteral("/api/v1/demo/trust-root.pem"));
    QVERIFY2(root.startsWith("-----BEGIN CERTIFICATE-----"), root.left(200));
    TrustStoreSettings settings;
    settings.setTrustDir(m_fx.path(QStringLiteral("demo-trust")));
    const QString rootFile = m_fx.path(QStringLiteral("demo-root.pem"));
    QVERIFY(SigningFixture::writeFile(rootFile, root));
    QVERIFY(settings.addTrustedCertificate(rootFile));

    // A result the demo issued: its signature is valid for our validator and pdfsig.
    InboxQuery q;
    q.limit = 0;
    auto items = m_ws.store()->dossiers().list(q);
    QVERIFY(items.ok());
    int checked = 0;
    for (const InboxItem &i : std::as_const(items.value())) {
        if (i.dossier.state != DossierState::ResultIssued && i.dossier.state != DossierState::Returned)
            continue;
        for (const Component &c : i.dossier.components) {
            if (c.kind != ComponentKind::Result || !c.isSigned)
                continue;
            // Downloaded from the server as the desktop does (prefetch may have skipped it).
            QByteArray pdf;
            auto got = m_client->api().download(c.sha256, 0, [&pdf](qint64 pos, const QByteArray &chunk) {
                pdf.truncate(pos);
                pdf += chunk;
                return Status();
            });
            QVERIFY(got.ok());
            const Result<QByteArray> bytes(pdf);
            signing::PdfSignatureValidator v;
            QVERIFY(v.addTrusted(SignerSettings::trustDirectory()).ok());
            auto report = v.validate(bytes.value());
            QVERIFY(report.ok());
            QCOMPARE(report->signatures.size(), 1);
            QCOMPARE(report->verdict, signing::Verdict::Valid);
            if (checked++ == 0) {
                const QString file = m_fx.path(QStringLiteral("demo-result.pdf"));
                QVERIFY(SigningFixture::writeFile(file, bytes.value()));
                const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {file});
                QVERIFY2(sig.contains("Signature is Valid."), sig);
            }
        }
    }
    QVERIFY(checked > 0);
}

//! A result signed while the time-stamp server is out of reach is queued with room
//! for the stamp, which the next sync adds (batch::stampBeforePush): the dialog says so,
//! not that the signature goes without one.
void TestSigningController::offlineResultSaysItsStampComesAtSync()
{
    useToken();
    SigningController ctl(&m_ws, nullptr);
    auto d = openDraftResult(ctl);
    QVERIFY(d);
    QVERIFY(ctl.queuesResult());
    ctl.setTsaUrl(QStringLiteral("http://127.0.0.1:1/api/v1/tsa")); // nothing listens on port 1
    const int before = pendingActions();
    QVERIFY(ctl.sign(QString::fromLatin1(m_fx.tokenPin()), {}));
    bool ok = false;
    QVERIFY(waitFinished(ctl, &ok));
    QVERIFY2(ok, qPrintable(ctl.error().message()));
    QCOMPARE(pendingActions(), before + 1);
    QVERIFY2(ctl.resultText().contains(QStringLiteral("added before the result is sent")),
             qPrintable(ctl.resultText()));
    QVERIFY2(!ctl.resultText().contains(QStringLiteral("carries no time stamp")),
             qPrintable(ctl.resultText()));
}

void TestSigningController::tokenLibrarySharedBetweenUsers()
{
    useToken();
    // A signer logged in (the batch screen), then Settings lists the tokens and lets go
    // of the library: the signer's session must survive (no C_Finalize under it).
    auto signer = signing::openSigner(SignerSettings::spec(), [this] { return m_fx.tokenPin(); });
    QVERIFY2(signer.ok(), signer.ok() ? "" : qPrintable(signer.error().toString()));
    {
        SignerSettings settings;
        settings.refresh();
        QVERIFY(settings.loading()); // listed on a worker thread
        QTRY_VERIFY_WITH_TIMEOUT(!settings.loading(), 20000);
        QVERIFY2(settings.error().isEmpty(), qPrintable(settings.error()));
        QVERIFY(!settings.tokens().isEmpty());
        QCOMPARE(settings.tokens().first().toMap().value(QStringLiteral("label")).toString(),
                 m_fx.tokenLabel());
        const QVariantList certs = settings.certificates();
        QVERIFY(!certs.isEmpty());
        QCOMPARE(certs.first().toMap().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Nguyễn Văn An"));
        QVERIFY(settings.summary().contains(QStringLiteral("SoftHSM2")));
    }
    auto sig = signer.value()->sign("after the settings page");
    QVERIFY2(sig.ok(), sig.ok() ? "" : qPrintable(sig.error().toString()));
    // A second signer (the sign dialog) opened while the first is alive; the first
    // one (which initialised the library) goes away: the second still signs.
    auto second = signing::openSigner(SignerSettings::spec(), [this] { return m_fx.tokenPin(); });
    QVERIFY(second.ok());
    signer.value().reset();
    sig = second.value()->sign("after the first signer is gone");
    QVERIFY2(sig.ok(), sig.ok() ? "" : qPrintable(sig.error().toString()));
}

QTEST_MAIN(TestSigningController)
#include "tst_signingcontroller.moc"
