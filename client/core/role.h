// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace motcua {

//! Roles of an official; one official may hold several.
enum class Role {
    Specialist, //!< "specialist" (chuyên viên)
    Supervisor, //!< "supervisor" (lãnh đạo)
    DeskStaff, //!< "desk_staff" (Bộ phận Một cửa)
    Admin, //!< "admin"
};

[[nodiscard]] QList<Role> allRoles();
[[nodiscard]] QString toWire(Role role);
[[nodiscard]] std::optional<Role> roleFromWire(QStringView wire);
//! The role's name in the UI language (context "motcua::Role").
[[nodiscard]] QString displayName(Role role);

} // namespace motcua
