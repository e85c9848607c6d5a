// SPDX-License-Identifier: GPL-3.0-or-later
#include "authhandlers.h"

#include <QJsonArray>

namespace motcua::server {

namespace {

Result<QString> requiredString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 200)
        return Error::make(Error::Kind::Invalid, QStringLiteral("request.invalid_field"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Field %1 must be a non-empty string."), {key},
                           key);
    return v.toString();
}

} // namespace

QJsonObject agencyJson(Database *db, const QString &code)
{
    auto q = db->exec(
        QStringLiteral("SELECT code, name, parent_code, level, kind FROM agencies WHERE code = ?"), {code});
    if (!q || !q->next())
        return QJsonObject {{QStringLiteral("code"), code}};
    return QJsonObject {
        {QStringLiteral("code"), q->value(0).toString()},
        {QStringLiteral("name"), q->value(1).toString()},
        {QStringLiteral("parent_code"),
         q->value(2).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q->value(2).toString())},
        {QStringLiteral("level"), q->value(3).toString()},
        {QStringLiteral("kind"), q->value(4).toString()}};
}

void registerAuthHandlers(Router &router, ServerContext &ctx)
{
    router.add("POST", QStringLiteral("auth/token"), Router::Auth::Public,
               [&ctx](const HttpRequest &req, const RouteMatch &) {
                   auto body = parseJsonBody(req, 64 * 1024);
                   if (!body)
                       return errorResponse(body.error());
                   auto user = requiredString(*body, QStringLiteral("username"));
                   if (!user)
                       return errorResponse(user.error());
                   auto pw = requiredString(*body, QStringLiteral("password"));
                   if (!pw)
                       return errorResponse(pw.error());
                   qint64 retryAfter = 0;
                   auto r = ctx.auth->login(*user, *pw, req.remote.toString(), &retryAfter);
                   if (!r && retryAfter > 0) {
                       //! Locked out: 429 with the wait, whether or not the password was right.
                       HttpResponse locked = HttpResponse::problem(
                           429, QStringLiteral("auth.locked"),
                           QStringLiteral("too many failed sign-ins; retry in %1 seconds").arg(retryAfter),
                           {{QStringLiteral("retry_after"), retryAfter}});
                       locked.header("Retry-After", QByteArray::number(retryAfter));
                       return locked;
                   }
                   if (!r)
                       return errorResponse(r.error());
                   return HttpResponse::json(*r).header("Cache-Control", "no-store");
               });
    router.add("POST", QStringLiteral("auth/refresh"), Router::Auth::Public,
               [&ctx](const HttpRequest &req, const RouteMatch &) {
                   auto body = parseJsonBody(req, 64 * 1024);
                   if (!body)
                       return errorResponse(body.error());
                   auto tok = requiredString(*body, QStringLiteral("refresh_token"));
                   if (!tok)
                       return errorResponse(tok.error());
                   auto r = ctx.auth->refresh(*tok);
                   if (!r)
                       return errorResponse(r.error());
                   return HttpResponse::json(*r).header("Cache-Control", "no-store");
               });
    router.add("POST", QStringLiteral("auth/logout"), Router::Auth::Required,
               [&ctx](const HttpRequest &req, const RouteMatch &) {
                   auto s
                       = ctx.auth->logout(QString::fromLatin1(req.header("authorization").mid(7).trimmed()));
                   if (!s)
                       return errorResponse(s.error());
                   HttpResponse r;
                   r.status = 204;
                   return r;
               });
    router.add("GET", QStringLiteral("me"), Router::Auth::Required,
               [&ctx](const HttpRequest &, const RouteMatch &m) {
                   const Caller &c = *m.caller;
                   return HttpResponse::json(
                       {{QStringLiteral("id"), c.id},
                        {QStringLiteral("username"), c.username},
                        {QStringLiteral("full_name"), c.fullName},
                        {QStringLiteral("agency"), agencyJson(ctx.db, c.agencyCode)},
                        {QStringLiteral("roles"), QJsonArray::fromStringList(c.roles)},
                        //! The province's rules for what a laptop keeps (issue 19).
                        {QStringLiteral("device_policy"),
                         QJsonObject {{QStringLiteral("retention_days"), ctx.config.laptopRetentionDays}}}});
               });
}

} // namespace motcua::server
