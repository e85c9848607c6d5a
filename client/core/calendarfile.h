// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "workingcalendar.h"

#include <QByteArray>
#include <QList>

//! The calendar exchange file of `motcua-central calendar import/export` and of
//! PUT /admin/calendar/{year} (docs/deadlines.md, "Calendar file"):
//! {"format":"motcua-calendar","version":1,"years":[CalendarYear, ...]}
//! (CalendarYear as served by GET /calendar). Validation beyond the JSON shape:
//! years distinct; swapped working days fall on the weekend; no day both a holiday
//! and a working day; no year "missing" (a file publishes or projects a year).
namespace motcua::calendarfile {

[[nodiscard]] Result<QList<CalendarYear>> parse(const QByteArray &bytes);
//! One year checked alone (what PUT /admin/calendar/{year} receives).
[[nodiscard]] Status validate(const CalendarYear &year, const QString &path = {});
[[nodiscard]] QByteArray write(const QList<CalendarYear> &years);

} // namespace motcua::calendarfile
