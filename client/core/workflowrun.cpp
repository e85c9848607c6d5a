// SPDX-License-Identifier: GPL-3.0-or-later
//! Workflow::run: the effects of an action once check() accepted it.
#include "corelog.h"
#include "deadline.h"
#include "json.h"
#include "workflow.h"

#include <QJsonArray>
#include <algorithm>

namespace motcua {

namespace {
using S = DossierState;
using K = ActionKind;

void upsertComponent(QList<Component> &list, const Component &c)
{
    for (Component &existing : list) {
        if (existing.id == c.id) {
            existing = c;
            return;
        }
    }
    list.append(c);
}
} // namespace

Result<Workflow::Outcome> Workflow::run(const Dossier &dossier, const Action &action,
                                        const Official &official, const WorkingCalendar &calendar,
                                        const Procedure &procedure, const QDateTime &now)
{
    if (!now.isValid())
        return Error::make(Error::Kind::Invalid, QStringLiteral("workflow.no_time"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The time of the action is unknown."), {},
                           QStringLiteral("created_at"));
    if (Status st = check(dossier, action, official, now); !st)
        return st.error();

    const QDateTime at = now.toUTC();
    const QJsonObject &p = action.payload;
    Dossier d = dossier;
    HistoryStep step;
    step.dossierId = d.id;
    step.action = action.kind;
    step.actor = official.username;
    step.actorName = official.fullName;
    step.agencyCode = dossier.agencyCode;
    step.fromState = dossier.state;
    step.at = at;
    step.note = p.value(QStringLiteral("note")).toString();

    //! Ends a pause (supplement, or fees where excluded): the due dates move out by
    //! the working time paused; a resumption after the cut-off counts from the next day.
    auto endPause = [&](bool extend) {
        if (!d.pausedAt.isValid())
            return;
        const qint64 paused = deadline::pausedSeconds(calendar, d.pausedAt, at);
        d.pausedSeconds += paused;
        if (extend && paused > 0) {
            d.dueAt = calendar.addWorkingSeconds(d.dueAt, paused);
            d.stepDueAt = calendar.addWorkingSeconds(d.stepDueAt, paused);
            d.dueProvisional = calendar.isProvisional(d.receivedAt, d.dueAt);
        }
        d.pausedAt = QDateTime();
    };
    //! The payload's "component" (a result, an apology, a draft) into the dossier.
    auto takeComponent = [&]() -> Status {
        Component c;
        if (Status st = json::fromJson(p.value(QStringLiteral("component")).toObject(), c,
                                       QStringLiteral("payload.component"));
            !st)
            return st;
        upsertComponent(d.components, c);
        return {};
    };

    switch (action.kind) {
    case K::Assign:
        d.assignee = p.value(QStringLiteral("assignee")).toString();
        step.note = d.assignee;
        break;
    case K::Annotate:
        break;
    case K::Comment:
        step.note = p.value(QStringLiteral("text")).toString();
        break;
    case K::StartReview:
        //! Whoever opens a received dossier for review takes it unless it was assigned.
        if (d.assignee.isEmpty())
            d.assignee = official.username;
        break;
    case K::Forward: {
        d.agencyCode = p.value(QStringLiteral("to_agency")).toString();
        d.assignee.clear();
        const int stepDays = p.value(QStringLiteral("step_days")).toInt(-1);
        d.stepDueAt = stepDays >= 0 ? calendar.dueAt(at, stepDays) : d.dueAt;
        step.toAgencyCode = d.agencyCode;
        step.stepDueAt = d.stepDueAt;
        d.service.transfers.append(
            {dossier.agencyCode, d.agencyCode, at,
             p.value(QStringLiteral("transfer")).toString() != QLatin1String("paper")});
        //! Attachments travel with the dossier: the receiving agency sees them as components.
        const QJsonArray attachments = p.value(QStringLiteral("attachments")).toArray();
        for (const QJsonValue &v : attachments) {
            Component c;
            if (json::fromJson(v.toObject(), c))
                upsertComponent(d.components, c);
        }
        break;
    }
    case K::RequestSupplement:
        d.supplementCount += 1;
        d.pausedAt = at;
        step.note = p.value(QStringLiteral("reason")).toString();
        break;
    case K::ReceiveSupplement: {
        endPause(true);
        const QJsonArray comps = p.value(QStringLiteral("components")).toArray();
        for (const QJsonValue &v : comps) {
            Component c;
            if (json::fromJson(v.toObject(), c))
                upsertComponent(d.components, c);
        }
        step.stepDueAt = d.stepDueAt;
        break;
    }
    case K::AttachDocument: {
        const QJsonArray comps = p.value(QStringLiteral("components")).toArray();
        QStringList names;
        for (const QJsonValue &v : comps) {
            Component c;
            if (json::fromJson(v.toObject(), c)) {
                upsertComponent(d.components, c);
                names.append(c.name);
                //! AttachDocument is the reuse of a warehouse document (tái sử dụng).
                if (!d.service.reusedComponents.contains(c.id))
                    d.service.reusedComponents.append(c.id);
            }
        }
        if (step.note.isEmpty())
            step.note = names.join(QStringLiteral("; "));
        break;
    }
    case K::ReturnForRework:
    case K::Reject:
        step.note = p.value(QStringLiteral("reason")).toString();
        if (action.kind == K::Reject) {
            d.rejectedAtReception = dossier.state == S::Received;
            endPause(false);
            d.finishedAt = at;
        }
        break;
    case K::SignResult:
    case K::IssueApology: {
        if (Status st = takeComponent(); !st)
            return st.error();
        if (action.kind == K::SignResult)
            d.finishedAt = at; //! NgayKetThucXuLy: processing ends when the result is signed
        if (action.kind == K::IssueApology && p.contains(QStringLiteral("extra_days"))) {
            d.appointmentAt
                = deadline::appointmentAfter(d, calendar, p.value(QStringLiteral("extra_days")).toInt(), at);
            d.apologyCount += 1;
            step.stepDueAt = d.appointmentAt;
        }
        break;
    }
    case K::Withdraw:
        endPause(false);
        d.finishedAt = at;
        step.note = p.value(QStringLiteral("reason")).toString(step.note);
        break;
    case K::SubmitForApproval:
        if (p.contains(QStringLiteral("component"))) {
            if (Status st = takeComponent(); !st)
                return st.error();
        }
        break;
    case K::RequestPayment:
        //! Land procedures: the time the applicant takes to pay is not processing time.
        if (deadline::pausesClock(S::AwaitingPayment, procedure))
            d.pausedAt = at;
        break;
    case K::ConfirmPayment:
        endPause(true);
        d.service.payment = p.value(QStringLiteral("method")).toString() == QLatin1String("online")
            ? PaymentMethod::Online
            : PaymentMethod::Desk;
        break;
    case K::Approve:
    case K::ReturnResult:
    case K::Receive:
        break;
    }

    d.state = targetState(action.kind, dossier.state);
    d.version = dossier.version + 1;
    step.toState = d.state;
    qCDebug(lcCore) << "applied" << toWire(action.kind) << "to" << d.id << toWire(step.fromState) << "->"
                    << toWire(step.toState);
    return Outcome {std::move(d), std::move(step)};
}

} // namespace motcua
