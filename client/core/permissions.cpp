// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissions.h"

#include "workflow.h"

#include <algorithm>

namespace motcua {

namespace permissions {

namespace {

//! Any of the official's roles may do `kind` from `state` by the Workflow table.
bool roleMay(const Official &o, ActionKind kind, DossierState state)
{
    return std::any_of(o.roles.cbegin(), o.roles.cend(),
                       [&](Role r) { return Workflow::roleMay(r, kind, state); });
}

} // namespace

bool may(const Official &official, Capability capability)
{
    switch (capability) {
    case Capability::BatchApproval:
        //! A batch approves and signs: both must be the official's job.
        return roleMay(official, ActionKind::Approve, DossierState::AwaitingApproval)
            && roleMay(official, ActionKind::SignResult, DossierState::Approved);
    case Capability::ReturnResults:
        return roleMay(official, ActionKind::ReturnResult, DossierState::ResultIssued);
    case Capability::SignResults:
        return roleMay(official, ActionKind::SignResult, DossierState::Approved);
    }
    return false;
}

QList<Offer> offers(const Dossier &dossier, const Official &official, const QDateTime &now)
{
    const QList<ActionKind> allowed = Workflow::allowed(dossier, official, now);
    const auto can = [&](ActionKind k) { return allowed.contains(k); };
    const bool apologyUnsigned
        = std::any_of(dossier.components.cbegin(), dossier.components.cend(),
                      [](const Component &c) { return c.kind == ComponentKind::Apology && !c.isSigned; });
    QList<Offer> out;
    const auto offerIf = [&](bool on, Offer o) {
        if (on)
            out << o;
    };
    offerIf(can(ActionKind::Forward), Offer::Forward);
    offerIf(can(ActionKind::RequestSupplement), Offer::RequestSupplement);
    offerIf(can(ActionKind::ReceiveSupplement), Offer::ReceiveSupplement);
    offerIf(can(ActionKind::SubmitForApproval), Offer::SubmitForApproval);
    offerIf(can(ActionKind::Approve), Offer::Approve);
    offerIf(can(ActionKind::ReturnForRework), Offer::ReturnForRework);
    //! Workflow::allowed leaves return_result out while a late dossier has no letter;
    //! the desk still gets the button (the dialog explains), a supervisor never does.
    offerIf(can(ActionKind::ReturnResult)
                || (dossier.state == DossierState::ResultIssued && official.agencyCode == dossier.agencyCode
                    && may(official, Capability::ReturnResults)),
            Offer::ReturnResult);
    offerIf(can(ActionKind::IssueApology) && !dossier.hasApology(), Offer::IssueApology);
    offerIf(can(ActionKind::IssueApology) && apologyUnsigned && may(official, Capability::SignResults),
            Offer::SignApology);
    offerIf(can(ActionKind::Reject), Offer::Reject);
    offerIf(can(ActionKind::Withdraw), Offer::Withdraw);
    return out;
}

} // namespace permissions

const Component *draftResult(const Dossier &d)
{
    const Component *found = nullptr;
    for (const Component &c : d.components) {
        if (c.kind != ComponentKind::Result)
            continue;
        if (c.id == d.id + QStringLiteral("-kq"))
            return &c;
        if (!c.isSigned)
            found = &c;
    }
    return found;
}

} // namespace motcua
