// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageassembler.h"

#include "imagepdfwriter.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace motcua::digitize {

namespace {

constexpr int kMaxSide = 40000;

//! What a JPEG's header says, read without decoding it.
struct JpegInfo
{
    int width = 0;
    int height = 0;
    int components = 0;
    int precision = 0;
    double dpi = 0;
};

std::optional<JpegInfo> readJpegHeader(const QByteArray &d)
{
    if (d.size() < 4 || uchar(d[0]) != 0xFF || uchar(d[1]) != 0xD8)
        return std::nullopt;
    JpegInfo info;
    qsizetype i = 2;
    const auto u8 = [&](qsizetype at) { return int(uchar(d[at])); };
    const auto u16 = [&](qsizetype at) { return (u8(at) << 8) | u8(at + 1); };
    while (i + 4 <= d.size()) {
        if (u8(i) != 0xFF)
            return std::nullopt;
        const int marker = u8(i + 1);
        if (marker == 0xFF) {
            ++i;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            i += 2;
            continue;
        }
        const int len = u16(i + 2);
        if (len < 2 || i + 2 + len > d.size())
            return std::nullopt;
        const qsizetype seg = i + 4;
        if (marker == 0xE0 && len >= 14 && d.mid(seg, 5) == QByteArray("JFIF\0", 5)) {
            const int units = u8(seg + 7);
            const int x = u16(seg + 8);
            if (units == 1)
                info.dpi = x;
            else if (units == 2)
                info.dpi = x * 2.54;
        }
        const bool sof
            = (marker >= 0xC0 && marker <= 0xCF) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof && len >= 8) {
            info.precision = u8(seg);
            info.height = u16(seg + 1);
            info.width = u16(seg + 3);
            info.components = u8(seg + 5);
            //! Arithmetic coding (C9-CF) and lossless JPEG are rare and not all readers take them.
            if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2)
                return std::nullopt;
            return info;
        }
        if (marker == 0xDA)
            return std::nullopt;
        i += 2 + len;
    }
    return std::nullopt;
}

Error unreadable(const QString &path, const QString &why)
{
    return Error::make(Error::Kind::Invalid, QStringLiteral("digitize.unreadable"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The scan %1 cannot be read: %2"),
                       {QFileInfo(path).fileName(), why}, path);
}

double dpiOf(const QImage &img, int fallback)
{
    const double dpi = img.dotsPerMeterX() * 0.0254;
    return (dpi >= 50 && dpi <= 2400) ? dpi : fallback;
}

QSizeF pagePoints(int w, int h, double dpi)
{
    return {w * 72.0 / dpi, h * 72.0 / dpi};
}

//! True when a grey image holds only black and white (a text scan in "black and white" mode).
bool isBilevel(const QImage &grey)
{
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *row = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            if (row[x] != 0 && row[x] != 255)
                return false;
        }
    }
    return true;
}

PdfImagePage bilevelPage(const QImage &grey)
{
    const QImage mono = grey.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
    //! PDF DeviceGray 1-bit: 0 is black. Qt's bits are colour-table indexes.
    const bool invert = qGray(mono.color(0)) >= 128;
    const int rowBytes = (mono.width() + 7) / 8;
    QByteArray raw;
    raw.reserve(qsizetype(rowBytes) * mono.height());
    for (int y = 0; y < mono.height(); ++y) {
        const char *row = reinterpret_cast<const char *>(mono.constScanLine(y));
        if (!invert) {
            raw.append(row, rowBytes);
        } else {
            for (int b = 0; b < rowBytes; ++b)
                raw.append(char(~row[b]));
        }
    }
    PdfImagePage p;
    p.filter = PdfImagePage::Filter::Flate;
    p.data = qCompress(raw, 9).mid(4); //!< qCompress = 4-byte length + a zlib stream
    p.width = mono.width();
    p.height = mono.height();
    p.components = 1;
    p.bitsPerComponent = 1;
    return p;
}

Result<PdfImagePage> jpegPage(const QImage &img, int quality)
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    QImageWriter writer(&buf, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(img))
        return Error::make(Error::Kind::Internal, QStringLiteral("digitize.encode"),
                           QT_TRANSLATE_NOOP("motcua::Error", "A page could not be compressed: %1"),
                           {writer.errorString()});
    const auto info = readJpegHeader(out);
    if (!info || (info->components != 1 && info->components != 3))
        return Error::make(Error::Kind::Internal, QStringLiteral("digitize.encode"),
                           QT_TRANSLATE_NOOP("motcua::Error", "A page could not be compressed: %1"),
                           {QStringLiteral("unexpected JPEG")});
    PdfImagePage p;
    p.filter = PdfImagePage::Filter::Dct;
    p.data = out;
    p.width = info->width;
    p.height = info->height;
    p.components = info->components;
    return p;
}

Result<PdfImagePage> page(const ScanPage &scan, const AssembleOptions &o)
{
    QFile f(scan.path);
    if (!f.open(QIODevice::ReadOnly))
        return unreadable(scan.path, f.errorString());
    const QByteArray bytes = f.readAll();
    f.close();
    const auto jpeg = readJpegHeader(bytes);
    if (jpeg && jpeg->precision == 8 && (jpeg->components == 1 || jpeg->components == 3)) {
        const double dpi = jpeg->dpi >= 50 && jpeg->dpi <= 2400 ? jpeg->dpi : o.defaultDpi;
        if (dpi <= o.maxDpi + 1) {
            PdfImagePage p;
            p.data = bytes;
            p.width = jpeg->width;
            p.height = jpeg->height;
            p.components = jpeg->components;
            p.sizePt = pagePoints(p.width, p.height, dpi);
            p.rotate = scan.rotation;
            return p;
        }
    }
    QBuffer in;
    in.setData(bytes);
    in.open(QIODevice::ReadOnly);
    QImageReader reader(&in);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxSide || size.height() > kMaxSide))
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("digitize.too_large"),
            QT_TRANSLATE_NOOP("motcua::Error", "The scan %1 is too large (%2 x %3 pixels)."),
            {QFileInfo(scan.path).fileName(), QString::number(size.width()), QString::number(size.height())},
            scan.path);
    QImage img = reader.read();
    if (img.isNull())
        return unreadable(scan.path, reader.errorString());
    double dpi = dpiOf(img, o.defaultDpi);
    QSizeF pt = pagePoints(img.width(), img.height(), dpi);
    if (dpi > o.maxDpi + 1) {
        img = img.scaled(qRound(img.width() * o.maxDpi / dpi), qRound(img.height() * o.maxDpi / dpi),
                         Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        dpi = o.maxDpi;
    }
    if (img.hasAlphaChannel()) {
        //! Transparent parts of a scan are paper: flatten on white.
        const QImage argb = img.convertToFormat(QImage::Format_ARGB32);
        QImage flat(img.size(), QImage::Format_RGB32);
        for (int y = 0; y < img.height(); ++y) {
            const QRgb *src = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
            QRgb *dst = reinterpret_cast<QRgb *>(flat.scanLine(y));
            for (int x = 0; x < img.width(); ++x) {
                const int a = qAlpha(src[x]);
                dst[x] = qRgb((qRed(src[x]) * a + 255 * (255 - a)) / 255,
                              (qGreen(src[x]) * a + 255 * (255 - a)) / 255,
                              (qBlue(src[x]) * a + 255 * (255 - a)) / 255);
            }
        }
        img = flat;
    }
    Result<PdfImagePage> p = Error();
    if (img.allGray()) {
        const QImage grey = img.convertToFormat(QImage::Format_Grayscale8);
        if (isBilevel(grey))
            p = bilevelPage(grey);
        else
            p = jpegPage(grey, o.jpegQuality);
    } else {
        p = jpegPage(img.convertToFormat(QImage::Format_RGB888), o.jpegQuality);
    }
    if (!p)
        return p.error();
    p->sizePt = pt;
    p->rotate = scan.rotation;
    return p;
}

} // namespace

QStringList scanSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
            QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("bmp")};
}

Result<QByteArray> assemblePdf(const QList<ScanPage> &pages, const AssembleOptions &options)
{
    if (pages.isEmpty())
        return Error::make(Error::Kind::Invalid, QStringLiteral("digitize.no_pages"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Add at least one scanned page."));
    QList<PdfImagePage> out;
    out.reserve(pages.size());
    for (const ScanPage &s : pages) {
        auto p = page(s, options);
        if (!p)
            return p.error();
        out.append(std::move(*p));
    }
    return writeImagePdf(out, QByteArrayLiteral("Mot Cua Desk (digitized at the one-stop desk)"));
}

} // namespace motcua::digitize
