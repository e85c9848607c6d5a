// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace motcua::signing {
class Signer;
class TsaClient;
} // namespace motcua::signing

namespace motcua::digitize {

struct DigitizedCopyOptions
{
    QString agencyName; //!< the receiving agency, on the stamp
    QDateTime time; //!< defaults to now
    signing::TsaClient *tsa = nullptr; //!< PAdES B-T when set
};

//! Signs an assembled scan as the receiving official's digitized copy (bản sao điện tử
//! số hóa từ bản giấy): PAdES with the Decree 30/2020 copy stamp at the top right of
//! page 1, so the copy carries legal value and counts as digitized.
//! TODO(i17-onepath): route through the single signing service once it is merged.
[[nodiscard]] Result<QByteArray> signDigitizedCopy(const QByteArray &pdf, signing::Signer &signer,
                                                   const DigitizedCopyOptions &options);

} // namespace motcua::digitize
