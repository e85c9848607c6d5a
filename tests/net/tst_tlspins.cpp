// SPDX-License-Identifier: GPL-3.0-or-later
//! The province's certificate pins (net/tlspins.h) against a real TLS server on
//! loopback (QSslServer) with a test CA made by the openssl command, whose
//! pins are computed by openssl too: a matching pin connects, a wrong pin is
//! refused before the request is sent, no pin keeps the normal verification.
#include "auth/httpcall.h"
#include "net/tlspins.h"
#include "signing/httpfetch.h"
#include "signing/tsaclient.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;

namespace {

//! An HTTPS server that answers every request "ok" and counts the bytes of requests it received.
class TlsServer : public QObject
{
public:
    TlsServer(const QList<QSslCertificate> &chain, const QSslKey &key)
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificateChain(chain);
        conf.setPrivateKey(key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(conf);
        QObject::connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray data = s->readAll();
                    requestBytes += data.size();
                    m_buffer += data;
                    if (m_buffer.contains("\r\n\r\n")) {
                        m_buffer.clear();
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                                 "Connection: close\r\n\r\nok");
                        s->disconnectFromHost();
                    }
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }
    [[nodiscard]] QUrl url(const QString &path = QStringLiteral("/x")) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    qint64 requestBytes = 0;

private:
    QSslServer m_server;
    QByteArray m_buffer;
};

} // namespace

class TestTlsPins : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<QSslCertificate> m_chain; //!< leaf, CA
    QList<QSslCertificate> m_strangerChain; //!< a leaf of a CA the client does not trust
    QSslKey m_key;
    QSslKey m_strangerKey;
    QString m_leafPin;
    QString m_caPin;
    QString m_strangerPin;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        QVERIFY2(p.waitForFinished(60000) && p.exitCode() == 0, p.readAllStandardError().constData());
    }

    //! The independent SPKI pin: openssl extracts the public key, hashes its DER, base64.
    QString opensslPin(const QString &pem)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("openssl x509 -in %1 -pubkey -noout | openssl pkey -pubin -outform der | "
                                "openssl dgst -sha256 -binary | base64")
                     .arg(pem)});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromLatin1(p.readAllStandardOutput().trimmed());
    }

    void makeCa(const QString &name)
    {
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                 QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                 name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-addext"),
                 QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    }

    void makeLeaf(const QString &name, const QString &ca)
    {
        openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                 QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=127.0.0.1")});
        QFile ext(path(QStringLiteral("leaf.ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"
                  "basicConstraints=critical,CA:FALSE\n");
        ext.close();
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 name + QStringLiteral(".csr"), QStringLiteral("-CA"), ca + QStringLiteral(".pem"),
                 QStringLiteral("-CAkey"), ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                 QStringLiteral("leaf.ext"), QStringLiteral("-out"), name + QStringLiteral(".pem")});
    }

    static QSslCertificate cert(const QString &file) { return QSslCertificate::fromPath(file).value(0); }
    static QSslKey key(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QSslKey(f.readAll(), QSsl::Ec);
    }

    Result<HttpReply> get(const QUrl &url)
    {
        QNetworkAccessManager nam; //!< a new one each time: no connection reused between cases
        return httpCall(nam, QNetworkRequest(url), "GET");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        makeCa(QStringLiteral("ca"));
        makeLeaf(QStringLiteral("leaf"), QStringLiteral("ca"));
        makeCa(QStringLiteral("stranger-ca"));
        makeLeaf(QStringLiteral("stranger"), QStringLiteral("stranger-ca"));
        m_chain = {cert(path(QStringLiteral("leaf.pem"))), cert(path(QStringLiteral("ca.pem")))};
        m_strangerChain = {cert(path(QStringLiteral("stranger.pem")))};
        m_key = key(path(QStringLiteral("leaf.key")));
        m_strangerKey = key(path(QStringLiteral("stranger.key")));
        QVERIFY(!m_chain.at(0).isNull() && !m_chain.at(1).isNull() && !m_key.isNull());
        m_leafPin = opensslPin(QStringLiteral("leaf.pem"));
        m_caPin = opensslPin(QStringLiteral("ca.pem"));
        m_strangerPin = opensslPin(QStringLiteral("stranger.pem"));
        QCOMPARE(QByteArray::fromBase64(m_leafPin.toLatin1()).size(), 32);
        //! The client trusts the test CA, as a province's computers trust its CA.
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.addCaCertificate(m_chain.at(1));
        QSslConfiguration::setDefaultConfiguration(conf);
    }

    void init() { net::setPins({}); }

    void spkiHashIsOpensslsPin()
    {
        QCOMPARE(QString::fromLatin1(net::spkiSha256(m_chain.at(0))), m_leafPin);
        QCOMPARE(QString::fromLatin1(net::spkiSha256(m_chain.at(1))), m_caPin);
        QCOMPARE(net::normalizePin(QStringLiteral("sha256/") + m_leafPin), m_leafPin);
        QCOMPARE(net::normalizePin(QStringLiteral("  ") + m_leafPin), m_leafPin);
        QVERIFY(net::normalizePin(QStringLiteral("sha256/AAAA")).isEmpty());
        QVERIFY(net::normalizePin(QStringLiteral("not base64!")).isEmpty());
    }

    void noPinKeepsNormalVerification()
    {
        TlsServer server(m_chain, m_key);
        auto r = get(server.url());
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("ok"));

        //! Without a pin, a certificate of a CA nobody trusts is still refused.
        TlsServer stranger(m_strangerChain, m_strangerKey);
        auto refused = get(stranger.url());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("net.transport"));
        QCOMPARE(stranger.requestBytes, 0);
    }

    void matchingPinConnects()
    {
        TlsServer server(m_chain, m_key);
        net::setPins({{QStringLiteral("127.0.0.1"), {m_strangerPin, m_leafPin}}});
        auto r = get(server.url());
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->body, QByteArray("ok"));
        //! The CA's key pinned: any certificate it issues to the server passes.
        net::setPins({{QStringLiteral("127.0.0.1"), {m_caPin}}});
        auto byCa = get(server.url());
        QVERIFY2(byCa.ok(), byCa ? "" : qPrintable(byCa.error().toString()));
    }

    void wrongPinIsRefusedBeforeAnythingIsSent()
    {
        TlsServer server(m_chain, m_key);
        net::setPins({{QStringLiteral("127.0.0.1"), {m_strangerPin}}});
        auto r = get(server.url(QStringLiteral("/api/v1/auth/token")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("transport.pin_mismatch"));
        QVERIFY2(r.error().englishMessage().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(r.error().englishMessage()));
        QVERIFY(r.error().englishMessage().contains(QStringLiteral("pinned")));
        QCOMPARE(server.requestBytes, 0);
        //! A pin list whose only entry is not a hash refuses too (never "no pin").
        QSettings ini(path(QStringLiteral("typo.ini")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("tls_pins/127.0.0.1"), QStringLiteral("sha256/typo"));
        ini.sync();
        net::setPins(net::readPins(path(QStringLiteral("typo.ini"))));
        auto typo = get(server.url());
        QVERIFY(!typo.ok());
        QCOMPARE(typo.error().code, QStringLiteral("transport.pin_mismatch"));
    }

    void pinsOfAnotherHostDoNotApply()
    {
        TlsServer server(m_chain, m_key);
        net::setPins({{QStringLiteral("motcua.example.gov.vn"), {m_strangerPin}}});
        auto r = get(server.url());
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().toString()));
    }

    void provinceSettingsAreTheSource()
    {
        //! The system-wide settings every program reads (here redirected to a test folder).
        QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, path(QStringLiteral("etc")));
        {
            QSettings system(QSettings::SystemScope, QStringLiteral("MotCua"), QStringLiteral("motcua-desk"));
            system.setValue(QStringLiteral("tls_pins/127.0.0.1"),
                            QStringList {QStringLiteral("sha256/") + m_strangerPin, m_caPin});
            system.setValue(QStringLiteral("tls_pins/Motcua.Example.gov.vn"),
                            QStringLiteral("sha256/") + m_leafPin);
        }
        net::reload();
        const net::PinMap pins = net::pins();
        QCOMPARE(pins.value(QStringLiteral("127.0.0.1")), (QStringList {m_strangerPin, m_caPin}));
        QCOMPARE(net::pinsForHost(QStringLiteral("MOTCUA.example.gov.vn")), QStringList {m_leafPin});
        TlsServer server(m_chain, m_key);
        QVERIFY(get(server.url()).ok());
        {
            QSettings system(QSettings::SystemScope, QStringLiteral("MotCua"), QStringLiteral("motcua-desk"));
            system.setValue(QStringLiteral("tls_pins/127.0.0.1"), QStringLiteral("sha256/") + m_strangerPin);
        }
        net::reload();
        auto refused = get(server.url());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("transport.pin_mismatch"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, path(QStringLiteral("none")));
        net::reload();
        QVERIFY(net::pins().isEmpty());
    }

    void timeStampAndRevocationCallsAreGuarded()
    {
        //! motcua-sign and the desk's signing reach a time-stamp service and
        //! revocation services with their own requests: the same pins apply.
        TlsServer server(m_chain, m_key);
        net::setPins({{QStringLiteral("127.0.0.1"), {m_strangerPin}}});
        signing::TsaClient tsa(server.url(QStringLiteral("/tsa")), 20000);
        auto stamp = tsa.timestamp(QCryptographicHash::hash("x", QCryptographicHash::Sha256));
        QVERIFY(!stamp.ok());
        QCOMPARE(stamp.error().code, QStringLiteral("transport.pin_mismatch"));
        auto crl = signing::httpFetch(server.url(QStringLiteral("/ca.crl")), {}, {}, 20000, 1 << 20);
        QVERIFY(!crl.ok());
        QCOMPARE(crl.error().code, QStringLiteral("transport.pin_mismatch"));
        QCOMPARE(server.requestBytes, 0);

        net::setPins({{QStringLiteral("127.0.0.1"), {m_leafPin}}});
        auto fetched = signing::httpFetch(server.url(QStringLiteral("/ca.crl")), {}, {}, 20000, 1 << 20);
        QVERIFY2(fetched.ok(), fetched ? "" : qPrintable(fetched.error().toString()));
        QCOMPARE(*fetched, QByteArray("ok"));
    }
};

QTEST_GUILESS_MAIN(TestTlsPins)
#include "tst_tlspins.moc"
