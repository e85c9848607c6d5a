// SPDX-License-Identifier: GPL-3.0-or-later
#include "lunarcalendar.h"

#include <cmath>
#include <numbers>

namespace motcua::lunar {

namespace {
constexpr double kTimeZone = 7.0;
constexpr double kPi = std::numbers::pi;

qint64 intPart(double d)
{
    return qint64(std::floor(d));
}

//! Julian day of the k-th new moon after 1900-01-01 13:52 UTC.
double newMoon(qint64 k)
{
    const double T = double(k) / 1236.85;
    const double T2 = T * T, T3 = T2 * T, dr = kPi / 180;
    double jd1 = 2415020.75933 + 29.53058868 * double(k) + 0.0001178 * T2 - 0.000000155 * T3;
    jd1 += 0.00033 * std::sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
    const double M = 359.2242 + 29.10535608 * double(k) - 0.0000333 * T2 - 0.00000347 * T3;
    const double Mpr = 306.0253 + 385.81691806 * double(k) + 0.0107306 * T2 + 0.00001236 * T3;
    const double F = 21.2964 + 390.67050646 * double(k) - 0.0016528 * T2 - 0.00000239 * T3;
    double c1 = (0.1734 - 0.000393 * T) * std::sin(M * dr) + 0.0021 * std::sin(2 * dr * M);
    c1 = c1 - 0.4068 * std::sin(Mpr * dr) + 0.0161 * std::sin(dr * 2 * Mpr);
    c1 = c1 - 0.0004 * std::sin(dr * 3 * Mpr);
    c1 = c1 + 0.0104 * std::sin(dr * 2 * F) - 0.0051 * std::sin(dr * (M + Mpr));
    c1 = c1 - 0.0074 * std::sin(dr * (M - Mpr)) + 0.0004 * std::sin(dr * (2 * F + M));
    c1 = c1 - 0.0004 * std::sin(dr * (2 * F - M)) - 0.0006 * std::sin(dr * (2 * F + Mpr));
    c1 = c1 + 0.0010 * std::sin(dr * (2 * F - Mpr)) + 0.0005 * std::sin(dr * (2 * Mpr + M));
    const double deltat = T < -11
        ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
        : -0.000278 + 0.000265 * T + 0.000262 * T2;
    return jd1 + c1 - deltat;
}

qint64 newMoonDay(qint64 k)
{
    return intPart(newMoon(k) + 0.5 + kTimeZone / 24);
}

//! The sun's longitude sector (0..11, 30 degrees each) at the start of local day jdn.
int sunLongitudeSector(qint64 jdn)
{
    const double T = (double(jdn) - 0.5 - kTimeZone / 24 - 2451545.0) / 36525;
    const double T2 = T * T, dr = kPi / 180;
    const double M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
    const double L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
    double dl = (1.914600 - 0.004817 * T - 0.000014 * T2) * std::sin(dr * M);
    dl = dl + (0.019993 - 0.000101 * T) * std::sin(dr * 2 * M) + 0.000290 * std::sin(dr * 3 * M);
    double L = (L0 + dl) * dr;
    L = L - kPi * 2 * double(intPart(L / (kPi * 2)));
    return int(intPart(L / kPi * 6));
}

//! The first day of the 11th lunar month (the one holding the winter solstice) of solar year y.
qint64 lunarMonth11(int y)
{
    const qint64 off = QDate(y, 12, 31).toJulianDay() - 2415021;
    const qint64 k = intPart(double(off) / 29.530588853);
    qint64 nm = newMoonDay(k);
    if (sunLongitudeSector(nm) >= 9)
        nm = newMoonDay(k - 1);
    return nm;
}

int leapMonthOffset(qint64 a11)
{
    const qint64 k = intPart((double(a11) - 2415021.076998695) / 29.530588853 + 0.5);
    int i = 1;
    int arc = sunLongitudeSector(newMoonDay(k + i));
    int last = 0;
    do {
        last = arc;
        ++i;
        arc = sunLongitudeSector(newMoonDay(k + i));
    } while (arc != last && i < 14);
    return i - 1;
}
} // namespace

QDate toSolar(int day, int month, int lunarYear, bool leap)
{
    if (day < 1 || day > 30 || month < 1 || month > 12)
        return {};
    qint64 a11 = 0, b11 = 0;
    if (month < 11) {
        a11 = lunarMonth11(lunarYear - 1);
        b11 = lunarMonth11(lunarYear);
    } else {
        a11 = lunarMonth11(lunarYear);
        b11 = lunarMonth11(lunarYear + 1);
    }
    const qint64 k = intPart(0.5 + (double(a11) - 2415021.076998695) / 29.530588853);
    int off = month - 11;
    if (off < 0)
        off += 12;
    if (b11 - a11 > 365) {
        const int leapOff = leapMonthOffset(a11);
        int leapMonth = leapOff - 2;
        if (leapMonth < 0)
            leapMonth += 12;
        if (leap && month != leapMonth)
            return {};
        if (leap || off >= leapOff)
            off += 1;
    } else if (leap) {
        return {};
    }
    return QDate::fromJulianDay(newMoonDay(k + off) + day - 1);
}

QDate tet(int year)
{
    return toSolar(1, 1, year);
}

QDate hungKings(int year)
{
    return toSolar(10, 3, year);
}

CalendarYear projectedYear(int year)
{
    CalendarYear y;
    y.year = year;
    y.status = CalendarStatus::Projected;
    QList<QPair<QDate, QString>> statutory;
    statutory.append({QDate(year, 1, 1), QStringLiteral("Tết Dương lịch")});
    const QDate t = tet(year);
    for (int i = -1; i < 4; ++i)
        statutory.append({t.addDays(i), QStringLiteral("Tết Nguyên đán (dự kiến)")});
    statutory.append({hungKings(year), QStringLiteral("Giỗ Tổ Hùng Vương (10/3 âm lịch)")});
    statutory.append({QDate(year, 4, 30), QStringLiteral("Ngày Chiến thắng 30/4")});
    statutory.append({QDate(year, 5, 1), QStringLiteral("Quốc tế Lao động 1/5")});
    const QDate national(year, 9, 2);
    statutory.append({national, QStringLiteral("Quốc khánh 2/9")});
    statutory.append({national.dayOfWeek() == 2 ? national.addDays(-1) : national.addDays(1),
                      QStringLiteral("Quốc khánh 2/9 (ngày liền kề, dự kiến)")});
    auto isWeekend = [&](QDate d) { return y.weekend.contains(d.dayOfWeek()); };
    auto taken = [&](QDate d) { return y.holidays.contains(d); };
    //! Weekday holidays first, so that make-up days go after every holiday of a break.
    for (const auto &[day, name] : statutory) {
        if (!isWeekend(day) && !taken(day)) {
            y.holidays.append(day);
            y.holidayNames.insert(day, name);
        }
    }
    for (const auto &[day, name] : statutory) {
        if (!isWeekend(day))
            continue;
        QDate d = day.addDays(1);
        while (isWeekend(d) || taken(d))
            d = d.addDays(1);
        y.holidays.append(d);
        y.holidayNames.insert(d, QStringLiteral("Nghỉ bù %1").arg(name));
    }
    std::sort(y.holidays.begin(), y.holidays.end());
    return y;
}

} // namespace motcua::lunar
