// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "role.h"

#include <QList>
#include <QString>

namespace motcua {

//! A signed-in civil servant. Wire: {"id","username","full_name","agency_code","roles":[...]}.
//! GET /me sends the agency as an object instead: see json::parseMe().
struct Official
{
    QString id;
    QString username;
    QString fullName;
    QString agencyCode; //!< the agency the official works for
    QList<Role> roles;

    [[nodiscard]] bool hasRole(Role role) const { return roles.contains(role); }
    bool operator==(const Official &) const = default;
};

} // namespace motcua
