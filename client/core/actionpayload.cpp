// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionpayload.h"

#include "json.h"
#include "jsonreader.h"

#include <QJsonArray>

namespace motcua {

namespace {

using K = ActionKind;

template<class T> std::size_t alternative()
{
    return ActionPayload::Fields(T {}).index();
}

//! Each kind's struct and the keys it reads (anything else goes to ActionPayload::unknown).
struct KindShape
{
    QStringList keys;
    std::size_t alternative = 0;
};

KindShape shapeOf(ActionKind kind)
{
    using namespace payload;
    switch (kind) {
    case K::Assign:
        return {{QStringLiteral("assignee")}, alternative<Assign>()};
    case K::Annotate:
        return {{QStringLiteral("annotation")}, alternative<Annotate>()};
    case K::Comment:
        return {{QStringLiteral("text")}, alternative<Comment>()};
    case K::Forward:
        return {{QStringLiteral("to_agency"), QStringLiteral("step_days"), QStringLiteral("attachments")},
                alternative<Forward>()};
    case K::RequestSupplement:
    case K::ReturnForRework:
    case K::Reject:
    case K::Withdraw:
        return {{QStringLiteral("reason")}, alternative<Reason>()};
    case K::ReceiveSupplement:
    case K::AttachDocument:
        return {{QStringLiteral("components")}, alternative<Components>()};
    case K::SubmitForApproval:
        return {{QStringLiteral("component")}, alternative<Draft>()};
    case K::SignResult:
    case K::IssueApology:
        return {{QStringLiteral("component")}, alternative<Document>()};
    case K::RequestPayment:
        return {{QStringLiteral("amount")}, alternative<RequestPayment>()};
    case K::ConfirmPayment:
        return {{QStringLiteral("receipt")}, alternative<ConfirmPayment>()};
    case K::StartReview:
    case K::Approve:
    case K::ReturnResult:
    case K::Receive:
        break;
    }
    return {{}, alternative<None>()};
}

bool readComponents(json::JsonReader &r, const QString &key, QList<Component> &out)
{
    if (!r.has(key))
        return true;
    QJsonArray arr;
    if (!r.array(key, arr))
        return false;
    const QString p = r.pathOf(key);
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString ip = json::JsonReader::indexPath(p, i);
        if (!arr.at(i).isObject())
            return r.fail(json::JsonReader::wrongType(ip, "object"));
        Component c;
        if (!r.take(json::fromJson(arr.at(i).toObject(), c, ip)))
            return false;
        out << c;
    }
    return true;
}

bool readComponent(json::JsonReader &r, Component &out)
{
    QJsonObject o;
    return r.object(QStringLiteral("component"), o)
        && r.take(json::fromJson(o, out, r.pathOf(QStringLiteral("component"))));
}

QJsonArray componentArray(const QList<Component> &list)
{
    QJsonArray arr;
    for (const Component &c : list)
        arr.append(json::toJson(c));
    return arr;
}

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

Result<ActionPayload> parsePayload(ActionKind kind, const QJsonObject &wire)
{
    json::JsonReader r(wire, QStringLiteral("payload"));
    ActionPayload p;
    if (r.has(QStringLiteral("note")))
        r.string(QStringLiteral("note"), p.note);
    const QStringList known = shapeOf(kind).keys;
    for (auto it = wire.begin(); it != wire.end(); ++it) {
        if (it.key() != QLatin1String("note") && !known.contains(it.key()))
            p.unknown.insert(it.key(), it.value());
    }
    switch (kind) {
    case K::Assign: {
        payload::Assign a;
        r.string(QStringLiteral("assignee"), a.assignee);
        p.fields = a;
        break;
    }
    case K::Annotate: {
        payload::Annotate a;
        r.object(QStringLiteral("annotation"), a.annotation);
        p.fields = a;
        break;
    }
    case K::Comment: {
        payload::Comment c;
        r.string(QStringLiteral("text"), c.text);
        p.fields = c;
        break;
    }
    case K::Forward: {
        payload::Forward f;
        r.string(QStringLiteral("to_agency"), f.toAgency);
        if (r.has(QStringLiteral("step_days")))
            r.integer(QStringLiteral("step_days"), f.stepDays, 0, 3650);
        readComponents(r, QStringLiteral("attachments"), f.attachments);
        p.fields = f;
        break;
    }
    case K::RequestSupplement:
    case K::ReturnForRework:
    case K::Reject:
    case K::Withdraw: {
        payload::Reason why;
        if (r.has(QStringLiteral("reason")) || kind != K::Withdraw)
            r.string(QStringLiteral("reason"), why.reason);
        p.fields = why;
        break;
    }
    case K::ReceiveSupplement:
    case K::AttachDocument: {
        payload::Components c;
        readComponents(r, QStringLiteral("components"), c.components);
        p.fields = c;
        break;
    }
    case K::SubmitForApproval: {
        payload::Draft d;
        if (r.has(QStringLiteral("component"))) {
            Component c;
            if (readComponent(r, c))
                d.component = c;
        }
        p.fields = d;
        break;
    }
    case K::SignResult:
    case K::IssueApology: {
        payload::Document d;
        readComponent(r, d.component);
        if (kind == K::IssueApology && r.has(QStringLiteral("extra_days"))) {
            qint64 days = 0;
            if (r.integer(QStringLiteral("extra_days"), days, 1, 365))
                d.extraDays = int(days);
        }
        p.fields = d;
        break;
    }
    case K::RequestPayment: {
        payload::RequestPayment rp;
        if (r.has(QStringLiteral("amount"))) {
            qint64 amount = 0;
            if (r.integer(QStringLiteral("amount"), amount, 0, qint64(1) << 53))
                rp.amount = amount;
        }
        p.fields = rp;
        break;
    }
    case K::ConfirmPayment: {
        payload::ConfirmPayment cp;
        if (r.has(QStringLiteral("receipt")))
            r.string(QStringLiteral("receipt"), cp.receipt);
        p.fields = cp;
        break;
    }
    case K::StartReview:
    case K::Approve:
    case K::ReturnResult:
    case K::Receive:
        p.fields = payload::None {};
        break;
    }
    if (Status s = r.status(); !s)
        return s.error();
    return p;
}

QJsonObject toJson(const ActionPayload &p)
{
    QJsonObject o = p.unknown;
    if (!p.note.isEmpty())
        o.insert(QStringLiteral("note"), p.note);
    std::visit(Overloaded {
                   [](const payload::None &) {},
                   [&o](const payload::Assign &a) { o.insert(QStringLiteral("assignee"), a.assignee); },
                   [&o](const payload::Annotate &a) { o.insert(QStringLiteral("annotation"), a.annotation); },
                   [&o](const payload::Comment &c) { o.insert(QStringLiteral("text"), c.text); },
                   [&o](const payload::Forward &f) {
                       o.insert(QStringLiteral("to_agency"), f.toAgency);
                       if (f.stepDays > 0)
                           o.insert(QStringLiteral("step_days"), f.stepDays);
                       if (!f.attachments.isEmpty())
                           o.insert(QStringLiteral("attachments"), componentArray(f.attachments));
                   },
                   [&o](const payload::Reason &r) {
                       //! Absent and empty read alike (Workflow: "A reason is required.").
                       if (!r.reason.isEmpty())
                           o.insert(QStringLiteral("reason"), r.reason);
                   },
                   [&o](const payload::Components &c) {
                       if (!c.components.isEmpty())
                           o.insert(QStringLiteral("components"), componentArray(c.components));
                   },
                   [&o](const payload::Draft &d) {
                       if (d.component)
                           o.insert(QStringLiteral("component"), json::toJson(*d.component));
                   },
                   [&o](const payload::Document &d) {
                       o.insert(QStringLiteral("component"), json::toJson(d.component));
                       if (d.extraDays > 0)
                           o.insert(QStringLiteral("extra_days"), d.extraDays);
                   },
                   [&o](const payload::RequestPayment &rp) {
                       if (rp.amount)
                           o.insert(QStringLiteral("amount"), QJsonValue(*rp.amount));
                   },
                   [&o](const payload::ConfirmPayment &cp) {
                       if (!cp.receipt.isEmpty())
                           o.insert(QStringLiteral("receipt"), cp.receipt);
                   },
               },
               p.fields);
    return o;
}

bool fitsKind(ActionKind kind, const ActionPayload &p)
{
    return p.fields.index() == shapeOf(kind).alternative;
}

QList<Component> ActionPayload::documents() const
{
    QList<Component> out;
    if (const auto *f = std::get_if<payload::Forward>(&fields))
        out = f->attachments;
    else if (const auto *c = std::get_if<payload::Components>(&fields))
        out = c->components;
    else if (const Component *one = component())
        out = {*one};
    //! A field this kind does not define may still name documents (a comment's
    //! attachments): they are uploaded with the action all the same.
    for (const char *key : {"component", "components", "attachments"}) {
        const QJsonValue v = unknown.value(QLatin1String(key));
        const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray {v};
        for (const QJsonValue &item : list) {
            Component c;
            if (item.isObject() && json::fromJson(item.toObject(), c).ok())
                out << c;
        }
    }
    return out;
}

const Component *ActionPayload::component() const
{
    return const_cast<ActionPayload *>(this)->component();
}

Component *ActionPayload::component()
{
    if (auto *d = std::get_if<payload::Document>(&fields))
        return &d->component;
    if (auto *d = std::get_if<payload::Draft>(&fields))
        return d->component ? &*d->component : nullptr;
    return nullptr;
}

Result<TypedAction> TypedAction::fromAction(const Action &a)
{
    auto p = parsePayload(a.kind, a.payload);
    if (!p)
        return p.error();
    return TypedAction {{a.kind, a.dossierId, a.idempotencyKey, a.baseVersion, a.createdAt, a.actor}, *p};
}

Action TypedAction::toAction() const
{
    return Action {header.kind,     header.dossierId, header.idempotencyKey, header.baseVersion,
                   toJson(payload), header.createdAt, header.actor};
}

} // namespace motcua
