// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace motcua {

//! The states of a dossier (see docs/workflow.md for the transitions).
//! The numeric order is not meaningful and not on the wire; the wire id is.
enum class DossierState {
    Received, //!< "received": accepted at the one-stop desk
    InReview, //!< "in_review": being processed by the holding agency
    SupplementRequested, //!< "supplement_requested": clock paused until the supplement arrives
    AwaitingPayment, //!< "awaiting_payment": fees due (financial obligation)
    AwaitingApproval, //!< "awaiting_approval": submitted to the supervisor
    Approved, //!< "approved": supervisor approved, result to be signed
    ResultIssued, //!< "result_issued": signed result exists, processing finished
    Returned, //!< "returned": result handed to the applicant (terminal)
    Rejected, //!< "rejected": refused with a reason (terminal)
    Withdrawn, //!< "withdrawn": the applicant withdrew it (terminal)
};

//! Every state, in declaration order (for table-driven code and tests).
[[nodiscard]] QList<DossierState> allDossierStates();

//! The snake_case wire id, e.g. "supplement_requested".
[[nodiscard]] QString toWire(DossierState state);
//! Parses a wire id; std::nullopt for anything unknown (case-sensitive).
[[nodiscard]] std::optional<DossierState> dossierStateFromWire(QStringView wire);

//! Returned, Rejected and Withdrawn: nothing can happen to the dossier any more.
[[nodiscard]] bool isTerminal(DossierState state);

//! The state's name in the UI language (context "motcua::DossierState").
[[nodiscard]] QString displayName(DossierState state);

//! The national status code (TrangThaiHoSo) 2..10 for a state. `rejectedAtReception`
//! distinguishes 3 (Không được tiếp nhận) from 8 (Dừng xử lý) for Rejected.
//! Code 1 (registered online, not yet received) is never returned: a dossier
//! only enters this system when the desk receives it.
[[nodiscard]] int nationalStatus(DossierState state, bool rejectedAtReception);

} // namespace motcua
