// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agency.h"
#include "core/component.h"
#include "core/dossier.h"
#include "core/procedure.h"
#include "core/result.h"
#include "letterlayout.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace motcua::letters {

//! The content of an apology letter (thư xin lỗi) for a late dossier. Vietnamese
//! text; dates are calendar dates in Vietnam (UTC+7).
struct ApologyLetter
{
    QString parentAgencyName; //!< governing body on the first line of the heading (may be empty)
    QString agencyName; //!< the agency that apologises
    QString number; //!< "12/TB-SoTP"; empty leaves a blank for the clerk's register number
    QString place; //!< place name before the date, e.g. "Hà Tĩnh"
    QDate date; //!< date of the letter
    QString applicantName;
    QString applicantAddress;
    QString dossierCode;
    QString procedureName;
    QDate receivedOn;
    QDate dueOn; //!< the promised date that was missed
    QString reason; //!< why the dossier is late
    QDate newDate; //!< the new date for returning the result
    QString signerTitle; //!< e.g. "GIÁM ĐỐC"; empty: "THỦ TRƯỞNG CƠ QUAN"
    QString signerName; //!< empty leaves the line for the handwritten name
};

//! Fills a letter from the dossier, the agency holding it (its parent gives the
//! heading's first line) and the procedure. `reason` empty: a neutral default.
[[nodiscard]] ApologyLetter apologyFor(const Dossier &dossier, const Agency &agency, const Agency &parent,
                                       const Procedure &procedure, const QDate &newDate,
                                       const QString &reason, const QDate &today);

//! Renders the letter as a one-page A4 PDF in the administrative layout of
//! Decree 30/2020 (Appendix I), fonts embedded (needs a QGuiApplication).
//! Errors: `letters.font_missing`, `letters.incomplete` (no dossier code,
//! applicant or new date), `letters.render`.
[[nodiscard]] Result<QByteArray> renderApologyPdf(const ApologyLetter &letter);

//! The dossier component for a generated letter (kind apology, unsigned, new id).
[[nodiscard]] Component apologyComponent(const QByteArray &pdf, const QString &dossierCode);

} // namespace motcua::letters
