// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace motcua {

//! One component a procedure asks for. Wire: {"document_code","name","required"}.
struct RequiredComponent
{
    QString documentCode;
    QString name;
    bool required = true;

    bool operator==(const RequiredComponent &) const = default;
};

//! An administrative procedure (thủ tục hành chính). Wire:
//! {"code","name","processing_days","required_components":[...],"retention_years","fee","level",
//!  "fee_wait_excluded"} (the last optional, false when absent).
struct Procedure
{
    QString code; //!< national code, e.g. "1.001234"
    QString name; //!< Vietnamese name
    int processingDays = 0; //!< processing time in working days (0..3650)
    QList<RequiredComponent> requiredComponents;
    int retentionYears = 0; //!< retention period of the archive; 0 = permanent
    qint64 fee = 0; //!< VND, >= 0
    QString level; //!< agency level handling it (same vocabulary as Agency::level)
    //! The procedure's rules exclude the time the applicant takes to pay fees from the
    //! processing time (land procedures): awaiting_payment pauses the clock.
    bool feeWaitExcluded = false;

    bool operator==(const Procedure &) const = default;
};

} // namespace motcua
