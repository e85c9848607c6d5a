// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <QUrl>
#include <atomic>

class QTcpServer;

//! A tiny HTTP/1.1 server for tests: GET of the files set with setFile(), on an
//! OS-assigned loopback port, in its own thread (a test may block on a child
//! process while it serves). stop() closes the port: clients then get
//! "connection refused", as from a CA whose CRL server is down.
class HttpFileServer
{
public:
    HttpFileServer();
    ~HttpFileServer();

    bool start();
    void stop();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl url(const QString &path) const;
    void setFile(const QString &path, const QByteArray &body);
    [[nodiscard]] int requests() const { return m_requests.load(); }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QMutex m_mutex;
    QHash<QString, QByteArray> m_files;
    std::atomic<int> m_requests {0};
};
