// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"
#include "component.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace motcua {

//! The fields every queued action carries, whatever its kind: the one place to
//! add a field common to all actions (it then reaches the outbox, the push and
//! the batch without touching any payload).
struct ActionHeader
{
    ActionKind kind = ActionKind::Comment;
    QString dossierId;
    QString idempotencyKey;
    qint64 baseVersion = 0; //!< the dossier version the official saw (If-Match)
    QDateTime createdAt; //!< UTC
    QString actor; //!< username

    bool operator==(const ActionHeader &) const = default;
};

//! One struct per action kind (docs/workflow.md lists the fields). Parsed once
//! where an action enters (a form, an outbox row); the wire form (JSON) is made
//! only where it leaves (the outbox row, the POST body).
namespace payload {
struct None //!< start_review, approve, return_result
{
    bool operator==(const None &) const = default;
};
struct Assign
{
    QString assignee; //!< empty unassigns
    bool operator==(const Assign &) const = default;
};
struct Annotate
{
    //! Kept as its wire object: ActionQueue fills and checks it with the annotation
    //! codec, the server checks it again; nothing here reads its fields.
    QJsonObject annotation;
    bool operator==(const Annotate &) const = default;
};
struct Comment
{
    QString text;
    bool operator==(const Comment &) const = default;
};
struct Forward
{
    QString toAgency;
    int stepDays = 0; //!< 0 = the dossier's due date
    QList<Component> attachments;
    bool operator==(const Forward &) const = default;
};
struct Reason //!< request_supplement, return_for_rework, reject, withdraw
{
    QString reason;
    bool operator==(const Reason &) const = default;
};
struct Components //!< receive_supplement (optional list), attach_document
{
    QList<Component> components;
    bool operator==(const Components &) const = default;
};
struct Draft //!< submit_for_approval
{
    std::optional<Component> component;
    bool operator==(const Draft &) const = default;
};
struct Document //!< sign_result, issue_apology
{
    Component component;
    //! issue_apology: the new appointment in working days after the current due date
    //! (docs/deadlines.md); 0 on sign_result.
    int extraDays = 0;
    bool operator==(const Document &) const = default;
};
struct RequestPayment
{
    std::optional<qint64> amount; //!< VND
    bool operator==(const RequestPayment &) const = default;
};
struct ConfirmPayment
{
    QString receipt;
    bool operator==(const ConfirmPayment &) const = default;
};
} // namespace payload

struct ActionPayload
{
    using Fields = std::variant<payload::None, payload::Assign, payload::Annotate, payload::Comment,
                                payload::Forward, payload::Reason, payload::Components, payload::Draft,
                                payload::Document, payload::RequestPayment, payload::ConfirmPayment>;
    Fields fields;
    QString note; //!< every payload may carry a note
    //! Fields this client does not know (the contract says they are ignored): kept, not lost.
    QJsonObject unknown;

    bool operator==(const ActionPayload &) const = default;

    //! The documents the action carries (uploaded before it is sent).
    [[nodiscard]] QList<Component> documents() const;
    //! The one component of sign_result / issue_apology / submit_for_approval, if any.
    [[nodiscard]] const Component *component() const;
    [[nodiscard]] Component *component();
};

//! The typed payload of `kind` from its wire object. Errors: "action.payload" with
//! the field's path (an outbox row or a form that does not fit its kind).
[[nodiscard]] Result<ActionPayload> parsePayload(ActionKind kind, const QJsonObject &wire);
//! The wire object (fields named as in docs/api/openapi.yaml).
[[nodiscard]] QJsonObject toJson(const ActionPayload &payload);
//! Whether `fields` is the alternative `kind` uses.
[[nodiscard]] bool fitsKind(ActionKind kind, const ActionPayload &payload);

//! An action as the outbox hands it out: the common header and the kind's payload.
struct TypedAction
{
    ActionHeader header;
    ActionPayload payload;

    [[nodiscard]] static Result<TypedAction> fromAction(const Action &action);
    [[nodiscard]] Action toAction() const;
    bool operator==(const TypedAction &) const = default;
};

} // namespace motcua
