// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadline.h"
#include "dossier.h"

#include <QList>
#include <QString>
#include <limits>

//! What the Decision 766 indicators read of a dossier, and nothing more: the
//! inputs of every formula, derived from a dossier in ONE place
//! (indicatorDossier(), indicatorTransfers()). The server derives them from its
//! dossiers; the desktop keeps them as columns of its cache (client/store,
//! tables indicator_dossiers and indicator_transfers, written with each dossier)
//! so that the dashboard reads a compact column scan instead of decoding every
//! dossier. The formulas themselves (client/core/indicators.cpp) only ever see
//! these structs, so both sides compute the same numbers.
//! Nothing personal: dates, states, channel, payment, rating, counts, flags and
//! agency / procedure / official ids.
namespace motcua {

//! A calendar day as the number of days since 1970-01-01.
constexpr qint32 kNoDay = std::numeric_limits<qint32>::min();
constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
//! The day in Vietnam (UTC+7, no daylight saving since 1975) of a UTC instant; kNoDay for a null time.
[[nodiscard]] qint32 vietnamDay(const QDateTime &utc);
[[nodiscard]] qint32 epochDay(const QDate &date); //!< kNoDay for an invalid date
[[nodiscard]] QDate dateOfEpochDay(qint32 day);

//! One dossier's inputs (period rules: receivedDay, finishedDay).
struct IndicatorDossier
{
    QString id;
    QString agency; //!< the agency holding it now
    QString procedure;
    QString official; //!< the assignee's username, or empty
    DossierState state = DossierState::Received;
    bool rejectedAtReception = false;
    qint32 receivedDay = kNoDay;
    qint32 finishedDay = kNoDay;
    qint64 finishedAt = kNoTime; //!< ms since the epoch
    qint64 nationalSyncedAt = kNoTime; //!< ms since the epoch
    SubmissionChannel channel = SubmissionChannel::InPerson;
    PaymentMethod payment = PaymentMethod::None;
    Satisfaction satisfaction = Satisfaction::None;
    //! deadline::finishedOutcome() when finished, Pending otherwise.
    deadline::Outcome outcome = deadline::Outcome::Pending;
    int inputComponents = 0; //!< electronic input components
    int paperComponents = 0; //!< input components kept on paper only
    int reusedComponents = 0; //!< electronic inputs taken from the data warehouse
    int resultComponents = 0;
    bool resultOnPaper = false;
    bool signedResult = false; //!< a result component is signed
    bool apology = false; //!< an apology letter is attached

    bool operator==(const IndicatorDossier &) const = default;
};

//! One forward between agencies, with what its dossier contributes to it (the
//! unit "transfer": counted once, under the agency that sent it).
struct IndicatorTransfer
{
    QString dossierId;
    QString agency; //!< the dossier's agency now
    QString procedure;
    QString official;
    bool rejectedAtReception = false;
    QString fromAgency;
    qint32 day = kNoDay;
    bool electronic = true;

    bool operator==(const IndicatorTransfer &) const = default;
};

//! What the indicators are computed over.
struct IndicatorScope
{
    QList<IndicatorDossier> dossiers;
    QList<IndicatorTransfer> transfers;

    //! The dossiers (and their transfers) held by one agency now; all when empty.
    [[nodiscard]] IndicatorScope ofAgency(const QString &agencyCode) const;
    bool operator==(const IndicatorScope &) const = default;
};

[[nodiscard]] IndicatorDossier indicatorDossier(const Dossier &d);
[[nodiscard]] QList<IndicatorTransfer> indicatorTransfers(const Dossier &d);
//! The scope of a list of dossiers; tombstones are skipped.
[[nodiscard]] IndicatorScope indicatorScope(const QList<Dossier> &dossiers);

} // namespace motcua
