// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcode.h"

#include <memory>
#include <qrencode.h>

namespace motcua::letters {

Result<QrMatrix> encodeQr(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || code->width <= 0)
        return Error::make(Error::Kind::Invalid, QStringLiteral("letters.qr_failed"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The QR code for %1 could not be made."),
                           {text});
    QrMatrix m;
    m.size = code->width;
    m.dark.resize(qsizetype(m.size) * m.size);
    for (qsizetype i = 0; i < m.dark.size(); ++i)
        m.dark[i] = (code->data[i] & 1) != 0; //!< bit 0 of each byte is the module's colour
    return m;
}

} // namespace motcua::letters
