// SPDX-License-Identifier: GPL-3.0-or-later
#include "receptionhandlers.h"

#include "actionservice.h"
#include "core/json.h"
#include "core/reception.h"
#include "database.h"
#include "dossierstore.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace motcua::server {

namespace {

constexpr qint64 kClockSkewSeconds = 300;
constexpr int kMaxBlock = 1000;

bool isDeskStaff(const Caller &c)
{
    return c.hasRole(QStringLiteral("desk_staff"));
}

HttpResponse notDeskStaff()
{
    return HttpResponse::problem(403, QStringLiteral("reception.forbidden"),
                                 QStringLiteral("only one-stop desk staff receive dossiers"));
}

//! Takes `count` numbers from the agency's counter inside the caller's transaction; returns the first.
Result<qint64> allocate(Database *db, const QString &agency, qint64 count)
{
    auto init
        = db->exec(QStringLiteral("INSERT INTO code_counters (agency_code, last_seq) SELECT ?, COUNT(*) "
                                  "FROM dossiers WHERE 1 = 1 ON CONFLICT (agency_code) DO NOTHING"),
                   {agency});
    if (!init)
        return init.error();
    auto q = db->exec(
        QStringLiteral(
            "UPDATE code_counters SET last_seq = last_seq + ? WHERE agency_code = ? RETURNING last_seq"),
        {count, agency});
    if (!q)
        return q.error();
    if (!q->next())
        return Database::storageError(QStringLiteral("code_counters"), QStringLiteral("no counter row"));
    return q->value(0).toLongLong() - count + 1;
}

struct Creation
{
    ServerContext &ctx;
    ActionService *actions;
    const Caller &caller;
    QString key;
    QString hash;
};

//! Runs inside the transaction: everything or nothing is written.
HttpResponse createLocked(Creation &c, ReceptionRequest req)
{
    Database *db = c.ctx.db;
    auto again = ActionService::replayStored(db, c.key, c.caller.id, c.hash);
    if (!again)
        return errorResponse(again.error());
    if (again->status != 0)
        return again.value();
    if (req.dossierId.isEmpty())
        req.dossierId = QStringLiteral("HS-") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    auto exists = c.ctx.store->load(req.dossierId);
    if (!exists)
        return errorResponse(exists.error());
    if (exists->has_value())
        return HttpResponse::problem(
            409, QStringLiteral("reception.dossier_exists"),
            QStringLiteral("a dossier with id %1 exists already").arg(req.dossierId));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime receivedAt = now;
    qint64 seq = 0;
    if (req.reservationId) {
        auto r = db->exec(
            QStringLiteral("SELECT agency_code, first_seq, last_seq, created_at FROM code_reservations "
                           "WHERE id = ?"),
            {*req.reservationId});
        if (!r)
            return errorResponse(r.error());
        if (!r->next() || r->value(0).toString() != c.caller.agencyCode)
            return HttpResponse::problem(400, QStringLiteral("reception.unknown_reservation"),
                                         QStringLiteral("reservation %1 does not belong to agency %2")
                                             .arg(*req.reservationId)
                                             .arg(c.caller.agencyCode),
                                         {{QStringLiteral("path"), QStringLiteral("reservation.id")}});
        if (req.reservedSeq < r->value(1).toLongLong() || req.reservedSeq > r->value(2).toLongLong())
            return HttpResponse::problem(400, QStringLiteral("reception.seq_outside_reservation"),
                                         QStringLiteral("sequence %1 is outside reservation %2 (%3..%4)")
                                             .arg(req.reservedSeq)
                                             .arg(*req.reservationId)
                                             .arg(r->value(1).toLongLong())
                                             .arg(r->value(2).toLongLong()),
                                         {{QStringLiteral("path"), QStringLiteral("reservation.seq")}});
        const qint64 reservedAt = r->value(3).toLongLong();
        r->finish();
        if (req.receivedAt.isValid()) {
            //! Offline reception counts from when the desk received it, within what can be true:
            //! not before the block was handed out, not in the future.
            const qint64 t = req.receivedAt.toSecsSinceEpoch();
            if (t < reservedAt - kClockSkewSeconds || t > now.toSecsSinceEpoch() + kClockSkewSeconds)
                return HttpResponse::problem(
                    400, QStringLiteral("reception.received_at_out_of_bounds"),
                    QStringLiteral("received_at must lie between the reservation and now"),
                    {{QStringLiteral("path"), QStringLiteral("received_at")}});
            receivedAt = qMin(req.receivedAt.toUTC(), now);
        }
        seq = req.reservedSeq;
        auto used = db->exec(
            QStringLiteral("SELECT dossier_id FROM reserved_uses WHERE agency_code = ? AND seq = ?"),
            {c.caller.agencyCode, seq});
        if (!used)
            return errorResponse(used.error());
        if (used->next())
            return HttpResponse::problem(409, QStringLiteral("reception.seq_used"),
                                         QStringLiteral("sequence %1 was already used by dossier %2")
                                             .arg(seq)
                                             .arg(used->value(0).toString()),
                                         {{QStringLiteral("path"), QStringLiteral("reservation.seq")}});
        auto u = db->exec(
            QStringLiteral("INSERT INTO reserved_uses (agency_code, seq, dossier_id) VALUES (?, ?, ?)"),
            {c.caller.agencyCode, seq, req.dossierId});
        if (!u)
            return errorResponse(u.error());
    } else {
        auto s = allocate(db, c.caller.agencyCode, 1);
        if (!s)
            return errorResponse(s.error());
        seq = *s;
    }
    const Procedure procedure = c.actions->procedures().value(req.procedureCode);
    const Dossier d
        = reception::makeDossier(req, procedure, c.actions->calendar(), c.caller.agencyCode, seq, receivedAt);
    auto feedSeq = db->nextSeq();
    if (!feedSeq)
        return errorResponse(feedSeq.error());
    //! The dossier's history starts with its reception by this official ("Tiếp nhận hồ sơ").
    HistoryStep step;
    step.id = d.id + QStringLiteral("-received");
    step.dossierId = d.id;
    step.action = ActionKind::Receive;
    step.actor = c.caller.username;
    step.actorName = c.caller.fullName;
    step.agencyCode = c.caller.agencyCode;
    step.fromState = d.state;
    step.toState = d.state;
    step.at = d.receivedAt;
    step.recordedAt = now;
    if (Status s = c.ctx.store->insert(d, {step}, *feedSeq); !s) {
        const QString why = s.error().detail;
        if (why.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
            || why.contains(QLatin1String("duplicate key")))
            return HttpResponse::problem(409, QStringLiteral("reception.code_taken"),
                                         QStringLiteral("the code %1 is taken").arg(d.code));
        return errorResponse(s.error());
    }
    if (Status s
        = c.ctx.store->appendAudit(c.caller.username, d.id, QStringLiteral("receive"), QString(),
                                   toWire(d.state), d.code + QLatin1Char(' ') + toWire(d.service.channel));
        !s)
        return errorResponse(s.error());
    const QByteArray bytes = QJsonDocument(QJsonObject {{QStringLiteral("dossier"), json::toJson(d)}})
                                 .toJson(QJsonDocument::Compact);
    auto k = db->exec(
        QStringLiteral("INSERT INTO idempotency (key, official_id, request_hash, status, response, "
                       "created_at) VALUES (?, ?, ?, 201, ?, ?)"),
        {c.key, c.caller.id, c.hash, QString::fromUtf8(bytes), now.toSecsSinceEpoch()});
    if (!k)
        return errorResponse(k.error());
    HttpResponse r = HttpResponse::bytes(bytes, "application/json", 201);
    r.header("ETag", '"' + QByteArray::number(d.version) + '"');
    r.header("Location", "/api/v1/dossiers/" + d.id.toUtf8());
    return r;
}

//! Checks what needs no lock: role, key, body, procedure, documents.
HttpResponse create(ServerContext &ctx, ActionService *actions, const HttpRequest &req, const Caller &caller)
{
    static const QRegularExpression keyRe(QStringLiteral("^[\\x21-\\x7e]{8,200}$"));
    if (!isDeskStaff(caller))
        return notDeskStaff();
    const QString key = QString::fromLatin1(req.header("idempotency-key"));
    if (!keyRe.match(key).hasMatch())
        return HttpResponse::problem(
            400, QStringLiteral("request.idempotency_key_required"),
            QStringLiteral("the Idempotency-Key header (8 to 200 visible ASCII characters) "
                           "is required"));
    auto body = parseJsonBody(req, ctx.config.maxJsonBody);
    if (!body)
        return errorResponse(body.error());
    const QString hash
        = AuthService::sha256Hex("POST /dossiers\n" + QJsonDocument(*body).toJson(QJsonDocument::Compact));
    auto first = ActionService::replayStored(ctx.db, key, caller.id, hash);
    if (!first)
        return errorResponse(first.error());
    if (first->status != 0)
        return first.value();
    auto parsed = reception::parse(*body);
    if (!parsed)
        return errorResponse(parsed.error());
    if (!actions->procedures().contains(parsed->procedureCode))
        return HttpResponse::problem(400, QStringLiteral("reception.unknown_procedure"),
                                     QStringLiteral("no procedure with code %1").arg(parsed->procedureCode),
                                     {{QStringLiteral("path"), QStringLiteral("procedure_code")}});
    for (qsizetype i = 0; i < parsed->components.size(); ++i) {
        //! A component is a document this agency uploaded, or one of the applicant's in the warehouse.
        const QString sha = parsed->components.at(i).sha256;
        auto q = ctx.db->exec(
            QStringLiteral("SELECT 1 FROM document_uploads WHERE sha256 = ? AND agency_code = ? "
                           "UNION ALL SELECT 1 FROM citizen_documents WHERE sha256 = ? AND "
                           "id_number = ? LIMIT 1"),
            {sha, caller.agencyCode, sha, parsed->applicant.idNumber});
        if (!q)
            return errorResponse(q.error());
        if (!q->next())
            return HttpResponse::problem(
                400, QStringLiteral("reception.document_missing"),
                QStringLiteral("document %1 was not uploaded (PUT /documents/{sha256} first)").arg(sha),
                {{QStringLiteral("path"), QStringLiteral("components[%1].sha256").arg(i)}});
    }
    if (auto s = ctx.db->begin(); !s)
        return errorResponse(s.error());
    Creation c {ctx, actions, caller, key, hash};
    HttpResponse resp = createLocked(c, *parsed);
    if (resp.status == 201 && resp.headerValue("Idempotent-Replayed").isEmpty()) {
        if (auto s = ctx.db->commit(); !s) {
            ctx.db->rollback();
            auto twin = ActionService::replayStored(ctx.db, key, caller.id, hash);
            if (twin && twin->status != 0)
                return twin.value();
            return errorResponse(s.error());
        }
        return resp;
    }
    ctx.db->rollback();
    if (resp.status >= 500) {
        //! Lost a race on a primary key to a twin of this very request: answer what it stored.
        auto twin = ActionService::replayStored(ctx.db, key, caller.id, hash);
        if (twin && twin->status != 0)
            return twin.value();
    }
    return resp;
}

HttpResponse reserve(ServerContext &ctx, const HttpRequest &req, const Caller &caller)
{
    if (!isDeskStaff(caller))
        return notDeskStaff();
    auto body = parseJsonBody(req, ctx.config.maxJsonBody);
    if (!body)
        return errorResponse(body.error());
    const QString desk = body->value(QStringLiteral("desk_id")).toString();
    if (!isSafeId(desk))
        return HttpResponse::problem(400, QStringLiteral("request.invalid_field"),
                                     QStringLiteral("desk_id must be 1-100 letters, digits, '-', '_' or '.'"),
                                     {{QStringLiteral("path"), QStringLiteral("desk_id")}});
    const QJsonValue countValue = body->value(QStringLiteral("count"));
    const int count = countValue.toInt(0);
    if (!countValue.isDouble() || count < 1 || count > kMaxBlock || countValue.toDouble() != count)
        return HttpResponse::problem(400, QStringLiteral("request.invalid_field"),
                                     QStringLiteral("count must be an integer from 1 to %1").arg(kMaxBlock),
                                     {{QStringLiteral("path"), QStringLiteral("count")}});
    if (auto s = ctx.db->begin(); !s)
        return errorResponse(s.error());
    auto fail = [&ctx](const Error &e) {
        ctx.db->rollback();
        return errorResponse(e);
    };
    auto first = allocate(ctx.db, caller.agencyCode, count);
    if (!first)
        return fail(first.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto ins = ctx.db->exec(
        QStringLiteral("INSERT INTO code_reservations (agency_code, official_id, desk_id, "
                       "first_seq, last_seq, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {caller.agencyCode, caller.id, desk, *first, *first + count - 1, now});
    if (!ins)
        return fail(ins.error());
    if (!ins->next())
        return fail(Database::storageError(QStringLiteral("code_reservations"), QStringLiteral("no id")));
    const qint64 id = ins->value(0).toLongLong();
    ins->finish();
    if (auto s = ctx.db->commit(); !s)
        return fail(s.error());
    return HttpResponse::json(
        {{QStringLiteral("id"), double(id)},
         {QStringLiteral("agency_code"), caller.agencyCode},
         {QStringLiteral("desk_id"), desk},
         {QStringLiteral("first"), double(*first)},
         {QStringLiteral("last"), double(*first + count - 1)},
         {QStringLiteral("created_at"), isoOrNull(QDateTime::fromSecsSinceEpoch(now, Qt::UTC))}},
        201);
}

HttpResponse citizen(ServerContext &ctx, const QString &idNumber)
{
    if (!isSafeId(idNumber))
        return HttpResponse::problem(
            400, QStringLiteral("request.invalid_id"),
            QStringLiteral("ids are 1-100 characters of letters, digits, '-', '_' and '.'"));
    //! The reference server has no population database: the people of its demo
    //! dossiers stand in for it. A province plugs its own connection in here.
    auto q = ctx.db->exec(
        QStringLiteral(
            "SELECT data FROM dossiers WHERE applicant_id = ? ORDER BY updated_at DESC, id LIMIT 1"),
        {idNumber});
    if (!q)
        return errorResponse(q.error());
    if (!q->next())
        return HttpResponse::problem(
            404, QStringLiteral("citizen.not_found"),
            QStringLiteral("no citizen with id number %1 in the population records").arg(idNumber));
    auto d = DossierStore::decode(q->value(0).toByteArray());
    if (!d)
        return errorResponse(d.error());
    QJsonObject o = json::toJson(d->applicant);
    o.insert(QStringLiteral("source"), QStringLiteral("demo_population"));
    o.insert(QStringLiteral("source_note"),
             QStringLiteral(
                 "Stand-in for the national population database: demo records of the reference server"));
    return HttpResponse::json(o);
}

} // namespace

void registerReceptionHandlers(Router &router, ServerContext &ctx, ActionService *actions)
{
    router.add("POST", QStringLiteral("dossiers"), Router::Auth::Required,
               [&ctx, actions](const HttpRequest &req, const RouteMatch &m) {
                   return create(ctx, actions, req, *m.caller);
               });
    router.add("POST", QStringLiteral("desks/reservations"), Router::Auth::Required,
               [&ctx](const HttpRequest &req, const RouteMatch &m) { return reserve(ctx, req, *m.caller); });
    router.add("GET", QStringLiteral("citizens/{}"), Router::Auth::Required,
               [&ctx](const HttpRequest &, const RouteMatch &m) { return citizen(ctx, m.params[0]); });
}

} // namespace motcua::server
