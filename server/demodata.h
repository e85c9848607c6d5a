// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agency.h"
#include "core/indicators.h"
#include "core/procedure.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::server::demo {

//! One province after the 2025 reform (two levels: province and commune).
//! Codes and names are data; levels are strings.
QList<Agency> agencies();
//! Real national procedure codes and names (Cổng Dịch vụ công quốc gia style).
QList<Procedure> procedures();

struct DemoUser
{
    QString username;
    QString fullName;
    QString agencyCode;
    QStringList roles;
};
QList<DemoUser> users();
//! The agency of chuyenvien1 / lanhdao1 / motcua1 and the one of chuyenvien2.
QString agencyA();
QString agencyB();

//! The demo province's indicator set (Decision 766 groups, the provincial targets).
IndicatorSet indicatorSet();

QStringList familyNames();
QStringList middleNames();
QStringList givenNames();
QStringList streets();

} // namespace motcua::server::demo
