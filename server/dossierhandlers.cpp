// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierhandlers.h"

#include "actionservice.h"
#include "changefeed.h"
#include "core/json.h"
#include "documentaccess.h"
#include "dossierstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace motcua::server {

namespace {

HttpResponse invalidId()
{
    return HttpResponse::problem(
        400, QStringLiteral("request.invalid_id"),
        QStringLiteral("ids are 1-100 characters of letters, digits, '-', '_' and '.'"));
}

//! The dossier if the caller's agency holds it, else the 4xx response.
std::variant<Dossier, HttpResponse> visibleDossier(DossierStore *store, const Caller &caller,
                                                   const QString &id)
{
    if (!isSafeId(id))
        return invalidId();
    auto d = store->load(id);
    if (!d)
        return errorResponse(d.error());
    if (!d->has_value())
        return HttpResponse::problem(404, QStringLiteral("dossier.not_found"),
                                     QStringLiteral("no such dossier"));
    if ((*d)->agencyCode != caller.agencyCode)
        return HttpResponse::problem(403, QStringLiteral("dossier.forbidden"),
                                     QStringLiteral("the dossier is held by another agency"));
    return **d;
}

HttpResponse batch(ServerContext &ctx, ActionService *actions, const HttpRequest &req, const Caller &caller)
{
    auto body = parseJsonBody(req, ctx.config.maxJsonBody);
    if (!body)
        return errorResponse(body.error());
    const QJsonValue items = body->value(QStringLiteral("items"));
    if (!items.isArray() || items.toArray().size() > 500)
        return HttpResponse::problem(400, QStringLiteral("request.invalid_field"),
                                     QStringLiteral("items must be an array of at most 500 actions"));
    QJsonArray results;
    int i = 0;
    for (const QJsonValue &v : items.toArray()) {
        const QString path = QStringLiteral("items[%1]").arg(i++);
        HttpResponse r;
        QString key;
        if (!v.isObject()) {
            r = HttpResponse::problem(400, QStringLiteral("json.type"),
                                      path + QStringLiteral(" must be an object"));
        } else {
            auto a = json::parse<Action>(v.toObject(), path);
            if (!a) {
                r = errorResponse(a.error());
            } else if (!isSafeId(a->dossierId)) {
                r = invalidId();
            } else {
                key = a->idempotencyKey;
                const QJsonObject b = json::actionRequestBody(*a);
                r = actions->apply(caller,
                                   {a->dossierId, a->idempotencyKey, QByteArray::number(a->baseVersion), b});
            }
        }
        results.append(QJsonObject {{QStringLiteral("idempotency_key"), key},
                                    {QStringLiteral("status"), r.status},
                                    {QStringLiteral("body"), QJsonDocument::fromJson(r.body).object()}});
    }
    return HttpResponse::json({{QStringLiteral("items"), results}});
}

} // namespace

void registerDossierHandlers(Router &router, ServerContext &ctx, DossierServices s)
{
    router.add("GET", QStringLiteral("dossiers/changes"), Router::Auth::Required,
               [&ctx, s](const HttpRequest &req, const RouteMatch &m) {
                   int limit = 100;
                   if (req.query.hasQueryItem(QStringLiteral("limit"))) {
                       bool ok = false;
                       limit = req.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
                       if (!ok || limit < 1 || limit > 1000)
                           return HttpResponse::problem(400, QStringLiteral("request.invalid_limit"),
                                                        QStringLiteral("limit must be between 1 and 1000"));
                   }
                   auto page = s.feed->page(
                       m.caller->agencyCode,
                       req.query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded), limit);
                   if (!page)
                       return errorResponse(page.error());
                   return HttpResponse::bytes(*page, "application/json");
               });
    router.add("GET", QStringLiteral("dossiers/{}"), Router::Auth::Required,
               [s](const HttpRequest &req, const RouteMatch &m) {
                   auto v = visibleDossier(s.store, *m.caller, m.params[0]);
                   if (auto *err = std::get_if<HttpResponse>(&v))
                       return *err;
                   const Dossier &d = std::get<Dossier>(v);
                   const QByteArray etag = '"' + QByteArray::number(d.version) + '"';
                   if (req.header("if-none-match") == etag) {
                       HttpResponse r;
                       r.status = 304;
                       r.header("ETag", etag);
                       return r;
                   }
                   return HttpResponse::json(json::toJson(d)).header("ETag", etag);
               });
    router.add("GET", QStringLiteral("dossiers/{}/history"), Router::Auth::Required,
               [s](const HttpRequest &, const RouteMatch &m) {
                   auto v = visibleDossier(s.store, *m.caller, m.params[0]);
                   if (auto *err = std::get_if<HttpResponse>(&v))
                       return *err;
                   auto h = s.store->history(m.params[0]);
                   if (!h)
                       return errorResponse(h.error());
                   QJsonArray items;
                   for (const HistoryStep &step : *h)
                       items.append(json::toJson(step));
                   return HttpResponse::json({{QStringLiteral("items"), items}});
               });
    router.add("GET", QStringLiteral("dossiers/{}/annotations"), Router::Auth::Required,
               [&ctx, s](const HttpRequest &, const RouteMatch &m) {
                   auto v = visibleDossier(s.store, *m.caller, m.params[0]);
                   if (auto *err = std::get_if<HttpResponse>(&v))
                       return *err;
                   return storedItemsResponse(ctx.db->exec(
                       QStringLiteral("SELECT data FROM annotations WHERE dossier_id = ? ORDER BY id"),
                       {m.params[0]}));
               });
    router.add("POST", QStringLiteral("dossiers/{}/actions"), Router::Auth::Required,
               [&ctx, s](const HttpRequest &req, const RouteMatch &m) {
                   if (!isSafeId(m.params[0]))
                       return invalidId();
                   auto body = parseJsonBody(req, ctx.config.maxJsonBody);
                   if (!body)
                       return errorResponse(body.error());
                   return s.actions->apply(*m.caller,
                                           {m.params[0], QString::fromLatin1(req.header("idempotency-key")),
                                            req.header("if-match"), *body});
               });
    router.add("POST", QStringLiteral("actions:batch"), Router::Auth::Required,
               [&ctx, s](const HttpRequest &req, const RouteMatch &m) {
                   return batch(ctx, s.actions, req, *m.caller);
               });
    router.add(
        "GET", QStringLiteral("citizens/{}/documents"), Router::Auth::Required,
        [&ctx](const HttpRequest &, const RouteMatch &m) {
            const QString idNumber = m.params[0];
            if (!isSafeId(idNumber))
                return invalidId();
            //! A citizen's warehouse is shown only to an agency handling one of their dossiers.
            if (auto refused
                = refusedUnless(ctx.access->handlesCitizen(idNumber, m.caller->agencyCode),
                                QStringLiteral("citizen.forbidden"),
                                QStringLiteral("your agency handles no dossier of this citizen")))
                return *refused;
            auto q = ctx.db->exec(
                QStringLiteral("SELECT c.sha256, c.dossier_id, c.name, c.document_code, c.kind, c.issued_at, "
                               "d.size FROM citizen_documents c LEFT JOIN documents d ON d.sha256 = c.sha256 "
                               "WHERE c.id_number = ? ORDER BY c.issued_at, c.sha256"),
                {idNumber});
            if (!q)
                return errorResponse(q.error());
            QJsonArray items;
            while (q->next()) {
                QJsonObject item {
                    {QStringLiteral("sha256"), q->value(0).toString()},
                    {QStringLiteral("dossier_id"), q->value(1).toString()},
                    {QStringLiteral("name"), q->value(2).toString()},
                    {QStringLiteral("document_code"), q->value(3).toString()},
                    {QStringLiteral("kind"), q->value(4).toString()},
                    {QStringLiteral("issued_at"),
                     isoOrNull(QDateTime::fromSecsSinceEpoch(q->value(5).toLongLong(), Qt::UTC))}};
                //! The size lets a client resume the download (absent if the file is not stored).
                if (!q->value(6).isNull())
                    item.insert(QStringLiteral("size"), q->value(6).toLongLong());
                items.append(item);
            }
            return HttpResponse::json(
                {{QStringLiteral("id_number"), idNumber}, {QStringLiteral("items"), items}});
        });
}

} // namespace motcua::server
