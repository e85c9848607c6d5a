// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenthandlers.h"
#include "tsa.h"

namespace motcua::server {

void registerTsaHandlers(Router &router, ServerContext &ctx)
{
    router.add("POST", QStringLiteral("tsa"), Router::Auth::Public,
               [&ctx](const HttpRequest &req, const RouteMatch &) {
                   if (!req.header("content-type").startsWith("application/timestamp-query"))
                       return HttpResponse::problem(415, QStringLiteral("tsa.content_type"),
                                                    QStringLiteral("expected application/timestamp-query"));
                   if (req.body.isEmpty() || req.body.size() > 16 * 1024)
                       return HttpResponse::problem(
                           400, QStringLiteral("tsa.bad_request"),
                           QStringLiteral("the time-stamp query is empty or too large"));
                   //! A malformed query still gets a DER TimeStampResp with status "rejection"
                   //! (RFC 3161 §2.4.2), produced by OpenSSL.
                   auto r = ctx.tsa->respond(req.body);
                   if (!r)
                       return errorResponse(r.error());
                   return HttpResponse::bytes(*r, "application/timestamp-reply");
               });
    router.add("GET", QStringLiteral("tsa/certificate"), Router::Auth::Public,
               [&ctx](const HttpRequest &, const RouteMatch &) {
                   return HttpResponse::bytes(ctx.tsa->chainPem(), "application/x-pem-file");
               });
}

} // namespace motcua::server
