// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestsizeguard.h"

#include "http.h"

#include <QTcpSocket>
#include <QTimer>

namespace motcua::server {

RequestSizeGuard::RequestSizeGuard(QTcpSocket *socket, BodyLimits limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestSizeGuard::onReadyRead);
}

qint64 RequestSizeGuard::limitFor(const QByteArray &method, const QByteArray &path, const BodyLimits &l)
{
    if (method == "PUT" && path.startsWith("/api/v1/documents/"))
        return l.documents;
    return l.other;
}

void RequestSizeGuard::refuse(int status, const QByteArray &code, const QByteArray &detail, qint64 announced)
{
    m_refused = true;
    //! Lingering close (as nginx does): closing with unread bytes would make the
    //! kernel send a reset that can destroy the answer before the client reads it.
    //! So the rest of the announced body is read and dropped (bounded in time, and
    //! never kept), then the connection closes.
    m_drainLeft = qBound<qint64>(0, announced, kMaxDrain);
    QTimer::singleShot(kLingerMs, this, [this] { m_socket->disconnectFromHost(); });
    const HttpResponse p
        = HttpResponse::problem(status, QString::fromLatin1(code), QString::fromLatin1(detail));
    QByteArray reason = status == 413 ? "Payload Too Large"
        : status == 411               ? "Length Required"
                                      : "Request Header Fields Too Large";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/problem+json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(p.body.size()) + "\r\n\r\n" + p.body;
    qCInfo(lcServer).noquote() << "refused before reading:" << status << code;
    discard(); // the server's slot, which runs next, finds nothing to parse
    m_socket->write(out);
    if (m_drainLeft == 0)
        m_socket->disconnectFromHost(); // after the answer is written
}

void RequestSizeGuard::discard()
{
    //! Qt HttpServer reads inside a QIODevice transaction, which keeps every byte
    //! until committed: read and commit here so discarded bytes are freed.
    const qint64 n = m_socket->readAll().size();
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    if (m_drainLeft > 0) {
        m_drainLeft -= n;
        if (m_drainLeft <= 0)
            m_socket->disconnectFromHost();
    }
}

RequestSizeGuard::Head RequestSizeGuard::parseHead(const QByteArray &head)
{
    Head h;
    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0)
        lineEnd = head.size();
    const QList<QByteArray> requestLine = head.left(lineEnd).split(' ');
    h.method = requestLine.value(0);
    h.path = requestLine.value(1);
    for (const QByteArray &line : head.mid(lineEnd + 2).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding" && value.toLower() != "identity")
            h.chunked = true;
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            //! Two different lengths are a request-smuggling trick: refuse them too.
            if (!ok || n < 0 || (h.contentLength > 0 && n != h.contentLength))
                h.badLength = true;
            else
                h.contentLength = n;
        }
    }
    return h;
}

bool RequestSizeGuard::acceptHead(const QByteArray &head)
{
    const Head h = parseHead(head);
    if (h.chunked) {
        refuse(411, "request.length_required", "send the body with a Content-Length");
        return false;
    }
    if (h.badLength) {
        refuse(411, "request.length_required", "Content-Length is not a single non-negative number");
        return false;
    }
    const qint64 limit = limitFor(h.method, h.path, m_limits);
    if (h.contentLength > limit) {
        const QByteArray code
            = limit == m_limits.documents && h.method == "PUT" ? "document.too_large" : "request.too_large";
        refuse(413, code, "the body exceeds " + QByteArray::number(limit) + " bytes",
               h.contentLength + head.size());
        return false;
    }
    m_bodyRemaining = h.contentLength;
    return true;
}

void RequestSizeGuard::onReadyRead()
{
    if (m_refused)
        return discard(); // the answer is on its way and the connection closes
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    qint64 pos = 0;
    while (pos < data.size()) {
        if (m_bodyRemaining > 0) {
            const qint64 n = qMin<qint64>(m_bodyRemaining, data.size() - pos);
            m_bodyRemaining -= n;
            pos += n;
            continue;
        }
        // Part of a request head: collect until the blank line.
        const qint64 before = m_head.size();
        m_head += data.mid(pos);
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > m_limits.head)
                return refuse(431, "request.head_too_large", "the request head is too large");
            return;
        }
        const QByteArray head = m_head.left(end + 4);
        pos += head.size() - before;
        m_head.clear();
        if (head.size() > m_limits.head)
            return refuse(431, "request.head_too_large", "the request head is too large");
        if (!acceptHead(head))
            return;
    }
}

GuardedTcpServer::GuardedTcpServer(BodyLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket)
        new RequestSizeGuard(socket, m_limits); // connects readyRead before Qt HttpServer does
    return socket;
}

} // namespace motcua::server
