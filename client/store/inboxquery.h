// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dossier.h"
#include "core/workingcalendar.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace motcua {

//! The inbox's views. Wire ids (CLI `--view`, QML): all, mine, agency,
//! awaiting_approval, supplement_requested, overdue, due_soon, pending_sync, conflicts, apologies.
enum class InboxView {
    All, //!< every cached dossier
    Mine, //!< open and assigned to InboxQuery::username
    Agency, //!< open and held by InboxQuery::agencyCode
    AwaitingApproval, //!< state awaiting_approval
    SupplementRequested, //!< state supplement_requested
    Overdue, //!< Dossier::isOverdue(now)
    DueSoon, //!< not overdue, due within 2 working days of now (InboxQuery::calendar)
    PendingSync, //!< has outbox actions not yet accepted by the server (pending or sending)
    Conflicts, //!< has outbox actions in conflict or failed: the user must decide
    Apologies, //!< not terminal, held by InboxQuery::agencyCode, with an apology letter not signed yet
};

[[nodiscard]] QList<InboxView> allInboxViews();
[[nodiscard]] QString toWire(InboxView view);
[[nodiscard]] std::optional<InboxView> inboxViewFromWire(QStringView wire);

enum class InboxSort {
    DueDate, //!< due_at (no due date last), then code
    ReceivedDate, //!< received_at, then code
    Procedure, //!< procedure name (Vietnamese collation), then due date
    Applicant, //!< applicant name (Vietnamese collation), then due date
};

//! What a list of dossiers shows. Paging with limit/offset.
struct InboxQuery
{
    InboxView view = InboxView::All;
    QString username; //!< for Mine
    QString agencyCode; //!< for Agency
    QString search; //!< user text; diacritic-insensitive, last word as a prefix
    InboxSort sort = InboxSort::DueDate;
    bool descending = false;
    int limit = 50; //!< 0 = no limit
    int offset = 0;
    QDateTime now; //!< null = the current time
    WorkingCalendar calendar; //!< for DueSoon
    int dueSoonWorkingDays = 2;
    //! A dashboard drill-down: only the dossiers in `ids` (none when it is empty),
    //! on top of the view (the inbox uses All for it).
    bool restrictToIds = false;
    QStringList ids;
};

//! A document of a cached dossier, by its content hash.
struct ComponentRef
{
    QString dossierId;
    QString componentId;
    QString sha256;
    qint64 size = 0;

    bool operator==(const ComponentRef &) const = default;
};

//! One row of a list: the local (possibly optimistic) dossier and its sync state.
struct InboxItem
{
    Dossier dossier;
    bool pendingSync = false; //!< actions waiting to reach the server
    bool conflict = false; //!< an action was refused (conflict or failed)
};

} // namespace motcua
