// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http.h"
#include "requestsizeguard.h"

#include <QAbstractHttpServer>
#include <functional>

namespace motcua::server {

//! The only class that touches Qt HttpServer (technology preview in Qt 6.4):
//! it converts requests to HttpRequest and writes HttpResponse with full control
//! of status and headers (206/416/412... need custom responses). Moving to a
//! later Qt or another HTTP library means rewriting this class only.
class HttpAdapter : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    explicit HttpAdapter(Handler handler, QObject *parent = nullptr);

    //! Listens with body limits enforced while reading (server/requestsizeguard.h);
    //! returns the bound port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, BodyLimits limits);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace motcua::server
