// SPDX-License-Identifier: GPL-3.0-or-later
#include "digitizedcopy.h"

#include "signing/pdfsigner.h"

#include <QTimeZone>

namespace motcua::digitize {

Result<QByteArray> signDigitizedCopy(const QByteArray &pdf, signing::Signer &signer,
                                     const DigitizedCopyOptions &options)
{
    signing::SignOptions o;
    o.signingTime = (options.time.isValid() ? options.time : QDateTime::currentDateTimeUtc())
                        .toTimeZone(QTimeZone(7 * 3600));
    o.placeTopRight = true;
    o.appearanceLines = signing::PdfSigner::copyAppearanceLines(QStringLiteral("BẢN SỐ HÓA TỪ BẢN GIẤY"),
                                                                options.agencyName, o.signingTime);
    o.appearanceLines.removeAll(QString());
    o.reason = QStringLiteral("Số hóa hồ sơ tại Bộ phận Một cửa");
    o.tsa = options.tsa;
    return signing::PdfSigner::sign(pdf, signer, o);
}

} // namespace motcua::digitize
