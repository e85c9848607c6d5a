// SPDX-License-Identifier: GPL-3.0-or-later
//! The fault proxy against a real HTTP server (QHttpServer in the test): each
//! fault must be visible to a client and must not be visible when switched off.
#include "auth/httpcall.h"
#include "faultproxy.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QTest>

using namespace motcua;
using motcua::test::FaultConfig;
using motcua::test::FaultProxy;

class TestFaultProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_payload.resize(200000);
        for (int i = 0; i < m_payload.size(); ++i)
            m_payload[i] = char('a' + i % 26);
        m_server.route(QStringLiteral("/data"), [this] {
            ++m_hits;
            return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), m_payload);
        });
        m_server.route(QStringLiteral("/post"), QHttpServerRequest::Method::Post,
                       [this](const QHttpServerRequest &r) {
                           ++m_hits;
                           return QHttpServerResponse(QByteArrayLiteral("text/plain"), r.body());
                       });
        const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        QVERIFY(m_proxy.start(port));
        QVERIFY(m_proxy.port() != 0);
    }
    void init()
    {
        m_proxy.clearFaults();
        m_hits = 0;
    }

    void passesThroughWhenClean()
    {
        auto r = get("/data");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, m_payload);
        auto p = call("/post", "POST", QByteArray(50000, 'x'));
        QVERIFY(p.ok());
        QCOMPARE(p->body, QByteArray(50000, 'x'));
        QCOMPARE(m_hits, 2);
    }

    void cutsTheResponse()
    {
        FaultConfig c;
        c.cutAfterBytes = 5000;
        c.match = "/data";
        c.budget = 1;
        m_proxy.setConfig(c);
        QByteArray got;
        HttpOptions o;
        o.sink = [&](int, const QByteArray &chunk) -> Status {
            got += chunk;
            return {};
        };
        auto r = call("/data", "GET", {}, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY(got.size() < 5000);
        QVERIFY(m_payload.startsWith(got));
        // budget spent: the next request is clean
        auto again = get("/data");
        QVERIFY(again.ok());
        QCOMPARE(again->body.size(), m_payload.size());
    }

    void injectsErrorsWithRetryAfter()
    {
        FaultConfig c;
        c.injectStatus = 503;
        c.retryAfterSeconds = 7;
        c.budget = 2;
        m_proxy.setConfig(c);
        for (int i = 0; i < 2; ++i) {
            auto r = get("/data");
            QVERIFY(r.ok());
            QCOMPARE(r->status, 503);
            QCOMPARE(r->header("Retry-After"), QByteArray("7"));
            QCOMPARE(problemError(*r).code, QStringLiteral("proxy.injected"));
        }
        QCOMPARE(m_hits, 0);
        auto r = get("/data");
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        QCOMPARE(m_hits, 1);
    }

    void resetBeforeNeverReachesServer()
    {
        FaultConfig c;
        c.resetBeforeRequest = true; // unlimited: QNAM itself re-sends once on a fresh connection
        m_proxy.setConfig(c);
        auto r = call("/post", "POST", "hello");
        QVERIFY(!r.ok());
        QCOMPARE(m_hits, 0);
    }

    void resetAfterReachesServerButNotClient()
    {
        FaultConfig c;
        c.resetAfterRequest = true;
        m_proxy.setConfig(c);
        auto r = call("/post", "POST", "hello");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Network);
        //! At least once; QNAM may re-send on a fresh connection, which is why
        //! actions carry idempotency keys.
        QVERIFY(m_hits >= 1);
    }

    void stallTimesOut()
    {
        FaultConfig c;
        c.stall = true;
        c.budget = 1;
        m_proxy.setConfig(c);
        HttpOptions o;
        o.transferTimeoutMs = 300;
        auto r = call("/data", "GET", {}, o);
        QVERIFY(!r.ok());
        QCOMPARE(m_hits, 0);
    }

    void latencyAndBandwidthSlowDown()
    {
        FaultConfig c;
        c.latencyMs = 150;
        m_proxy.setConfig(c);
        QElapsedTimer t;
        t.start();
        auto r = get("/data");
        QVERIFY(r.ok());
        QVERIFY2(t.elapsed() >= 280,
                 qPrintable(QString::number(t.elapsed()))); // request and answer each delayed
        c.latencyMs = 0;
        c.bytesPerSecond = 400000; // 200 KB payload: at least ~0.4 s
        m_proxy.setConfig(c);
        t.restart();
        r = get("/data");
        QVERIFY(r.ok());
        QCOMPARE(r->body, m_payload);
        QVERIFY2(t.elapsed() >= 350, qPrintable(QString::number(t.elapsed())));
    }

    void upstreamCanMove()
    {
        QHttpServer other;
        other.route(QStringLiteral("/data"), [] { return QByteArrayLiteral("other"); });
        const quint16 port = other.listen(QHostAddress::LocalHost, 0);
        m_proxy.setUpstreamPort(port);
        m_proxy.dropAll();
        m_nam.clearConnectionCache();
        auto r = get("/data");
        QVERIFY(r.ok());
        QCOMPARE(r->body, QByteArray("other"));
    }

private:
    Result<HttpReply> call(const char *path, const QByteArray &verb, const QByteArray &body = {},
                           HttpOptions o = {})
    {
        QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_proxy.port()).arg(QLatin1String(path)));
        QNetworkRequest req(url);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        return httpCall(m_nam, req, verb, body, o);
    }
    Result<HttpReply> get(const char *path) { return call(path, "GET"); }

    QHttpServer m_server;
    FaultProxy m_proxy;
    QNetworkAccessManager m_nam;
    QByteArray m_payload;
    int m_hits = 0;
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
