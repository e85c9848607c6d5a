// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agency.h"
#include "core/procedure.h"
#include "core/result.h"
#include "core/workingcalendar.h"

#include <QList>
#include <QString>

#include <optional>

namespace motcua {

class Database;

//! Reference data from the central API: agencies (a flat list with parent
//! codes), procedures and the working calendar's years.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(Database &db);

    //! Replaces the whole directory in one transaction.
    [[nodiscard]] Status replaceAgencies(const QList<Agency> &agencies);
    [[nodiscard]] Result<QList<Agency>> agencies();

    //! Replaces all procedures and re-keys the cached dossiers' procedure sort
    //! and search text, in one transaction.
    [[nodiscard]] Status replaceProcedures(const QList<Procedure> &procedures);
    //! Sorted by name (Vietnamese collation).
    [[nodiscard]] Result<QList<Procedure>> procedures();
    [[nodiscard]] Result<std::optional<Procedure>> procedure(const QString &code);

    [[nodiscard]] Status setCalendarYear(const CalendarYear &year);
    [[nodiscard]] Result<QList<CalendarYear>> calendarYears();
    //! WorkingCalendar::fromYears of the stored years (the default calendar when none).
    [[nodiscard]] Result<WorkingCalendar> workingCalendar();

private:
    Database &m_db;
};

} // namespace motcua
