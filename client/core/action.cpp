// SPDX-License-Identifier: GPL-3.0-or-later
#include "action.h"

#include "wirenames.h"

namespace motcua {

namespace {
constexpr WireName<ActionKind> kKinds[] = {
    {ActionKind::Assign, "assign", QT_TRANSLATE_NOOP("motcua::ActionKind", "Assign")},
    {ActionKind::Annotate, "annotate", QT_TRANSLATE_NOOP("motcua::ActionKind", "Annotate")},
    {ActionKind::Comment, "comment", QT_TRANSLATE_NOOP("motcua::ActionKind", "Comment")},
    {ActionKind::Forward, "forward", QT_TRANSLATE_NOOP("motcua::ActionKind", "Forward to another agency")},
    {ActionKind::RequestSupplement, "request_supplement",
     QT_TRANSLATE_NOOP("motcua::ActionKind", "Request a supplement")},
    {ActionKind::ReceiveSupplement, "receive_supplement",
     QT_TRANSLATE_NOOP("motcua::ActionKind", "Receive the supplement")},
    {ActionKind::SubmitForApproval, "submit_for_approval",
     QT_TRANSLATE_NOOP("motcua::ActionKind", "Submit for approval")},
    {ActionKind::Approve, "approve", QT_TRANSLATE_NOOP("motcua::ActionKind", "Approve")},
    {ActionKind::ReturnForRework, "return_for_rework",
     QT_TRANSLATE_NOOP("motcua::ActionKind", "Return for rework")},
    {ActionKind::Reject, "reject", QT_TRANSLATE_NOOP("motcua::ActionKind", "Reject")},
    {ActionKind::SignResult, "sign_result", QT_TRANSLATE_NOOP("motcua::ActionKind", "Sign the result")},
    {ActionKind::ReturnResult, "return_result", QT_TRANSLATE_NOOP("motcua::ActionKind", "Return the result")},
    {ActionKind::IssueApology, "issue_apology",
     QT_TRANSLATE_NOOP("motcua::ActionKind", "Issue an apology letter")},
    {ActionKind::Withdraw, "withdraw", QT_TRANSLATE_NOOP("motcua::ActionKind", "Withdraw")},
    {ActionKind::RequestPayment, "request_payment",
     QT_TRANSLATE_NOOP("motcua::ActionKind", "Request payment")},
    {ActionKind::ConfirmPayment, "confirm_payment",
     QT_TRANSLATE_NOOP("motcua::ActionKind", "Confirm payment")},
    {ActionKind::StartReview, "start_review", QT_TRANSLATE_NOOP("motcua::ActionKind", "Start review")},
    {ActionKind::AttachDocument, "attach_document",
     QT_TRANSLATE_NOOP("motcua::ActionKind", "Attach a digitized document")},
    {ActionKind::Receive, "receive", QT_TRANSLATE_NOOP("motcua::ActionKind", "Receive the dossier")},
};
} // namespace

MOTCUA_WIRE_FUNCTIONS(ActionKind, actionKindFromWire, kKinds)

//! Every kind an official can perform: Receive is only the first step of a history,
//! written by the reception desk, never offered or sent as an action.
QList<ActionKind> allActionKinds()
{
    QList<ActionKind> out = ::motcua::wire::values(kKinds);
    out.removeAll(ActionKind::Receive);
    return out;
}

QString displayName(ActionKind kind)
{
    return ::motcua::wire::label("motcua::ActionKind", kKinds, kind);
}

} // namespace motcua
