// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsatestserver.h"

#include <QAbstractEventDispatcher>
#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>

TsaTestServer::TsaTestServer(std::unique_ptr<motcua::signing::TimestampAuthority> tsa)
    : m_tsa(std::move(tsa))
{ }

TsaTestServer::~TsaTestServer()
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

bool TsaTestServer::start()
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, &ok] {
            m_server = new QTcpServer;
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/tsa").arg(m_server->serverPort()));
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *sock = m_server->nextPendingConnection()) {
                    auto buffer = std::make_shared<QByteArray>();
                    QObject::connect(sock, &QTcpSocket::disconnected, sock, &QObject::deleteLater);
                    QObject::connect(sock, &QTcpSocket::readyRead, sock, [this, sock, buffer] {
                        *buffer += sock->readAll();
                        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                        if (headerEnd < 0)
                            return;
                        qsizetype length = 0;
                        for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
                            if (line.toLower().startsWith("content-length:"))
                                length = line.mid(15).trimmed().toLongLong();
                        }
                        if (buffer->size() < headerEnd + 4 + length)
                            return;
                        ++m_requests;
                        auto reply = m_tsa->respond(buffer->mid(headerEnd + 4, length));
                        const QByteArray body = reply ? reply.value() : QByteArray();
                        sock->write(
                            (reply ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 500 Error\r\n")
                            + QByteArray("Content-Type: application/timestamp-reply\r\nContent-Length: ")
                            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                        sock->disconnectFromHost();
                    });
                }
            });
        },
        Qt::BlockingQueuedConnection);
    return ok;
}
