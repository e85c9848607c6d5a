// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QString>
#include <atomic>

class QThread;

namespace motcua::test {

//! What the proxy does to the HTTP requests whose request line contains
//! `match` (all requests when empty). Faults that are "spent" (reset, cut,
//! injected responses) consume `budget` when it is positive; at 0 they stop.
struct FaultConfig
{
    QByteArray match; //!< substring of the request line, e.g. "/documents/"
    int latencyMs = 0; //!< added to every chunk, both directions (all traffic)
    qint64 bytesPerSecond = 0; //!< bandwidth limit per connection and direction, 0 = none
    qint64 cutAfterBytes = -1; //!< close the client side after N bytes of the response
    bool resetBeforeRequest = false; //!< abort the connection when the request arrives (server never sees it)
    bool resetAfterRequest = false; //!< forward the request, abort when the answer starts (server did it)
    bool stall = false; //!< hold the request forever: nothing is forwarded
    int injectStatus = 0; //!< answer with this status (e.g. 503, 429) instead of forwarding
    int retryAfterSeconds = -1; //!< Retry-After on injected answers, -1 = none
    int budget = -1; //!< how many requests get a fault; -1 = unlimited
    int skip = 0; //!< matching requests that pass untouched before the faults start
};

class ProxyWorker;
class Connection;

//! A TCP proxy for tests that speaks just enough HTTP/1.1 to find request
//! boundaries, and injects link faults: latency, bandwidth limit, cuts, resets,
//! stalls and 5xx/429 answers with Retry-After. It runs in its own thread so that
//! a test may block (QProcess::waitForFinished, a blocking sync call) while it works.
//! "Server restart" is setUpstreamPort() after restarting the server on a new port:
//! clients keep talking to the proxy's port.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    //! Listens on 127.0.0.1 (an OS-assigned port) and forwards to upstream.
    bool start(quint16 upstreamPort, const QString &upstreamHost = QStringLiteral("127.0.0.1"));
    [[nodiscard]] quint16 port() const { return m_port; }

    void setUpstreamPort(quint16 port);
    void setConfig(const FaultConfig &config);
    void clearFaults() { setConfig(FaultConfig()); }
    [[nodiscard]] FaultConfig config() const;
    //! Requests seen, faults applied so far (all kinds).
    [[nodiscard]] int requestsSeen() const { return m_requests.load(); }
    [[nodiscard]] int faultsApplied() const { return m_faults.load(); }
    //! Bytes delivered to clients so far (to prove that a resumed download did not start over).
    [[nodiscard]] qint64 bytesToClients() const { return m_bytesDown.load(); }
    //! Aborts every open connection (a link drop for everyone).
    void dropAll();

private:
    friend class ProxyWorker;
    friend class Connection;
    //! Decides, under the lock, whether a request gets a fault (spending budget).
    FaultConfig takeFault(const QByteArray &requestLine);

    mutable QMutex m_mutex;
    FaultConfig m_config;
    QString m_upstreamHost;
    quint16 m_upstreamPort = 0;
    quint16 m_port = 0;
    std::atomic_int m_requests {0};
    std::atomic_int m_faults {0};
    std::atomic<qint64> m_bytesDown {0};
    QThread *m_thread = nullptr;
    ProxyWorker *m_worker = nullptr;
};

} // namespace motcua::test
