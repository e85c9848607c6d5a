// SPDX-License-Identifier: GPL-3.0-or-later
//! Codecs of the dossier and its workflow: applicant, dossier (and tombstone),
//! action (outbox form and request body), history step.
#include "json.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace motcua::json {

namespace {
constexpr qint64 kMaxInt = qint64(1) << 53;

QJsonValue nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

//! Ids end up in URLs and file names: letters, digits and . _ : - only.
bool identifier(JsonReader &r, const QString &key, QString &out)
{
    if (!r.string(key, out, false))
        return false;
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"));
    if (!re.match(out).hasMatch())
        return r.fail(JsonReader::badFormat(r.pathOf(key), "identifier"));
    return true;
}
} // namespace

// ---- Applicant ----------------------------------------------------------------

QJsonObject toJson(const Applicant &v)
{
    return {{QStringLiteral("name"), v.name},
            {QStringLiteral("id_number"), v.idNumber},
            {QStringLiteral("address"), v.address},
            {QStringLiteral("phone"), v.phone},
            {QStringLiteral("email"), v.email}};
}

Status fromJson(const QJsonObject &o, Applicant &out, const QString &path)
{
    JsonReader r(o, path);
    r.string(QStringLiteral("name"), out.name, false);
    r.string(QStringLiteral("id_number"), out.idNumber);
    r.string(QStringLiteral("address"), out.address);
    r.string(QStringLiteral("phone"), out.phone);
    r.string(QStringLiteral("email"), out.email);
    return r.status();
}

// ---- Dossier ------------------------------------------------------------------

QJsonObject toJson(const Dossier &v)
{
    if (v.deleted) {
        return {{QStringLiteral("id"), v.id},
                {QStringLiteral("deleted"), true},
                {QStringLiteral("version"), double(v.version)}};
    }
    QJsonArray comps;
    for (const Component &c : v.components)
        comps.append(toJson(c));
    QJsonObject o {{QStringLiteral("id"), v.id},
                   {QStringLiteral("code"), v.code},
                   {QStringLiteral("procedure_code"), v.procedureCode},
                   {QStringLiteral("applicant"), toJson(v.applicant)},
                   {QStringLiteral("state"), toWire(v.state)},
                   {QStringLiteral("national_status"), v.nationalStatus()},
                   {QStringLiteral("agency_code"), v.agencyCode},
                   {QStringLiteral("assignee"), v.assignee},
                   {QStringLiteral("received_at"), timestampToJson(v.receivedAt)},
                   {QStringLiteral("due_at"), timestampToJson(v.dueAt)},
                   {QStringLiteral("finished_at"), timestampToJson(v.finishedAt)},
                   {QStringLiteral("step_due_at"), timestampToJson(v.stepDueAt)},
                   {QStringLiteral("version"), double(v.version)},
                   {QStringLiteral("supplement_count"), v.supplementCount},
                   {QStringLiteral("paused_seconds"), double(v.pausedSeconds)},
                   {QStringLiteral("paused_at"), timestampToJson(v.pausedAt)},
                   {QStringLiteral("rejected_at_reception"), v.rejectedAtReception},
                   {QStringLiteral("due_provisional"), v.dueProvisional},
                   {QStringLiteral("appointment_at"), timestampToJson(v.appointmentAt)},
                   {QStringLiteral("apology_count"), v.apologyCount},
                   {QStringLiteral("components"), comps}};
    writeServiceRecord(o, v.service);
    return o;
}

Status fromJson(const QJsonObject &o, Dossier &out, const QString &path)
{
    JsonReader r(o, path);
    out = Dossier();
    identifier(r, QStringLiteral("id"), out.id);
    if (r.has(QStringLiteral("deleted"))) {
        r.boolean(QStringLiteral("deleted"), out.deleted);
        if (out.deleted) {
            r.integer(QStringLiteral("version"), out.version, 0, kMaxInt);
            return r.status();
        }
    }
    r.string(QStringLiteral("code"), out.code, false);
    r.string(QStringLiteral("procedure_code"), out.procedureCode, false);
    QJsonObject applicant;
    if (r.object(QStringLiteral("applicant"), applicant))
        r.take(fromJson(applicant, out.applicant, r.pathOf(QStringLiteral("applicant"))));
    r.enumValue(QStringLiteral("state"), out.state, &dossierStateFromWire);
    r.string(QStringLiteral("agency_code"), out.agencyCode, false);
    r.string(QStringLiteral("assignee"), out.assignee);
    r.timestamp(QStringLiteral("received_at"), out.receivedAt, false);
    r.timestamp(QStringLiteral("due_at"), out.dueAt, true);
    r.timestamp(QStringLiteral("finished_at"), out.finishedAt, true);
    r.timestamp(QStringLiteral("step_due_at"), out.stepDueAt, true);
    r.integer(QStringLiteral("version"), out.version, 0, kMaxInt);
    r.integer(QStringLiteral("supplement_count"), out.supplementCount, 0, 1000);
    r.integer(QStringLiteral("paused_seconds"), out.pausedSeconds, 0, kMaxInt);
    r.optionalTimestamp(QStringLiteral("paused_at"), out.pausedAt);
    r.boolean(QStringLiteral("rejected_at_reception"), out.rejectedAtReception);
    //! Optional: dossiers stored before deadlines were tracked have none of these.
    if (r.has(QStringLiteral("due_provisional")))
        r.boolean(QStringLiteral("due_provisional"), out.dueProvisional);
    r.optionalTimestamp(QStringLiteral("appointment_at"), out.appointmentAt);
    if (r.has(QStringLiteral("apology_count")))
        r.integer(QStringLiteral("apology_count"), out.apologyCount, 0, 1000);
    r.objects(QStringLiteral("components"), out.components,
              [](const QJsonObject &item, Component &c, const QString &p) { return fromJson(item, c, p); });
    readServiceRecord(r, out.service);
    if (r.ok() && r.has(QStringLiteral("national_status"))) {
        int national = 0;
        if (r.integer(QStringLiteral("national_status"), national, 1, 10) && national != out.nationalStatus())
            r.fail(JsonReader::outOfRange(r.pathOf(QStringLiteral("national_status")),
                                          QString::number(out.nationalStatus()),
                                          QString::number(out.nationalStatus())));
    }
    return r.status();
}

// ---- Action -------------------------------------------------------------------

QJsonObject toJson(const Action &v)
{
    return {{QStringLiteral("kind"), toWire(v.kind)},
            {QStringLiteral("dossier_id"), v.dossierId},
            {QStringLiteral("idempotency_key"), v.idempotencyKey},
            {QStringLiteral("base_version"), double(v.baseVersion)},
            {QStringLiteral("payload"), v.payload},
            {QStringLiteral("created_at"), timestampToJson(v.createdAt)},
            {QStringLiteral("actor"), v.actor}};
}

Status fromJson(const QJsonObject &o, Action &out, const QString &path)
{
    JsonReader r(o, path);
    r.enumValue(QStringLiteral("kind"), out.kind, &actionKindFromWire);
    identifier(r, QStringLiteral("dossier_id"), out.dossierId);
    r.string(QStringLiteral("idempotency_key"), out.idempotencyKey, false);
    r.integer(QStringLiteral("base_version"), out.baseVersion, 0, kMaxInt);
    r.object(QStringLiteral("payload"), out.payload);
    r.timestamp(QStringLiteral("created_at"), out.createdAt, false);
    r.string(QStringLiteral("actor"), out.actor);
    return r.status();
}

QJsonObject actionRequestBody(const Action &action)
{
    QJsonObject body = action.payload;
    body.insert(QStringLiteral("kind"), toWire(action.kind));
    //! When the official acted (offline work counts then, within the server's bounds).
    if (action.createdAt.isValid())
        body.insert(QStringLiteral("acted_at"), timestampToJson(action.createdAt));
    return body;
}

Result<Action> actionFromRequestBody(const QJsonObject &body, const QString &dossierId,
                                     const QString &idempotencyKey, qint64 baseVersion, const QString &actor,
                                     const QDateTime &createdAt)
{
    JsonReader r(body, {});
    Action a;
    if (!r.enumValue(QStringLiteral("kind"), a.kind, &actionKindFromWire))
        return r.status().error();
    a.payload = body;
    a.payload.remove(QStringLiteral("kind"));
    a.payload.remove(QStringLiteral("acted_at")); //!< checked by the server, see ActionService
    a.dossierId = dossierId;
    a.idempotencyKey = idempotencyKey;
    a.baseVersion = baseVersion;
    a.actor = actor;
    a.createdAt = createdAt.toUTC();
    return a;
}

// ---- HistoryStep --------------------------------------------------------------

QJsonObject toJson(const HistoryStep &v)
{
    QJsonObject o {{QStringLiteral("id"), v.id},
                   {QStringLiteral("dossier_id"), v.dossierId},
                   {QStringLiteral("action"), toWire(v.action)},
                   {QStringLiteral("actor"), v.actor},
                   {QStringLiteral("agency_code"), v.agencyCode},
                   {QStringLiteral("to_agency_code"), nullIfEmpty(v.toAgencyCode)},
                   {QStringLiteral("from_state"), toWire(v.fromState)},
                   {QStringLiteral("to_state"), toWire(v.toState)},
                   {QStringLiteral("at"), timestampToJson(v.at)},
                   {QStringLiteral("recorded_at"), timestampToJson(v.recordedAt)},
                   {QStringLiteral("note"), v.note},
                   {QStringLiteral("step_due_at"), timestampToJson(v.stepDueAt)}};
    if (!v.actorName.isEmpty())
        o.insert(QStringLiteral("actor_name"), v.actorName);
    return o;
}

Status fromJson(const QJsonObject &o, HistoryStep &out, const QString &path)
{
    JsonReader r(o, path);
    r.string(QStringLiteral("id"), out.id);
    identifier(r, QStringLiteral("dossier_id"), out.dossierId);
    r.enumValue(QStringLiteral("action"), out.action, &actionKindFromWire);
    r.string(QStringLiteral("actor"), out.actor);
    r.string(QStringLiteral("agency_code"), out.agencyCode);
    r.nullableString(QStringLiteral("to_agency_code"), out.toAgencyCode);
    r.enumValue(QStringLiteral("from_state"), out.fromState, &dossierStateFromWire);
    r.enumValue(QStringLiteral("to_state"), out.toState, &dossierStateFromWire);
    r.timestamp(QStringLiteral("at"), out.at, false);
    r.optionalTimestamp(QStringLiteral("recorded_at"), out.recordedAt);
    r.string(QStringLiteral("note"), out.note);
    r.timestamp(QStringLiteral("step_due_at"), out.stepDueAt, true);
    if (o.contains(QStringLiteral("actor_name")))
        r.string(QStringLiteral("actor_name"), out.actorName);
    return r.status();
}

} // namespace motcua::json
