// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace motcua {

//! An agency (cơ quan, đơn vị). Agencies form a tree through parentCode; the
//! levels are data from the central API ("province", "department", "commune", ...),
//! never an enum, because administrative geography changes (2025 reform).
//! Wire: {"code","name","parent_code" (string or null),"level","kind"}.
struct Agency
{
    QString code;
    QString name;
    QString parentCode; //!< empty for a root (null on the wire)
    QString level;
    QString kind;

    bool operator==(const Agency &) const = default;
};

} // namespace motcua
