// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dossier.h"
#include "core/procedure.h"
#include "core/result.h"
#include "letterlayout.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::letters {

//! Who is at the desk and for what: shared by the three slips of Circular 01/2018/TT-VPCP.
struct SlipParty
{
    LetterHeading heading; //!< the receiving agency (its desk), number, place, date
    QString applicantName;
    QString applicantAddress;
    QString phone;
    QString email;
    QString procedureName;
    QString receiverName; //!< the official at the desk
};

struct SlipComponent
{
    QString name;
    QString form; //!< "Bản số hóa", "Bản chính", "Bản sao"...
    QString note;
};

//! Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Circular 01/2018/TT-VPCP, form 01), with a
//! QR code of the dossier's lookup address so the citizen can follow it.
struct ReceiptSlip
{
    SlipParty party;
    QString dossierCode;
    QList<SlipComponent> components;
    int processingDays = 0;
    QDateTime receivedAt;
    QDateTime dueAt;
    QString returnPlace; //!< where the result is collected
    QString lookupUrl; //!< encoded in the QR code and printed beside it
};

//! Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (form 02): what is missing and why.
struct GuidanceSlip
{
    SlipParty party;
    QStringList requirements;
    QString reason;
    QString contact; //!< who to ask (phone or desk)
};

//! Phiếu từ chối tiếp nhận giải quyết hồ sơ (form 03): the reasons.
struct RefusalSlip
{
    SlipParty party;
    QStringList reasons;
};

//! The place name of a paper from this agency: the proper name of its administrative unit
//! ("Ủy ban nhân dân phường Phan Đình Phùng" -> "Phan Đình Phùng"), empty when the name has none.
[[nodiscard]] QString placeOf(const QString &agencyName);

//! The desk's side of a slip: the agency under its parent, the slip's number (blank
//! before the suffix, e.g. "/TNHS", for the clerk's register), the place (placeOf) and the
//! receiving official.
[[nodiscard]] SlipParty deskParty(const QString &parentAgencyName, const QString &agencyName,
                                  const QString &receiverName, const QString &numberSuffix);

//! The lookup address of a dossier: `base` + the percent-encoded code (base like
//! "https://dichvucong.example.gov.vn/tra-cuu?ma=").
[[nodiscard]] QString lookupAddress(const QString &base, const QString &dossierCode);

//! A receipt slip filled from the received dossier and its procedure.
[[nodiscard]] ReceiptSlip receiptFor(const Dossier &dossier, const Procedure &procedure,
                                     const SlipParty &party, const QString &lookupUrl);

//! One-page A4 PDFs in the Decree 30/2020 layout. Errors: letters.incomplete (no code /
//! applicant / reasons), letters.qr_failed, letters.font_missing, letters.render.
[[nodiscard]] Result<QByteArray> renderReceiptSlip(const ReceiptSlip &slip);
[[nodiscard]] Result<QByteArray> renderGuidanceSlip(const GuidanceSlip &slip);
[[nodiscard]] Result<QByteArray> renderRefusalSlip(const RefusalSlip &slip);

} // namespace motcua::letters
