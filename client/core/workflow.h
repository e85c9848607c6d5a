// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"
#include "annotation.h"
#include "dossier.h"
#include "historystep.h"
#include "official.h"
#include "procedure.h"
#include "result.h"
#include "role.h"
#include "states.h"
#include "workingcalendar.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace motcua {

//! The one-stop workflow. The same rules run on the client (optimistic, offline)
//! and on the server (authoritative). The full table of who may do what from
//! which state, and the payload of each action, is in docs/workflow.md.
//!
//! check() refuses, in this order:
//! 1. Invalid "workflow.dossier_mismatch" if action.dossierId names another dossier;
//!    NotFound "workflow.deleted" for a tombstone;
//! 2. Conflict "workflow.illegal_transition" if no role may do the action in the
//!    dossier's state (e.g. approve a dossier in review, anything on a terminal one);
//! 3. Forbidden "workflow.role" if the official holds none of the roles that may;
//! 4. Forbidden "workflow.agency" if the official is not of the holding agency;
//! 5. Invalid (path "payload.<field>") for a missing or malformed payload field:
//!    "workflow.reason_required", "workflow.target_required", "workflow.text_required",
//!    "workflow.unsigned_result", "workflow.component_id_taken", or a "json.*" code
//!    for a malformed nested object;
//! 6. Conflict for a rule on the dossier's contents: "workflow.same_agency",
//!    "workflow.result_missing", "workflow.apology_required", "workflow.not_late".
class Workflow
{
public:
    //! One applied action: the new dossier and the history step to record.
    struct Outcome
    {
        Dossier dossier;
        HistoryStep step;
    };

    //! The rule from the table: may a holder of `role` do `kind` in `state`?
    //! (Reject at reception and reject during processing are different rows.)
    [[nodiscard]] static bool roleMay(Role role, ActionKind kind, DossierState state);
    //! Whether any role may do `kind` in `state`.
    [[nodiscard]] static bool legalIn(ActionKind kind, DossierState state);
    //! The state after `kind` from `state` (== state for actions that keep it).
    //! Only meaningful when legalIn(kind, state).
    [[nodiscard]] static DossierState targetState(ActionKind kind, DossierState state);

    //! All checks; time-dependent rules (late/overdue) use action.createdAt,
    //! or the current time when it is null.
    [[nodiscard]] static Status check(const Dossier &dossier, const Action &action, const Official &official);
    [[nodiscard]] static Status check(const Dossier &dossier, const Action &action, const Official &official,
                                      const QDateTime &now);

    //! check() at `now`, then the new dossier (version + 1).
    [[nodiscard]] static Result<Dossier> apply(const Dossier &dossier, const Action &action,
                                               const Official &official, const WorkingCalendar &calendar,
                                               const Procedure &procedure, const QDateTime &now);
    //! As apply(), plus the history step.
    [[nodiscard]] static Result<Outcome> run(const Dossier &dossier, const Action &action,
                                             const Official &official, const WorkingCalendar &calendar,
                                             const Procedure &procedure, const QDateTime &now);

    //! The kinds this official may start on this dossier now (state, role and agency
    //! rules, and the late rule for issue_apology / return_result; payloads not checked).
    //! A null `now` means the current time.
    [[nodiscard]] static QList<ActionKind> allowed(const Dossier &dossier, const Official &official,
                                                   const QDateTime &now = {});

    //! The rule for changing an annotation (edit, move, delete = the same id again
    //! with a higher version), which check() cannot see since it needs the stored
    //! copy: `existing` is the stored annotation with that id, if any.
    //! Forbidden "workflow.annotation_owner" when it belongs to another official or
    //! `incoming.author` names someone else; Invalid "workflow.annotation_moved" when
    //! the id is taken on another dossier; Conflict "workflow.annotation_stale"
    //! when incoming.version is not above the stored one.
    [[nodiscard]] static Status checkAnnotationChange(const std::optional<Annotation> &existing,
                                                      const Annotation &incoming, const Official &official);

    //! A newly received dossier: state received, receivedAt = now, dueAt from the
    //! procedure's processing days, stepDueAt = dueAt, counters reset, version 1.
    [[nodiscard]] static Dossier receive(Dossier draft, const Procedure &procedure,
                                         const WorkingCalendar &calendar, const QDateTime &now);
};

} // namespace motcua
