// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingfixture.h"
#include "tsatestserver.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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
    void resultImages();
    void badImage();
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
    //! The one stamp format (issue 20 item 6): Vietnam local time, "dd/MM/yyyy HH:mm (GMT+7)".
    QVERIFY2(text.contains(QStringLiteral("(GMT+7)")), qPrintable(text));
}

//! Counts strongly red pixels (the seal's ink) in `box` of page 1 rendered at 72 dpi (1 px = 1 pt).
static int redPixels(const QString &pdf, const QString &prefix, const QRect &pdfBox)
{
    SigningFixture::run(QStringLiteral("pdftoppm"),
                        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("72"),
                         QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                         QStringLiteral("-singlefile"), pdf, prefix});
    const QImage img(prefix + QStringLiteral(".png"));
    if (img.isNull())
        return -1;
    int n = 0;
    for (int y = img.height() - pdfBox.bottom(); y < img.height() - pdfBox.top(); ++y) {
        for (int x = pdfBox.left(); x < pdfBox.right(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (c.red() > 160 && c.green() < 90 && c.blue() < 90)
                ++n;
        }
    }
    return n;
}

void TestMotcuaSign::resultImages()
{
    int rc = -1;
    const QString in = m_fx.path(QStringLiteral("in.pdf"));
    const QString out = m_fx.path(QStringLiteral("result-images.pdf"));
    const QString res = QStringLiteral(MOTCUA_SOURCE_DIR "/resources/signing/");
    QByteArray log = tool({QStringLiteral("sign"), QStringLiteral("--in"), in, QStringLiteral("--out"), out,
                           QStringLiteral("--p12"), m_fx.p12(), QStringLiteral("--visible"),
                           QStringLiteral("1,300,600,260,90"), QStringLiteral("--text"),
                           QStringLiteral("Nguyễn Văn Lãnh Đạo"), QStringLiteral("--text"),
                           QStringLiteral("Chủ tịch UBND xã"), QStringLiteral("--signature-image"),
                           res + QStringLiteral("demo-signature.png"), QStringLiteral("--seal-image"),
                           res + QStringLiteral("demo-seal.png")},
                          &rc, m_fx.p12Password());
    QVERIFY2(rc == 0, log);

    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {out});
    QVERIFY2(sig.contains("Signature is Valid.") && sig.contains("Total document signed"), sig);
    int qrc = -1;
    const QByteArray check
        = SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), out}, &qrc);
    QVERIFY2(qrc == 0, check);

    // Two images (RGB), each with a soft mask from the PNG's alpha channel.
    const QByteArray list = SigningFixture::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), out});
    //! Columns: page num type width height color ... (the "enc" column also says "image").
    const QString listing = QString::fromUtf8(list);
    const auto rows = [&listing](const QString &type) {
        return listing.count(
            QRegularExpression(QStringLiteral("(?m)^\\s*1\\s+\\d+\\s+") + type + QStringLiteral("\\s")));
    };
    QVERIFY2(rows(QStringLiteral("image")) == 2 && rows(QStringLiteral("smask")) == 2, list);
    QVERIFY2(list.contains("300   120") || list.contains("300    120"), list);
    QVERIFY2(list.contains("240   240") || list.contains("240    240"), list);

    // The seal is drawn red at the left of the box; the unsigned page has no red there.
    const QRect sealBox(300, 600, 70, 90);
    const int red = redPixels(out, m_fx.path(QStringLiteral("result-images")), sealBox);
    QVERIFY2(red > 300, qPrintable(QString::number(red)));
    QCOMPARE(redPixels(in, m_fx.path(QStringLiteral("unsigned")), sealBox), 0);
    // The signature's text is to the right of the images and extractable.
    const QString text
        = QString::fromUtf8(SigningFixture::run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}));
    QVERIFY2(text.contains(QStringLiteral("Nguyễn Văn Lãnh Đạo")), qPrintable(text));

    // The validator agrees.
    log = tool({QStringLiteral("verify"), out, QStringLiteral("--trust"), m_fx.caPem()}, &rc);
    QVERIFY2(rc == 0, log);
}

void TestMotcuaSign::badImage()
{
    // Not a PNG: a clear error, no output written, the password never needed.
    const QString bad = m_fx.path(QStringLiteral("not-a-png.png"));
    QVERIFY(SigningFixture::writeFile(bad, "GIF89a this is not a png"));
    const QString out = m_fx.path(QStringLiteral("bad-image.pdf"));
    int rc = -1;
    const QByteArray log = tool({QStringLiteral("sign"), QStringLiteral("--in"),
                                 m_fx.path(QStringLiteral("in.pdf")), QStringLiteral("--out"), out,
                                 QStringLiteral("--p12"), m_fx.p12(), QStringLiteral("--visible"),
                                 QStringLiteral("1,300,600,260,90"), QStringLiteral("--seal-image"), bad},
                                &rc, m_fx.p12Password());
    QCOMPARE(rc, 2);
    QVERIFY2(log.contains("signing.image"), log);
    QVERIFY(!QFile::exists(out));
    // A truncated PNG is refused too.
    QByteArray png
        = SigningFixture::readFile(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/signing/demo-seal.png"));
    QVERIFY(SigningFixture::writeFile(bad, png.left(png.size() / 2)));
    tool({QStringLiteral("sign"), QStringLiteral("--in"), m_fx.path(QStringLiteral("in.pdf")),
          QStringLiteral("--out"), out, QStringLiteral("--p12"), m_fx.p12(), QStringLiteral("--visible"),
          QStringLiteral("1,300,600,260,90"), QStringLiteral("--seal-image"), bad},
         &rc, m_fx.p12Password());
    QCOMPARE(rc, 2);
    QVERIFY(!QFile::exists(out));
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
