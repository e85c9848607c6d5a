// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace motcua {

//! Kinds of actions on a dossier. The payload fields of each kind are listed in
//! docs/workflow.md. New kinds are appended (StartReview was added to the agreed list:
//! it is how a received dossier enters in_review).
enum class ActionKind {
    Assign, //!< "assign"
    Annotate, //!< "annotate"
    Comment, //!< "comment"
    Forward, //!< "forward"
    RequestSupplement, //!< "request_supplement"
    ReceiveSupplement, //!< "receive_supplement"
    SubmitForApproval, //!< "submit_for_approval"
    Approve, //!< "approve"
    ReturnForRework, //!< "return_for_rework"
    Reject, //!< "reject"
    SignResult, //!< "sign_result"
    ReturnResult, //!< "return_result"
    IssueApology, //!< "issue_apology"
    Withdraw, //!< "withdraw"
    RequestPayment, //!< "request_payment"
    ConfirmPayment, //!< "confirm_payment"
    StartReview, //!< "start_review"
    AttachDocument, //!< "attach_document": reuse a document from the applicant's e-data warehouse
    //! "receive": the dossier's first history step, written by POST /dossiers (reception at
    //! the desk). Not an action an official sends: never in allActionKinds(), never allowed.
    Receive,
};

//! The kinds an official can send as actions (Receive is not one of them).
[[nodiscard]] QList<ActionKind> allActionKinds();
[[nodiscard]] QString toWire(ActionKind kind);
[[nodiscard]] std::optional<ActionKind> actionKindFromWire(QStringView wire);
//! The action's name in the UI language (context "motcua::ActionKind").
[[nodiscard]] QString displayName(ActionKind kind);

//! One action of an official on a dossier, as stored in the outbox and sent to
//! the server. Wire (outbox / batch form): {"kind","dossier_id","idempotency_key",
//! "base_version","payload":{...},"created_at","actor"}. The body of
//! POST /dossiers/{id}/actions is the payload with "kind" added (json::actionRequestBody).
struct Action
{
    ActionKind kind = ActionKind::Comment;
    QString dossierId;
    QString idempotencyKey;
    qint64 baseVersion = 0; //!< the dossier version the official saw (If-Match)
    QJsonObject payload; //!< kind-specific fields, e.g. {"to_agency":"...","note":"..."}
    QDateTime createdAt; //!< UTC, when the official acted (also "now" for Workflow::check)
    QString actor; //!< username

    bool operator==(const Action &) const = default;
};

} // namespace motcua
