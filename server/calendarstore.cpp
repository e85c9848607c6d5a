// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarstore.h"

#include "core/calendarfile.h"
#include "core/json.h"
#include "database.h"

#include <QFile>
#include <QJsonDocument>
#include <QMap>

namespace motcua::server {

CalendarStore::CalendarStore(Database *db)
    : m_db(db)
{ }

CalendarYear CalendarStore::missing(int year)
{
    CalendarYear y;
    y.year = year;
    y.status = CalendarStatus::Missing;
    return y;
}

Result<QList<CalendarYear>> CalendarStore::all()
{
    QMap<int, CalendarYear> years;
    auto legacy = m_db->exec(QStringLiteral("SELECT day, kind FROM calendar_days ORDER BY day"));
    if (!legacy)
        return legacy.error();
    while (legacy->next()) {
        const QDate day = QDate::fromString(legacy->value(0).toString(), Qt::ISODate);
        if (!day.isValid())
            continue;
        CalendarYear &y = years[day.year()];
        y.year = day.year();
        (legacy->value(1).toString() == QLatin1String("holiday") ? y.holidays : y.workingDays).append(day);
    }
    auto q = m_db->exec(QStringLiteral("SELECT year, data FROM calendar_years ORDER BY year"));
    if (!q)
        return q.error();
    while (q->next()) {
        auto y = json::parse<CalendarYear>(QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object());
        if (!y)
            return y.error();
        years.insert(y->year, *y);
    }
    return years.values();
}

Result<std::optional<CalendarYear>> CalendarStore::year(int year)
{
    auto list = all();
    if (!list)
        return list.error();
    for (const CalendarYear &y : *list) {
        if (y.year == year)
            return std::optional<CalendarYear>(y);
    }
    return std::optional<CalendarYear>();
}

Status CalendarStore::write(const QList<CalendarYear> &years, const QString &actor, const QDateTime &at)
{
    for (const CalendarYear &y : years) {
        const QString data = QString::fromUtf8(QJsonDocument(json::toJson(y)).toJson(QJsonDocument::Compact));
        auto w = m_db->exec(
            QStringLiteral(
                "INSERT INTO calendar_years (year, data, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (year) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
            {y.year, data, at.toSecsSinceEpoch(), actor});
        if (!w)
            return w.error();
        //! The year now lives in calendar_years; the old per-day rows would only confuse.
        auto d = m_db->exec(QStringLiteral("DELETE FROM calendar_days WHERE day LIKE ?"),
                            {QString::number(y.year) + QStringLiteral("-%")});
        if (!d)
            return d.error();
    }
    return {};
}

Status CalendarStore::replace(const QList<CalendarYear> &years, const QString &actor, const QDateTime &at)
{
    for (const CalendarYear &y : years) {
        if (Status s = calendarfile::validate(y); !s)
            return s;
    }
    if (Status s = m_db->begin(); !s)
        return s;
    if (Status s = write(years, actor, at); !s) {
        m_db->rollback();
        return s;
    }
    return m_db->commit();
}

Result<WorkingCalendar> CalendarStore::calendar()
{
    auto years = all();
    if (!years)
        return years.error();
    return WorkingCalendar::fromYears(*years);
}

Result<QList<CalendarYear>> CalendarStore::shipped()
{
    QList<CalendarYear> out;
    for (const char *name : {"vn-2025.json", "vn-2026.json", "vn-2027-projected.json"}) {
        QFile f(QStringLiteral(":/calendars/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Internal, QStringLiteral("calendar.resource"),
                               QT_TRANSLATE_NOOP("motcua::Error", "The shipped calendar %1 is missing."),
                               {QLatin1String(name)});
        auto years = calendarfile::parse(f.readAll());
        if (!years)
            return years.error();
        out += *years;
    }
    return out;
}

QStringList CalendarStore::warnings(const QList<CalendarYear> &years, const QDateTime &now)
{
    QStringList out;
    const int current = WorkingCalendar::localDate(now).year();
    for (int y = current - 1; y <= current + 2; ++y) {
        CalendarStatus s = CalendarStatus::Missing;
        for (const CalendarYear &c : years) {
            if (c.year == y)
                s = c.status;
        }
        if (s == CalendarStatus::Missing)
            out.append(
                QStringLiteral("The calendar of %1 is missing: due dates reaching into it are provisional. "
                               "Import the published schedule.")
                    .arg(y));
        else if (s == CalendarStatus::Projected)
            out.append(
                QStringLiteral("The calendar of %1 is only a projection: replace it with the published "
                               "schedule when the government announces it.")
                    .arg(y));
    }
    return out;
}

} // namespace motcua::server
