// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

namespace motcua::server {

void Router::add(const QByteArray &method, const QString &pattern, Auth auth, Handler handler)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), auth, std::move(handler)});
}

HttpResponse errorResponse(const Error &e)
{
    int status = 500;
    switch (e.kind) {
    case Error::Kind::Invalid:
        if (e.code.endsWith(QLatin1String("too_large")))
            status = 413;
        else if (e.code == QLatin1String("feed.cursor_expired"))
            status = 410;
        else if (e.code == QLatin1String("idempotency.key_reused"))
            status = 422;
        else if (e.code == QLatin1String("request.if_match_required"))
            status = 428;
        else
            status = 400;
        break;
    case Error::Kind::NotFound:
        status = 404;
        break;
    case Error::Kind::Forbidden:
        status = 403;
        break;
    case Error::Kind::Conflict:
        status = 409;
        break;
    case Error::Kind::Stale:
        status = 412;
        break;
    case Error::Kind::Unauthorized:
        status = 401;
        break;
    case Error::Kind::Storage:
        qCCritical(lcServer).noquote() << e.toString();
        return HttpResponse::problem(503, QStringLiteral("storage.unavailable"),
                                     QStringLiteral("the database is unavailable, retry later"));
    default:
        qCCritical(lcServer).noquote() << e.toString();
        break;
    }
    QString detail = e.englishMessage();
    if (!e.path.isEmpty())
        detail += QStringLiteral(" (at ") + e.path + QLatin1Char(')');
    QJsonObject extra;
    if (!e.path.isEmpty())
        extra.insert(QStringLiteral("path"), e.path);
    HttpResponse r = HttpResponse::problem(status, e.code, detail, extra);
    if (status == 401)
        r.header("WWW-Authenticate", "Bearer");
    return r;
}

HttpResponse Router::dispatch(const HttpRequest &request, AuthService &auth) const
{
    QStringList segs = request.segments;
    if (segs.size() < 2 || segs[0] != QLatin1String("api") || segs[1] != QLatin1String("v1"))
        return HttpResponse::problem(404, QStringLiteral("not_found"), QStringLiteral("no such resource"));
    segs = segs.mid(2);
    bool pathMatched = false;
    for (const Route &r : m_routes) {
        if (r.pattern.size() != segs.size())
            continue;
        RouteMatch m;
        bool ok = true;
        for (int i = 0; i < segs.size() && ok; ++i) {
            if (r.pattern[i] == QLatin1String("{}"))
                m.params.append(segs[i]);
            else
                ok = r.pattern[i] == segs[i];
        }
        if (!ok)
            continue;
        pathMatched = true;
        const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;
        if (r.method != method)
            continue;
        if (r.auth == Auth::Required) {
            auto c = auth.authenticate(request.header("authorization"));
            if (!c)
                return errorResponse(c.error());
            m.caller = c.value();
        }
        return r.handler(request, m);
    }
    if (pathMatched)
        return HttpResponse::problem(405, QStringLiteral("method_not_allowed"),
                                     QStringLiteral("method not allowed on this resource"));
    return HttpResponse::problem(404, QStringLiteral("not_found"), QStringLiteral("no such resource"));
}

} // namespace motcua::server
