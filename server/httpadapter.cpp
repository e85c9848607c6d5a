// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpadapter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <utility>

namespace motcua::server {

HttpAdapter::HttpAdapter(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

quint16 HttpAdapter::listen(const QHostAddress &address, quint16 port, BodyLimits limits)
{
    auto *server = new GuardedTcpServer(limits, this);
    if (!server->listen(address, port)) {
        qCCritical(lcServer).noquote() << "listen failed:" << server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

//! The methods the router knows by name; any other arrives as "OTHER".
static QByteArray methodName(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    static const std::pair<M, const char *> kNames[] = {
        {M::Get, "GET"},   {M::Put, "PUT"},         {M::Delete, "DELETE"}, {M::Post, "POST"},
        {M::Head, "HEAD"}, {M::Options, "OPTIONS"}, {M::Patch, "PATCH"},
    };
    for (const auto &[method, name] : kNames)
        if (method == m)
            return name;
    return "OTHER";
}

bool HttpAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded);
    r.segments = decodedPathSegments(r.path);
    r.query = request.query();
    for (const auto &h : request.headers())
        r.headers.insert(h.first.toLower(), h.second);
    r.body = request.body();
    r.remote = request.remoteAddress();

    HttpResponse resp;
    try {
        resp = m_handler(r);
    } catch (const std::exception &e) {
        qCCritical(lcServer) << "handler threw" << e.what();
        resp = HttpResponse::problem(500, QStringLiteral("internal"), QStringLiteral("internal error"));
    }
    if (resp.status >= 400)
        qCInfo(lcServer).noquote() << r.method << r.path << resp.status << resp.body.left(300);
    else
        qCDebug(lcServer).noquote() << r.method << r.path << resp.status;

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(resp.status));
    for (const auto &h : resp.headers)
        responder.writeHeader(h.first, h.second);
    const bool head = r.method == "HEAD";
    if (resp.headerValue("Content-Length").isEmpty())
        responder.writeHeader("Content-Length", QByteArray::number(resp.body.size()));
    if (!head && !resp.body.isEmpty())
        responder.writeBody(resp.body);
    else
        responder.writeBody(QByteArray());
    return true;
}

void HttpAdapter::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpResponse resp
        = HttpResponse::problem(404, QStringLiteral("not_found"), QStringLiteral("no such resource"));
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode::NotFound);
    for (const auto &h : resp.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length", QByteArray::number(resp.body.size()));
    responder.writeBody(resp.body);
}

} // namespace motcua::server
