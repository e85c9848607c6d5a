// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "component.h"
#include "servicerecord.h"
#include "states.h"
#include "workingcalendar.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

//! The citizen or business that applied. Wire: {"name","id_number","address","phone","email"}.
struct Applicant
{
    QString name;
    QString idNumber; //!< CCCD / tax code
    QString address;
    QString phone;
    QString email;

    bool operator==(const Applicant &) const = default;
};

//! A dossier (hồ sơ). All timestamps are UTC; a null QDateTime is null on the wire.
//! Wire: see json.h (snake_case names of these fields plus the derived "national_status").
//! A tombstone (deleted == true) carries only id and version.
struct Dossier
{
    QString id;
    QString code; //!< mã hồ sơ, e.g. "000.00.04.H19-230504-0001"
    QString procedureCode;
    Applicant applicant;
    DossierState state = DossierState::Received;
    QString agencyCode; //!< the agency holding it now (changes on forward)
    QString assignee; //!< username or empty
    QDateTime receivedAt; //!< NgayTiepNhan
    QDateTime dueAt; //!< NgayHenTra; moves out by the working time spent paused
    QDateTime finishedAt; //!< NgayKetThucXuLy: set when the result is issued or the dossier ends
    QDateTime stepDueAt; //!< due date of the current step at the holding agency
    qint64 version = 0; //!< bumped on every change
    int supplementCount = 0; //!< how many times a supplement was requested
    qint64 pausedSeconds = 0; //!< working seconds spent in supplement_requested so far
    QDateTime pausedAt; //!< start of the current pause ("paused_at"); null unless supplement_requested
    bool rejectedAtReception = false;
    //! "due_provisional": the due date reaches into a year whose calendar is not published.
    bool dueProvisional = false;
    //! "appointment_at": the new date promised by the latest apology letter (null: none).
    QDateTime appointmentAt;
    int apologyCount = 0; //!< "apology_count": apology letters issued
    QList<Component> components;
    ServiceRecord service; //!< channel, payment, reuse, transfers, portal sync, rating (indicators)
    bool deleted = false; //!< tombstone from the changes feed

    //! Due date passed and processing not over: not terminal and no result issued
    //! yet (finishedAt null). While the clock is paused (supplement_requested) the
    //! dossier is overdue only if it already was when the pause started.
    [[nodiscard]] bool isOverdue(const QDateTime &now) const;

    //! Late in the sense of Decision 766: sent back for supplement more than once,
    //! or finished after the due date, or (not finished yet) overdue at `now`.
    [[nodiscard]] bool isLate(const QDateTime &now) const;

    //! Finished (finishedAt set) no later than dueAt and not late; a rejected or
    //! withdrawn dossier is never on time (see deadline.h).
    [[nodiscard]] bool isOnTime() const;

    //! The clock is paused now: supplement_requested, or awaiting_payment when the
    //! procedure excludes fee waiting (pausedAt is only set then).
    [[nodiscard]] bool isPaused() const;

    //! National status code TrangThaiHoSo (2..10, see states.h).
    [[nodiscard]] int nationalStatus() const { return motcua::nationalStatus(state, rejectedAtReception); }

    //! Working time left until dueAt, for display. The clock is frozen while paused
    //! (measured at pausedAt) and stops when the dossier is finished (measured at
    //! finishedAt, so daysLate says how late it finished). All zero without a due date.
    [[nodiscard]] Remaining remaining(const QDateTime &now, const WorkingCalendar &calendar) const;

    [[nodiscard]] bool hasSignedResult() const;
    [[nodiscard]] bool hasApology() const;
    [[nodiscard]] bool hasSignedApology() const;

    bool operator==(const Dossier &) const = default;
};

} // namespace motcua
