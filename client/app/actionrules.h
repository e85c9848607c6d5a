// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dossier.h"
#include "core/official.h"
#include "core/permissions.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <optional>

//! What the action bar and the action dialogs show for one dossier: which
//! buttons (motcua::permissions::offers, from the official's roles and the
//! dossier at the workspace's "now") and the facts the return dialog needs.
//! QML only binds to these; ActionController owns one and updates it on reload.
class ActionRules : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ActionController")
    Q_PROPERTY(bool canForward READ canForward NOTIFY changed)
    Q_PROPERTY(bool canRequestSupplement READ canRequestSupplement NOTIFY changed)
    Q_PROPERTY(bool canReceiveSupplement READ canReceiveSupplement NOTIFY changed)
    Q_PROPERTY(bool canSubmitForApproval READ canSubmitForApproval NOTIFY changed)
    Q_PROPERTY(bool canApprove READ canApprove NOTIFY changed)
    Q_PROPERTY(bool canReturnForRework READ canReturnForRework NOTIFY changed)
    //! The desk's job: never offered to a supervisor (issue 20 item 10).
    Q_PROPERTY(bool canReturnResult READ canReturnResult NOTIFY changed)
    Q_PROPERTY(bool canIssueApology READ canIssueApology NOTIFY changed)
    Q_PROPERTY(bool canSignApology READ canSignApology NOTIFY changed)
    Q_PROPERTY(bool canReject READ canReject NOTIFY changed)
    Q_PROPERTY(bool canWithdraw READ canWithdraw NOTIFY changed)
    //! Reject at reception is "Refuse", later "Stop processing".
    Q_PROPERTY(bool atReception READ atReception NOTIFY changed)
    Q_PROPERTY(bool hasSignedResult READ hasSignedResult NOTIFY changed)
    Q_PROPERTY(bool hasApology READ hasApology NOTIFY changed)
    //! Late without a letter: the result cannot be returned yet.
    Q_PROPERTY(bool apologyMissing READ apologyMissing NOTIFY changed)

public:
    using Offer = motcua::permissions::Offer;

    explicit ActionRules(QObject *parent = nullptr);

    //! Recomputes everything; no dossier or no official offers nothing.
    void update(const std::optional<motcua::Dossier> &dossier,
                const std::optional<motcua::Official> &official, const QDateTime &now);

    [[nodiscard]] bool offers(Offer o) const { return m_offers.contains(o); }
    [[nodiscard]] bool canForward() const { return offers(Offer::Forward); }
    [[nodiscard]] bool canRequestSupplement() const { return offers(Offer::RequestSupplement); }
    [[nodiscard]] bool canReceiveSupplement() const { return offers(Offer::ReceiveSupplement); }
    [[nodiscard]] bool canSubmitForApproval() const { return offers(Offer::SubmitForApproval); }
    [[nodiscard]] bool canApprove() const { return offers(Offer::Approve); }
    [[nodiscard]] bool canReturnForRework() const { return offers(Offer::ReturnForRework); }
    [[nodiscard]] bool canReturnResult() const { return offers(Offer::ReturnResult); }
    [[nodiscard]] bool canIssueApology() const { return offers(Offer::IssueApology); }
    [[nodiscard]] bool canSignApology() const { return offers(Offer::SignApology); }
    [[nodiscard]] bool canReject() const { return offers(Offer::Reject); }
    [[nodiscard]] bool canWithdraw() const { return offers(Offer::Withdraw); }
    [[nodiscard]] bool atReception() const { return m_atReception; }
    [[nodiscard]] bool hasSignedResult() const { return m_hasSignedResult; }
    [[nodiscard]] bool hasApology() const { return m_hasApology; }
    [[nodiscard]] bool late() const { return m_late; }
    [[nodiscard]] bool apologyMissing() const { return m_late && !m_hasApology; }
    [[nodiscard]] bool apologyAwaitingSignature() const { return m_apologyUnsigned; }

Q_SIGNALS:
    void changed();

private:
    QList<Offer> m_offers;
    bool m_atReception = false;
    bool m_hasSignedResult = false;
    bool m_hasApology = false;
    bool m_apologyUnsigned = false;
    bool m_late = false;
};
