// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include <utility>

namespace motcua::server {

void Router::add(const QByteArray &method, const QString &pattern, Auth auth, Handler handler)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), auth, std::move(handler)});
}

namespace {
//! The HTTP status of each error kind; Storage and unknown kinds are handled apart.
constexpr std::pair<Error::Kind, int> kStatusOfKind[] = {
    {Error::Kind::Invalid, 400},  {Error::Kind::NotFound, 404}, {Error::Kind::Forbidden, 403},
    {Error::Kind::Conflict, 409}, {Error::Kind::Stale, 412},    {Error::Kind::Unauthorized, 401},
};

//! Invalid requests whose code asks for a more precise status than 400.
int invalidStatus(const QString &code)
{
    if (code.endsWith(QLatin1String("too_large")))
        return 413;
    if (code == QLatin1String("feed.cursor_expired"))
        return 410;
    if (code == QLatin1String("idempotency.key_reused"))
        return 422;
    if (code == QLatin1String("request.if_match_required"))
        return 428;
    return 400;
}
} // namespace

HttpResponse errorResponse(const Error &e)
{
    if (e.kind == Error::Kind::Storage) {
        qCCritical(lcServer).noquote() << e.toString();
        return HttpResponse::problem(503, QStringLiteral("storage.unavailable"),
                                     QStringLiteral("the database is unavailable, retry later"));
    }
    int status = 500;
    for (const auto &[kind, kindStatus] : kStatusOfKind)
        if (kind == e.kind)
            status = kind == Error::Kind::Invalid ? invalidStatus(e.code) : kindStatus;
    if (status == 500)
        qCCritical(lcServer).noquote() << e.toString();
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
