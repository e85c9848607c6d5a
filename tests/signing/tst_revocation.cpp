// SPDX-License-Identifier: GPL-3.0-or-later
//! Time and revocation in the validator, against the Vietnamese-shaped test PKI:
//! a real `openssl ocsp` responder and a CRL over HTTP on loopback.
#include "signing/pdfsignaturevalidator.h"
#include "signing/pdfsigner.h"
#include "signing/pkcs12signer.h"
#include "signing/trustbundle.h"
#include "signing/tsaclient.h"
#include "signingfixture.h"
#include "tsatestserver.h"
#include "vnpki.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace motcua::signing;

class TestRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ocspGoodRevokedUnreachable();
    void crlGoodAndRevoked();
    void expiredCertificateIsNotValidWhateverM();
    void revokedBeforeTheTimestampIsInvalid();
    void revokedAfterTheTimestampStaysValid();
    void offlineWithoutCacheCannotCheck();
    void trustBundle();

private:
    QByteArray sign(const QString &official, bool timestamp = false, const QDateTime &when = {});
    ValidationReport validate(const QByteArray &pdf, const QString &cacheDir, bool online = true);

    VnPki m_pki;
    std::unique_ptr<TsaTestServer> m_tsa;
    QByteArray m_pdf;
    QTemporaryDir m_tmp;
};

void TestRevocation::initTestCase()
{
    QVERIFY(m_pki.setUp());
    auto tsa = TimestampAuthority::fromPem(SigningFixture::readFile(m_pki.tsaCertPem()),
                                           SigningFixture::readFile(m_pki.tsaKeyPem()),
                                           SigningFixture::readFile(m_pki.rootPem()));
    QVERIFY(tsa.ok());
    m_tsa = std::make_unique<TsaTestServer>(std::move(tsa.value()));
    QVERIFY(m_tsa->start());
    m_pdf = SigningFixture::makePdf(1, QStringLiteral("Giấy chứng nhận"));
}

QByteArray TestRevocation::sign(const QString &official, bool timestamp, const QDateTime &when)
{
    auto signer = Pkcs12Signer::open(m_pki.p12(official), m_pki.password());
    if (!signer)
        return {};
    SignOptions o;
    o.signingTime = when.isValid() ? when : QDateTime::currentDateTime().toTimeZone(QTimeZone(7 * 3600));
    TsaClient tsa(m_tsa->url());
    if (timestamp)
        o.tsa = &tsa;
    auto out = PdfSigner::sign(m_pdf, *signer.value(), o);
    return out ? out.value() : QByteArray();
}

ValidationReport TestRevocation::validate(const QByteArray &pdf, const QString &cacheDir, bool online)
{
    PdfSignatureValidator v;
    if (!v.addTrusted(m_pki.bundlePem()).ok())
        return {};
    RevocationOptions o;
    o.cacheDir = cacheDir;
    o.online = online;
    o.timeoutMs = 10000;
    v.setRevocationOptions(o);
    auto r = v.validate(pdf);
    return r ? r.value() : ValidationReport();
}

void TestRevocation::ocspGoodRevokedUnreachable()
{
    QVERIFY(m_pki.startOcsp());
    QVERIFY(m_pki.startCrl());
    const QString cache = m_tmp.filePath(QStringLiteral("cache-ocsp"));
    const QByteArray good = sign(QStringLiteral("official"));
    const QByteArray revoked = sign(QStringLiteral("revoked"));
    QVERIFY(!good.isEmpty() && !revoked.isEmpty());

    ValidationReport r = validate(good, cache);
    QCOMPARE(r.signatures.size(), 1);
    QCOMPARE(r.signatures[0].revocationStatus, QStringLiteral("good"));
    QVERIFY2(r.signatures[0].revocationSource == QLatin1String("ocsp"),
             qPrintable(r.signatures[0].revocationDetail));
    QCOMPARE(r.verdict, Verdict::Valid);
    // The answer is kept under the profile's cache, keyed by issuer and serial.
    QCOMPARE(QDir(cache + QStringLiteral("/ocsp")).entryList(QDir::Files).size(), 1);

    r = validate(revoked, cache);
    QCOMPARE(r.signatures[0].revocationStatus, QStringLiteral("revoked"));
    QCOMPARE(r.verdict, Verdict::Invalid);
    QVERIFY(r.signatures[0].revocationTime.isValid());
    QVERIFY(r.signatures[0].problems.join(u'\n').contains(QStringLiteral("revoked")));

    // Responder and CRL server down, nothing cached: a verdict of its own, not "valid".
    m_pki.stopOcsp();
    m_pki.stopCrl();
    r = validate(good, m_tmp.filePath(QStringLiteral("empty-cache")));
    QCOMPARE(r.signatures[0].revocationStatus, QStringLiteral("unknown"));
    QCOMPARE(r.verdict, Verdict::RevocationUnknown);
    QCOMPARE(verdictId(r.verdict), QStringLiteral("revocation_unknown"));

    // The same file reviewed offline afterwards: the cached answer decides.
    r = validate(good, cache);
    QCOMPARE(r.signatures[0].revocationSource, QStringLiteral("cache"));
    QCOMPARE(r.verdict, Verdict::Valid);
    r = validate(revoked, cache);
    QCOMPARE(r.signatures[0].revocationSource, QStringLiteral("cache"));
    QCOMPARE(r.verdict, Verdict::Invalid);
    QVERIFY(m_pki.startOcsp());
    QVERIFY(m_pki.startCrl());
}

void TestRevocation::crlGoodAndRevoked()
{
    QVERIFY(m_pki.startCrl());
    const QString cache = m_tmp.filePath(QStringLiteral("cache-crl"));
    const int before = m_pki.crlRequests();
    ValidationReport r = validate(sign(QStringLiteral("crlgood")), cache);
    QCOMPARE(r.signatures.size(), 1);
    QCOMPARE(r.signatures[0].revocationStatus, QStringLiteral("good"));
    QCOMPARE(r.signatures[0].revocationSource, QStringLiteral("crl"));
    QCOMPARE(r.verdict, Verdict::Valid);
    QCOMPARE(m_pki.crlRequests(), before + 1);

    // The second certificate of the same CRL: the cached CRL answers, no request.
    r = validate(sign(QStringLiteral("crlrevoked")), cache);
    QCOMPARE(r.signatures[0].revocationStatus, QStringLiteral("revoked"));
    QCOMPARE(r.signatures[0].revocationSource, QStringLiteral("cache"));
    QCOMPARE(r.verdict, Verdict::Invalid);
    QCOMPARE(m_pki.crlRequests(), before + 1);

    // Without the cache it is fetched again, and says revoked.
    r = validate(sign(QStringLiteral("crlrevoked")), QString());
    QCOMPARE(r.signatures[0].revocationSource, QStringLiteral("crl"));
    QCOMPARE(r.verdict, Verdict::Invalid);
}

void TestRevocation::expiredCertificateIsNotValidWhateverM()
{
    // /M back-dated into the certificate's validity: no trusted time, so checked now.
    const QDateTime claimed(QDate(2020, 6, 1), QTime(9, 0), QTimeZone(7 * 3600));
    const QByteArray pdf = sign(QStringLiteral("expired"), false, claimed);
    QVERIFY(!pdf.isEmpty());
    const ValidationReport r = validate(pdf, QString());
    QCOMPARE(r.signatures.size(), 1);
    QCOMPARE(r.signatures[0].claimedTime, claimed.toUTC());
    QVERIFY(!r.signatures[0].certificateValidAtSigningTime);
    QVERIFY(r.signatures[0].validationTime > claimed.addYears(2));
    QCOMPARE(r.verdict, Verdict::Invalid);
    QVERIFY(r.signatures[0].problems.join(u'\n').contains(QStringLiteral("expired")));
}

void TestRevocation::revokedBeforeTheTimestampIsInvalid()
{
    QVERIFY(m_pki.startOcsp());
    const QByteArray stamped = sign(QStringLiteral("revoked"), true);
    ValidationReport r = validate(stamped, QString());
    QCOMPARE(r.signatures.size(), 1);
    QVERIFY(r.signatures[0].timestampValid);
    // Revoked during setUp, before this time stamp: invalid.
    QCOMPARE(r.signatures[0].revocationStatus, QStringLiteral("revoked"));
    QVERIFY(r.signatures[0].revocationTime <= r.signatures[0].timestampTime);
    QCOMPARE(r.verdict, Verdict::Invalid);

    const QByteArray good = sign(QStringLiteral("official"), true);
    r = validate(good, QString());
    QCOMPARE(r.signatures[0].revocationStatus, QStringLiteral("good"));
    QCOMPARE(r.signatures[0].validationTime, r.signatures[0].timestampTime);
    QCOMPARE(r.signatures[0].level, QStringLiteral("B-T"));
    QCOMPARE(r.verdict, Verdict::Valid);
}

void TestRevocation::revokedAfterTheTimestampStaysValid()
{
    // The TSA proves the signature existed before the revocation date the CA
    // wrote; without a time stamp nothing proves it, so the same revocation
    // makes the signature invalid.
    QVERIFY(m_pki.startOcsp());
    const QByteArray stamped = sign(QStringLiteral("later"), true);
    const QByteArray plain = sign(QStringLiteral("later"), false);
    QVERIFY(!stamped.isEmpty() && !plain.isEmpty());
    QThread::msleep(1100); // revocation dates have whole seconds: strictly after the time stamp
    QVERIFY(m_pki.revoke(QStringLiteral("later")));
    ValidationReport r = validate(stamped, QString());
    QCOMPARE(r.signatures.size(), 1);
    QVERIFY(r.signatures[0].revocationTime > r.signatures[0].timestampTime);
    QCOMPARE(r.signatures[0].revocationStatus, QStringLiteral("good"));
    QCOMPARE(r.verdict, Verdict::Valid);
    r = validate(plain, QString());
    QCOMPARE(r.signatures[0].revocationStatus, QStringLiteral("revoked"));
    QCOMPARE(r.verdict, Verdict::Invalid);
}

void TestRevocation::offlineWithoutCacheCannotCheck()
{
    // Offline mode never touches the network: the live responder gets nothing.
    QVERIFY(m_pki.startCrl());
    const int before = m_pki.crlRequests();
    const ValidationReport r = validate(sign(QStringLiteral("crlgood")), QString(), false);
    QCOMPARE(r.verdict, Verdict::RevocationUnknown);
    QCOMPARE(m_pki.crlRequests(), before);
}

void TestRevocation::trustBundle()
{
    auto bundle = TrustBundle::parse(SigningFixture::readFile(m_pki.bundlePem()));
    QVERIFY2(bundle.ok(), qPrintable(bundle ? QString() : bundle.error().detail));
    QCOMPARE(bundle->size(), 2);
    QVERIFY(TrustBundle::toPem(bundle->first()).startsWith("-----BEGIN CERTIFICATE-----"));
    // Refused whole: a licensed CA without its root, an official's certificate, not a PEM.
    for (const QByteArray &bad : {SigningFixture::readFile(m_pki.licensedCaPem()),
                                  SigningFixture::readFile(m_pki.bundlePem())
                                      + SigningFixture::readFile(m_pki.certPem(QStringLiteral("official"))),
                                  QByteArray("not a certificate")}) {
        auto r = TrustBundle::parse(bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("signing.trust_bundle"));
    }
    // Only the root trusted is enough for the chain through the licensed CA in the CMS.
    PdfSignatureValidator v;
    QVERIFY(v.addTrusted(m_pki.rootPem()).ok());
    RevocationOptions o;
    o.online = false;
    v.setRevocationOptions(o);
    auto rep = v.validate(sign(QStringLiteral("official")));
    QVERIFY(rep.ok());
    QVERIFY(rep->signatures.value(0).chainTrusted);
    // The licensed CA alone (no root) is not a trust anchor.
    PdfSignatureValidator partial;
    QVERIFY(partial.addTrusted(m_pki.licensedCaPem()).ok());
    rep = partial.validate(sign(QStringLiteral("official")));
    QVERIFY(rep.ok());
    QCOMPARE(rep->verdict, Verdict::Untrusted);
}

QTEST_MAIN(TestRevocation)
#include "tst_revocation.moc"
