// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/component.h"
#include "core/result.h"
#include "imageassembler.h"
#include "signing/signingservice.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace motcua::digitize {

struct DigitizedCopyOptions
{
    QString agencyName; //!< the receiving agency, on the stamp
    QDateTime time; //!< invalid = now
    QUrl tsaUrl; //!< PAdES B-T when it answers; else B-B with the time stamp queued (remote commune)
};

//! Signs an assembled scan as the receiving official's digitized copy (bản sao điện tử
//! số hóa từ bản giấy) through the one signing service: PAdES with the Decree 30/2020
//! copy stamp at the top right of page 1 naming the signer, so the copy carries legal
//! value and counts as digitized.
[[nodiscard]] Result<signing::SignedDocument>
signDigitizedCopy(const QByteArray &pdf, signing::Signer &signer, const DigitizedCopyOptions &options);

//! One received component: its PDF bytes (to store) and the Component that names them.
struct DigitizedComponent
{
    Component component;
    QByteArray pdf;
};

//! The one path from papers to a dossier component, for `motcua receive` and the
//! reception screen alike: a single PDF file is taken as it is, scans are assembled
//! (order and rotation kept), and with a signer the result is signed as the digitized
//! copy. `documentCode` is the procedure's code of the component (may be empty).
//! Errors: "digitize.unreadable" (a PDF that cannot be read), those of assemblePdf and
//! of the signing service.
[[nodiscard]] Result<DigitizedComponent> digitizeComponent(const QList<ScanPage> &papers, const QString &name,
                                                           const QString &documentCode,
                                                           signing::Signer *signer,
                                                           const DigitizedCopyOptions &options);

} // namespace motcua::digitize
