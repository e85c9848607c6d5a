// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionqueue.h"

#include "core/json.h"
#include "core/workflow.h"
#include "store/database.h"
#include "store/dossierrepository.h"
#include "store/outboxrepository.h"
#include "store/referencerepository.h"
#include "store/syncstaterepository.h"

#include <QUuid>
#include <algorithm>

namespace motcua {

Result<json::Me> ActionQueue::cachedMe(Database &db)
{
    auto me = SyncStateRepository(db).me();
    if (!me)
        return me.error();
    if (!*me)
        return Error::make(
            Error::Kind::Unauthorized, QStringLiteral("sync.me_missing"),
            QT_TRANSLATE_NOOP("motcua::Error", "Sign in and synchronize once before acting offline."));
    return **me;
}

Result<Official> ActionQueue::me()
{
    auto me = cachedMe(m_db);
    if (!me)
        return me.error();
    return me->official;
}

Result<QList<ActionKind>> ActionQueue::allowed(const Dossier &dossier)
{
    auto official = me();
    if (!official)
        return official.error();
    return Workflow::allowed(dossier, *official);
}

Result<qint64> ActionQueue::queueTyped(const Dossier &dossier, ActionKind kind, const ActionPayload &payload,
                                       const QDateTime &now)
{
    if (!fitsKind(kind, payload))
        return Error::make(Error::Kind::Internal, QStringLiteral("action.payload_kind"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The action's fields do not fit its kind."));
    return queue(dossier, kind, toJson(payload), now);
}

Result<qint64> ActionQueue::queue(const Dossier &dossier, ActionKind kind, const QJsonObject &payload,
                                  const QDateTime &now)
{
    auto official = me();
    if (!official)
        return official.error();
    ReferenceRepository reference(m_db);
    auto procedure = reference.procedure(dossier.procedureCode);
    if (!procedure)
        return procedure.error();
    auto calendar = reference.workingCalendar();
    if (!calendar)
        return calendar.error();
    if (kind == ActionKind::Forward) {
        //! The directory is data from the centre: a target it does not know would
        //! only come back refused after the link returns.
        const QString target = payload.value(QLatin1String("to_agency")).toString();
        auto agencies = reference.agencies();
        if (!agencies)
            return agencies.error();
        const bool known = std::any_of(agencies->cbegin(), agencies->cend(),
                                       [&](const Agency &a) { return a.code == target; });
        if (!target.isEmpty() && !known)
            return Error::make(Error::Kind::Invalid, QStringLiteral("sync.unknown_agency"),
                               QT_TRANSLATE_NOOP("motcua::Error", "There is no agency with the code %1."),
                               {target}, QStringLiteral("payload.to_agency"));
    }
    Procedure p;
    p.code = dossier.procedureCode;
    if (*procedure)
        p = **procedure;

    QJsonObject body = payload;
    std::optional<Annotation> annotation;
    if (kind == ActionKind::Annotate) {
        //! The optimistic annotation goes into the cache with the outbox entry (below).
        auto a = checkedAnnotation(dossier, body, *official);
        if (!a)
            return a.error();
        annotation = *a;
    }

    Action action;
    action.kind = kind;
    action.dossierId = dossier.id;
    action.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    action.baseVersion = dossier.version;
    action.payload = body;
    action.createdAt = now.toUTC();
    action.actor = official->username;
    //! The same rules as the server: a refused action never enters the outbox.
    auto optimistic = Workflow::apply(dossier, action, *official, *calendar, p, action.createdAt);
    if (!optimistic)
        return optimistic.error();
    if (!annotation)
        return OutboxRepository(m_db).enqueue(action, *optimistic);
    qint64 id = 0;
    Status s = m_db.write([&]() -> Status {
        auto queued = OutboxRepository(m_db).enqueue(action, *optimistic);
        if (!queued)
            return queued.error();
        id = *queued;
        return DossierRepository(m_db).upsertAnnotation(*annotation);
    });
    if (!s)
        return s.error();
    return id;
}

Result<Annotation> ActionQueue::checkedAnnotation(const Dossier &dossier, QJsonObject &payload,
                                                  const Official &official)
{
    QJsonObject o = payload.value(QStringLiteral("annotation")).toObject();
    if (o.value(QStringLiteral("author")).toString().isEmpty())
        o.insert(QStringLiteral("author"), official.username);
    if (o.value(QStringLiteral("dossier_id")).toString().isEmpty())
        o.insert(QStringLiteral("dossier_id"), dossier.id);
    payload.insert(QStringLiteral("annotation"), o);
    auto incoming = json::parse<Annotation>(o, QStringLiteral("payload.annotation"));
    if (!incoming)
        return incoming.error();
    auto stored = DossierRepository(m_db).annotations(dossier.id);
    if (!stored)
        return stored.error();
    std::optional<Annotation> existing;
    for (const Annotation &a : std::as_const(*stored)) {
        if (a.id == incoming->id)
            existing = a;
    }
    if (Status own = Workflow::checkAnnotationChange(existing, *incoming, official); !own)
        return own.error();
    return incoming;
}

} // namespace motcua
