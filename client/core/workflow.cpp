// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow.h"

#include "corelog.h"
#include "json.h"
#include "jsonreader.h"

#include <QCoreApplication>
#include <algorithm>
#include <optional>

namespace motcua {

namespace {
using S = DossierState;
using K = ActionKind;

//! One row of the table in docs/workflow.md (tst_workflow checks both agree).
struct Rule
{
    K kind;
    QList<S> from;
    QList<Role> roles;
    std::optional<S> to = std::nullopt; //!< the state after the action; nullopt: unchanged
};

const QList<S> &nonTerminal()
{
    static const QList<S> states {S::Received,        S::InReview,         S::SupplementRequested,
                                  S::AwaitingPayment, S::AwaitingApproval, S::Approved,
                                  S::ResultIssued};
    return states;
}

const QList<Rule> &rules()
{
    static const QList<Rule> table {
        {K::Assign, nonTerminal(), {Role::Admin}},
        {K::Annotate, nonTerminal(), {Role::Specialist, Role::Supervisor}},
        {K::Comment, nonTerminal(), {Role::Specialist, Role::Supervisor}},
        {K::StartReview, {S::Received}, {Role::Specialist, Role::Supervisor}, S::InReview},
        {K::Forward, {S::InReview}, {Role::Specialist, Role::Supervisor}},
        {K::RequestSupplement, {S::InReview}, {Role::Specialist, Role::Supervisor}, S::SupplementRequested},
        {K::ReceiveSupplement,
         {S::SupplementRequested},
         {Role::Specialist, Role::Supervisor, Role::DeskStaff},
         S::InReview},
        {K::SubmitForApproval, {S::InReview}, {Role::Specialist, Role::Supervisor}, S::AwaitingApproval},
        {K::Approve, {S::AwaitingApproval}, {Role::Supervisor}, S::Approved},
        {K::ReturnForRework, {S::AwaitingApproval}, {Role::Supervisor}, S::InReview},
        {K::Reject, {S::Received}, {Role::DeskStaff}, S::Rejected},
        {K::Reject,
         {S::InReview, S::SupplementRequested, S::AwaitingPayment},
         {Role::Specialist, Role::Supervisor},
         S::Rejected},
        {K::Reject, {S::AwaitingApproval, S::Approved}, {Role::Supervisor}, S::Rejected},
        {K::SignResult, {S::Approved}, {Role::Supervisor}, S::ResultIssued},
        {K::ReturnResult, {S::ResultIssued}, {Role::DeskStaff}, S::Returned},
        {K::IssueApology, nonTerminal(), {Role::DeskStaff, Role::Supervisor}},
        {K::Withdraw,
         {S::Received, S::InReview, S::SupplementRequested, S::AwaitingPayment, S::AwaitingApproval,
          S::Approved},
         {Role::DeskStaff},
         S::Withdrawn},
        {K::RequestPayment, {S::Received, S::InReview}, {Role::DeskStaff}, S::AwaitingPayment},
        {K::ConfirmPayment, {S::AwaitingPayment}, {Role::DeskStaff}, S::InReview},
        {K::AttachDocument,
         {S::Received, S::InReview, S::SupplementRequested},
         {Role::Specialist, Role::Supervisor, Role::DeskStaff}},
    };
    return table;
}

Error illegal(K kind, S state)
{
    return Error::make(
               Error::Kind::Conflict, QStringLiteral("workflow.illegal_transition"),
               QT_TRANSLATE_NOOP("motcua::Error", "\u201c%1\u201d is not possible while the dossier is %2."),
               {displayName(kind), displayName(state)})
        .withDetail(toWire(kind) + QStringLiteral(" from ") + toWire(state));
}

Error invalid(const QString &code, const char *message, const QString &path)
{
    return Error::make(Error::Kind::Invalid, code, message, {}, path);
}

//! A new component may replace one with the same id only if it is of the same kind:
//! a result must never overwrite an application document (or the reverse).
bool idTakenByOtherKind(const Dossier &d, const Component &c)
{
    return std::any_of(d.components.cbegin(), d.components.cend(),
                       [&](const Component &e) { return e.id == c.id && e.kind != c.kind; });
}

Error idTaken(const QString &path)
{
    return Error::make(Error::Kind::Invalid, QStringLiteral("workflow.component_id_taken"),
                       QT_TRANSLATE_NOOP("motcua::Error", "Another kind of document already uses this id."),
                       {}, path);
}

//! Validates the kind-specific payload fields (see docs/workflow.md).
Status checkPayload(const Dossier &d, const Action &a)
{
    const QString root = QStringLiteral("payload");
    json::JsonReader r(a.payload, root);
    if (r.has(QStringLiteral("note"))) {
        QString note;
        r.string(QStringLiteral("note"), note);
    }
    auto requireText = [&](const QString &key, const QString &code, const char *message) {
        const QJsonValue v = a.payload.value(key);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            return r.fail(invalid(code, message, r.pathOf(key)));
        QString text;
        return r.string(key, text);
    };
    auto requireComponent = [&](ComponentKind kind, bool mustBeSigned) {
        QJsonObject o;
        if (!r.object(QStringLiteral("component"), o))
            return false;
        const QString p = r.pathOf(QStringLiteral("component"));
        Component c;
        if (!r.take(json::fromJson(o, c, p)))
            return false;
        if (c.kind != kind)
            return r.fail(json::JsonReader::unknownValue(p + QStringLiteral(".kind"), toWire(c.kind)));
        if (idTakenByOtherKind(d, c))
            return r.fail(idTaken(p + QStringLiteral(".id")));
        if (mustBeSigned && !c.isSigned)
            return r.fail(invalid(QStringLiteral("workflow.unsigned_result"),
                                  QT_TRANSLATE_NOOP("motcua::Error", "The result must be digitally signed."),
                                  p + QStringLiteral(".signed")));
        return true;
    };

    //! An optional list of application documents (a supplement, a forward's attachments):
    //! never a result or an apology.
    auto checkInputList = [&](const QString &field) {
        if (!r.has(field))
            return;
        QJsonArray arr;
        if (!r.array(field, arr))
            return;
        const QString p = r.pathOf(field);
        for (qsizetype i = 0; i < arr.size() && r.ok(); ++i) {
            Component c;
            const QString ip = json::JsonReader::indexPath(p, i);
            if (!arr.at(i).isObject())
                r.fail(json::JsonReader::wrongType(ip, "object"));
            else if (r.take(json::fromJson(arr.at(i).toObject(), c, ip)) && c.kind != ComponentKind::Input)
                r.fail(json::JsonReader::unknownValue(ip + QStringLiteral(".kind"), toWire(c.kind)));
            else if (r.ok() && idTakenByOtherKind(d, c))
                r.fail(idTaken(ip + QStringLiteral(".id")));
        }
    };

    switch (a.kind) {
    case K::Assign: {
        if (!a.payload.contains(QStringLiteral("assignee")))
            return invalid(QStringLiteral("workflow.target_required"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Choose the official to assign."),
                           r.pathOf(QStringLiteral("assignee")));
        QString who;
        r.string(QStringLiteral("assignee"), who);
        break;
    }
    case K::Annotate: {
        QJsonObject o;
        if (!r.object(QStringLiteral("annotation"), o))
            break;
        const QString p = r.pathOf(QStringLiteral("annotation"));
        Annotation an;
        if (!r.take(json::fromJson(o, an, p)))
            break;
        if (an.dossierId != d.id)
            r.fail(json::JsonReader::unknownValue(p + QStringLiteral(".dossier_id"), an.dossierId));
        else if (std::none_of(d.components.cbegin(), d.components.cend(),
                              [&](const Component &c) { return c.id == an.componentId; }))
            r.fail(json::JsonReader::unknownValue(p + QStringLiteral(".component_id"), an.componentId));
        break;
    }
    case K::Comment:
        requireText(QStringLiteral("text"), QStringLiteral("workflow.text_required"),
                    QT_TRANSLATE_NOOP("motcua::Error", "Write the comment first."));
        break;
    case K::Forward:
        if (requireText(QStringLiteral("to_agency"), QStringLiteral("workflow.target_required"),
                        QT_TRANSLATE_NOOP("motcua::Error", "Choose the agency to forward the dossier to."))
            && r.has(QStringLiteral("step_days"))) {
            int days = 0;
            r.integer(QStringLiteral("step_days"), days, 0, 3650);
        }
        //! Indicators: a forward is electronic unless the file went on paper.
        if (r.has(QStringLiteral("transfer"))) {
            QString how;
            if (r.string(QStringLiteral("transfer"), how) && how != QLatin1String("electronic")
                && how != QLatin1String("paper"))
                r.fail(json::JsonReader::unknownValue(r.pathOf(QStringLiteral("transfer")), how));
        }
        checkInputList(QStringLiteral("attachments"));
        break;
    case K::RequestSupplement:
    case K::ReturnForRework:
    case K::Reject:
        requireText(QStringLiteral("reason"), QStringLiteral("workflow.reason_required"),
                    QT_TRANSLATE_NOOP("motcua::Error", "A reason is required."));
        break;
    case K::AttachDocument:
        //! Reuse (tái sử dụng): at least one application document taken from the warehouse.
        if (!a.payload.value(QStringLiteral("components")).isArray()
            || a.payload.value(QStringLiteral("components")).toArray().isEmpty()) {
            r.fail(invalid(QStringLiteral("workflow.components_required"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Choose at least one document to attach."),
                           r.pathOf(QStringLiteral("components"))));
            break;
        }
        [[fallthrough]];
    case K::ReceiveSupplement:
        checkInputList(QStringLiteral("components"));
        break;
    case K::SignResult:
        requireComponent(ComponentKind::Result, true);
        break;
    case K::IssueApology:
        requireComponent(ComponentKind::Apology, false);
        //! The new appointment, in working days after the due date (or the previous
        //! appointment); optional only when the same letter comes back signed.
        if (r.has(QStringLiteral("extra_days"))) {
            int days = 0;
            r.integer(QStringLiteral("extra_days"), days, 1, 365);
        }
        break;
    case K::RequestPayment:
        if (r.has(QStringLiteral("amount"))) {
            qint64 amount = 0;
            r.integer(QStringLiteral("amount"), amount, 0, qint64(1) << 53);
        }
        break;
    case K::ConfirmPayment:
        if (r.has(QStringLiteral("receipt"))) {
            QString receipt;
            r.string(QStringLiteral("receipt"), receipt);
        }
        //! Indicators: paid at the desk unless the portal's payment platform says online.
        if (r.has(QStringLiteral("method"))) {
            PaymentMethod method = PaymentMethod::Desk;
            if (r.enumValue(QStringLiteral("method"), method, &paymentMethodFromWire)
                && method == PaymentMethod::None)
                r.fail(json::JsonReader::unknownValue(r.pathOf(QStringLiteral("method")), toWire(method)));
        }
        break;
    case K::Withdraw:
        if (r.has(QStringLiteral("reason"))) {
            QString reason;
            r.string(QStringLiteral("reason"), reason);
        }
        break;
    case K::SubmitForApproval:
        //! The specialist's draft of the result (unsigned), which the supervisor signs.
        if (r.has(QStringLiteral("component")))
            requireComponent(ComponentKind::Result, false);
        break;
    case K::StartReview:
    case K::Approve:
    case K::ReturnResult:
    case K::Receive: // a history step only: no rule allows it (checkAccess refuses it first)
        break;
    }
    return r.status();
}

//! Rules on the dossier's contents rather than its state.
Status checkContents(const Dossier &d, const Action &a, const QDateTime &now)
{
    switch (a.kind) {
    case K::Forward:
        if (a.payload.value(QStringLiteral("to_agency")).toString() == d.agencyCode)
            return Error::make(Error::Kind::Conflict, QStringLiteral("workflow.same_agency"),
                               QT_TRANSLATE_NOOP("motcua::Error", "The dossier is already at agency %1."),
                               {d.agencyCode}, QStringLiteral("payload.to_agency"));
        break;
    case K::ReturnResult:
        if (!d.hasSignedResult())
            return Error::make(
                Error::Kind::Conflict, QStringLiteral("workflow.result_missing"),
                QT_TRANSLATE_NOOP("motcua::Error", "The dossier has no signed result to return."));
        //! Returning late requires a letter the supervisor signed (Decision 61/2018 art. 19(4)).
        if (d.isLate(now) && !d.hasSignedApology())
            return Error::make(
                Error::Kind::Conflict, QStringLiteral("workflow.apology_required"),
                QT_TRANSLATE_NOOP(
                    "motcua::Error",
                    "The dossier is late: a signed apology letter is required before returning the result."));
        //! The apology's appointment slipped too: a new apology (and date) first.
        if (d.appointmentAt.isValid() && now > d.appointmentAt)
            return Error::make(
                Error::Kind::Conflict, QStringLiteral("workflow.appointment_missed"),
                QT_TRANSLATE_NOOP("motcua::Error",
                                  "The date promised in the apology letter has passed: issue a new "
                                  "apology with a new date before returning the result."));
        break;
    case K::IssueApology: {
        //! From the moment lateness is foreseen until the result is returned, but not
        //! for a dossier that finished on time.
        if (d.finishedAt.isValid() && !d.isLate(now))
            return Error::make(
                Error::Kind::Conflict, QStringLiteral("workflow.not_late"),
                QT_TRANSLATE_NOOP("motcua::Error",
                                  "This dossier finished on time: no apology letter is needed."));
        const QString id
            = a.payload.value(QStringLiteral("component")).toObject().value(QStringLiteral("id")).toString();
        const bool replacing
            = std::any_of(d.components.cbegin(), d.components.cend(),
                          [&](const Component &c) { return c.id == id && c.kind == ComponentKind::Apology; });
        if (!replacing && !a.payload.contains(QStringLiteral("extra_days")))
            return Error::make(
                Error::Kind::Invalid, QStringLiteral("workflow.appointment_required"),
                QT_TRANSLATE_NOOP("motcua::Error",
                                  "Choose the new appointment, in working days after the due date."),
                {}, QStringLiteral("payload.extra_days"));
        break;
    }
    default:
        break;
    }
    return {};
}

//! State, role and agency checks (steps 1-4 of Workflow::check).
Status checkAccess(const Dossier &d, K kind, const QString &actionDossierId, const Official &o)
{
    if (!actionDossierId.isEmpty() && actionDossierId != d.id)
        return Error::make(Error::Kind::Invalid, QStringLiteral("workflow.dossier_mismatch"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The action belongs to another dossier."), {},
                           QStringLiteral("dossier_id"));
    if (d.deleted)
        return Error::make(Error::Kind::NotFound, QStringLiteral("workflow.deleted"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The dossier no longer exists."));
    if (!Workflow::legalIn(kind, d.state))
        return illegal(kind, d.state);
    if (std::none_of(o.roles.cbegin(), o.roles.cend(),
                     [&](Role r) { return Workflow::roleMay(r, kind, d.state); }))
        return Error::make(
            Error::Kind::Forbidden, QStringLiteral("workflow.role"),
            QT_TRANSLATE_NOOP("motcua::Error", "Your role does not allow \u201c%1\u201d here."),
            {displayName(kind)});
    if (o.agencyCode != d.agencyCode)
        return Error::make(
            Error::Kind::Forbidden, QStringLiteral("workflow.agency"),
            QT_TRANSLATE_NOOP("motcua::Error",
                              "Only officials of agency %1, which holds the dossier, may act on it."),
            {d.agencyCode});
    return {};
}
} // namespace

bool Workflow::roleMay(Role role, ActionKind kind, DossierState state)
{
    return std::any_of(rules().cbegin(), rules().cend(), [&](const Rule &r) {
        return r.kind == kind && r.from.contains(state) && r.roles.contains(role);
    });
}

bool Workflow::legalIn(ActionKind kind, DossierState state)
{
    return std::any_of(rules().cbegin(), rules().cend(),
                       [&](const Rule &r) { return r.kind == kind && r.from.contains(state); });
}

DossierState Workflow::targetState(ActionKind kind, DossierState state)
{
    //! Every kind's rules agree on where it leads (the table has one column for it).
    for (const Rule &r : rules()) {
        if (r.kind == kind)
            return r.to.value_or(state);
    }
    return state;
}

Status Workflow::check(const Dossier &dossier, const Action &action, const Official &official)
{
    return check(dossier, action, official,
                 action.createdAt.isValid() ? action.createdAt : QDateTime::currentDateTimeUtc());
}

Status Workflow::check(const Dossier &dossier, const Action &action, const Official &official,
                       const QDateTime &now)
{
    if (Status st = checkAccess(dossier, action.kind, action.dossierId, official); !st)
        return st;
    if (Status st = checkPayload(dossier, action); !st)
        return st;
    return checkContents(dossier, action, now);
}

Result<Dossier> Workflow::apply(const Dossier &dossier, const Action &action, const Official &official,
                                const WorkingCalendar &calendar, const Procedure &procedure,
                                const QDateTime &now)
{
    Result<Outcome> out = run(dossier, action, official, calendar, procedure, now);
    if (!out)
        return out.error();
    return std::move(out).value().dossier;
}

QList<ActionKind> Workflow::allowed(const Dossier &dossier, const Official &official, const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    QList<ActionKind> out;
    for (ActionKind k : allActionKinds()) {
        if (!checkAccess(dossier, k, {}, official))
            continue;
        if ((k == K::ReturnResult || k == K::IssueApology)) {
            Action probe;
            probe.kind = k;
            probe.payload.insert(QStringLiteral("extra_days"), 1);
            if (!checkContents(dossier, probe, at))
                continue;
        }
        out.append(k);
    }
    return out;
}

Dossier Workflow::receive(Dossier draft, const Procedure &procedure, const WorkingCalendar &calendar,
                          const QDateTime &now)
{
    draft.state = S::Received;
    draft.procedureCode = procedure.code;
    draft.receivedAt = now.toUTC();
    draft.dueAt = calendar.dueAt(now, procedure.processingDays);
    draft.dueProvisional = calendar.isProvisional(draft.receivedAt, draft.dueAt);
    draft.appointmentAt = QDateTime();
    draft.apologyCount = 0;
    draft.stepDueAt = draft.dueAt;
    draft.finishedAt = QDateTime();
    draft.pausedAt = QDateTime();
    draft.pausedSeconds = 0;
    draft.supplementCount = 0;
    draft.rejectedAtReception = false;
    draft.deleted = false;
    draft.version = 1;
    return draft;
}

Status Workflow::checkAnnotationChange(const std::optional<Annotation> &existing, const Annotation &incoming,
                                       const Official &official)
{
    const auto notOwner = [] {
        return Error::make(
            Error::Kind::Forbidden, QStringLiteral("workflow.annotation_owner"),
            QT_TRANSLATE_NOOP("motcua::Error",
                              "Only the official who wrote an annotation may change or delete it."),
            {}, QStringLiteral("payload.annotation.author"));
    };
    if (!incoming.author.isEmpty() && incoming.author != official.username)
        return notOwner();
    if (!existing)
        return {};
    if (existing->dossierId != incoming.dossierId || existing->componentId != incoming.componentId)
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("workflow.annotation_moved"),
            QT_TRANSLATE_NOOP("motcua::Error", "An annotation cannot move to another dossier or document."),
            {}, QStringLiteral("payload.annotation.id"));
    if (existing->author != official.username)
        return notOwner();
    if (incoming.version <= existing->version)
        return Error::make(
            Error::Kind::Conflict, QStringLiteral("workflow.annotation_stale"),
            QT_TRANSLATE_NOOP("motcua::Error",
                              "The annotation was changed meanwhile; reload it and try again."),
            {}, QStringLiteral("payload.annotation.version"));
    return {};
}

} // namespace motcua
