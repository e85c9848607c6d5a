// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pdfsignaturevalidator.h"
#include "signing/pdfsigner.h"
#include "signing/pkcs11signer.h"
#include "signingfixture.h"

#include <QTest>
#include <p11-kit/pkcs11.h>

using namespace motcua::signing;

class TestPkcs11Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void knownModules();
    void badModule();
    void tokens();
    void batchWithOneLogin();
    void wrongPin();
    void unknownTokenAndKey();
    void sessionLost();
    void alwaysAuthenticateEcKey();

private:
    SigningFixture m_fx;
    std::shared_ptr<Pkcs11Module> m_module;
};

void TestPkcs11Signer::initTestCase()
{
    QVERIFY(m_fx.setUp());
    QVERIFY(!m_fx.softhsmModule().isEmpty());
    QVERIFY(m_fx.initToken());
    auto m = Pkcs11Module::load(m_fx.softhsmModule());
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
    m_module = m.value();
}

void TestPkcs11Signer::knownModules()
{
    QStringList vendors;
    for (const auto &m : Pkcs11Module::knownModules()) {
        vendors << m.vendor;
        QVERIFY(!m.fileNames.isEmpty());
    }
    for (const QString &v :
         {QStringLiteral("VNPT-CA"), QStringLiteral("Viettel-CA"), QStringLiteral("FPT-CA"),
          QStringLiteral("Ban Cơ yếu Chính phủ"), QStringLiteral("SoftHSM2")})
        QVERIFY2(vendors.contains(v), qPrintable(v));
}

void TestPkcs11Signer::badModule()
{
    auto m = Pkcs11Module::load(m_fx.path(QStringLiteral("no-such-module.so")));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, QStringLiteral("signing.pkcs11_load"));
    // A library that is not a PKCS#11 module.
    auto z = Pkcs11Module::load(QStringLiteral("libz.so.1"));
    QVERIFY(!z.ok());
    QCOMPARE(z.error().code, QStringLiteral("signing.pkcs11_load"));
}

void TestPkcs11Signer::tokens()
{
    auto t = m_module->tokens();
    QVERIFY(t.ok());
    bool found = false;
    for (const auto &tok : t.value()) {
        if (tok.label == m_fx.tokenLabel()) {
            found = true;
            QVERIFY(!tok.pinLocked);
            QVERIFY(!tok.protectedAuthenticationPath);
            QCOMPARE(tok.manufacturer, QStringLiteral("SoftHSM project"));
        }
    }
    QVERIFY(found);
}

void TestPkcs11Signer::batchWithOneLogin()
{
    int pinAsked = 0;
    auto s = Pkcs11Signer::open(m_module, m_fx.tokenLabel(), QStringLiteral("sign"), [&] {
        ++pinAsked;
        return m_fx.tokenPin();
    });
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    QCOMPARE(s.value()->certificateChain().size(), 1);
    PdfSignatureValidator v;
    QVERIFY(v.addTrusted(m_fx.caPem()).ok());
    for (int i = 0; i < 3; ++i) {
        auto out
            = PdfSigner::sign(SigningFixture::makePdf(1, QStringLiteral("Hồ sơ %1").arg(i)), *s.value(), {});
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
        const QString path = m_fx.path(QStringLiteral("token-%1.pdf").arg(i));
        QVERIFY(SigningFixture::writeFile(path, out.value()));
        const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {path});
        QVERIFY2(sig.contains("Signature is Valid.") && sig.contains("ETSI.CAdES.detached"), sig);
        QCOMPARE(v.validate(out.value())->verdict, Verdict::Valid);
    }
    QCOMPARE(s.value()->loginCount(), 1);
    QCOMPARE(pinAsked, 1);
}

void TestPkcs11Signer::wrongPin()
{
    auto s = Pkcs11Signer::open(m_module, m_fx.tokenLabel(), {}, [] { return QByteArray("0000"); });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("signing.pin_incorrect"));
    QVERIFY(!s.error().detail.contains(QStringLiteral("0000")));
    // The right PIN still works afterwards (SoftHSM2 has no retry counter).
    auto ok = Pkcs11Signer::open(m_module, m_fx.tokenLabel(), {}, [this] { return m_fx.tokenPin(); });
    QVERIFY(ok.ok());
}

void TestPkcs11Signer::unknownTokenAndKey()
{
    auto t = Pkcs11Signer::open(m_module, QStringLiteral("no-such-token"), {},
                                [this] { return m_fx.tokenPin(); });
    QVERIFY(!t.ok());
    QCOMPARE(t.error().code, QStringLiteral("signing.token_not_found"));
    auto k = Pkcs11Signer::open(m_module, m_fx.tokenLabel(), QStringLiteral("no-such-key"),
                                [this] { return m_fx.tokenPin(); });
    QVERIFY(!k.ok());
    QCOMPARE(k.error().code, QStringLiteral("signing.key_not_found"));
}

void TestPkcs11Signer::sessionLost()
{
    // What pulling the token out does to a session: every session on the slot closes.
    auto s = Pkcs11Signer::open(m_module, m_fx.tokenLabel(), {}, [this] { return m_fx.tokenPin(); });
    QVERIFY(s.ok());
    QCOMPARE(m_module->functions()->C_CloseAllSessions(s.value()->token().slot), CKR_OK);
    auto out = PdfSigner::sign(SigningFixture::makePdf(1, QStringLiteral("x")), *s.value(), {});
    QVERIFY(!out.ok());
    QCOMPARE(out.error().code, QStringLiteral("signing.token_removed"));
}

void TestPkcs11Signer::alwaysAuthenticateEcKey()
{
    QVERIFY(m_fx.addAlwaysAuthenticateKey());
    int pinAsked = 0;
    auto s = Pkcs11Signer::open(m_module, m_fx.tokenLabel(), QStringLiteral("always"), [&] {
        ++pinAsked;
        return m_fx.tokenPin();
    });
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    PdfSignatureValidator v;
    QVERIFY(v.addTrusted(m_fx.caPem()).ok());
    for (int i = 0; i < 2; ++i) {
        auto out
            = PdfSigner::sign(SigningFixture::makePdf(1, QStringLiteral("ECDSA %1").arg(i)), *s.value(), {});
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
        const QString path = m_fx.path(QStringLiteral("always-%1.pdf").arg(i));
        QVERIFY(SigningFixture::writeFile(path, out.value()));
        const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {path});
        QVERIFY2(sig.contains("Signature is Valid."), sig);
        QCOMPARE(v.validate(out.value())->verdict, Verdict::Valid);
    }
    // One login for the session, then a context-specific login for each signature.
    QCOMPARE(s.value()->loginCount(), 1);
    QCOMPARE(pinAsked, 1 + 2);
}

QTEST_MAIN(TestPkcs11Signer)
#include "tst_pkcs11signer.moc"
