// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxrepository.h"

#include "core/json.h"
#include "database.h"
#include "dossierrepository.h"
#include "fieldcipher.h"
#include "outboxnotifier.h"
#include "statements.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace motcua {

namespace {

constexpr const char *kStateNames[] = {"pending", "sending", "failed", "conflict", "done"};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

//! A stored payload or response (sealed with the profile's key, fieldcipher.h);
//! one that does not open reads as empty, like unparsable JSON.
QJsonObject object(const FieldCipher *cipher, const QVariant &v)
{
    if (v.isNull())
        return {};
    auto text = fields::open(cipher, v);
    if (!text)
        return {};
    return QJsonDocument::fromJson(text->toUtf8()).object();
}

Error notFound(qint64 id)
{
    return Error::make(Error::Kind::NotFound, QStringLiteral("store.outbox_missing"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The pending action no longer exists."))
        .withDetail(QString::number(id));
}

} // namespace

QString toWire(OutboxState state)
{
    return QString::fromLatin1(kStateNames[int(state)]);
}

std::optional<OutboxState> outboxStateFromWire(QStringView wire)
{
    for (int i = 0; i < 5; ++i) {
        if (wire == QLatin1String(kStateNames[i]))
            return OutboxState(i);
    }
    return std::nullopt;
}

OutboxRepository::OutboxRepository(Database &db)
    : m_db(db)
{ }

Result<qint64> OutboxRepository::enqueue(const Action &action, const Dossier &optimistic)
{
    if (action.dossierId.isEmpty() || action.dossierId != optimistic.id)
        return Error::make(Error::Kind::Invalid, QStringLiteral("store.action_mismatch"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The action does not belong to this dossier."));
    if (action.idempotencyKey.isEmpty())
        return Error::make(Error::Kind::Invalid, QStringLiteral("store.idempotency_key_missing"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The action has no idempotency key."));
    qint64 id = 0;
    Status s = m_db.write([&]() -> Status {
        const QDateTime created
            = action.createdAt.isValid() ? action.createdAt : QDateTime::currentDateTimeUtc();
        auto q = m_db.run(sql::kInsertOutbox,
                          {action.dossierId, toWire(action.kind),
                           fields::seal(m_db.fieldCipher(), compact(action.payload)), action.idempotencyKey,
                           action.baseVersion, action.actor, created.toMSecsSinceEpoch(),
                           QDateTime::currentMSecsSinceEpoch()});
        if (!q)
            return q.error();
        if (!(*q)->next())
            return Database::sqliteError(1, QStringLiteral("outbox insert returned no id"));
        id = (*q)->value(0).toLongLong();
        (*q)->finish();
        m_db.afterCommit(
            [dossierId = action.dossierId] { Q_EMIT OutboxNotifier::instance()->workQueued(dossierId); });
        DossierRepository dossiers(m_db);
        return dossiers.writeLocal(optimistic);
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<OutboxEntry>> OutboxRepository::select(const QString &sqlText, const QVariantList &binds)
{
    auto q = m_db.run(sqlText, binds);
    if (!q)
        return q.error();
    QList<OutboxEntry> out;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        OutboxEntry e;
        e.id = r.value(0).toLongLong();
        e.action.dossierId = r.value(1).toString();
        const auto kind = actionKindFromWire(r.value(2).toString());
        const auto state = outboxStateFromWire(r.value(8).toString());
        if (!kind || !state) {
            (*q)->finish();
            return Error::make(Error::Kind::Storage, QStringLiteral("store.corrupt"),
                               QT_TRANSLATE_NOOP("motcua::Error", "The local cache file is damaged."))
                .withDetail(QStringLiteral("outbox %1: kind %2, state %3")
                                .arg(e.id)
                                .arg(r.value(2).toString(), r.value(8).toString()));
        }
        e.action.kind = *kind;
        e.action.payload = object(m_db.fieldCipher(), r.value(3));
        e.action.idempotencyKey = r.value(4).toString();
        e.action.baseVersion = r.value(5).toLongLong();
        e.action.actor = r.value(6).toString();
        e.action.createdAt = QDateTime::fromMSecsSinceEpoch(r.value(7).toLongLong(), Qt::UTC);
        if (auto typed = TypedAction::fromAction(e.action))
            e.typed = std::move(typed.value());
        else
            e.typeError = typed.error();
        e.state = *state;
        e.attempts = r.value(9).toInt();
        e.lastError = r.value(10).toString();
        e.serverResponse = object(m_db.fieldCipher(), r.value(11));
        out.append(std::move(e));
    }
    (*q)->finish();
    return out;
}

Result<std::optional<OutboxEntry>> OutboxRepository::nextPending(const QString &dossierId)
{
    auto rows = select(sql::kOutboxHeadForDossier, {dossierId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty() || rows->first().state != OutboxState::Pending)
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(rows->first());
}

Result<QList<OutboxEntry>> OutboxRepository::nextPendingPerDossier()
{
    return select(sql::kOutboxHeads, {});
}

Result<std::optional<OutboxEntry>> OutboxRepository::get(qint64 id)
{
    auto rows = select(sql::kOutboxById, {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(rows->first());
}

Result<QList<OutboxEntry>> OutboxRepository::list(bool includeDone)
{
    return select(includeDone ? sql::kOutboxAll : sql::kOutboxNotDone, {});
}

Result<int> OutboxRepository::openCount()
{
    auto v = m_db.scalar(sql::kOutboxCountOpen);
    if (!v)
        return v.error();
    return v->toInt();
}

Status OutboxRepository::setState(qint64 id, OutboxState state, int addAttempts, const QString &error,
                                  const QJsonObject &response)
{
    const QVariant responseValue
        = response.isEmpty() ? QVariant() : fields::seal(m_db.fieldCipher(), compact(response));
    if (Status s = m_db.exec(
            sql::kOutboxSetState,
            {toWire(state), addAttempts, error, responseValue, QDateTime::currentMSecsSinceEpoch(), id});
        !s)
        return s;
    auto changed = m_db.scalar(sql::kChanges);
    if (!changed)
        return changed.error();
    return changed->toInt() == 1 ? Status() : Status(notFound(id));
}

Status OutboxRepository::markSending(qint64 id)
{
    return setState(id, OutboxState::Sending, 0, QString(), {});
}

Status OutboxRepository::markRetry(qint64 id, const QString &error)
{
    return setState(id, OutboxState::Pending, 1, error, {});
}

Status OutboxRepository::settle(qint64 id, OutboxState state, const QString &error,
                                const std::optional<Dossier> &serverDossier, const QJsonObject &response)
{
    return m_db.write([&]() -> Status {
        auto entry = get(id);
        if (!entry)
            return entry.error();
        if (!entry->has_value())
            return notFound(id);
        if (Status s = setState(id, state, 1, error, response); !s)
            return s;
        DossierRepository dossiers(m_db);
        return dossiers.settle((*entry)->action.dossierId, serverDossier);
    });
}

Status OutboxRepository::markDone(qint64 id, const std::optional<Dossier> &serverDossier,
                                  const QJsonObject &response)
{
    return settle(id, OutboxState::Done, QString(), serverDossier, response);
}

Status OutboxRepository::markFailed(qint64 id, const QString &error, const QJsonObject &response)
{
    return setState(id, OutboxState::Failed, 1, error, response);
}

Status OutboxRepository::markConflict(qint64 id, const QString &error,
                                      const std::optional<Dossier> &serverDossier,
                                      const QJsonObject &response)
{
    return settle(id, OutboxState::Conflict, error, serverDossier, response);
}

Result<int> OutboxRepository::recoverInterrupted()
{
    if (Status s = m_db.exec(sql::kOutboxResetSending, {QDateTime::currentMSecsSinceEpoch()}); !s)
        return s.error();
    auto changed = m_db.scalar(sql::kChanges);
    if (!changed)
        return changed.error();
    return changed->toInt();
}

Status OutboxRepository::replacePendingPayload(qint64 id, const ActionPayload &payload)
{
    return m_db.write([&]() -> Status {
        if (Status s = m_db.exec(sql::kOutboxReplacePendingPayload,
                                 {fields::seal(m_db.fieldCipher(), compact(toJson(payload))), id});
            !s)
            return s;
        auto changed = m_db.scalar(sql::kChanges);
        if (!changed)
            return changed.error();
        if (changed->toInt() != 1)
            return Error::make(Error::Kind::Stale, QStringLiteral("store.outbox_moved"),
                               QT_TRANSLATE_NOOP("motcua::Error", "The action was sent meanwhile."));
        return Status();
    });
}

Status OutboxRepository::discardLocalChanges(const QString &dossierId)
{
    return m_db.write([&]() -> Status {
        auto sending = m_db.scalar(sql::kOutboxSendingForDossier, {dossierId});
        if (!sending)
            return sending.error();
        if (sending->toInt() > 0)
            return Error::make(
                Error::Kind::Conflict, QStringLiteral("store.action_in_flight"),
                QT_TRANSLATE_NOOP("motcua::Error",
                                  "An action of this dossier is being sent; try again in a moment."));
        if (Status s = m_db.exec(sql::kOutboxDiscardForDossier, {dossierId}); !s)
            return s;
        DossierRepository dossiers(m_db);
        return dossiers.restoreServerCopy(dossierId);
    });
}

} // namespace motcua
