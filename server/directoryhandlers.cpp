// SPDX-License-Identifier: GPL-3.0-or-later
#include "authhandlers.h"

#include <QJsonArray>

namespace motcua::server {

void registerDirectoryHandlers(Router &router, ServerContext &ctx)
{
    router.add("GET", QStringLiteral("health"), Router::Auth::Public,
               [&ctx](const HttpRequest &, const RouteMatch &) {
                   auto q = ctx.db->exec(QStringLiteral("SELECT 1"));
                   if (!q)
                       return errorResponse(q.error());
                   return HttpResponse::json(
                       {{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("database"),
                         ctx.db->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")}});
               });
    router.add("GET", QStringLiteral("agencies"), Router::Auth::Required,
               [&ctx](const HttpRequest &, const RouteMatch &) {
                   auto q = ctx.db->exec(QStringLiteral(
                       "SELECT code, name, parent_code, level, kind FROM agencies ORDER BY code"));
                   if (!q)
                       return errorResponse(q.error());
                   QJsonArray items;
                   while (q->next()) {
                       items.append(QJsonObject {{QStringLiteral("code"), q->value(0).toString()},
                                                 {QStringLiteral("name"), q->value(1).toString()},
                                                 {QStringLiteral("parent_code"),
                                                  q->value(2).isNull() ? QJsonValue(QJsonValue::Null)
                                                                       : QJsonValue(q->value(2).toString())},
                                                 {QStringLiteral("level"), q->value(3).toString()},
                                                 {QStringLiteral("kind"), q->value(4).toString()}});
                   }
                   return HttpResponse::json({{QStringLiteral("items"), items}});
               });
    router.add("GET", QStringLiteral("procedures"), Router::Auth::Required,
               [&ctx](const HttpRequest &, const RouteMatch &) {
                   return storedItemsResponse(
                       ctx.db->exec(QStringLiteral("SELECT data FROM procedures ORDER BY code")));
               });
}

} // namespace motcua::server
