// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace motcua::server {

//! Body limits enforced on the socket, before Qt HttpServer buffers anything.
struct BodyLimits
{
    qint64 documents = 64LL * 1024 * 1024; //!< PUT /api/v1/documents/...
    qint64 other = 1024 * 1024; //!< every other request
    qint64 head = 64 * 1024; //!< request line + headers
};

//! Qt HttpServer 6.4 reads a whole request into memory before a handler sees it
//! (QAbstractHttpServerPrivate::handleReadyRead feeds QHttpServerRequest's
//! parser, which appends the body to a QByteArray). So the limit is enforced one
//! layer lower: this guard's readyRead slot is connected before the server's, so
//! it sees each chunk first; it follows the requests on the connection (head,
//! then Content-Length bytes of body) and answers 413 (body announced too large),
//! 411 (chunked bodies, which have no announced size) or 431 (head too large),
//! discards the rest of what arrives and closes the connection: the server never
//! buffers more than one allowed request.
class RequestSizeGuard : public QObject
{
    Q_OBJECT
public:
    RequestSizeGuard(QTcpSocket *socket, BodyLimits limits);

    //! What the guard needs from a complete request head (up to and including the blank line).
    struct Head
    {
        QByteArray method;
        QByteArray path;
        qint64 contentLength = 0;
        bool chunked = false; //!< a Transfer-Encoding other than identity
        bool badLength = false; //!< a Content-Length that is not a non-negative number
    };
    [[nodiscard]] static Head parseHead(const QByteArray &head);

    //! The limit for a request line's method and path.
    [[nodiscard]] static qint64 limitFor(const QByteArray &method, const QByteArray &path,
                                         const BodyLimits &l);

private:
    void onReadyRead();
    void discard();
    void refuse(int status, const QByteArray &code, const QByteArray &detail, qint64 announced = 0);
    //! Parses a complete head; false when the request was refused.
    bool acceptHead(const QByteArray &head);

    QTcpSocket *m_socket;
    BodyLimits m_limits;
    QByteArray m_head; //!< the current request's head so far
    qint64 m_bodyRemaining = 0;
    bool m_refused = false;
    qint64 m_drainLeft = 0; //!< bytes still to read and drop before closing
    static constexpr qint64 kMaxDrain = 256LL * 1024 * 1024;
    static constexpr int kLingerMs = 5000;
};

//! A QTcpServer that puts a RequestSizeGuard on each connection before handing it
//! to Qt HttpServer (QAbstractHttpServer::bind).
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(BodyLimits limits, QObject *parent);
    QTcpSocket *nextPendingConnection() override;

private:
    BodyLimits m_limits;
};

} // namespace motcua::server
