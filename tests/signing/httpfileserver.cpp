// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfileserver.h"

#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

HttpFileServer::HttpFileServer() = default;

HttpFileServer::~HttpFileServer()
{
    if (m_context)
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                delete m_server;
                delete m_context;
            },
            Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QUrl HttpFileServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void HttpFileServer::setFile(const QString &path, const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    m_files.insert(path, body);
}

void HttpFileServer::stop()
{
    QMetaObject::invokeMethod(
        m_context, [this] { m_server->close(); }, Qt::BlockingQueuedConnection);
}

bool HttpFileServer::start()
{
    if (!m_context) {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
    }
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, &ok] {
            if (!m_server) {
                m_server = new QTcpServer;
                QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                    while (QTcpSocket *sock = m_server->nextPendingConnection()) {
                        auto buffer = std::make_shared<QByteArray>();
                        QObject::connect(sock, &QTcpSocket::disconnected, sock, &QObject::deleteLater);
                        QObject::connect(sock, &QTcpSocket::readyRead, sock, [this, sock, buffer] {
                            *buffer += sock->readAll();
                            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                            if (headerEnd < 0)
                                return;
                            const QList<QByteArray> request
                                = buffer->left(buffer->indexOf("\r\n")).split(' ');
                            const QString path
                                = request.size() >= 2 ? QString::fromLatin1(request[1]) : QString();
                            ++m_requests;
                            QByteArray body;
                            bool found = false;
                            {
                                QMutexLocker lock(&m_mutex);
                                found = m_files.contains(path);
                                body = m_files.value(path);
                            }
                            sock->write((found ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n")
                                        + QByteArray("Content-Type: application/pkix-crl\r\nContent-Length: ")
                                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                                        + body);
                            sock->disconnectFromHost();
                        });
                    }
                });
            }
            // The same port again after stop(): URLs in issued certificates stay right.
            ok = m_server->isListening() || m_server->listen(QHostAddress::LocalHost, m_port);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}
