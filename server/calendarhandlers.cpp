// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarhandlers.h"

#include "actionservice.h"
#include "auditlog.h"
#include "calendarstore.h"
#include "core/calendarfile.h"
#include "core/deadline.h"
#include "core/json.h"

#include <QJsonArray>

namespace motcua::server {

namespace {
HttpResponse badYear()
{
    return HttpResponse::problem(400, QStringLiteral("request.invalid_year"),
                                 QStringLiteral("year must be a number between 1990 and 2100"));
}

std::optional<int> parseYear(const QString &text)
{
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || year < 1990 || year > 2100)
        return std::nullopt;
    return year;
}

HttpResponse yearResponse(const CalendarYear &y)
{
    return HttpResponse::json(json::toJson(y));
}
} // namespace

void registerCalendarHandlers(Router &router, ServerContext &ctx, ActionService *actions)
{
    router.add("GET", QStringLiteral("calendar"), Router::Auth::Required,
               [&ctx](const HttpRequest &req, const RouteMatch &) {
                   const auto year = parseYear(req.query.queryItemValue(QStringLiteral("year")));
                   if (!year)
                       return badYear();
                   auto y = CalendarStore(ctx.db).year(*year);
                   if (!y)
                       return errorResponse(y.error());
                   //! A year nobody entered is served as "missing", never as a year without holidays.
                   return yearResponse(y->value_or(CalendarStore::missing(*year)));
               });
    router.add(
        "GET", QStringLiteral("calendar/due"), Router::Auth::Required,
        [actions](const HttpRequest &req, const RouteMatch &) {
            const QString received = req.query.queryItemValue(QStringLiteral("received_at"));
            const QDateTime at = QDateTime::fromString(received, Qt::ISODate);
            bool ok = false;
            const int days = req.query.queryItemValue(QStringLiteral("days")).toInt(&ok);
            if (!at.isValid() || !received.endsWith(QLatin1Char('Z')))
                return HttpResponse::problem(400, QStringLiteral("request.invalid_field"),
                                             QStringLiteral("received_at must be a UTC timestamp"),
                                             {{QStringLiteral("path"), QStringLiteral("received_at")}});
            if (!ok || days < 0 || days > 3650)
                return HttpResponse::problem(400, QStringLiteral("request.invalid_field"),
                                             QStringLiteral("days must be 0..3650"),
                                             {{QStringLiteral("path"), QStringLiteral("days")}});
            if (Status s = actions->refreshCalendar(); !s)
                return errorResponse(s.error());
            const deadline::Computation c = deadline::explain(actions->calendar(), at.toUTC(), days, {});
            QJsonArray steps;
            for (const deadline::Step &s : c.steps)
                steps.append(
                    QJsonObject {{QStringLiteral("rule"), s.rule}, {QStringLiteral("text"), s.text}});
            return HttpResponse::json({{QStringLiteral("due_at"), isoOrNull(c.dueAt)},
                                       {QStringLiteral("provisional"), c.provisional},
                                       {QStringLiteral("steps"), steps}});
        });
    router.add("GET", QStringLiteral("admin/calendar"), Router::Auth::Required,
               [&ctx](const HttpRequest &, const RouteMatch &m) {
                   if (!m.caller->isAdmin())
                       return HttpResponse::problem(
                           403, QStringLiteral("auth.forbidden"),
                           QStringLiteral("only an administrator manages calendars"));
                   auto years = CalendarStore(ctx.db).all();
                   if (!years)
                       return errorResponse(years.error());
                   QJsonArray items;
                   for (const CalendarYear &y : *years)
                       items.append(json::toJson(y));
                   QJsonArray warnings;
                   for (const QString &w : CalendarStore::warnings(*years, ctx.clock.now()))
                       warnings.append(w);
                   return HttpResponse::json(
                       {{QStringLiteral("items"), items}, {QStringLiteral("warnings"), warnings}});
               });
    router.add(
        "PUT", QStringLiteral("admin/calendar/{}"), Router::Auth::Required,
        [&ctx, actions](const HttpRequest &req, const RouteMatch &m) {
            if (!m.caller->isAdmin())
                return HttpResponse::problem(403, QStringLiteral("auth.forbidden"),
                                             QStringLiteral("only an administrator manages calendars"));
            const auto year = parseYear(m.params[0]);
            if (!year)
                return badYear();
            auto body = parseJsonBody(req, ctx.config.maxJsonBody);
            if (!body)
                return errorResponse(body.error());
            if (!body->contains(QStringLiteral("status")))
                return HttpResponse::problem(400, QStringLiteral("json.missing"),
                                             QStringLiteral("status is required (published or projected)"),
                                             {{QStringLiteral("path"), QStringLiteral("status")}});
            auto y = json::parse<CalendarYear>(*body);
            if (!y)
                return errorResponse(y.error());
            if (y->year != *year)
                return HttpResponse::problem(
                    400, QStringLiteral("calendar.year_mismatch"),
                    QStringLiteral("the body is the calendar of %1, not %2").arg(y->year).arg(*year),
                    {{QStringLiteral("path"), QStringLiteral("year")}});
            if (Status s = CalendarStore(ctx.db).replace({*y}, m.caller->username, ctx.clock.now()); !s)
                return errorResponse(s.error());
            //! An administrative change moves every deadline: on the hash-chained record (issue 19).
            if (Status s = ctx.audit->appendStandalone(
                    m.caller->username, {}, QStringLiteral("calendar_changed"), {}, {},
                    {{QStringLiteral("year"), y->year},
                     {QStringLiteral("status"), toWire(y->status)},
                     {QStringLiteral("holidays"), y->holidays.size()},
                     {QStringLiteral("working_days"), y->workingDays.size()}});
                !s)
                return errorResponse(s.error());
            if (Status s = actions->reload(); !s)
                return errorResponse(s.error());
            return yearResponse(*y);
        });
}

void registerDemoClockHandler(Router &router, ServerContext &ctx)
{
    router.add(
        "PUT", QStringLiteral("demo/clock"), Router::Auth::Public,
        [&ctx](const HttpRequest &req, const RouteMatch &) {
            auto body = parseJsonBody(req, ctx.config.maxJsonBody);
            if (!body)
                return errorResponse(body.error());
            const QJsonValue v = body->value(QStringLiteral("now"));
            const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
            if (!v.isNull() && (!t.isValid() || !v.toString().endsWith(QLatin1Char('Z'))))
                return HttpResponse::problem(400, QStringLiteral("request.invalid_field"),
                                             QStringLiteral("now must be a UTC timestamp or null"),
                                             {{QStringLiteral("path"), QStringLiteral("now")}});
            const QString before = isoOrNull(ctx.clock.now()).toString();
            ctx.clock.fixed = v.isNull() ? QDateTime() : t.toUTC();
            //! Moving the server's clock is an administrative change too (issue 19).
            if (Status s = ctx.audit->appendStandalone(
                    QStringLiteral("demo"), {}, QStringLiteral("clock_changed"), {}, {},
                    {{QStringLiteral("from"), before}, {QStringLiteral("to"), isoOrNull(ctx.clock.now())}});
                !s)
                return errorResponse(s.error());
            return HttpResponse::json({{QStringLiteral("now"), isoOrNull(ctx.clock.now())}});
        });
}

} // namespace motcua::server
