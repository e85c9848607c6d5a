// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dossier.h"
#include "core/workingcalendar.h"

#include <QDateTime>
#include <QString>

//! Short texts shown in lists and headers, in the UI language. Kept in C++ so
//! QML holds no rules and tests can check the wording in both languages.
namespace displaytext {

//! "3 working days left", "5 working hours left", "2 working days late".
[[nodiscard]] QString remaining(const motcua::Remaining &r);
//! For a finished dossier: "Finished 2 working days late" (late by Decision 766:
//! after the due date, or sent back for supplement more than once), or "Finished on time".
[[nodiscard]] QString finished(bool late, int daysLate);
//! The mark of a finished dossier (finishedAt set), the same in the inbox and the
//! header: finished() when it was late or on time, "" when not finished or when it
//! was refused or withdrawn on time (never "on time": deadline.h). Sets `late`.
[[nodiscard]] QString finishedMark(const motcua::Dossier &d, const motcua::WorkingCalendar &calendar,
                                   const QDateTime &now, bool *late = nullptr);
//! "Clock paused: waiting for the supplement" (supplement_requested, not overdue).
[[nodiscard]] QString clockPaused();
//! Badge for a dossier's outbox state: "pending", "failed", "conflict" → text; "" → "".
[[nodiscard]] QString syncBadge(const QString &syncState);
//! "Mã trạng thái 4" style label for the national status code.
[[nodiscard]] QString nationalStatus(int code);

//! What else an official must know about a dossier's due date, "" when nothing:
//! "Provisional: the 2027 calendar is not published" and/or "New date 30/11/2026 09:00
//! (apology 1)" ("... missed" once it passed without a new apology).
[[nodiscard]] QString deadlineNote(const motcua::Dossier &d, const motcua::WorkingCalendar &calendar,
                                   const QDateTime &now);

//! When an action was done, and when the server got it if that was later (offline work):
//! "23/11/2026 09:00 (synced 25/11/2026 08:00)".
[[nodiscard]] QString actedAt(const QDateTime &at, const QDateTime &recordedAt);

//! Date and time in Vietnam (UTC+7, whatever the machine's zone): "23/11/2026 09:00"; "" for null.
[[nodiscard]] QString dateTime(const QDateTime &t);

} // namespace displaytext
