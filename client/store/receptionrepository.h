// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dossier.h"
#include "core/reception.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace motcua {

class Database;

//! A dossier received at this desk, waiting to be created on the server.
struct ReceptionEntry
{
    enum class State { Pending, Sending, Failed, Done };
    qint64 id = 0;
    QString dossierId;
    QString code;
    QString idempotencyKey;
    QJsonObject body; //!< the POST /dossiers body
    State state = State::Pending;
    int attempts = 0;
    QString lastError;
};

//! The desk's reserved code blocks and its queue of receptions (tables
//! code_blocks and receptions). A reception and its local dossier are written in
//! one transaction with the sequence number they spend, so a crash leaves either
//! a queued dossier with its number used, or nothing; a number is never printed twice.
class ReceptionRepository
{
public:
    explicit ReceptionRepository(Database &db)
        : m_db(db)
    { }

    [[nodiscard]] Status addBlock(const CodeReservation &block);
    //! Numbers left in the agency's blocks.
    [[nodiscard]] Result<qint64> remaining(const QString &agencyCode);

    //! Takes the next reserved number and queues the reception built with it by
    //! `make` (which gets the reservation id and number and returns the request
    //! and the local dossier), all in one transaction. Error "reception.no_codes"
    //! when no number is left.
    using Maker
        = std::function<Result<std::pair<ReceptionRequest, Dossier>>(qint64 reservationId, qint64 seq)>;
    [[nodiscard]] Result<Dossier> receive(const QString &agencyCode, const QString &idempotencyKey,
                                          const Maker &make);

    //! Pending and interrupted (sending) entries, oldest first.
    [[nodiscard]] Result<QList<ReceptionEntry>> pending();
    [[nodiscard]] Result<QList<ReceptionEntry>> list();
    [[nodiscard]] Status markSending(qint64 id);
    [[nodiscard]] Status markRetry(qint64 id, const QString &error);
    [[nodiscard]] Status markFailed(qint64 id, const QString &error);
    //! Done; the server's dossier replaces the local copy.
    [[nodiscard]] Status markDone(qint64 id, const Dossier &fromServer);

private:
    [[nodiscard]] Status setState(qint64 id, const char *state, int addAttempts, const QString &error);
    Database &m_db;
};

} // namespace motcua
