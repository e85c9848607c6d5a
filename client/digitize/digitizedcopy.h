// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
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

} // namespace motcua::digitize
