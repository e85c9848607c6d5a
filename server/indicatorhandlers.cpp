// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorhandlers.h"

#include "core/json.h"
#include "dossierstore.h"

#include <QJsonDocument>

namespace motcua::server {

QString provinceOf(const QString &agencyCode)
{
    return agencyCode.section(QLatin1Char('.'), 0, 0);
}

Result<std::optional<IndicatorSet>> loadIndicatorSet(Database *db, const QString &province)
{
    auto q = db->exec(QStringLiteral("SELECT data FROM indicator_sets WHERE province = ?"), {province});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<IndicatorSet>();
    auto set = json::parse<IndicatorSet>(QJsonDocument::fromJson(q->value(0).toByteArray()).object());
    if (!set)
        return set.error();
    return std::optional<IndicatorSet>(*set);
}

Status storeIndicatorSet(Database *db, const IndicatorSet &set)
{
    auto del = db->exec(QStringLiteral("DELETE FROM indicator_sets WHERE province = ?"), {set.province});
    if (!del)
        return del.error();
    auto ins = db->exec(
        QStringLiteral("INSERT INTO indicator_sets (province, data) VALUES (?, ?)"),
        {set.province, QString::fromUtf8(QJsonDocument(json::toJson(set)).toJson(QJsonDocument::Compact))});
    if (!ins)
        return ins.error();
    return {};
}

namespace {

HttpResponse noDefinitions()
{
    return HttpResponse::problem(404, QStringLiteral("indicators.no_definitions"),
                                 QStringLiteral("the province has no indicator definitions"));
}

//! The dossiers an agency holds now, or the whole province's when agency is empty.
Result<QList<Dossier>> scope(Database *db, const QString &agency)
{
    auto q = agency.isEmpty()
        ? db->exec(QStringLiteral("SELECT data FROM dossiers ORDER BY id"))
        : db->exec(QStringLiteral("SELECT data FROM dossiers WHERE agency_code = ? ORDER BY id"), {agency});
    if (!q)
        return q.error();
    QList<Dossier> out;
    while (q->next()) {
        auto d = DossierStore::decode(q->value(0).toByteArray());
        if (!d)
            return d.error();
        out.append(std::move(d).value());
    }
    return out;
}

HttpResponse report(ServerContext &ctx, const HttpRequest &req, const Caller &caller)
{
    auto period = Period::parse(req.query.queryItemValue(QStringLiteral("period")));
    if (!period)
        return HttpResponse::problem(
            400, QStringLiteral("request.invalid_period"),
            QStringLiteral("period is 2026-07, 2026-Q3, 2026 or 2026-07-01..2026-08-15"));
    const QString breakdownText = req.query.queryItemValue(QStringLiteral("breakdown"));
    const auto breakdown
        = breakdownText.isEmpty() ? std::optional(Breakdown::None) : breakdownFromWire(breakdownText);
    if (!breakdown)
        return HttpResponse::problem(400, QStringLiteral("request.invalid_field"),
                                     QStringLiteral("breakdown is none, agency, procedure or official"));
    //! The province's leaders (admin) see every agency and the province; a
    //! supervisor sees their own agency.
    const bool province = caller.isAdmin();
    if (!province && !caller.hasRole(QStringLiteral("supervisor")))
        return HttpResponse::problem(
            403, QStringLiteral("indicators.forbidden"),
            QStringLiteral("indicators are for supervisors and the province's leaders"));
    QString agency = req.query.queryItemValue(QStringLiteral("agency"));
    if (!province) {
        if (!agency.isEmpty() && agency != caller.agencyCode)
            return HttpResponse::problem(
                403, QStringLiteral("indicators.forbidden"),
                QStringLiteral("a supervisor sees the indicators of their own agency"));
        agency = caller.agencyCode;
    }
    if (!agency.isEmpty() && !isSafeId(agency))
        return HttpResponse::problem(400, QStringLiteral("request.invalid_id"),
                                     QStringLiteral("bad agency code"));
    auto set = loadIndicatorSet(ctx.db, provinceOf(caller.agencyCode));
    if (!set)
        return errorResponse(set.error());
    if (!set->has_value())
        return noDefinitions();
    auto dossiers = scope(ctx.db, agency);
    if (!dossiers)
        return errorResponse(dossiers.error());
    QJsonObject body = json::toJson(computeIndicators(**set, *dossiers, *period, *breakdown));
    body.insert(QStringLiteral("agency"),
                agency.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(agency));
    body.insert(QStringLiteral("dossiers"), double(dossiers->size()));
    return HttpResponse::json(body);
}

} // namespace

void registerIndicatorHandlers(Router &router, ServerContext &ctx)
{
    router.add("GET", QStringLiteral("indicators/definitions"), Router::Auth::Required,
               [&ctx](const HttpRequest &, const RouteMatch &m) {
                   auto set = loadIndicatorSet(ctx.db, provinceOf(m.caller->agencyCode));
                   if (!set)
                       return errorResponse(set.error());
                   if (!set->has_value())
                       return noDefinitions();
                   return HttpResponse::json(json::toJson(**set));
               });
    router.add("GET", QStringLiteral("indicators"), Router::Auth::Required,
               [&ctx](const HttpRequest &req, const RouteMatch &m) { return report(ctx, req, *m.caller); });
}

} // namespace motcua::server
