// SPDX-License-Identifier: GPL-3.0-or-later
#include "role.h"

#include "wirenames.h"

namespace motcua {

namespace {
constexpr WireName<Role> kRoles[] = {
    {Role::Specialist, "specialist", QT_TRANSLATE_NOOP("motcua::Role", "Specialist")},
    {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("motcua::Role", "Supervisor")},
    {Role::DeskStaff, "desk_staff", QT_TRANSLATE_NOOP("motcua::Role", "One-stop desk staff")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("motcua::Role", "Administrator")},
};
} // namespace

MOTCUA_WIRE_LABEL_FUNCTIONS(Role, allRoles, roleFromWire, "motcua::Role", kRoles)

} // namespace motcua
