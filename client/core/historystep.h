// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"
#include "states.h"

#include <QDateTime>
#include <QString>

namespace motcua {

//! One entry of a dossier's history (one per applied action). Wire:
//! {"id","dossier_id","action","actor","agency_code","to_agency_code" (or null),
//! "from_state","to_state","at","recorded_at" (or null),"note","step_due_at" (or null),
//! "actor_name" (optional)}.
struct HistoryStep
{
    QString id; //!< assigned by whoever stores the step (empty from Workflow)
    QString dossierId;
    ActionKind action = ActionKind::Comment;
    QString actor; //!< username
    //! The official's full name when the step was made ("actor_name", absent in
    //! steps stored before it existed): what the history shows, not the login.
    QString actorName;
    QString agencyCode; //!< agency holding the dossier when the action happened
    QString toAgencyCode; //!< for forward; empty otherwise
    DossierState fromState = DossierState::Received;
    DossierState toState = DossierState::Received;
    QDateTime at; //!< UTC, when the official acted (offline work: before it reached the server)
    QDateTime recordedAt; //!< UTC, when the server recorded it (null from Workflow and old steps)
    QString note; //!< note / reason / comment text
    QDateTime stepDueAt; //!< due date of the step that starts here (forward); may be null

    bool operator==(const HistoryStep &) const = default;
};

} // namespace motcua
