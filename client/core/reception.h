// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier.h"
#include "procedure.h"
#include "result.h"
#include "servicerecord.h"
#include "workingcalendar.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <optional>

namespace motcua {

//! How the citizen handed the dossier in: the indicators' SubmissionChannel (servicerecord.h).
using Channel = SubmissionChannel;
[[nodiscard]] inline std::optional<Channel> channelFromWire(QStringView wire)
{
    return submissionChannelFromWire(wire);
}

//! A block of sequence numbers the centre reserved for one desk ahead of time,
//! so a desk without a link can print the final code on the slip.
//! Wire (POST /desks/reservations response): {"id","agency_code","first","last","created_at"}.
struct CodeReservation
{
    qint64 id = 0;
    QString agencyCode;
    qint64 first = 0;
    qint64 last = 0; //!< inclusive
    QDateTime createdAt;
};

//! What a desk fills in to receive a dossier: the body of POST /dossiers.
//! Wire: {"id","procedure_code","applicant":{...},"channel","components":[...],
//!        "reservation":{"id","seq"} (optional),"received_at" (only with a reservation)}.
struct ReceptionRequest
{
    QString dossierId; //!< chosen by the client so an offline copy and the server agree
    QString procedureCode;
    Applicant applicant;
    Channel channel = Channel::InPerson;
    QList<Component> components;
    std::optional<qint64> reservationId;
    qint64 reservedSeq = 0;
    QDateTime receivedAt; //!< null = the server's clock (online reception)
};

namespace reception {

//! The national dossier code "<agency>-<yyMMdd>-<sequence>", e.g.
//! "000.00.04.H19-230504-0001": the agency's code, the receipt date in
//! Vietnam's time and the agency's sequence number (at least four digits).
//! Sequence numbers never restart, so codes never collide.
[[nodiscard]] QString dossierCode(const QString &agencyCode, const QDateTime &receivedAt, qint64 seq);

//! The received dossier: code, state received, due date from the legal clock
//! (Workflow::receive, the one place the due date is computed).
[[nodiscard]] Dossier makeDossier(const ReceptionRequest &request, const Procedure &procedure,
                                  const WorkingCalendar &calendar, const QString &agencyCode, qint64 seq,
                                  const QDateTime &receivedAt);

[[nodiscard]] QJsonObject toJson(const ReceptionRequest &request);
//! Strict: unknown channel, missing applicant name or id number, malformed components → Invalid.
[[nodiscard]] Result<ReceptionRequest> parse(const QJsonObject &body);

} // namespace reception
} // namespace motcua
