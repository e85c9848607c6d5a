// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier.h"
#include "official.h"

#include <QDateTime>
#include <QList>

namespace motcua {

//! What the desk offers an official, decided here from the official's roles
//! and the Workflow table, so the action bar, the navigation rail and the batch
//! screen agree (issue 20 item 10). The Workflow still checks every action; this
//! only decides what is shown.
namespace permissions {

//! Screens and jobs that depend on the role, not on one dossier.
enum class Capability {
    BatchApproval, //!< the batch signing screen: approve and sign results (supervisor)
    ReturnResults, //!< hand results to applicants (the one-stop desk)
    SignResults, //!< sign a dossier's result or an apology letter (supervisor)
};

[[nodiscard]] bool may(const Official &official, Capability capability);

//! The entries of the action bar (one button each). Not the same list as
//! ActionKind: reject has one entry for both of its rows, signing an apology
//! letter is an entry of its own.
enum class Offer {
    Forward,
    RequestSupplement,
    ReceiveSupplement,
    SubmitForApproval,
    Approve,
    ReturnForRework,
    ReturnResult,
    IssueApology,
    SignApology,
    Reject,
    Withdraw,
};

//! The entries offered to `official` on `dossier` at `now` (the workspace's clock).
//! ReturnResult is offered to the desk on an issued result even while the apology
//! letter is missing (its dialog says so and offers the letter); never to a
//! supervisor. IssueApology is offered until a letter exists; SignApology to a
//! supervisor while the letter waits for a signature.
[[nodiscard]] QList<Offer> offers(const Dossier &dossier, const Official &official, const QDateTime &now);

} // namespace permissions

//! The draft result a supervisor signs: `<id>-kq` when the server made one,
//! otherwise the last unsigned result component; nullptr when there is none.
[[nodiscard]] const Component *draftResult(const Dossier &dossier);

} // namespace motcua
