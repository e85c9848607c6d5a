// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionservice.h"

#include "calendarstore.h"
#include "core/json.h"
#include "core/workflow.h"
#include "database.h"
#include "documentaccess.h"
#include "documenthandlers.h"
#include "router.h"
#include "signing/pdfsignaturevalidator.h"

#include <QFile>
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
    auto cal = CalendarStore(m_db).calendar();
    if (!cal)
        return cal.error();
    m_calendar = *cal;
    auto stamp = m_db->exec(QStringLiteral(
        "SELECT COUNT(*), COALESCE(MAX(updated_at), 0), COALESCE(SUM(LENGTH(data)), 0) FROM calendar_years"));
    if (!stamp)
        return stamp.error();
    if (stamp->next())
        m_calendarStamp
            = QStringLiteral("%1/%2/%3")
                  .arg(stamp->value(0).toString(), stamp->value(1).toString(), stamp->value(2).toString());
    return {};
}

Status ActionService::refreshCalendar()
{
    auto stamp = m_db->exec(QStringLiteral(
        "SELECT COUNT(*), COALESCE(MAX(updated_at), 0), COALESCE(SUM(LENGTH(data)), 0) FROM calendar_years"));
    if (!stamp)
        return stamp.error();
    if (stamp->next()
        && QStringLiteral("%1/%2/%3")
                .arg(stamp->value(0).toString(), stamp->value(1).toString(), stamp->value(2).toString())
            != m_calendarStamp) {
        stamp->finish();
        return reload();
    }
    return {};
}

QDateTime ActionService::now() const
{
    return m_ctx ? m_ctx->clock.now() : QDateTime::currentDateTimeUtc();
}

Status ActionService::checkSigningTime(const Action &action, const QDateTime &at) const
{
    if (action.kind != ActionKind::SignResult || !m_ctx)
        return {};
    const QString sha = action.payload.value(QStringLiteral("component"))
                            .toObject()
                            .value(QStringLiteral("sha256"))
                            .toString();
    QFile f(documentPath(*m_ctx, sha));
    if (sha.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {}; //! not uploaded (yet): the document rules report it, not this one
    signing::PdfSignatureValidator validator;
    auto report = validator.validate(f.readAll());
    if (!report)
        return {};
    //! The time each signature says it was made (/M). A time stamp is no lower bound:
    //! it proves the signature existed by then, and a result signed offline gets its
    //! stamp only when the link returns, days after the official acted. Document time
    //! stamps (B-LTA) say nothing of the signing either.
    QDateTime signedAt;
    for (const signing::SignatureReport &sig : report->signatures) {
        const QDateTime t = sig.subFilter == QLatin1String("ETSI.RFC3161") ? QDateTime() : sig.claimedTime;
        if (t.isValid() && (!signedAt.isValid() || t > signedAt))
            signedAt = t;
    }
    if (signedAt.isValid() && at < signedAt.addSecs(-m_ctx->config.clockSkewSeconds))
        return Error::make(Error::Kind::Invalid, QStringLiteral("action.acted_at_before_signing"),
                           QT_TRANSLATE_NOOP("motcua::Error",
                                             "The result is dated %1 but was signed at %2: an action cannot "
                                             "come before its signature."),
                           {at.toUTC().toString(Qt::ISODate), signedAt.toUTC().toString(Qt::ISODate)},
                           QStringLiteral("acted_at"));
    return {};
}

Result<QDateTime> ActionService::versionTime(const Dossier &d)
{
    auto q = m_db->exec(QStringLiteral("SELECT MAX(at) FROM history WHERE dossier_id = ?"), {d.id});
    if (!q)
        return q.error();
    QDateTime t = d.receivedAt;
    if (q->next() && !q->value(0).isNull()) {
        const QDateTime last = QDateTime::fromSecsSinceEpoch(q->value(0).toLongLong(), Qt::UTC);
        if (!t.isValid() || last > t)
            t = last;
    }
    return t;
}

Result<QDateTime> ActionService::actedAt(const QJsonObject &body, const Dossier &before, const QDateTime &now)
{
    const QJsonValue v = body.value(QStringLiteral("acted_at"));
    if (v.isUndefined() || v.isNull())
        return now;
    const auto problem = [](const QString &code, const char *message, QStringList args = {}) {
        return Error::make(Error::Kind::Invalid, code, message, std::move(args), QStringLiteral("acted_at"));
    };
    const QDateTime t = v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
    if (!t.isValid() || !v.toString().endsWith(QLatin1Char('Z')))
        return problem(
            QStringLiteral("action.acted_at_invalid"),
            QT_TRANSLATE_NOOP(
                "motcua::Error",
                "The time the action was done is not a UTC timestamp (e.g. 2026-11-23T08:30:00Z)."));
    const QDateTime at = t.toUTC();
    const int skew = m_ctx ? m_ctx->config.clockSkewSeconds : 300;
    const int window = m_ctx ? m_ctx->config.offlineWindowDays : 14;
    if (at > now.addSecs(skew))
        return problem(QStringLiteral("action.acted_at_future"),
                       QT_TRANSLATE_NOOP("motcua::Error",
                                         "The action is dated %1, later than the server's time: check this "
                                         "computer's clock and time zone."),
                       {at.toString(Qt::ISODate)});
    if (at < now.addDays(-window))
        return problem(
            QStringLiteral("action.acted_at_too_old"),
            QT_TRANSLATE_NOOP("motcua::Error",
                              "The action was done offline on %1, longer ago than the province allows (%2 "
                              "days): it can no longer be recorded with that date. Do it again now."),
            {at.toString(Qt::ISODate), QString::number(window)});
    auto version = versionTime(before);
    if (!version)
        return version.error();
    if (version->isValid() && at < *version)
        return problem(QStringLiteral("action.acted_at_before_version"),
                       QT_TRANSLATE_NOOP("motcua::Error",
                                         "The action is dated %1, before the version of the dossier it was "
                                         "done on (%2)."),
                       {at.toString(Qt::ISODate), version->toString(Qt::ISODate)});
    return at;
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

Result<HttpResponse> ActionService::replayStored(Database *db, const QString &key, const QString &officialId,
                                                 const QString &hash)
{
    auto q = db->exec(
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
    if (Status s = refreshCalendar(); !s)
        return errorResponse(s.error());
    // Fast path without a lock: a replay of a finished request.
    if (auto answered = answeredBefore(req.idempotencyKey, caller.id, hash))
        return *answered;

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

std::optional<HttpResponse> ActionService::answeredBefore(const QString &key, const QString &officialId,
                                                          const QString &hash)
{
    auto stored = replay(key, officialId, hash);
    if (!stored)
        return errorResponse(stored.error());
    if (stored->status != 0)
        return stored.value();
    return std::nullopt;
}

HttpResponse ActionService::applyLocked(const Caller &caller, const Request &req, qint64 ifMatch,
                                        const QString &hash)
{
    auto loaded = m_store->load(req.dossierId, true);
    if (!loaded)
        return errorResponse(loaded.error());
    // Re-check under the lock: a concurrent twin may have committed meanwhile.
    if (auto answered = answeredBefore(req.idempotencyKey, caller.id, hash))
        return *answered;
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
    const QDateTime recordedAt = now();
    //! Deadlines count when the official acted (offline work), within the bounds.
    auto acted = actedAt(req.body, before, recordedAt);
    if (!acted) {
        HttpResponse r = errorResponse(acted.error());
        r.status = acted.error().code == QLatin1String("action.acted_at_invalid") ? 400 : 422;
        return r;
    }
    const QDateTime at = *acted;
    auto action = json::actionFromRequestBody(req.body, req.dossierId, req.idempotencyKey, ifMatch,
                                              caller.username, at);
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
    if (Status signedAt = checkSigningTime(*action, at); !signedAt) {
        HttpResponse r = errorResponse(signedAt.error());
        r.status = 422;
        return r;
    }
    auto outcome = Workflow::run(before, *action, toOfficial(caller), m_calendar, procedure, at);
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
    outcome->step.recordedAt = recordedAt;
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
             at.toSecsSinceEpoch()});
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
