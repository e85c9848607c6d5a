// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workingcalendar.h"

#include <QDate>

//! The Vietnamese lunar calendar (UTC+7), for the two lunar public holidays of
//! Labor Code Art. 112: Tết Nguyên đán and Giỗ Tổ Hùng Vương (10th day of the 3rd
//! month). Astronomical algorithm of Hồ Ngọc Đức (new moons after Jean Meeus,
//! "Astronomical Algorithms"), valid for 1900-2100.
namespace motcua::lunar {

//! The solar date of lunar day/month of lunar year `lunarYear` (leap: the leap
//! month of that number). Invalid for a leap month that does not exist.
[[nodiscard]] QDate toSolar(int day, int month, int lunarYear, bool leap = false);

//! Mùng 1 Tết of `year` (the lunar year starting in that solar year).
[[nodiscard]] QDate tet(int year);
//! Giỗ Tổ Hùng Vương, 10/3 lunar of `year`.
[[nodiscard]] QDate hungKings(int year);

//! A projection of `year`'s schedule for civil servants from Labor Code Art. 112
//! alone (status Projected): 1/1; Tết = the last day of the old lunar year and
//! the first four of the new; 10/3 lunar; 30/4; 1/5; 2/9 and the day after it
//! (the day before when 2/9 is a Tuesday); every holiday falling on a weekend is
//! made up on the next working day (Art. 112(3)). No swapped days: those are the
//! government's yearly decision, which replaces this projection.
[[nodiscard]] CalendarYear projectedYear(int year);

} // namespace motcua::lunar
