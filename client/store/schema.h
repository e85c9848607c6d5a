// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace motcua::schema {

//! Migration steps: step i (0-based) brings the file from user_version i to
//! i + 1. Steps are append-only: never edit a released step, add a new one.
[[nodiscard]] const QList<QStringList> &migrations();

} // namespace motcua::schema
