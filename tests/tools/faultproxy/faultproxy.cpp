// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace motcua::test {

namespace {

struct Chunk
{
    qint64 releaseAt;
    QByteArray bytes;
};

qint64 contentLength(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &l : lines) {
        const int colon = l.indexOf(':');
        if (colon > 0 && l.left(colon).trimmed().toLower() == "content-length")
            return l.mid(colon + 1).trimmed().toLongLong();
    }
    return 0;
}

} // namespace

//! One proxied client connection, living in the proxy thread.
class Connection : public QObject
{
public:
    Connection(FaultProxy *proxy, QTcpSocket *client, const QString &host, quint16 port, QObject *parent)
        : QObject(parent)
        , m_proxy(proxy)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
    {
        m_client->setParent(this);
        m_clock.start();
        connect(m_client, &QTcpSocket::readyRead, this, &Connection::onClientData);
        connect(m_client, &QTcpSocket::disconnected, this, &Connection::shutdown);
        connect(m_upstream, &QTcpSocket::readyRead, this, &Connection::onUpstreamData);
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { m_upstreamGone = true; });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] { m_upstreamGone = true; });
        connect(&m_tick, &QTimer::timeout, this, &Connection::flush);
        m_tick.start(5);
        m_upstream->connectToHost(host, port);
    }

    void abortAll()
    {
        m_client->abort();
        shutdown();
    }

private:
    void onClientData()
    {
        m_in += m_client->readAll();
        while (!m_closed) {
            if (m_state == State::Stalled) {
                m_in.clear();
                return;
            }
            if (m_state == State::Head) {
                const int end = m_in.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = m_in.left(end + 4);
                m_in.remove(0, head.size());
                const QByteArray requestLine = head.left(head.indexOf("\r\n"));
                const FaultConfig f = m_proxy->takeFault(requestLine);
                if (f.stall) {
                    m_state = State::Stalled;
                    return;
                }
                if (f.resetBeforeRequest) {
                    abortAll();
                    return;
                }
                if (f.injectStatus > 0) {
                    QByteArray body
                        = R"({"type":"about:blank","title":"Injected by the fault proxy","status":)"
                        + QByteArray::number(f.injectStatus) + R"(,"code":"proxy.injected"})";
                    QByteArray resp = "HTTP/1.1 " + QByteArray::number(f.injectStatus) + " Injected\r\n"
                        + "Content-Type: application/problem+json\r\nConnection: close\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n";
                    if (f.retryAfterSeconds >= 0)
                        resp += "Retry-After: " + QByteArray::number(f.retryAfterSeconds) + "\r\n";
                    resp += "\r\n" + body;
                    m_client->write(resp);
                    m_client->disconnectFromHost();
                    m_closed = true;
                    m_upstream->abort();
                    return;
                }
                m_cutRemaining = f.cutAfterBytes;
                m_resetOnResponse = f.resetAfterRequest;
                enqueue(m_up, head);
                m_bodyRemaining = contentLength(head);
                m_state = State::Body;
            }
            if (m_state == State::Body) {
                const qint64 n = qMin<qint64>(m_bodyRemaining, m_in.size());
                if (n > 0) {
                    enqueue(m_up, m_in.left(n));
                    m_in.remove(0, n);
                    m_bodyRemaining -= n;
                }
                if (m_bodyRemaining > 0)
                    return;
                m_state = State::Head;
            }
        }
    }

    void onUpstreamData()
    {
        const QByteArray data = m_upstream->readAll();
        if (data.isEmpty() || m_closed)
            return;
        if (m_resetOnResponse) {
            //! The server has done the work and is answering: the client never hears it.
            abortAll();
            return;
        }
        enqueue(m_down, data);
    }

    void enqueue(QList<Chunk> &q, const QByteArray &bytes)
    {
        const int latency = m_proxy->config().latencyMs;
        q.append({m_clock.elapsed() + latency, bytes});
    }

    qint64 allowance(qint64 &credit, qint64 &lastTick)
    {
        const qint64 bps = m_proxy->config().bytesPerSecond;
        const qint64 now = m_clock.elapsed();
        if (bps <= 0) {
            lastTick = now;
            return std::numeric_limits<qint64>::max();
        }
        credit = qMin<qint64>(credit + (now - lastTick) * bps / 1000, qMax<qint64>(bps / 10, 1));
        lastTick = now;
        return credit;
    }

    void flush()
    {
        if (m_closed)
            return;
        const qint64 now = m_clock.elapsed();
        if (m_upstream->state() == QAbstractSocket::ConnectedState) {
            qint64 budget = allowance(m_upCredit, m_upTick);
            while (!m_up.isEmpty() && m_up.first().releaseAt <= now && budget > 0) {
                Chunk &c = m_up.first();
                const qint64 n = qMin<qint64>(budget, c.bytes.size());
                m_upstream->write(c.bytes.left(n));
                c.bytes.remove(0, n);
                budget -= n;
                m_upCredit -= qMin(m_upCredit, n);
                if (c.bytes.isEmpty())
                    m_up.removeFirst();
            }
        } else if (m_upstreamGone && m_upstream->state() == QAbstractSocket::UnconnectedState
                   && m_down.isEmpty()) {
            m_client->disconnectFromHost();
            m_closed = true;
            return;
        }
        qint64 budget = allowance(m_downCredit, m_downTick);
        while (!m_down.isEmpty() && m_down.first().releaseAt <= now && budget > 0) {
            Chunk &c = m_down.first();
            qint64 n = qMin<qint64>(budget, c.bytes.size());
            if (m_cutRemaining >= 0)
                n = qMin(n, m_cutRemaining);
            m_client->write(c.bytes.left(n));
            m_proxy->m_bytesDown += n;
            c.bytes.remove(0, n);
            budget -= n;
            m_downCredit -= qMin(m_downCredit, n);
            if (c.bytes.isEmpty())
                m_down.removeFirst();
            if (m_cutRemaining >= 0) {
                m_cutRemaining -= n;
                if (m_cutRemaining == 0) {
                    //! A clean FIN mid-body: the client sees a truncated response.
                    m_client->disconnectFromHost();
                    m_upstream->abort();
                    m_closed = true;
                    return;
                }
            }
        }
        if (m_upstreamGone && m_down.isEmpty() && m_upstream->bytesAvailable() == 0) {
            m_client->disconnectFromHost();
            m_closed = true;
        }
    }

    void shutdown()
    {
        if (m_deleting)
            return;
        m_deleting = true;
        m_closed = true;
        m_tick.stop();
        m_upstream->abort();
        deleteLater();
    }

    enum class State { Head, Body, Stalled };
    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    QTimer m_tick;
    QElapsedTimer m_clock;
    QByteArray m_in;
    QList<Chunk> m_up;
    QList<Chunk> m_down;
    State m_state = State::Head;
    qint64 m_bodyRemaining = 0;
    qint64 m_cutRemaining = -1;
    bool m_resetOnResponse = false;
    bool m_closed = false;
    bool m_deleting = false;
    bool m_upstreamGone = false;
    qint64 m_upCredit = 0, m_upTick = 0, m_downCredit = 0, m_downTick = 0;
};

//! Owns the listening socket in the proxy thread.
class ProxyWorker : public QObject
{
public:
    explicit ProxyWorker(FaultProxy *proxy)
        : m_proxy(proxy)
    { }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                QString host;
                quint16 port = 0;
                {
                    QMutexLocker lock(&m_proxy->m_mutex);
                    host = m_proxy->m_upstreamHost;
                    port = m_proxy->m_upstreamPort;
                }
                auto *c = new Connection(m_proxy, s, host, port, this);
                m_connections.append(c);
            }
        });
        return m_server->serverPort();
    }

    void dropAll()
    {
        const auto conns = m_connections;
        m_connections.clear();
        for (const QPointer<Connection> &c : conns) {
            if (c)
                c->abortAll();
        }
    }

    void stop()
    {
        dropAll();
        delete m_server;
        m_server = nullptr;
    }

private:
    FaultProxy *m_proxy;
    QTcpServer *m_server = nullptr;
    QList<QPointer<Connection>> m_connections;
};

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
{ }

FaultProxy::~FaultProxy()
{
    if (m_thread) {
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->stop(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
        delete m_thread;
    }
}

bool FaultProxy::start(quint16 upstreamPort, const QString &upstreamHost)
{
    {
        QMutexLocker lock(&m_mutex);
        m_upstreamHost = upstreamHost;
        m_upstreamPort = upstreamPort;
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("faultproxy"));
    m_worker = new ProxyWorker(this);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker, [&] { port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    m_port = port;
    return port != 0;
}

void FaultProxy::setUpstreamPort(quint16 port)
{
    QMutexLocker lock(&m_mutex);
    m_upstreamPort = port;
}

void FaultProxy::setConfig(const FaultConfig &config)
{
    QMutexLocker lock(&m_mutex);
    m_config = config;
}

FaultConfig FaultProxy::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void FaultProxy::dropAll()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->dropAll(); }, Qt::BlockingQueuedConnection);
}

FaultConfig FaultProxy::takeFault(const QByteArray &requestLine)
{
    ++m_requests;
    QMutexLocker lock(&m_mutex);
    FaultConfig none;
    none.latencyMs = m_config.latencyMs;
    none.bytesPerSecond = m_config.bytesPerSecond;
    const bool hasFault = m_config.stall || m_config.resetBeforeRequest || m_config.resetAfterRequest
        || m_config.injectStatus > 0 || m_config.cutAfterBytes >= 0;
    if (!hasFault || m_config.budget == 0)
        return none;
    if (!m_config.match.isEmpty() && !requestLine.contains(m_config.match))
        return none;
    if (m_config.skip > 0) {
        --m_config.skip;
        return none;
    }
    if (m_config.budget > 0)
        --m_config.budget;
    ++m_faults;
    return m_config;
}

} // namespace motcua::test
