// SPDX-License-Identifier: GPL-3.0-or-later
#include "role.h"

#include <QCoreApplication>

namespace motcua {

namespace {
struct RoleInfo
{
    Role role;
    const char *wire;
    const char *label;
};

constexpr RoleInfo kRoles[] = {
    {Role::Specialist, "specialist", QT_TRANSLATE_NOOP("motcua::Role", "Specialist")},
    {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("motcua::Role", "Supervisor")},
    {Role::DeskStaff, "desk_staff", QT_TRANSLATE_NOOP("motcua::Role", "One-stop desk staff")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("motcua::Role", "Administrator")},
};

const RoleInfo &info(Role r)
{
    for (const RoleInfo &i : kRoles) {
        if (i.role == r)
            return i;
    }
    return kRoles[0];
}
} // namespace

QList<Role> allRoles()
{
    QList<Role> out;
    for (const RoleInfo &i : kRoles)
        out.append(i.role);
    return out;
}

QString toWire(Role role)
{
    return QString::fromLatin1(info(role).wire);
}

std::optional<Role> roleFromWire(QStringView wire)
{
    for (const RoleInfo &i : kRoles) {
        if (wire == QLatin1String(i.wire))
            return i.role;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    return QCoreApplication::translate("motcua::Role", info(role).label);
}

} // namespace motcua
