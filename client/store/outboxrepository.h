// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/action.h"
#include "core/actionpayload.h"
#include "core/dossier.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace motcua {

class Database;

//! Wire ids: pending, sending, failed, conflict, done.
enum class OutboxState {
    Pending, //!< waiting to be sent (also after a transient failure: see attempts/lastError)
    Sending, //!< handed to the network; back to Pending by recoverInterrupted() after a crash
    Failed, //!< refused by the server for good (not a conflict); blocks the dossier's queue
    Conflict, //!< another official acted first; blocks the dossier's queue until the user decides
    Done, //!< accepted by the server (or replayed: the idempotency key made it exactly once)
};

[[nodiscard]] QString toWire(OutboxState state);
[[nodiscard]] std::optional<OutboxState> outboxStateFromWire(QStringView wire);

struct OutboxEntry
{
    qint64 id = 0; //!< local order of the actions
    Action action; //!< as stored (the wire form sent to the server)
    //! The same action parsed once when read: what the push and the batch use. Empty
    //! when the stored payload does not fit its kind (`typeError` says why).
    std::optional<TypedAction> typed;
    std::optional<Error> typeError;
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QString lastError;
    QJsonObject serverResponse; //!< last response body (problem+json or {"dossier","step"})
};

//! The user's actions waiting for the server. Every action is written in the
//! same transaction as its optimistic local change (synchronous=FULL), so a
//! crash at any point leaves either both or neither. Per dossier the actions go
//! out in order: a dossier's queue is blocked by an entry in Failed or Conflict.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db);

    //! Stores the action and the optimistic dossier (Workflow::apply's result)
    //! atomically. The dossier must be cached and have the action's id.
    //! A reused idempotency key is refused ("store.constraint").
    [[nodiscard]] Result<qint64> enqueue(const Action &action, const Dossier &optimistic);

    //! The dossier's next action to send: its oldest entry not done, if Pending.
    [[nodiscard]] Result<std::optional<OutboxEntry>> nextPending(const QString &dossierId);
    //! For every dossier whose oldest entry not done is Pending or Sending, that
    //! entry, in the order the actions were taken.
    [[nodiscard]] Result<QList<OutboxEntry>> nextPendingPerDossier();
    [[nodiscard]] Result<std::optional<OutboxEntry>> get(qint64 id);
    //! Entries in order; done ones only when asked.
    [[nodiscard]] Result<QList<OutboxEntry>> list(bool includeDone = false);
    //! Entries not done (pending, sending, failed, conflict).
    [[nodiscard]] Result<int> openCount();

    [[nodiscard]] Status markSending(qint64 id);
    //! A transient failure (network, 5xx, 429): back to Pending, attempts + 1.
    [[nodiscard]] Status markRetry(qint64 id, const QString &error);
    //! Accepted: Done, and the server's resulting dossier settles the local
    //! state (the server copy replaces the optimistic one once no action of the
    //! dossier is left; until then it is kept beside it).
    [[nodiscard]] Status markDone(qint64 id, const std::optional<Dossier> &serverDossier,
                                  const QJsonObject &response = {});
    //! Refused for good (validation, forbidden...): Failed, kept for the user.
    [[nodiscard]] Status markFailed(qint64 id, const QString &error, const QJsonObject &response = {});
    //! Another official acted first: Conflict; the server's current dossier (from
    //! the 409 body) is stored as the server copy for the user to compare.
    [[nodiscard]] Status markConflict(qint64 id, const QString &error,
                                      const std::optional<Dossier> &serverDossier,
                                      const QJsonObject &response = {});
    //! After a restart: entries left in Sending go back to Pending (the
    //! idempotency key makes a resend safe). Returns how many.
    [[nodiscard]] Result<int> recoverInterrupted();
    //! The user chose the server's state over their own: removes the dossier's
    //! pending, failed and conflicting actions and restores the server copy.
    //! Refused while one of them is being sent.
    [[nodiscard]] Status discardLocalChanges(const QString &dossierId);
    //! Replaces the payload of an entry not yet handed to the network (a batch's
    //! sign_result gets its time-stamped document). Stale "store.outbox_moved" when
    //! the entry is no longer pending (it was sent meanwhile).
    [[nodiscard]] Status replacePendingPayload(qint64 id, const ActionPayload &payload);

private:
    [[nodiscard]] Status setState(qint64 id, OutboxState state, int addAttempts, const QString &error,
                                  const QJsonObject &response);
    //! The entry's final state and the server's dossier settling the local one, together.
    [[nodiscard]] Status settle(qint64 id, OutboxState state, const QString &error,
                                const std::optional<Dossier> &serverDossier, const QJsonObject &response);
    [[nodiscard]] Result<QList<OutboxEntry>> select(const QString &sql, const QVariantList &binds);

    Database &m_db;
};

} // namespace motcua
