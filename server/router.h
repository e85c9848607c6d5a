// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authservice.h"
#include "http.h"

#include <functional>
#include <optional>

namespace motcua::server {

//! Path parameters of a matched route, in order ("{id}" → params[0]).
struct RouteMatch
{
    QStringList params;
    std::optional<Caller> caller; //!< set for routes that need a signed-in official
};

//! A tiny router of our own: method + "/dossiers/{}/actions" patterns below /api/v1.
class Router
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &, const RouteMatch &)>;
    enum class Auth { Public, Required };

    void add(const QByteArray &method, const QString &pattern, Auth auth, Handler handler);

    //! Finds the route; 404/405 when none; 401 when auth fails.
    HttpResponse dispatch(const HttpRequest &request, AuthService &auth) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList pattern;
        Auth auth;
        Handler handler;
    };
    QList<Route> m_routes;
};

HttpResponse errorResponse(const Error &e);

} // namespace motcua::server
