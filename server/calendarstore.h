// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/workingcalendar.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace motcua::server {

class Database;

//! The province's calendars, one row per year in calendar_years (the year's JSON as
//! GET /calendar serves it). Years written before calendar_years existed (the old
//! calendar_days table) are read as published years without names.
class CalendarStore
{
public:
    explicit CalendarStore(Database *db);

    [[nodiscard]] Result<QList<CalendarYear>> all();
    [[nodiscard]] Result<std::optional<CalendarYear>> year(int year);
    //! Writes every year in one transaction (all or nothing); each is validated first.
    Status replace(const QList<CalendarYear> &years, const QString &actor, const QDateTime &at);
    //! The rows only, inside the caller's transaction (the demo seeder's).
    Status write(const QList<CalendarYear> &years, const QString &actor, const QDateTime &at);
    //! The working calendar of every stored year.
    [[nodiscard]] Result<WorkingCalendar> calendar();

    //! What GET /calendar?year=Y serves for a year nobody entered.
    [[nodiscard]] static CalendarYear missing(int year);
    //! The shipped schedules (resources/calendars: 2025, 2026 published; 2027 projected).
    [[nodiscard]] static Result<QList<CalendarYear>> shipped();
    //! Warnings for the administrator: years around `now` (last, this, the next two)
    //! that are missing or only projected.
    [[nodiscard]] static QStringList warnings(const QList<CalendarYear> &years, const QDateTime &now);

private:
    Database *m_db;
};

} // namespace motcua::server
