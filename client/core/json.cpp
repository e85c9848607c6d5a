// SPDX-License-Identifier: GPL-3.0-or-later
//! Codecs of the reference data: officials, agencies, procedures, components,
//! annotations, calendars; timestamps and {"items":[...]} lists.
#include "json.h"

#include "jsonreader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace motcua::json {

namespace {
QJsonValue nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonValue timestampToJson(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue(QJsonValue::Null);
    const QDateTime utc = t.toUTC();
    return utc.time().msec() != 0 ? utc.toString(Qt::ISODateWithMs) : utc.toString(Qt::ISODate);
}

Result<QDateTime> parseTimestamp(const QString &text, const QString &path)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?Z$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return JsonReader::badFormat(path, "UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)");
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (m.hasCaptured(7))
        ms = m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime t(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!d.isValid() || !t.isValid() || d.year() < 1900)
        return JsonReader::badFormat(path, "UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)");
    return QDateTime(d, t, Qt::UTC);
}

namespace detail {
Status readItems(const QJsonObject &o, const QString &path,
                 const std::function<Status(const QJsonObject &, const QString &)> &each)
{
    JsonReader r(o, path);
    QJsonArray items;
    if (!r.array(QStringLiteral("items"), items))
        return r.status();
    const QString itemsPath = r.pathOf(QStringLiteral("items"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString p = JsonReader::indexPath(itemsPath, i);
        if (!items.at(i).isObject())
            return JsonReader::wrongType(p, "object");
        Status st = each(items.at(i).toObject(), p);
        if (!st)
            return st;
    }
    return {};
}
} // namespace detail

// ---- Official, Me -------------------------------------------------------------

namespace {
QJsonArray rolesToJson(const QList<Role> &roles)
{
    QJsonArray a;
    for (Role r : roles)
        a.append(toWire(r));
    return a;
}

void readRoles(JsonReader &r, QList<Role> &out)
{
    QJsonArray a;
    if (!r.array(QStringLiteral("roles"), a))
        return;
    out.clear();
    const QString p = r.pathOf(QStringLiteral("roles"));
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString ip = JsonReader::indexPath(p, i);
        if (!a.at(i).isString()) {
            r.fail(JsonReader::wrongType(ip, "string"));
            return;
        }
        Role role {};
        if (!r.enumText(a.at(i).toString(), ip, role, &roleFromWire))
            return;
        out.append(role);
    }
}
} // namespace

QJsonObject toJson(const Official &v)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("username"), v.username},
            {QStringLiteral("full_name"), v.fullName},
            {QStringLiteral("agency_code"), v.agencyCode},
            {QStringLiteral("roles"), rolesToJson(v.roles)}};
}

Status fromJson(const QJsonObject &o, Official &out, const QString &path)
{
    JsonReader r(o, path);
    r.string(QStringLiteral("id"), out.id, false);
    r.string(QStringLiteral("username"), out.username, false);
    r.string(QStringLiteral("full_name"), out.fullName);
    r.string(QStringLiteral("agency_code"), out.agencyCode, false);
    readRoles(r, out.roles);
    return r.status();
}

QJsonObject toJson(const Me &v)
{
    return {{QStringLiteral("id"), v.official.id},
            {QStringLiteral("username"), v.official.username},
            {QStringLiteral("full_name"), v.official.fullName},
            {QStringLiteral("agency"), toJson(v.agency)},
            {QStringLiteral("roles"), rolesToJson(v.official.roles)}};
}

Status fromJson(const QJsonObject &o, Me &out, const QString &path)
{
    JsonReader r(o, path);
    r.string(QStringLiteral("id"), out.official.id, false);
    r.string(QStringLiteral("username"), out.official.username, false);
    r.string(QStringLiteral("full_name"), out.official.fullName);
    QJsonObject agency;
    if (r.object(QStringLiteral("agency"), agency))
        r.take(fromJson(agency, out.agency, r.pathOf(QStringLiteral("agency"))));
    out.official.agencyCode = out.agency.code;
    readRoles(r, out.official.roles);
    return r.status();
}

// ---- Agency -------------------------------------------------------------------

QJsonObject toJson(const Agency &v)
{
    return {{QStringLiteral("code"), v.code},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("parent_code"), nullIfEmpty(v.parentCode)},
            {QStringLiteral("level"), v.level},
            {QStringLiteral("kind"), v.kind}};
}

Status fromJson(const QJsonObject &o, Agency &out, const QString &path)
{
    JsonReader r(o, path);
    r.string(QStringLiteral("code"), out.code, false);
    r.string(QStringLiteral("name"), out.name, false);
    r.nullableString(QStringLiteral("parent_code"), out.parentCode);
    r.string(QStringLiteral("level"), out.level, false);
    r.string(QStringLiteral("kind"), out.kind);
    return r.status();
}

// ---- Procedure ----------------------------------------------------------------

QJsonObject toJson(const RequiredComponent &v)
{
    return {{QStringLiteral("document_code"), v.documentCode},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("required"), v.required}};
}

Status fromJson(const QJsonObject &o, RequiredComponent &out, const QString &path)
{
    JsonReader r(o, path);
    r.string(QStringLiteral("document_code"), out.documentCode);
    r.string(QStringLiteral("name"), out.name, false);
    r.boolean(QStringLiteral("required"), out.required);
    return r.status();
}

QJsonObject toJson(const Procedure &v)
{
    QJsonArray comps;
    for (const RequiredComponent &c : v.requiredComponents)
        comps.append(toJson(c));
    return {{QStringLiteral("code"), v.code},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("processing_days"), v.processingDays},
            {QStringLiteral("required_components"), comps},
            {QStringLiteral("retention_years"), v.retentionYears},
            {QStringLiteral("fee"), double(v.fee)},
            {QStringLiteral("level"), v.level},
            {QStringLiteral("fee_wait_excluded"), v.feeWaitExcluded}};
}

Status fromJson(const QJsonObject &o, Procedure &out, const QString &path)
{
    JsonReader r(o, path);
    r.string(QStringLiteral("code"), out.code, false);
    r.string(QStringLiteral("name"), out.name, false);
    r.integer(QStringLiteral("processing_days"), out.processingDays, 0, 3650);
    if (r.has(QStringLiteral("fee_wait_excluded")))
        r.boolean(QStringLiteral("fee_wait_excluded"), out.feeWaitExcluded);
    r.objects(
        QStringLiteral("required_components"), out.requiredComponents,
        [](const QJsonObject &item, RequiredComponent &c, const QString &p) { return fromJson(item, c, p); });
    r.integer(QStringLiteral("retention_years"), out.retentionYears, 0, 1000);
    r.integer(QStringLiteral("fee"), out.fee, 0, qint64(1) << 53);
    r.string(QStringLiteral("level"), out.level);
    return r.status();
}

// ---- Component ----------------------------------------------------------------

QJsonObject toJson(const Component &v)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("document_code"), v.documentCode},
            {QStringLiteral("sha256"), v.sha256},
            {QStringLiteral("size"), double(v.size)},
            {QStringLiteral("mime"), v.mime},
            {QStringLiteral("pages"), v.pages},
            {QStringLiteral("kind"), toWire(v.kind)},
            {QStringLiteral("signed"), v.isSigned}};
}

Status fromJson(const QJsonObject &o, Component &out, const QString &path)
{
    JsonReader r(o, path);
    r.string(QStringLiteral("id"), out.id, false);
    r.string(QStringLiteral("name"), out.name);
    r.string(QStringLiteral("document_code"), out.documentCode);
    r.sha256(QStringLiteral("sha256"), out.sha256);
    r.integer(QStringLiteral("size"), out.size, 0, qint64(1) << 53);
    r.string(QStringLiteral("mime"), out.mime, false);
    r.integer(QStringLiteral("pages"), out.pages, 0, 100000);
    r.enumValue(QStringLiteral("kind"), out.kind, &componentKindFromWire);
    r.boolean(QStringLiteral("signed"), out.isSigned);
    return r.status();
}

// ---- Annotation ---------------------------------------------------------------

QJsonObject toJson(const Annotation &v)
{
    QJsonArray pts;
    for (const QPointF &p : v.points)
        pts.append(QJsonArray {p.x(), p.y()});
    const QJsonObject rect {{QStringLiteral("x"), v.rect.x()},
                            {QStringLiteral("y"), v.rect.y()},
                            {QStringLiteral("w"), v.rect.width()},
                            {QStringLiteral("h"), v.rect.height()}};
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("dossier_id"), v.dossierId},
            {QStringLiteral("component_id"), v.componentId},
            {QStringLiteral("page"), v.page},
            {QStringLiteral("kind"), toWire(v.kind)},
            {QStringLiteral("rect"), rect},
            {QStringLiteral("points"), pts},
            {QStringLiteral("text"), v.text},
            {QStringLiteral("color"), v.color},
            {QStringLiteral("author"), v.author},
            {QStringLiteral("created_at"), timestampToJson(v.createdAt)},
            {QStringLiteral("updated_at"), timestampToJson(v.updatedAt)},
            {QStringLiteral("version"), double(v.version)},
            {QStringLiteral("deleted"), v.deleted},
            {QStringLiteral("visibility"), toWire(v.visibility)}};
}

Status fromJson(const QJsonObject &o, Annotation &out, const QString &path)
{
    JsonReader r(o, path);
    r.string(QStringLiteral("id"), out.id, false);
    r.string(QStringLiteral("dossier_id"), out.dossierId, false);
    r.string(QStringLiteral("component_id"), out.componentId, false);
    r.integer(QStringLiteral("page"), out.page, 0, 100000);
    r.enumValue(QStringLiteral("kind"), out.kind, &annotationKindFromWire);
    QJsonObject rect;
    if (r.object(QStringLiteral("rect"), rect)) {
        JsonReader rr(rect, r.pathOf(QStringLiteral("rect")));
        double x = 0, y = 0, w = 0, h = 0;
        rr.number(QStringLiteral("x"), x, 0.0, 1.0);
        rr.number(QStringLiteral("y"), y, 0.0, 1.0);
        rr.number(QStringLiteral("w"), w, 0.0, 1.0 - x);
        rr.number(QStringLiteral("h"), h, 0.0, 1.0 - y);
        if (r.take(rr.status()))
            out.rect = QRectF(x, y, w, h);
    }
    QJsonArray pts;
    if (r.array(QStringLiteral("points"), pts)) {
        out.points.clear();
        const QString p = r.pathOf(QStringLiteral("points"));
        for (qsizetype i = 0; i < pts.size() && r.ok(); ++i) {
            const QString ip = JsonReader::indexPath(p, i);
            const QJsonArray xy = pts.at(i).toArray();
            if (!pts.at(i).isArray() || xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble()) {
                r.fail(JsonReader::wrongType(ip, "[x, y] pair of numbers"));
                break;
            }
            const double x = xy.at(0).toDouble(), y = xy.at(1).toDouble();
            if (!(x >= 0.0 && x <= 1.0 && y >= 0.0 && y <= 1.0)) {
                r.fail(JsonReader::outOfRange(ip, QStringLiteral("0"), QStringLiteral("1")));
                break;
            }
            out.points.append(QPointF(x, y));
        }
    }
    r.string(QStringLiteral("text"), out.text);
    if (r.string(QStringLiteral("color"), out.color)) {
        static const QRegularExpression color(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        if (!color.match(out.color).hasMatch())
            r.fail(JsonReader::badFormat(r.pathOf(QStringLiteral("color")), "colour (#rrggbb)"));
    }
    r.string(QStringLiteral("author"), out.author, false);
    r.timestamp(QStringLiteral("created_at"), out.createdAt, false);
    r.timestamp(QStringLiteral("updated_at"), out.updatedAt, false);
    r.integer(QStringLiteral("version"), out.version, 0, qint64(1) << 53);
    r.boolean(QStringLiteral("deleted"), out.deleted);
    //! Optional: annotations written before visibility existed are internal.
    out.visibility = AnnotationVisibility::Internal;
    if (r.has(QStringLiteral("visibility")))
        r.enumValue(QStringLiteral("visibility"), out.visibility, &annotationVisibilityFromWire);
    return r.status();
}

// ---- CalendarYear -------------------------------------------------------------

QJsonObject toJson(const CalendarYear &v)
{
    QJsonArray weekend, holidays, working;
    for (int d : v.weekend)
        weekend.append(d);
    for (const QDate &d : v.holidays)
        holidays.append(d.toString(Qt::ISODate));
    for (const QDate &d : v.workingDays)
        working.append(d.toString(Qt::ISODate));
    QJsonObject names;
    for (auto it = v.holidayNames.cbegin(); it != v.holidayNames.cend(); ++it)
        names.insert(it.key().toString(Qt::ISODate), it.value());
    const QString hhmm = QStringLiteral("HH:mm");
    QJsonObject hours {{QStringLiteral("start"), v.officeStart.toString(hhmm)},
                       {QStringLiteral("end"), v.officeEnd.toString(hhmm)}};
    if (v.lunchStart.isValid() && v.lunchEnd.isValid()) {
        hours.insert(QStringLiteral("lunch_start"), v.lunchStart.toString(hhmm));
        hours.insert(QStringLiteral("lunch_end"), v.lunchEnd.toString(hhmm));
    }
    return {{QStringLiteral("year"), v.year},
            {QStringLiteral("status"), toWire(v.status)},
            {QStringLiteral("source"), v.source},
            {QStringLiteral("weekend"), weekend},
            {QStringLiteral("holidays"), holidays},
            {QStringLiteral("holiday_names"), names},
            {QStringLiteral("working_days"), working},
            {QStringLiteral("office_hours"), hours},
            {QStringLiteral("receipt_cutoff"),
             v.receiptCutoff.isValid() ? QJsonValue(v.receiptCutoff.toString(hhmm)) : QJsonValue()}};
}

namespace {
void readDates(JsonReader &r, const QString &key, int year, QList<QDate> &out)
{
    QJsonArray a;
    if (!r.array(key, a))
        return;
    out.clear();
    const QString p = r.pathOf(key);
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        const QString ip = JsonReader::indexPath(p, i);
        QDate d;
        if (!r.date(a.at(i), ip, d))
            return;
        if (d.year() != year) {
            r.fail(JsonReader::outOfRange(ip, QStringLiteral("%1-01-01").arg(year),
                                          QStringLiteral("%1-12-31").arg(year)));
            return;
        }
        out.append(d);
    }
}
} // namespace

Status fromJson(const QJsonObject &o, CalendarYear &out, const QString &path)
{
    JsonReader r(o, path);
    r.integer(QStringLiteral("year"), out.year, 1900, 9999);
    QJsonArray weekend;
    if (r.array(QStringLiteral("weekend"), weekend)) {
        out.weekend.clear();
        const QString p = r.pathOf(QStringLiteral("weekend"));
        for (qsizetype i = 0; i < weekend.size(); ++i) {
            const QString ip = JsonReader::indexPath(p, i);
            const double d = weekend.at(i).toDouble();
            if (!weekend.at(i).isDouble() || d != std::floor(d)) {
                r.fail(JsonReader::wrongType(ip, "integer"));
                break;
            }
            if (d < 1 || d > 7) {
                r.fail(JsonReader::outOfRange(ip, QStringLiteral("1"), QStringLiteral("7")));
                break;
            }
            out.weekend.append(int(d));
        }
        if (r.ok() && out.weekend.size() >= 7)
            r.fail(JsonReader::outOfRange(p, QStringLiteral("0 days"), QStringLiteral("6 days")));
    }
    readDates(r, QStringLiteral("holidays"), out.year, out.holidays);
    readDates(r, QStringLiteral("working_days"), out.year, out.workingDays);
    QJsonObject hours;
    if (r.object(QStringLiteral("office_hours"), hours)) {
        JsonReader hr(hours, r.pathOf(QStringLiteral("office_hours")));
        hr.time(QStringLiteral("start"), out.officeStart);
        if (hr.time(QStringLiteral("end"), out.officeEnd) && out.officeEnd <= out.officeStart)
            hr.fail(JsonReader::outOfRange(hr.pathOf(QStringLiteral("end")),
                                           out.officeStart.toString(QStringLiteral("HH:mm")),
                                           QStringLiteral("24:00")));
        //! The lunch break is optional; both ends or neither, inside office hours.
        if (hr.ok() && (hr.has(QStringLiteral("lunch_start")) || hr.has(QStringLiteral("lunch_end")))) {
            hr.time(QStringLiteral("lunch_start"), out.lunchStart);
            if (hr.time(QStringLiteral("lunch_end"), out.lunchEnd)
                && !(out.officeStart < out.lunchStart && out.lunchStart < out.lunchEnd
                     && out.lunchEnd < out.officeEnd))
                hr.fail(JsonReader::outOfRange(hr.pathOf(QStringLiteral("lunch_end")),
                                               out.officeStart.toString(QStringLiteral("HH:mm")),
                                               out.officeEnd.toString(QStringLiteral("HH:mm"))));
        }
        r.take(hr.status());
    }
    if (r.ok() && r.has(QStringLiteral("status")))
        r.enumValue(QStringLiteral("status"), out.status, &calendarStatusFromWire);
    if (r.ok() && r.has(QStringLiteral("source")))
        r.string(QStringLiteral("source"), out.source);
    if (r.ok() && r.has(QStringLiteral("receipt_cutoff"))) {
        if (o.value(QStringLiteral("receipt_cutoff")).isNull())
            out.receiptCutoff = QTime();
        else if (r.time(QStringLiteral("receipt_cutoff"), out.receiptCutoff)
                 && !(out.officeStart < out.receiptCutoff && out.receiptCutoff <= out.officeEnd))
            r.fail(JsonReader::outOfRange(r.pathOf(QStringLiteral("receipt_cutoff")),
                                          out.officeStart.toString(QStringLiteral("HH:mm")),
                                          out.officeEnd.toString(QStringLiteral("HH:mm"))));
    }
    QJsonObject names;
    if (r.ok() && r.has(QStringLiteral("holiday_names"))
        && r.object(QStringLiteral("holiday_names"), names)) {
        const QString p = r.pathOf(QStringLiteral("holiday_names"));
        for (auto it = names.constBegin(); it != names.constEnd() && r.ok(); ++it) {
            const QString ip = p + QLatin1Char('.') + it.key();
            const QDate d = QDate::fromString(it.key(), Qt::ISODate);
            if (!d.isValid() || d.year() != out.year || !out.holidays.contains(d)) {
                r.fail(JsonReader::outOfRange(ip, QStringLiteral("%1-01-01").arg(out.year),
                                              QStringLiteral("%1-12-31").arg(out.year)));
                break;
            }
            if (!it.value().isString()) {
                r.fail(JsonReader::wrongType(ip, "string"));
                break;
            }
            out.holidayNames.insert(d, it.value().toString());
        }
    }
    return r.status();
}

} // namespace motcua::json
