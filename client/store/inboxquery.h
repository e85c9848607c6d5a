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
//! awaiting_approval, supplement_requested, overdue, due_soon, pending_sync, conflicts, apologies,
//! finished.
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
    Finished, //!< result issued, returned, refused or withdrawn: what no other view shows any more
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
    //! User text; diacritic-insensitive, last word as a prefix. Words after a
    //! field prefix must be in that field: `ten:`/`name:` applicant, `ma:`/`code:`
    //! code, `diachi:`/`address:` address, `cccd:`/`id:` ID number,
    //! `thutuc:`/`procedure:` procedure (see parseSearch). With a search, rows
    //! whose words are found in the applicant's name, the code or the ID number
    //! come before rows found only by address or procedure.
    QString search;
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

//! A search split into words and the field each must be found in.
struct SearchTerms
{
    enum class Field { Any, Code, Applicant, IdNumber, Address, Procedure };
    struct Term
    {
        QString token; //!< folded (textfold::queryTokens)
        Field field = Field::Any;
    };
    QList<Term> terms;
    //! The words for the search index, in order (the last one is a prefix).
    [[nodiscard]] QString matchText() const;
};
[[nodiscard]] SearchTerms parseSearch(const QString &userText);

} // namespace motcua
