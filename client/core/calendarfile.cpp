// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarfile.h"

#include "json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace motcua::calendarfile {

namespace {
Error invalid(const QString &code, const char *message, const QString &path, QStringList args = {})
{
    return Error::make(Error::Kind::Invalid, code, message, std::move(args), path);
}
} // namespace

Status validate(const CalendarYear &y, const QString &path)
{
    const QString p = path.isEmpty() ? QString() : path + QLatin1Char('.');
    if (y.status == CalendarStatus::Missing)
        return invalid(
            QStringLiteral("calendar.status"),
            QT_TRANSLATE_NOOP("motcua::Error",
                              "A calendar year must be \u201cpublished\u201d or \u201cprojected\u201d."),
            p + QStringLiteral("status"));
    for (qsizetype i = 0; i < y.workingDays.size(); ++i) {
        const QDate d = y.workingDays.at(i);
        if (!y.weekend.contains(d.dayOfWeek()))
            return invalid(
                QStringLiteral("calendar.working_day_not_weekend"),
                QT_TRANSLATE_NOOP("motcua::Error", "%1 is a swapped working day but not a weekly day off."),
                p + QStringLiteral("working_days[%1]").arg(i), {d.toString(Qt::ISODate)});
        if (y.holidays.contains(d))
            return invalid(QStringLiteral("calendar.both"),
                           QT_TRANSLATE_NOOP("motcua::Error", "%1 is both a holiday and a working day."),
                           p + QStringLiteral("working_days[%1]").arg(i), {d.toString(Qt::ISODate)});
    }
    if (QSet<QDate>(y.holidays.cbegin(), y.holidays.cend()).size() != y.holidays.size())
        return invalid(QStringLiteral("calendar.duplicate_day"),
                       QT_TRANSLATE_NOOP("motcua::Error", "A holiday is listed twice."),
                       p + QStringLiteral("holidays"));
    return {};
}

Result<QList<CalendarYear>> parse(const QByteArray &bytes)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(
            QStringLiteral("calendar.not_json"),
            QT_TRANSLATE_NOOP("motcua::Error", "The calendar file is not a JSON object (%1)."), {},
            {pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("not an object")});
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("motcua-calendar")
        || o.value(QStringLiteral("version")).toInt() != 1)
        return invalid(QStringLiteral("calendar.format"),
                       QT_TRANSLATE_NOOP(
                           "motcua::Error",
                           "Not a calendar file: expected \"format\": \"motcua-calendar\", \"version\": 1."),
                       QStringLiteral("format"));
    const QJsonArray years = o.value(QStringLiteral("years")).toArray();
    if (years.isEmpty())
        return invalid(QStringLiteral("calendar.no_years"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The calendar file has no years."),
                       QStringLiteral("years"));
    QList<CalendarYear> out;
    QSet<int> seen;
    for (qsizetype i = 0; i < years.size(); ++i) {
        const QString path = QStringLiteral("years[%1]").arg(i);
        if (!years.at(i).isObject())
            return invalid(QStringLiteral("json.type"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Expected an object."), path);
        //! A file must say whether it is published or projected: no silent default.
        if (!years.at(i).toObject().contains(QStringLiteral("status")))
            return invalid(QStringLiteral("json.missing"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The field is missing."),
                           path + QStringLiteral(".status"));
        auto y = json::parse<CalendarYear>(years.at(i).toObject(), path);
        if (!y)
            return y.error();
        if (Status s = validate(*y, path); !s)
            return s.error();
        if (seen.contains(y->year))
            return invalid(QStringLiteral("calendar.duplicate_year"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The year %1 appears twice."),
                           path + QStringLiteral(".year"), {QString::number(y->year)});
        seen.insert(y->year);
        out.append(*y);
    }
    return out;
}

QByteArray write(const QList<CalendarYear> &years)
{
    QJsonArray a;
    for (const CalendarYear &y : years)
        a.append(json::toJson(y));
    return QJsonDocument(QJsonObject {{QStringLiteral("format"), QStringLiteral("motcua-calendar")},
                                      {QStringLiteral("version"), 1},
                                      {QStringLiteral("years"), a}})
        .toJson(QJsonDocument::Indented);
}

} // namespace motcua::calendarfile
