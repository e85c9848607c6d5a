// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier.h"
#include "procedure.h"
#include "workingcalendar.h"

#include <QDateTime>
#include <QList>
#include <QString>

//! The legal clock: every deadline rule of docs/deadlines.md in one place, shared
//! by the client, the server, `motcua due` and the indicators. The arithmetic is
//! WorkingCalendar's; this is what it means for a dossier.
namespace motcua::deadline {

//! How a dossier stands against its due date (Decision 766's "đúng hạn" / "trễ hạn").
enum class Outcome {
    Pending, //!< not finished, due date not passed (or paused before it)
    Overdue, //!< not finished, due date passed
    OnTime, //!< finished no later than the due date, at most one supplement request
    Late, //!< finished after the due date, or sent back for supplement more than once
    NotCounted, //!< rejected or withdrawn: never "finished on time"
};
[[nodiscard]] QString toWire(Outcome o);

struct Verdict
{
    Outcome outcome = Outcome::Pending;
    bool provisional = false; //!< the due date depends on an unpublished year
    int daysLate = 0; //!< working days late (any started day counts)
    //! Against the latest apology's appointment (null appointment: false).
    bool appointmentMissed = false;

    bool operator==(const Verdict &) const = default;
};

//! The dossier's standing at `now` (for a finished dossier, at finishedAt).
[[nodiscard]] Verdict assess(const Dossier &d, const WorkingCalendar &cal, const QDateTime &now);

//! Finished, and on time (Outcome::OnTime).
[[nodiscard]] bool finishedOnTime(const Dossier &d, const WorkingCalendar &cal);

//! The outcome of a finished dossier, which needs no calendar (the due date is
//! stored): NotCounted (rejected or withdrawn), OnTime or Late. The one call for
//! the indicators; assess() gives the same for a finished dossier.
[[nodiscard]] Outcome finishedOutcome(const Dossier &d);

//! True when the procedure pauses the clock in `state` (supplement_requested always;
//! awaiting_payment when the procedure excludes fee waiting).
[[nodiscard]] bool pausesClock(DossierState state, const Procedure &procedure);

//! The working time of a pause [pausedAt, resumedAt): a resumption (supplement or fee
//! received) after the cut-off counts from the next working day, so the rest of that
//! day stays paused.
[[nodiscard]] qint64 pausedSeconds(const WorkingCalendar &cal, const QDateTime &pausedAt,
                                   const QDateTime &resumedAt);

//! A pause for `motcua due`: [from, to).
struct Pause
{
    QDateTime from;
    QDateTime to;
};

//! One line of a due-date computation, for officials checking a disputed date.
struct Step
{
    QString rule; //!< short rule id, e.g. "cutoff" (see docs/deadlines.md)
    QString text; //!< English explanation with local (UTC+7) times
    QDateTime at; //!< the instant after this step (UTC)
};

struct Computation
{
    QDateTime dueAt;
    bool provisional = false;
    QList<Step> steps;
};

//! The due date of a receipt at `receivedAt` with `days` working days and the
//! given pauses, step by step (the same rules as Workflow::receive and the pauses).
[[nodiscard]] Computation explain(const WorkingCalendar &cal, const QDateTime &receivedAt, int days,
                                  const QList<Pause> &pauses);

//! The date an apology promises: `extraDays` working days after the later of the
//! due date and the previous appointment (never before `now`'s clock start).
[[nodiscard]] QDateTime appointmentAfter(const Dossier &d, const WorkingCalendar &cal, int extraDays,
                                         const QDateTime &now);

//! The fewest working days (1..365) whose appointmentAfter() falls on or after the
//! local date `date` (what the official picked on a calendar); 365 when beyond.
[[nodiscard]] int workingDaysUntil(const Dossier &d, const WorkingCalendar &cal, QDate date,
                                   const QDateTime &now);

} // namespace motcua::deadline
