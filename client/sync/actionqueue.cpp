// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionqueue.h"

#include "core/workflow.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/referencerepository.h"
#include "store/syncstaterepository.h"

#include <QUuid>
#include <algorithm>

namespace motcua {

Result<Official> ActionQueue::me()
{
    SyncStateRepository state(m_db);
    auto me = state.me();
    if (!me)
        return me.error();
    if (!*me)
        return Error::make(
            Error::Kind::Unauthorized, QStringLiteral("sync.me_missing"),
            QT_TRANSLATE_NOOP("motcua::Error", "Sign in and synchronize once before acting offline."));
    return (*me)->official;
}

Result<QList<ActionKind>> ActionQueue::allowed(const Dossier &dossier)
{
    auto official = me();
    if (!official)
        return official.error();
    return Workflow::allowed(dossier, *official);
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

    Action action;
    action.kind = kind;
    action.dossierId = dossier.id;
    action.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    action.baseVersion = dossier.version;
    action.payload = payload;
    action.createdAt = now.toUTC();
    action.actor = official->username;
    //! The same rules as the server: a refused action never enters the outbox.
    auto optimistic = Workflow::apply(dossier, action, *official, *calendar, p, action.createdAt);
    if (!optimistic)
        return optimistic.error();
    return OutboxRepository(m_db).enqueue(action, *optimistic);
}

} // namespace motcua
