// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingfixture.h"
#include "tsatestserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace motcua::signing;

class TestMotcuaSign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signAndVerifyP12();
    void passwordFromStdin();
    void verifyExitCodes();
    void batchOnTokenWithOneLogin();
    void wrongPin();
    void timestampAndVisible();
    void usageErrors();

private:
    QByteArray tool(const QStringList &args, int *rc, const QByteArray &pin = {},
                    const QByteArray &input = {});
    static QString bin() { return QStringLiteral(MOTCUA_BIN_DIR "/motcua-sign"); }

    SigningFixture m_fx;
    std::unique_ptr<TsaTestServer> m_tsa;
};

void TestMotcuaSign::initTestCase()
{
    QVERIFY(m_fx.setUp());
    QVERIFY(m_fx.initToken());
    auto tsa = TimestampAuthority::fromPem(SigningFixture::readFile(m_fx.path(QStringLiteral("tsa.pem"))),
                                           SigningFixture::readFile(m_fx.path(QStringLiteral("tsa.key"))));
    QVERIFY(tsa.ok());
    m_tsa = std::make_unique<TsaTestServer>(std::move(tsa.value()));
    QVERIFY(m_tsa->start());
    QVERIFY(SigningFixture::writeFile(m_fx.path(QStringLiteral("in.pdf")),
                                      SigningFixture::makePdf(1, QStringLiteral("Hồ sơ"))));
}

QByteArray TestMotcuaSign::tool(const QStringList &args, int *rc, const QByteArray &pin,
                                const QByteArray &input)
{
    QProcessEnvironment env = m_fx.env();
    env.remove(QStringLiteral("MOTCUA_PIN"));
    if (!pin.isEmpty())
        env.insert(QStringLiteral("MOTCUA_PIN"), QString::fromLatin1(pin));
    return SigningFixture::run(bin(), args, rc, env, input);
}

void TestMotcuaSign::signAndVerifyP12()
{
    int rc = -1;
    const QString out = m_fx.path(QStringLiteral("p12.pdf"));
    QByteArray log
        = tool({QStringLiteral("sign"), QStringLiteral("--in"), m_fx.path(QStringLiteral("in.pdf")),
                QStringLiteral("--out"), out, QStringLiteral("--p12"), m_fx.p12(), QStringLiteral("--reason"),
                QStringLiteral("Phê duyệt kết quả")},
               &rc, m_fx.p12Password());
    QVERIFY2(rc == 0, log);
    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {out});
    QVERIFY2(sig.contains("Signature is Valid.") && sig.contains("Total document signed"), sig);
    log = tool({QStringLiteral("verify"), out, QStringLiteral("--trust"), m_fx.caPem()}, &rc);
    QVERIFY2(rc == 0, log);
    QVERIFY(log.contains("(valid)"));
}

void TestMotcuaSign::passwordFromStdin()
{
    int rc = -1;
    const QString out = m_fx.path(QStringLiteral("stdin.pdf"));
    const QByteArray log
        = tool({QStringLiteral("sign"), QStringLiteral("--in"), m_fx.path(QStringLiteral("in.pdf")),
                QStringLiteral("--out"), out, QStringLiteral("--p12"), m_fx.p12()},
               &rc, {}, m_fx.p12Password() + '\n');
    QVERIFY2(rc == 0, log);
    QVERIFY(QFile::exists(out));
    // A wrong password: exit 2 with the typed error, no output file.
    const QString none = m_fx.path(QStringLiteral("none.pdf"));
    const QByteArray bad
        = tool({QStringLiteral("sign"), QStringLiteral("--in"), m_fx.path(QStringLiteral("in.pdf")),
                QStringLiteral("--out"), none, QStringLiteral("--p12"), m_fx.p12()},
               &rc, {}, "wrong\n");
    QCOMPARE(rc, 2);
    QVERIFY2(bad.contains("signing.p12_password"), bad);
    QVERIFY(!QFile::exists(none));
}

void TestMotcuaSign::verifyExitCodes()
{
    int rc = -1;
    const QString good = m_fx.path(QStringLiteral("p12.pdf"));
    QVERIFY(QFile::exists(good));
    // No trust store: the signer is not trusted.
    QByteArray log = tool({QStringLiteral("verify"), good}, &rc);
    QCOMPARE(rc, 1);
    QVERIFY(log.contains("(untrusted)"));
    // Tampered.
    QByteArray t = SigningFixture::readFile(good);
    t[15] = char(t[15] ^ 1);
    const QString tampered = m_fx.path(QStringLiteral("tampered.pdf"));
    QVERIFY(SigningFixture::writeFile(tampered, t));
    log = tool({QStringLiteral("verify"), tampered, QStringLiteral("--trust"), m_fx.caPem(),
                QStringLiteral("--json")},
               &rc);
    QCOMPARE(rc, 1);
    const QJsonObject j = QJsonDocument::fromJson(log).object();
    QCOMPARE(j.value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
    QCOMPARE(j.value(QStringLiteral("signatures")).toArray().size(), 1);
    // Not a PDF, missing file: errors.
    QVERIFY(SigningFixture::writeFile(m_fx.path(QStringLiteral("junk.pdf")), "junk"));
    tool({QStringLiteral("verify"), m_fx.path(QStringLiteral("junk.pdf"))}, &rc);
    QCOMPARE(rc, 2);
    tool({QStringLiteral("verify"), m_fx.path(QStringLiteral("missing.pdf"))}, &rc);
    QCOMPARE(rc, 2);
}

void TestMotcuaSign::batchOnTokenWithOneLogin()
{
    const QString in = m_fx.path(QStringLiteral("batch-in"));
    const QString out = m_fx.path(QStringLiteral("batch-out"));
    QDir().mkpath(in);
    for (int i = 0; i < 4; ++i)
        QVERIFY(
            SigningFixture::writeFile(in + QStringLiteral("/doc%1.pdf").arg(i),
                                      SigningFixture::makePdf(1 + i, QStringLiteral("Tài liệu %1").arg(i))));
    int rc = -1;
    const QByteArray log
        = tool({QStringLiteral("sign"), QStringLiteral("--in"), in, QStringLiteral("--out"), out,
                QStringLiteral("--pkcs11-module"), m_fx.softhsmModule(), QStringLiteral("--token"),
                m_fx.tokenLabel(), QStringLiteral("--key"), QStringLiteral("sign")},
               &rc, m_fx.tokenPin());
    QVERIFY2(rc == 0, log);
    QVERIFY2(log.contains("files: 4, failed: 0") && log.contains("token logins: 1"), log);
    QVERIFY(!log.contains(m_fx.tokenPin()));
    for (int i = 0; i < 4; ++i) {
        const QString f = out + QStringLiteral("/doc%1.pdf").arg(i);
        const QByteArray v
            = tool({QStringLiteral("verify"), f, QStringLiteral("--trust"), m_fx.caPem()}, &rc);
        QVERIFY2(rc == 0, v);
    }
}

void TestMotcuaSign::wrongPin()
{
    int rc = -1;
    const QByteArray log = tool({QStringLiteral("sign"), QStringLiteral("--in"),
                                 m_fx.path(QStringLiteral("in.pdf")), QStringLiteral("--out"),
                                 m_fx.path(QStringLiteral("x.pdf")), QStringLiteral("--pkcs11-module"),
                                 m_fx.softhsmModule(), QStringLiteral("--token"), m_fx.tokenLabel()},
                                &rc, "987654");
    QCOMPARE(rc, 2);
    QVERIFY2(log.contains("signing.pin_incorrect") && log.contains("Wrong PIN"), log);
    QVERIFY(!log.contains("987654"));
}

void TestMotcuaSign::timestampAndVisible()
{
    int rc = -1;
    const QString out = m_fx.path(QStringLiteral("bt-visible.pdf"));
    QByteArray log
        = tool({QStringLiteral("sign"), QStringLiteral("--in"), m_fx.path(QStringLiteral("in.pdf")),
                QStringLiteral("--out"), out, QStringLiteral("--p12"), m_fx.p12(), QStringLiteral("--tsa"),
                m_tsa->url().toString(), QStringLiteral("--visible"), QStringLiteral("1,370,770,210,55"),
                QStringLiteral("--copy-form"), QStringLiteral("Sao y bản chính"), QStringLiteral("--agency"),
                QStringLiteral("Văn phòng UBND tỉnh")},
               &rc, m_fx.p12Password());
    QVERIFY2(rc == 0, log);
    log = tool(
        {QStringLiteral("verify"), out, QStringLiteral("--trust"), m_fx.caPem(), QStringLiteral("--json")},
        &rc);
    QVERIFY2(rc == 0, log);
    const QJsonObject s
        = QJsonDocument::fromJson(log).object().value(QStringLiteral("signatures")).toArray()[0].toObject();
    QVERIFY(s.value(QStringLiteral("has_timestamp")).toBool());
    QVERIFY(s.value(QStringLiteral("timestamp_valid")).toBool());
    const QString text
        = QString::fromUtf8(SigningFixture::run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}));
    QVERIFY2(text.contains(QStringLiteral("Sao y bản chính"))
                 && text.contains(QStringLiteral("Văn phòng UBND tỉnh")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("+07:00")));
}

void TestMotcuaSign::usageErrors()
{
    int rc = -1;
    tool({}, &rc);
    QCOMPARE(rc, 2);
    tool({QStringLiteral("sign"), QStringLiteral("--in"), m_fx.path(QStringLiteral("in.pdf"))}, &rc);
    QCOMPARE(rc, 2);
    tool({QStringLiteral("sign"), QStringLiteral("--in"), m_fx.path(QStringLiteral("in.pdf")),
          QStringLiteral("--out"), m_fx.path(QStringLiteral("y.pdf")), QStringLiteral("--p12"), m_fx.p12(),
          QStringLiteral("--visible"), QStringLiteral("1,2,3")},
         &rc, m_fx.p12Password());
    QCOMPARE(rc, 2);
}

QTEST_MAIN(TestMotcuaSign)
#include "tst_motcuasign.moc"
