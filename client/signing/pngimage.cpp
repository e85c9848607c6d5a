// SPDX-License-Identifier: GPL-3.0-or-later
#include "pngimage.h"

#include "pdfobject.h"
#include "pdfparser.h"

#include <QFile>
#include <QtEndian>
#include <cstdlib>
#include <cstring>

namespace motcua::signing {

namespace {
Error imageError(const QString &detail)
{
    return Error::make(Error::Kind::Invalid, QStringLiteral("signing.image"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The image cannot be used for a signature: %1."),
                       {detail});
}

int paeth(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
    if (pa <= pb && pa <= pc)
        return a;
    return pb <= pc ? b : c;
}
} // namespace

Result<PngImage> PngImage::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return imageError(path + QStringLiteral(": ") + f.errorString());
    if (f.size() > 16 * 1024 * 1024)
        return imageError(QStringLiteral("larger than 16 MB"));
    return decode(f.readAll());
}

Result<PngImage> PngImage::decode(const QByteArray &png)
{
    static const QByteArray magic("\x89PNG\r\n\x1a\n", 8);
    if (!png.startsWith(magic))
        return imageError(QStringLiteral("not a PNG file"));
    qsizetype pos = 8;
    int width = 0, height = 0, depth = 0, colorType = -1, interlace = 0;
    QByteArray idat, palette, transparency;
    bool ended = false;
    while (pos + 12 <= png.size()) {
        const quint32 len = qFromBigEndian<quint32>(png.constData() + pos);
        const QByteArray type = png.mid(pos + 4, 4);
        if (len > quint32(png.size()) || pos + 12 + qsizetype(len) > png.size())
            return imageError(QStringLiteral("truncated chunk ") + QString::fromLatin1(type));
        const char *data = png.constData() + pos + 8;
        if (type == "IHDR" && len >= 13) {
            width = int(qFromBigEndian<quint32>(data));
            height = int(qFromBigEndian<quint32>(data + 4));
            depth = quint8(data[8]);
            colorType = quint8(data[9]);
            interlace = quint8(data[12]);
        } else if (type == "PLTE") {
            palette = QByteArray(data, len);
        } else if (type == "tRNS") {
            transparency = QByteArray(data, len);
        } else if (type == "IDAT") {
            idat.append(data, len);
        } else if (type == "IEND") {
            ended = true;
            break;
        }
        pos += 12 + len;
    }
    if (!ended || width <= 0 || height <= 0 || idat.isEmpty())
        return imageError(QStringLiteral("truncated or corrupt PNG"));
    if (width > 8000 || height > 8000)
        return imageError(QStringLiteral("larger than 8000 pixels"));
    if (depth != 8 || interlace != 0
        || !(colorType == 0 || colorType == 2 || colorType == 3 || colorType == 4 || colorType == 6))
        return imageError(
            QStringLiteral("only 8-bit grey, RGB or palette PNG files without interlacing are supported"));
    if (colorType == 3 && (palette.isEmpty() || palette.size() % 3 != 0))
        return imageError(QStringLiteral("missing palette"));

    const int channels = colorType == 0 || colorType == 3 ? 1 : colorType == 2 ? 3 : colorType == 4 ? 2 : 4;
    const qsizetype stride = qsizetype(width) * channels;
    const qsizetype expected = (stride + 1) * height;
    auto raw = pdfInflate(idat, PdfObject(), expected + 1);
    if (!raw || raw->size() < expected)
        return imageError(QStringLiteral("corrupt image data"));

    PngImage img;
    img.width = width;
    img.height = height;
    img.components = (colorType == 0 || colorType == 4) ? 1 : 3;
    const bool hasAlpha = colorType == 4 || colorType == 6 || (colorType == 3 && !transparency.isEmpty());
    img.samples.resize(qsizetype(width) * height * img.components);
    if (hasAlpha)
        img.alpha.resize(qsizetype(width) * height);

    QByteArray prev(stride, '\0'), cur(stride, '\0');
    const auto *in = reinterpret_cast<const quint8 *>(raw->constData());
    for (int y = 0; y < height; ++y) {
        const quint8 filter = in[y * (stride + 1)];
        auto *c = reinterpret_cast<quint8 *>(cur.data());
        std::memcpy(c, in + y * (stride + 1) + 1, size_t(stride));
        if (!unfilterPngRow(filter, c, reinterpret_cast<const quint8 *>(prev.constData()), stride, channels))
            return imageError(QStringLiteral("corrupt row filter"));
        for (int x = 0; x < width; ++x) {
            const quint8 *px = c + qsizetype(x) * channels;
            const qsizetype o = qsizetype(y) * width + x;
            if (colorType == 3) {
                const int i = px[0];
                if (i * 3 + 2 >= palette.size())
                    return imageError(QStringLiteral("palette index out of range"));
                for (int k = 0; k < 3; ++k)
                    img.samples[o * 3 + k] = palette[i * 3 + k];
                if (hasAlpha)
                    img.alpha[o] = i < transparency.size() ? transparency[i] : char(0xff);
                continue;
            }
            for (int k = 0; k < img.components; ++k)
                img.samples[o * img.components + k] = char(px[k]);
            if (hasAlpha)
                img.alpha[o] = char(px[channels - 1]);
        }
        std::swap(prev, cur);
    }
    return img;
}

bool unfilterPngRow(int filter, quint8 *row, const quint8 *prev, qsizetype length, qsizetype bpp)
{
    if (filter < 0 || filter > 4)
        return false;
    for (qsizetype x = 0; x < length; ++x) {
        const int a = x >= bpp ? row[x - bpp] : 0;
        const int b = prev[x];
        const int c = x >= bpp ? prev[x - bpp] : 0;
        int v = row[x];
        switch (filter) {
        case 1:
            v += a;
            break;
        case 2:
            v += b;
            break;
        case 3:
            v += (a + b) / 2;
            break;
        case 4:
            v += paeth(a, b, c);
            break;
        default: //!< 0: none
            break;
        }
        row[x] = quint8(v);
    }
    return true;
}

} // namespace motcua::signing
