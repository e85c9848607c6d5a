// SPDX-License-Identifier: GPL-3.0-or-later
#include "signatureappearance.h"

#include "pdfobject.h"
#include "pdfparser.h"
#include "pngimage.h"
#include "truetypefont.h"

#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QRectF>
#include <QStandardPaths>
#include <algorithm>
#include <optional>

namespace motcua::signing {

namespace {
struct CachedFont
{
    std::shared_ptr<TrueTypeFont> font;
    QByteArray compressed;
};

Result<CachedFont> cachedFont(const QString &path)
{
    //! Batches sign hundreds of files: parse and compress the font once.
    static QMutex mutex;
    static QMap<QString, CachedFont> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(path); it != cache.constEnd())
        return it.value();
    auto font = TrueTypeFont::load(path);
    if (!font)
        return font.error();
    CachedFont c {font.value(), pdfDeflate(font.value()->data())};
    cache.insert(path, c);
    return c;
}

QByteArray stream(const QByteArray &dict, const QByteArray &data)
{
    return dict + "\nstream\n" + data + "\nendstream";
}

QByteArray fmt(double v)
{
    return QByteArray::number(v, 'f', 2);
}

//! An image XObject (and its /SMask) placed at `rect` in the form's space.
struct PlacedImage
{
    PngImage image;
    QRectF rect;
    int num = 0;
    int maskNum = 0;
};

QByteArray imageObject(const PngImage &img, int maskNum)
{
    const QByteArray data = pdfDeflate(img.samples);
    QByteArray dict = "<</Type/XObject/Subtype/Image/Width " + QByteArray::number(img.width) + "/Height "
        + QByteArray::number(img.height) + "/ColorSpace/" + (img.components == 1 ? "DeviceGray" : "DeviceRGB")
        + "/BitsPerComponent 8/Filter/FlateDecode";
    if (maskNum > 0)
        dict += "/SMask " + QByteArray::number(maskNum) + " 0 R";
    dict += "/Length " + QByteArray::number(data.size()) + ">>";
    return stream(dict, data);
}

QByteArray maskObject(const PngImage &img)
{
    const QByteArray data = pdfDeflate(img.alpha);
    return stream("<</Type/XObject/Subtype/Image/Width " + QByteArray::number(img.width) + "/Height "
                      + QByteArray::number(img.height)
                      + "/ColorSpace/DeviceGray/BitsPerComponent 8/Filter/FlateDecode/Length "
                      + QByteArray::number(data.size()) + ">>",
                  data);
}

//! Lays out the signature image and the seal (over the signature's left third)
//! at the left of the box, at most 55% of its width.
Result<QList<PlacedImage>> layoutImages(const SignatureAppearance::Images &images, QSizeF size, double margin)
{
    QList<PlacedImage> out;
    std::optional<PngImage> sig, seal;
    if (!images.signaturePng.isEmpty()) {
        auto r = PngImage::load(images.signaturePng);
        if (!r)
            return r.error();
        sig = std::move(r.value());
    }
    if (!images.sealPng.isEmpty()) {
        auto r = PngImage::load(images.sealPng);
        if (!r)
            return r.error();
        seal = std::move(r.value());
    }
    const double h = size.height() - 2 * margin;
    double sealW = seal ? h * seal->width / seal->height : 0;
    const double sigH = seal ? h * 0.75 : h;
    double sigW = sig ? sigH * sig->width / sig->height : 0;
    double sigX = seal ? sealW * 2 / 3 : 0;
    double total = sig ? std::max(sealW, sigX + sigW) : sealW;
    const double scale = total > size.width() * 0.55 ? size.width() * 0.55 / total : 1.0;
    if (sig)
        out.append(
            {*sig,
             QRectF(margin + sigX * scale, margin + (h - sigH * scale) / 2, sigW * scale, sigH * scale)});
    if (seal)
        out.append({*seal, QRectF(margin, margin + (h - h * scale) / 2, sealW * scale, h * scale)});
    return out;
}
} // namespace

QString SignatureAppearance::defaultFontPath()
{
    const QStringList candidates {
        QStringLiteral("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
        QStringLiteral("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"),
        QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
        QStringLiteral("C:/Windows/Fonts/times.ttf"),
    };
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c))
            return c;
    }
    return {};
}

Result<SignatureAppearance::Objects> SignatureAppearance::build(int &nextNum, QSizeF size,
                                                                const QStringList &lines,
                                                                const QString &fontPath, double fontSize,
                                                                const Images &images)
{
    Objects out;
    out.formNum = nextNum++;
    const QByteArray bbox = "[0 0 " + fmt(size.width()) + ' ' + fmt(size.height()) + ']';
    if ((lines.isEmpty() && images.isEmpty()) || size.isEmpty()) {
        out.objects.append(
            {out.formNum, stream("<</Type/XObject/Subtype/Form/BBox " + bbox + "/Length 0>>", {})});
        return out;
    }
    const double margin = 2;
    QList<PlacedImage> placed;
    double textX = margin;
    if (!images.isEmpty()) {
        auto laid = layoutImages(images, size, margin);
        if (!laid)
            return laid.error();
        placed = std::move(laid.value());
        for (const PlacedImage &p : placed)
            textX = std::max(textX, p.rect.right() + 4);
    }
    QByteArray imageContent;
    QByteArray xobjects;
    for (qsizetype i = 0; i < placed.size(); ++i) {
        PlacedImage &p = placed[i];
        p.num = nextNum++;
        if (!p.image.alpha.isEmpty())
            p.maskNum = nextNum++;
        const QByteArray name = "/Im" + QByteArray::number(i + 1);
        imageContent += "q\n" + fmt(p.rect.width()) + " 0 0 " + fmt(p.rect.height()) + ' '
            + fmt(p.rect.left()) + ' ' + fmt(p.rect.top()) + " cm\n" + name + " Do\nQ\n";
        xobjects += name + ' ' + QByteArray::number(p.num) + " 0 R";
        out.objects.append({p.num, imageObject(p.image, p.maskNum)});
        if (p.maskNum > 0)
            out.objects.append({p.maskNum, maskObject(p.image)});
    }
    const QByteArray xobjectRes = xobjects.isEmpty() ? QByteArray() : "/XObject<<" + xobjects + ">>";
    if (lines.isEmpty()) {
        out.objects.prepend({out.formNum,
                             stream("<</Type/XObject/Subtype/Form/BBox " + bbox + "/Resources<<" + xobjectRes
                                        + ">>/Length " + QByteArray::number(imageContent.size()) + ">>",
                                    imageContent)});
        return out;
    }
    const double textW = size.width() - textX - margin;

    const QString path = fontPath.isEmpty() ? defaultFontPath() : fontPath;
    auto cached = cachedFont(path);
    if (!cached)
        return cached.error();
    const TrueTypeFont &font = *cached->font;

    // Glyph strings and the glyphs used (for /W and /ToUnicode).
    QMap<quint16, char32_t> used;
    QList<QByteArray> encoded;
    int widest = 0;
    for (const QString &line : lines) {
        QByteArray enc;
        int width = 0;
        for (const char32_t cp : line.normalized(QString::NormalizationForm_C).toUcs4()) {
            const quint16 g = font.glyph(cp);
            if (g == 0)
                return Error::make(Error::Kind::Invalid, QStringLiteral("signing.font_glyph"),
                                   QT_TRANSLATE_NOOP("motcua::Error",
                                                     "The signature font has no glyph for the character %1."),
                                   {QString::fromUcs4(&cp, 1)});
            enc += char(g >> 8);
            enc += char(g & 0xff);
            width += font.advance(g);
            used.insert(g, cp);
        }
        widest = std::max(widest, width);
        encoded.append(enc);
    }
    double fs = fontSize;
    if (widest > 0 && widest * fs / 1000.0 > textW)
        fs = textW * 1000.0 / widest;
    const double leading = fs * 1.2;
    if (leading * lines.size() > size.height() - 2 * margin)
        fs = std::min(fs, (size.height() - 2 * margin) / (1.2 * lines.size()));
    const double lead = fs * 1.2;

    QByteArray content = imageContent + "q\n0 0 0 rg\nBT\n/F1 " + fmt(fs) + " Tf\n" + fmt(lead) + " TL\n"
        + fmt(textX) + ' ' + fmt(size.height() - margin - fs * font.ascent() / 1000.0) + " Td\n";
    for (qsizetype i = 0; i < encoded.size(); ++i)
        content += (i ? "T*\n<" : "<") + encoded[i].toHex().toUpper() + "> Tj\n";
    content += "ET\nQ\n";

    const int type0 = nextNum++, cid = nextNum++, desc = nextNum++, file = nextNum++, toUni = nextNum++;
    const QByteArray name = '/' + font.postScriptName();
    out.objects.append({out.formNum,
                        stream("<</Type/XObject/Subtype/Form/BBox " + bbox + "/Resources<<" + xobjectRes
                                   + "/Font<</F1 " + QByteArray::number(type0) + " 0 R>>>>/Length "
                                   + QByteArray::number(content.size()) + ">>",
                               content)});
    out.objects.append({type0,
                        "<</Type/Font/Subtype/Type0/BaseFont" + name + "/Encoding/Identity-H/DescendantFonts["
                            + QByteArray::number(cid) + " 0 R]/ToUnicode " + QByteArray::number(toUni)
                            + " 0 R>>"});
    QByteArray widths = "[";
    for (auto it = used.cbegin(); it != used.cend(); ++it)
        widths += QByteArray::number(it.key()) + '[' + QByteArray::number(font.advance(it.key())) + ']';
    widths += ']';
    out.objects.append(
        {cid,
         "<</Type/Font/Subtype/CIDFontType2/BaseFont" + name
             + "/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor "
             + QByteArray::number(desc) + " 0 R/CIDToGIDMap/Identity/DW 1000/W " + widths + ">>"});
    const QList<int> b = font.bbox();
    out.objects.append(
        {desc,
         "<</Type/FontDescriptor/FontName" + name + "/Flags 34/FontBBox[" + QByteArray::number(b[0]) + ' '
             + QByteArray::number(b[1]) + ' ' + QByteArray::number(b[2]) + ' ' + QByteArray::number(b[3])
             + "]/ItalicAngle 0/Ascent " + QByteArray::number(font.ascent()) + "/Descent "
             + QByteArray::number(font.descent()) + "/CapHeight " + QByteArray::number(font.ascent())
             + "/StemV 80/FontFile2 " + QByteArray::number(file) + " 0 R>>"});
    out.objects.append({file,
                        stream("<</Length " + QByteArray::number(cached->compressed.size()) + "/Length1 "
                                   + QByteArray::number(font.data().size()) + "/Filter/FlateDecode>>",
                               cached->compressed)});
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>> def\n"
                      "/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n";
    QList<std::pair<quint16, char32_t>> pairs;
    for (auto it = used.cbegin(); it != used.cend(); ++it)
        pairs.append({it.key(), it.value()});
    for (qsizetype i = 0; i < pairs.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, pairs.size() - i);
        cmap += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype k = i; k < i + n; ++k) {
            const QString u = QString::fromUcs4(&pairs[k].second, 1);
            QByteArray utf16;
            for (const QChar c : u) {
                utf16 += char(c.unicode() >> 8);
                utf16 += char(c.unicode() & 0xff);
            }
            cmap += '<' + QByteArray::number(pairs[k].first, 16).rightJustified(4, '0').toUpper() + "><"
                + utf16.toHex().toUpper() + ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    out.objects.append({toUni, stream("<</Length " + QByteArray::number(cmap.size()) + ">>", cmap)});
    return out;
}

} // namespace motcua::signing
