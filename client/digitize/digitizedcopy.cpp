// SPDX-License-Identifier: GPL-3.0-or-later
#include "digitizedcopy.h"

#include "signing/pdfsigner.h"

#include <QTimeZone>

namespace motcua::digitize {

Result<signing::SignedDocument> signDigitizedCopy(const QByteArray &pdf, signing::Signer &signer,
                                                  const DigitizedCopyOptions &options)
{
    signing::SignRequest r;
    r.pdf = pdf;
    r.signer = &signer;
    r.signingTime = (options.time.isValid() ? options.time : QDateTime::currentDateTimeUtc())
                        .toTimeZone(QTimeZone(7 * 3600));
    r.placement.kind = signing::Placement::Kind::CopyStampTopRight;
    r.appearance.lines = signing::PdfSigner::copyAppearanceLines(QStringLiteral("BẢN SỐ HÓA TỪ BẢN GIẤY"),
                                                                 options.agencyName, r.signingTime);
    r.reason = QStringLiteral("Số hóa hồ sơ tại Bộ phận Một cửa");
    r.tsaUrl = options.tsaUrl;
    r.timestampPolicy = options.tsaUrl.isEmpty() ? signing::TimestampPolicy::None
                                                 : signing::TimestampPolicy::FallBackAndQueue;
    return signing::SigningService::sign(r);
}

} // namespace motcua::digitize
