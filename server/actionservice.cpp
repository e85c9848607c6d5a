// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionservice.h"

#include "core/json.h"
#include "core/workflow.h"
#include "database.h"
#include "documentaccess.h"
#include "router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace motcua::server {

std::optional<qint64> parseVersionTag(const QByteArray &value)
{
    QByteArray v = value.trimmed();
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

ActionService::ActionService(Database *db, DossierStore *store)
    : m_db(db)
    , m_store(store)
{ }

Official ActionService::toOfficial(const Caller &c)
{
    Official o;
    o.id = c.id;
    o.username = c.username;
    o.fullName = c.fullName;
    o.agencyCode = c.agencyCode;
    for (const QString &r : c.roles) {
        if (auto role = roleFromWire(r))
            o.roles.append(*role);
    }
    return o;
}

Status ActionService::reload()
{
    auto q = m_db->exec(QStringLiteral("SELECT data FROM procedures"));
    if (!q)
        return q.error();
    m_procedures.clear();
    while (q->next()) {
        auto p = json::parse<Procedure>(QJsonDocument::fromJson(q->value(0).toByteArray()).object());
        if (!p)
            return p.error();
        m_procedures.insert(p->code, p.value());
    }
    auto c = m_db->exec(QStringLiteral("SELECT day, kind FROM calendar_days"));
    if (!c)
        return c.error();
    WorkingCalendar cal;
    while (c->next()) {
        const QDate day = QDate::fromString(c->value(0).toString(), Qt::ISODate);
        if (c->value(1).toString() == QLatin1String("holiday"))
            cal.addHoliday(day);
        else
            cal.addWorkingDay(day);
    }
    m_calendar = cal;
    return {};
}

Status ActionService::checkAnnotationOwner(const Action &action, const Caller &caller)
{
    const QJsonObject payload = action.payload.value(QStringLiteral("annotation")).toObject();
    const QString id = payload.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return {}; // Workflow::run reports the malformed payload
    auto q = m_db->exec(QStringLiteral("SELECT data FROM annotations WHERE id = ?"), {id});
    if (!q)
        return q.error();
    std::optional<Annotation> existing;
    if (q->next()) {
        auto stored
            = json::parse<Annotation>(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
        if (!stored)
            return stored.error();
        existing = *stored;
    }
    Annotation incoming;
    incoming.id = id;
    incoming.dossierId = action.dossierId;
    incoming.componentId = payload.value(QStringLiteral("component_id")).toString();
    incoming.author = payload.value(QStringLiteral("author")).toString();
    incoming.version = qint64(payload.value(QStringLiteral("version")).toDouble());
    return Workflow::checkAnnotationChange(existing, incoming, toOfficial(caller));
}

Result<HttpResponse> ActionService::replay(const QString &key, const QString &officialId, const QString &hash)
{
    auto q = m_db->exec(
        QStringLiteral("SELECT official_id, request_hash, status, response FROM idempotency WHERE key = ?"),
        {key});
    if (!q)
        return q.error();
    if (!q->next())
        return HttpResponse {0, {}, {}};
    if (q->value(0).toString() != officialId || q->value(1).toString() != hash)
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("idempotency.key_reused"),
            QT_TRANSLATE_NOOP("motcua::Error", "This idempotency key was already used for another request."));
    HttpResponse r
        = HttpResponse::bytes(q->value(3).toString().toUtf8(), "application/json", q->value(2).toInt());
    r.header("Idempotent-Replayed", "true");
    return r;
}

HttpResponse ActionService::apply(const Caller &caller, const Request &req)
{
    static const QRegularExpression keyRe(QStringLiteral("^[\\x21-\\x7e]{8,200}$"));
    if (req.idempotencyKey.isEmpty())
        return HttpResponse::problem(400, QStringLiteral("request.idempotency_key_required"),
                                     QStringLiteral("the Idempotency-Key header is required"));
    if (!keyRe.match(req.idempotencyKey).hasMatch())
        return HttpResponse::problem(
            400, QStringLiteral("request.idempotency_key_invalid"),
            QStringLiteral("the Idempotency-Key must be 8 to 200 visible ASCII characters"));
    if (req.ifMatch.isEmpty())
        return HttpResponse::problem(
            428, QStringLiteral("request.if_match_required"),
            QStringLiteral("the If-Match header with the dossier version is required"));
    const auto ifMatch = parseVersionTag(req.ifMatch);
    if (!ifMatch)
        return HttpResponse::problem(400, QStringLiteral("request.if_match_invalid"),
                                     QStringLiteral("If-Match must be the dossier version, e.g. \"3\""));
    //! The hash covers what the request means: dossier, version and the body
    //! (QJsonObject keeps keys sorted, so formatting differences do not matter).
    const QString hash
        = AuthService::sha256Hex(req.dossierId.toUtf8() + '\n' + QByteArray::number(*ifMatch) + '\n'
                                 + QJsonDocument(req.body).toJson(QJsonDocument::Compact));
    // Fast path without a lock: a replay of a finished request.
    auto first = replay(req.idempotencyKey, caller.id, hash);
    if (!first)
        return errorResponse(first.error());
    if (first->status != 0)
        return first.value();

    if (auto s = m_db->begin(); !s)
        return errorResponse(s.error());
    HttpResponse resp = applyLocked(caller, req, *ifMatch, hash);
    if (resp.status >= 200 && resp.status < 300 && resp.headerValue("Idempotent-Replayed").isEmpty()) {
        if (auto s = m_db->commit(); !s) {
            m_db->rollback();
            // Lost a race on the key's primary key (another process committed it): replay.
            auto again = replay(req.idempotencyKey, caller.id, hash);
            if (again && again->status != 0)
                return again.value();
            return errorResponse(s.error());
        }
    } else {
        m_db->rollback();
        if (resp.status >= 500) {
            auto again = replay(req.idempotencyKey, caller.id, hash);
            if (again && again->status != 0)
                return again.value();
        }
    }
    return resp;
}

HttpResponse ActionService::applyLocked(const Caller &caller, const Request &req, qint64 ifMatch,
                                        const QString &hash)
{
    auto loaded = m_store->load(req.dossierId, true);
    if (!loaded)
        return errorResponse(loaded.error());
    // Re-check under the lock: a concurrent twin may have committed meanwhile.
    auto again = replay(req.idempotencyKey, caller.id, hash);
    if (!again)
        return errorResponse(again.error());
    if (again->status != 0)
        return again.value();
    if (!loaded->has_value())
        return HttpResponse::problem(404, QStringLiteral("dossier.not_found"),
                                     QStringLiteral("no such dossier"));
    const Dossier &before = **loaded;
    if (before.agencyCode != caller.agencyCode)
        return HttpResponse::problem(403, QStringLiteral("dossier.forbidden"),
                                     QStringLiteral("the dossier is held by another agency"));
    if (before.version != ifMatch)
        return HttpResponse::problem(
            412, QStringLiteral("dossier.stale"),
            QStringLiteral("the dossier is at version %1, not %2").arg(before.version).arg(ifMatch),
            {{QStringLiteral("current_version"), before.version}});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto action = json::actionFromRequestBody(req.body, req.dossierId, req.idempotencyKey, ifMatch,
                                              caller.username, now);
    if (!action) {
        Error e = action.error();
        if (e.code == QLatin1String("json.enum") && e.path.endsWith(QLatin1String("kind")))
            e.code = QStringLiteral("action.unknown_kind");
        return errorResponse(e);
    }
    if (action->kind == ActionKind::Annotate) {
        //! Editing or deleting another official's annotation is refused (403) before anything is written.
        if (Status own = checkAnnotationOwner(*action, caller); !own)
            return errorResponse(own.error());
    }
    //! Documents named by hash must be the caller's to name; "signed" is what the server verified.
    if (!m_access)
        return HttpResponse::problem(500, QStringLiteral("internal"),
                                     QStringLiteral("no document access rule"));
    if (Status s = m_access->checkAction(caller, before, *action); !s)
        return errorResponse(s.error());
    const Procedure procedure = m_procedures.value(before.procedureCode);
    auto outcome = Workflow::run(before, *action, toOfficial(caller), m_calendar, procedure, now);
    if (!outcome) {
        HttpResponse r = errorResponse(outcome.error());
        if (r.status == 409) {
            QJsonObject o = QJsonDocument::fromJson(r.body).object();
            o.insert(QStringLiteral("dossier"), json::toJson(before));
            r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
        return r;
    }
    if (action->kind == ActionKind::Forward) {
        auto a = m_db->exec(QStringLiteral("SELECT 1 FROM agencies WHERE code = ?"),
                            {outcome->dossier.agencyCode});
        if (!a)
            return errorResponse(a.error());
        if (!a->next())
            return HttpResponse::problem(
                400, QStringLiteral("action.unknown_agency"),
                QStringLiteral("no agency with code %1").arg(outcome->dossier.agencyCode),
                {{QStringLiteral("path"), QStringLiteral("to_agency")}});
    }
    if (action->kind == ActionKind::AttachDocument) {
        //! Reuse only what the warehouse holds for this applicant: a sha256 of someone
        //! else's document (or of nothing) is refused.
        const QJsonArray comps = action->payload.value(QStringLiteral("components")).toArray();
        for (qsizetype i = 0; i < comps.size(); ++i) {
            const QString sha = comps.at(i).toObject().value(QStringLiteral("sha256")).toString();
            auto w = m_db->exec(
                QStringLiteral("SELECT 1 FROM citizen_documents WHERE id_number = ? AND sha256 = ?"),
                {before.applicant.idNumber, sha});
            if (!w)
                return errorResponse(w.error());
            if (!w->next())
                return HttpResponse::problem(
                    400, QStringLiteral("workflow.not_in_warehouse"),
                    QStringLiteral("document %1 is not in the applicant's e-data warehouse").arg(sha),
                    {{QStringLiteral("path"), QStringLiteral("payload.components[%1].sha256").arg(i)}});
        }
    }
    auto step = m_store->saveChange(before, outcome->dossier, outcome->step);
    if (!step)
        return errorResponse(step.error());
    // The e-data warehouse: results issued to the applicant can be reused later.
    for (const Component &c : outcome->dossier.components) {
        if (c.kind != ComponentKind::Result || before.components.contains(c))
            continue;
        auto w = m_db->exec(
            QStringLiteral(
                "INSERT INTO citizen_documents (id_number, sha256, dossier_id, name, document_code, "
                "kind, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
            {outcome->dossier.applicant.idNumber, c.sha256, before.id, c.name, c.documentCode, toWire(c.kind),
             now.toSecsSinceEpoch()});
        if (!w)
            return errorResponse(w.error());
    }
    if (action->kind == ActionKind::Annotate && req.body.value(QStringLiteral("annotation")).isObject()) {
        QJsonObject a = req.body.value(QStringLiteral("annotation")).toObject();
        a.insert(QStringLiteral("dossier_id"), req.dossierId);
        a.insert(QStringLiteral("author"), caller.username);
        auto ann = json::parse<Annotation>(a, QStringLiteral("annotation"));
        if (!ann)
            return errorResponse(ann.error());
        auto s = m_db->exec(
            QStringLiteral("INSERT INTO annotations (id, dossier_id, data) VALUES (?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET data = excluded.data"),
            {ann->id, req.dossierId,
             QString::fromUtf8(QJsonDocument(json::toJson(*ann)).toJson(QJsonDocument::Compact))});
        if (!s)
            return errorResponse(s.error());
    }
    const QJsonObject body {{QStringLiteral("dossier"), json::toJson(outcome->dossier)},
                            {QStringLiteral("step"), json::toJson(step.value())}};
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto k = m_db->exec(
        QStringLiteral(
            "INSERT INTO idempotency (key, official_id, request_hash, status, response, created_at) "
            "VALUES (?, ?, ?, 200, ?, ?)"),
        {req.idempotencyKey, caller.id, hash, QString::fromUtf8(bytes), QDateTime::currentSecsSinceEpoch()});
    if (!k) {
        // Unique violation: a twin on another connection won; the caller rolls back and replays.
        auto twin = replay(req.idempotencyKey, caller.id, hash);
        if (twin && twin->status != 0)
            return twin.value();
        return errorResponse(k.error());
    }
    HttpResponse r = HttpResponse::bytes(bytes, "application/json", 200);
    r.header("ETag", '"' + QByteArray::number(outcome->dossier.version) + '"');
    return r;
}

} // namespace motcua::server
