// SPDX-License-Identifier: GPL-3.0-or-later
//! PAdES B-LT / B-LTA with `motcua-sign extend`, checked by independent tools:
//! qpdf (the DSS), openssl ocsp -respin (the embedded OCSP response), openssl ts
//! -verify (the document time stamp), pdfsig (the first signature), and our
//! validator with every responder stopped.
#include "signing/pdfsignaturevalidator.h"
#include "signing/signingservice.h"
#include "signing/timestampupgrade.h"
#include "signing/tsaclient.h"
#include "signingfixture.h"
#include "tsatestserver.h"
#include "vnpki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua::signing;

class TestLtv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void extendToLta();
    void extendRefusesAnInvalidSignature();
    void signingServiceReachesLtaOnline();
    void offlineSignatureGetsLtaWithItsTimestamp();

private:
    static QString bin() { return QStringLiteral(MOTCUA_BIN_DIR "/motcua-sign"); }
    QByteArray tool(const QStringList &args, int *rc);
    QString file(const QString &name) const { return m_tmp.filePath(name); }
    //! The object a "N 0 R" of qpdf's JSON names.
    static QJsonObject object(const QJsonObject &objects, const QString &ref)
    {
        return objects.value(QStringLiteral("obj:") + ref).toObject();
    }

    VnPki m_pki;
    std::unique_ptr<TsaTestServer> m_tsa;
    QTemporaryDir m_tmp;
};

void TestLtv::initTestCase()
{
    QVERIFY(m_pki.setUp());
    auto tsa = TimestampAuthority::fromPem(SigningFixture::readFile(m_pki.tsaCertPem()),
                                           SigningFixture::readFile(m_pki.tsaKeyPem()),
                                           SigningFixture::readFile(m_pki.rootPem()));
    QVERIFY(tsa.ok());
    m_tsa = std::make_unique<TsaTestServer>(std::move(tsa.value()));
    QVERIFY(m_tsa->start());
    QVERIFY(SigningFixture::writeFile(file(QStringLiteral("in.pdf")),
                                      SigningFixture::makePdf(2, QStringLiteral("Quyết định cấp phép"))));
}

QByteArray TestLtv::tool(const QStringList &args, int *rc)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_PIN"), QStringLiteral("secret"));
    return SigningFixture::run(bin(), args, rc, env);
}

void TestLtv::extendToLta()
{
    int rc = -1;
    const QString signedPdf = file(QStringLiteral("signed.pdf"));
    QByteArray out
        = tool({QStringLiteral("sign"), QStringLiteral("--in"), file(QStringLiteral("in.pdf")),
                QStringLiteral("--out"), signedPdf, QStringLiteral("--p12"),
                m_pki.p12(QStringLiteral("official")), QStringLiteral("--tsa"), m_tsa->url().toString()},
               &rc);
    QVERIFY2(rc == 0, out.constData());
    const QByteArray before = SigningFixture::readFile(signedPdf);

    const QString lta = file(QStringLiteral("lta.pdf"));
    out = tool({QStringLiteral("extend"), QStringLiteral("--level"), QStringLiteral("lta"),
                QStringLiteral("--tsa"), m_tsa->url().toString(), QStringLiteral("--trust"),
                m_pki.bundlePem(), QStringLiteral("--out"), lta, signedPdf},
               &rc);
    QVERIFY2(rc == 0, out.constData());
    QVERIFY(out.contains("B-LTA"));
    const QByteArray pdf = SigningFixture::readFile(lta);
    QVERIFY(pdf.startsWith(before)); // incremental: the signed bytes are untouched

    // qpdf: the catalog's /DSS holds the chain and the OCSP response.
    QByteArray json = SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--json"), lta}, &rc);
    QCOMPARE(rc, 0);
    const QJsonArray qpdfArr = QJsonDocument::fromJson(json).object().value(QStringLiteral("qpdf")).toArray();
    QVERIFY(qpdfArr.size() >= 2);
    const QJsonObject objects = qpdfArr.at(1).toObject();
    const QJsonObject trailer
        = objects.value(QStringLiteral("trailer")).toObject().value(QStringLiteral("value")).toObject();
    const QJsonObject catalog = object(objects, trailer.value(QStringLiteral("/Root")).toString())
                                    .value(QStringLiteral("value"))
                                    .toObject();
    const QJsonObject dss = object(objects, catalog.value(QStringLiteral("/DSS")).toString())
                                .value(QStringLiteral("value"))
                                .toObject();
    const QJsonArray certs = dss.value(QStringLiteral("/Certs")).toArray();
    const QJsonArray ocsps = dss.value(QStringLiteral("/OCSPs")).toArray();
    QVERIFY2(certs.size() >= 3, json.left(2000).constData()); // official, licensed CA, root
    QCOMPARE(ocsps.size(), 1);
    QStringList subjects;
    for (const QJsonValue &c : certs) {
        const QString num = c.toString().section(u' ', 0, 0);
        const QByteArray der = SigningFixture::run(
            QStringLiteral("qpdf"),
            {QStringLiteral("--show-object=") + num, QStringLiteral("--raw-stream-data"), lta}, &rc);
        QVERIFY(SigningFixture::writeFile(file(QStringLiteral("c.der")), der));
        subjects << QString::fromUtf8(SigningFixture::run(
            QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
             file(QStringLiteral("c.der")), QStringLiteral("-noout"), QStringLiteral("-subject"),
             QStringLiteral("-nameopt"), QStringLiteral("utf8")},
            &rc));
    }
    const QString all = subjects.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("Nguyễn Thị Lan")) && all.contains(QStringLiteral("Licensed CA"))
                 && all.contains(QStringLiteral("Root CA")),
             qPrintable(all));
    const QByteArray resp
        = SigningFixture::run(QStringLiteral("qpdf"),
                              {QStringLiteral("--show-object=") + ocsps.at(0).toString().section(u' ', 0, 0),
                               QStringLiteral("--raw-stream-data"), lta},
                              &rc);
    QVERIFY(SigningFixture::writeFile(file(QStringLiteral("resp.der")), resp));
    out = SigningFixture::run(QStringLiteral("openssl"),
                              {QStringLiteral("ocsp"), QStringLiteral("-respin"),
                               file(QStringLiteral("resp.der")), QStringLiteral("-CAfile"), m_pki.rootPem(),
                               QStringLiteral("-verify_other"), m_pki.licensedCaPem(),
                               QStringLiteral("-issuer"), m_pki.licensedCaPem(), QStringLiteral("-cert"),
                               m_pki.certPem(QStringLiteral("official"))},
                              &rc);
    QVERIFY2(rc == 0 && out.contains("Response verify OK") && out.contains(": good"), out.constData());

    // openssl ts -verify: the document time stamp covers its byte range.
    QByteArray token, covered;
    QVERIFY(SigningFixture::extract(pdf, 1, &token, &covered));
    QVERIFY(SigningFixture::writeFile(file(QStringLiteral("ts.der")), token));
    QVERIFY(SigningFixture::writeFile(file(QStringLiteral("covered.bin")), covered));
    QVERIFY(pdf.contains("/Type/DocTimeStamp") && pdf.contains("/SubFilter/ETSI.RFC3161"));
    out = SigningFixture::run(QStringLiteral("openssl"),
                              {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-data"),
                               file(QStringLiteral("covered.bin")), QStringLiteral("-in"),
                               file(QStringLiteral("ts.der")), QStringLiteral("-token_in"),
                               QStringLiteral("-CAfile"), m_pki.rootPem()},
                              &rc);
    QVERIFY2(rc == 0 && out.contains("Verification: OK"), out.constData());

    // pdfsig: the first signature is still valid.
    out = SigningFixture::run(QStringLiteral("pdfsig"), {lta}, &rc);
    const QByteArray first
        = out.mid(out.indexOf("Signature #1"), out.indexOf("Signature #2") - out.indexOf("Signature #1"));
    QVERIFY2(first.contains("Signature Validation: Signature is Valid."), out.constData());

    // Our validator with every responder stopped and no cache: the DSS decides.
    m_pki.stopOcsp();
    m_pki.stopCrl();
    PdfSignatureValidator v;
    QVERIFY(v.addTrusted(m_pki.bundlePem()).ok());
    auto report = v.validate(pdf);
    QVERIFY(report.ok());
    QCOMPARE(report->signatures.size(), 2);
    QCOMPARE(report->signatures[0].revocationSource, QStringLiteral("dss"));
    QCOMPARE(report->signatures[0].level, QStringLiteral("B-LTA"));
    QCOMPARE(report->signatures[1].subFilter, QStringLiteral("ETSI.RFC3161"));
    QVERIFY(report->signatures[1].timestampValid);
    QVERIFY2(report->verdict == Verdict::Valid, QJsonDocument(report->toJson()).toJson().constData());
    // Without the DSS (the file as signed), the same offline check cannot say.
    auto plain = v.validate(before);
    QVERIFY(plain.ok());
    QCOMPARE(plain->verdict, Verdict::RevocationUnknown);
    QCOMPARE(plain->signatures[0].level, QStringLiteral("B-T"));
    // The CLI prints the level.
    out = tool({QStringLiteral("verify"), QStringLiteral("--trust"), m_pki.bundlePem(), lta}, &rc);
    QVERIFY2(rc == 0 && out.contains("level: B-LTA") && out.contains("revocation: good (dss)"),
             out.constData());
    QVERIFY(m_pki.startOcsp());
    QVERIFY(m_pki.startCrl());
}

void TestLtv::extendRefusesAnInvalidSignature()
{
    int rc = -1;
    const QString signedPdf = file(QStringLiteral("revoked.pdf"));
    QByteArray out
        = tool({QStringLiteral("sign"), QStringLiteral("--in"), file(QStringLiteral("in.pdf")),
                QStringLiteral("--out"), signedPdf, QStringLiteral("--p12"),
                m_pki.p12(QStringLiteral("revoked")), QStringLiteral("--tsa"), m_tsa->url().toString()},
               &rc);
    QVERIFY2(rc == 0, out.constData());
    const QByteArray before = SigningFixture::readFile(signedPdf);
    out = tool({QStringLiteral("extend"), QStringLiteral("--level"), QStringLiteral("lt"),
                QStringLiteral("--trust"), m_pki.bundlePem(), signedPdf},
               &rc);
    QCOMPARE(rc, 2);
    QVERIFY2(out.contains("signing.extend_invalid") && out.contains("revoked"), out.constData());
    QCOMPARE(SigningFixture::readFile(signedPdf), before);
}

//! A result signed online through the one signing service (the sign dialog's path)
//! comes out B-LTA: the service validates it and embeds the evidence itself.
void TestLtv::signingServiceReachesLtaOnline()
{
    SignRequest r;
    r.pdf = SigningFixture::readFile(file(QStringLiteral("in.pdf")));
    r.placement = {Placement::Kind::Rect, 0, QRectF(300, 80, 220, 70)};
    r.appearance.namesSigner = true;
    r.spec.kind = SignerSpec::Kind::Pkcs12;
    r.spec.p12 = m_pki.p12(QStringLiteral("official"));
    r.secret = [] { return QByteArray("secret"); };
    r.tsaUrl = m_tsa->url();
    LongTermOptions lt;
    lt.archive = true;
    lt.trust = {m_pki.bundlePem()};
    r.longTerm = lt;
    auto out = SigningService::sign(r);
    QVERIFY2(out.ok(), qPrintable(out.error().toString()));
    QVERIFY2(!out->longTermError,
             qPrintable(out->longTermError ? out->longTermError->toString() : QString()));
    QCOMPARE(toString(out->level), QStringLiteral("B-LTA"));

    // Responders stopped: our validator decides from the embedded DSS.
    m_pki.stopOcsp();
    m_pki.stopCrl();
    PdfSignatureValidator v;
    QVERIFY(v.addTrusted(m_pki.bundlePem()).ok());
    auto report = v.validate(out->pdf);
    QVERIFY(m_pki.startOcsp());
    QVERIFY(m_pki.startCrl());
    QVERIFY(report.ok());
    QVERIFY2(report->verdict == Verdict::Valid, QJsonDocument(report->toJson()).toJson().constData());
    QCOMPARE(report->signatures.value(0).level, QStringLiteral("B-LTA"));
    QCOMPARE(report->signatures.value(0).revocationSource, QStringLiteral("dss"));

    // Without a trust anchor here the service keeps B-T and says why.
    r.longTerm->trust = {};
    auto untrusted = SigningService::sign(r);
    QVERIFY2(untrusted.ok(), qPrintable(untrusted.error().toString()));
    QCOMPARE(toString(untrusted->level), QStringLiteral("B-T"));
    QVERIFY(untrusted->longTermError.has_value());
}

//! Issue 15 item 5: a result signed offline (B-B, its time stamp queued: the batch's
//! upgradeTimestamps) gets, with its time stamp, the DSS and the document time stamp
//! an online signature gets; with the responders down it keeps B-T and says why.
void TestLtv::offlineSignatureGetsLtaWithItsTimestamp()
{
    SignRequest r;
    r.pdf = SigningFixture::readFile(file(QStringLiteral("in.pdf")));
    r.spec.kind = SignerSpec::Kind::Pkcs12;
    r.spec.p12 = m_pki.p12(QStringLiteral("official"));
    r.secret = [] { return QByteArray("secret"); };
    r.timestampPolicy = TimestampPolicy::FallBackAndQueue; // offline: no service reachable
    auto offline = SigningService::sign(r);
    QVERIFY2(offline.ok(), qPrintable(offline.error().toString()));
    QVERIFY(offline->timestampPending);
    QCOMPARE(toString(offline->level), QStringLiteral("B-B"));

    LongTermOptions lt;
    lt.archive = true;
    lt.trust = {m_pki.bundlePem()};
    lt.revocation.cacheDir = file(QStringLiteral("upgrade-cache"));
    TsaClient tsa(m_tsa->url());
    auto upgraded = completeTimestamp(offline->pdf, tsa, lt);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.error().toString()));
    QVERIFY2(!upgraded->longTermError,
             qPrintable(upgraded->longTermError ? upgraded->longTermError->toString() : QString()));
    QVERIFY(upgraded->longTerm);
    const QString path = file(QStringLiteral("upgraded-lta.pdf"));
    QVERIFY(SigningFixture::writeFile(path, upgraded->pdf));
    //! The DSS holds the OCSP response about the official (checked by openssl itself).
    int rc = -1;
    const QByteArray json
        = SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--json"), path}, &rc);
    QVERIFY2(rc == 0, json.left(400).constData());
    QVERIFY2(json.contains("/OCSPs") && json.contains("/Certs"), json.left(2000).constData());
    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {path});
    QVERIFY2(sig.contains("Signature is Valid."), sig);

    // Responders stopped: our validator decides from the embedded DSS.
    m_pki.stopOcsp();
    m_pki.stopCrl();
    PdfSignatureValidator v;
    QVERIFY(v.addTrusted(m_pki.bundlePem()).ok());
    auto report = v.validate(upgraded->pdf);
    QVERIFY(report.ok());
    QVERIFY2(report->verdict == Verdict::Valid, QJsonDocument(report->toJson()).toJson().constData());
    QCOMPARE(report->signatures.value(0).level, QStringLiteral("B-LTA"));
    QCOMPARE(report->signatures.value(0).revocationSource, QStringLiteral("dss"));

    //! Still down while the next offline signature gets its time stamp: B-T, and why.
    auto second = SigningService::sign(r);
    QVERIFY(second.ok() && second->timestampPending);
    LongTermOptions uncached = lt;
    uncached.revocation.cacheDir = file(QStringLiteral("empty-cache"));
    auto bt = completeTimestamp(second->pdf, tsa, uncached);
    QVERIFY(m_pki.startOcsp());
    QVERIFY(m_pki.startCrl());
    QVERIFY2(bt.ok(), qPrintable(bt.error().toString()));
    QVERIFY(!bt->longTerm);
    QVERIFY(bt->longTermError.has_value());
    QVERIFY(TimestampUpgrade::hasTimestamp(bt->pdf).value());
    auto btReport = v.validate(bt->pdf);
    QVERIFY(btReport.ok());
    QCOMPARE(btReport->signatures.value(0).level, QStringLiteral("B-T"));
}

QTEST_MAIN(TestLtv)
#include "tst_ltv.moc"
