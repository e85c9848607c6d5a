// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workingcalendar.h"

#include <QString>

//! Short texts shown in lists and headers, in the UI language. Kept in C++ so
//! QML holds no rules and tests can check the wording in both languages.
namespace displaytext {

//! "3 working days left", "5 working hours left", "2 working days late".
[[nodiscard]] QString remaining(const motcua::Remaining &r);
//! Badge for a dossier's outbox state: "pending", "failed", "conflict" → text; "" → "".
[[nodiscard]] QString syncBadge(const QString &syncState);
//! "Mã trạng thái 4" style label for the national status code.
[[nodiscard]] QString nationalStatus(int code);

} // namespace displaytext
