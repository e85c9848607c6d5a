// SPDX-License-Identifier: GPL-3.0-or-later
//! The small security rules of client/core: the transport rule shared by every
//! program, environment secrets, and Windows device names in file names.
#include "core/annotation.h"
#include "core/secrets.h"
#include "core/transport.h"

#include <QTest>

using namespace motcua;

class TstSecurityRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transport_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code"); // empty = allowed
        QTest::newRow("https remote") << "https://motcua.example.gov.vn"
                                      << "";
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080"
                                          << "";
        QTest::newRow("http loopback 127/8") << "http://127.3.4.5/"
                                             << "";
        QTest::newRow("http localhost") << "http://LOCALHOST:9"
                                        << "";
        QTest::newRow("http loopback v6") << "http://[::1]:8080"
                                          << "";
        QTest::newRow("http remote") << "http://host.example"
                                     << "transport.insecure";
        QTest::newRow("http lan address") << "http://192.168.1.10:8080"
                                          << "transport.insecure";
        QTest::newRow("http lookalike name") << "http://127.0.0.1.evil.example"
                                             << "transport.insecure";
        QTest::newRow("http localhost lookalike") << "http://localhost.example"
                                                  << "transport.insecure";
        QTest::newRow("ftp") << "ftp://host.example"
                             << "transport.unsupported";
        QTest::newRow("no scheme") << "host.example"
                                   << "transport.unsupported";
    }
    void transport()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        const Status s = checkTransport(QUrl(url));
        if (code.isEmpty()) {
            QVERIFY2(s.ok(), qPrintable(url));
        } else {
            QVERIFY2(!s.ok(), qPrintable(url));
            QCOMPARE(s.error().code, code);
        }
    }
    void insecureMessageNamesTheHttpsAddress()
    {
        const Status s = checkTransport(QUrl(QStringLiteral("http://user:pw@host.example:80/x")));
        QVERIFY(!s.ok());
        const QString msg = s.error().englishMessage();
        QVERIFY2(msg.contains(QLatin1String("https://host.example/x")), qPrintable(msg));
        QVERIFY2(!msg.contains(QLatin1String("pw")), "the message never repeats credentials");
    }
    void normalize()
    {
        QCOMPARE(normalizeServerUrl(QStringLiteral("host.example")),
                 QUrl(QStringLiteral("https://host.example")));
        QCOMPARE(normalizeServerUrl(QStringLiteral("host.example:8443/")),
                 QUrl(QStringLiteral("https://host.example:8443")));
        QCOMPARE(normalizeServerUrl(QStringLiteral("127.0.0.1:8080")),
                 QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(normalizeServerUrl(QStringLiteral("[::1]:8080")), QUrl(QStringLiteral("http://[::1]:8080")));
        QCOMPARE(normalizeServerUrl(QStringLiteral("http://host.example")),
                 QUrl(QStringLiteral("http://host.example")));
    }
    void environmentSecretsLeaveTheEnvironment()
    {
        qputenv("MOTCUA_TEST_SECRET", "1234-pin");
        QCOMPARE(takeEnvironmentSecret("MOTCUA_TEST_SECRET"), QByteArray("1234-pin"));
        QVERIFY(!qEnvironmentVariableIsSet("MOTCUA_TEST_SECRET"));
        // Later readers in this process still get it.
        QCOMPARE(takeEnvironmentSecret("MOTCUA_TEST_SECRET"), QByteArray("1234-pin"));
        QByteArray pin("9876");
        const QByteArray shared = pin; // a second owner of the same buffer
        wipeSecret(pin);
        QVERIFY(pin.isEmpty());
        QCOMPARE(shared, QByteArray("9876")); // never scribbled over another owner's bytes
        QString pw = QStringLiteral("mật khẩu");
        wipeSecret(pw);
        QVERIFY(pw.isEmpty());
    }
    void deviceNamesAreNotFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("stem");
        for (const char *d : {"CON", "con", "NUL", "PRN", "AUX", "COM1", "com9", "LPT1", "LPT9"})
            QTest::newRow(d) << QString::fromLatin1(d) << QString::fromLatin1(d) + QLatin1Char('_');
        QTest::newRow("con with trailing space") << "CON "
                                                 << "CON_";
        QTest::newRow("nul with extension") << "NUL.pdf"
                                            << "NUL_pdf";
        QTest::newRow("console is fine") << "CONSOLE"
                                         << "CONSOLE";
        QTest::newRow("com10 is fine") << "COM10"
                                       << "COM10";
        QTest::newRow("vietnamese") << "Giấy khai sinh"
                                    << "Giấy khai sinh";
    }
    void deviceNamesAreNotFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, stem);
        QCOMPARE(safeFileStem(name), stem);
    }
};

QTEST_GUILESS_MAIN(TstSecurityRules)
#include "tst_securityrules.moc"
