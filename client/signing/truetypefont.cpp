// SPDX-License-Identifier: GPL-3.0-or-later
#include "truetypefont.h"

#include <QFile>

namespace motcua::signing {

static Error fontError(const QString &detail)
{
    return Error::make(
               Error::Kind::Invalid, QStringLiteral("signing.font"),
               QT_TRANSLATE_NOOP("motcua::Error", "The font for the visible signature cannot be used."))
        .withDetail(detail);
}

quint32 TrueTypeFont::u32(qint64 at) const
{
    if (at < 0 || at + 4 > m_data.size())
        return 0;
    const auto *p = reinterpret_cast<const unsigned char *>(m_data.constData()) + at;
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
}

quint16 TrueTypeFont::u16(qint64 at) const
{
    if (at < 0 || at + 2 > m_data.size())
        return 0;
    const auto *p = reinterpret_cast<const unsigned char *>(m_data.constData()) + at;
    return quint16(p[0] << 8 | p[1]);
}

Result<std::shared_ptr<TrueTypeFont>> TrueTypeFont::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fontError(path + QStringLiteral(": ") + f.errorString());
    return fromData(f.read(32 * 1024 * 1024));
}

Result<std::shared_ptr<TrueTypeFont>> TrueTypeFont::fromData(const QByteArray &data)
{
    auto font = std::make_shared<TrueTypeFont>();
    font->m_data = data;
    const TrueTypeFont &f = *font;
    const quint32 version = f.u32(0);
    if (version != 0x00010000 && version != 0x74727565)
        return fontError(QStringLiteral("not a TrueType font"));
    const int numTables = f.u16(4);
    QHash<QByteArray, std::pair<qint64, qint64>> tables;
    for (int i = 0; i < numTables; ++i) {
        const qint64 rec = 12 + 16 * i;
        const qint64 off = f.u32(rec + 8), len = f.u32(rec + 12);
        if (off + len > data.size())
            return fontError(QStringLiteral("a table outside the file"));
        tables.insert(data.mid(rec, 4), {off, len});
    }
    for (const char *t : {"head", "hhea", "hmtx", "cmap", "maxp"}) {
        if (!tables.contains(t))
            return fontError(QStringLiteral("missing table ") + QLatin1String(t));
    }
    const qint64 head = tables["head"].first;
    font->m_unitsPerEm = f.u16(head + 18);
    if (font->m_unitsPerEm < 16 || font->m_unitsPerEm > 16384)
        return fontError(QStringLiteral("bad unitsPerEm"));
    for (int i = 0; i < 4; ++i)
        font->m_bbox[i] = qint16(f.u16(head + 36 + 2 * i));
    const qint64 hhea = tables["hhea"].first;
    font->m_ascent = qint16(f.u16(hhea + 4));
    font->m_descent = qint16(f.u16(hhea + 6));
    const int numHMetrics = f.u16(hhea + 34);
    const int numGlyphs = f.u16(tables["maxp"].first + 4);
    const auto [hmtx, hmtxLen] = tables["hmtx"];
    if (numHMetrics == 0 || numHMetrics * 4 > hmtxLen)
        return fontError(QStringLiteral("bad hmtx"));
    for (int g = 0; g < numGlyphs; ++g)
        font->m_advances.append(f.u16(hmtx + 4 * std::min(g, numHMetrics - 1)));
    if (auto st = font->parseCmap(tables["cmap"].first, tables["cmap"].second); !st)
        return st.error();
    if (tables.contains("name")) {
        // PostScript name (nameID 6), platform 3 (UTF-16BE) or 1 (Roman).
        const qint64 name = tables["name"].first;
        const int count = f.u16(name + 2);
        const qint64 strings = name + f.u16(name + 4);
        for (int i = 0; i < count; ++i) {
            const qint64 rec = name + 6 + 12 * i;
            if (f.u16(rec + 6) != 6)
                continue;
            const QByteArray raw = data.mid(strings + f.u16(rec + 10), f.u16(rec + 8));
            QByteArray ps;
            const bool wide = f.u16(rec) == 3 || f.u16(rec) == 0;
            for (qsizetype k = wide ? 1 : 0; k < raw.size(); k += wide ? 2 : 1) {
                const char c = raw[k];
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
                    ps += c;
            }
            if (!ps.isEmpty()) {
                font->m_name = ps;
                break;
            }
        }
    }
    return font;
}

Status TrueTypeFont::parseCmap(qint64 cmap, qint64)
{
    const int n = u16(cmap + 2);
    qint64 best = -1;
    int bestFormat = 0;
    for (int i = 0; i < n; ++i) {
        const qint64 rec = cmap + 4 + 8 * i;
        const int platform = u16(rec), encoding = u16(rec + 2);
        const qint64 sub = cmap + u32(rec + 4);
        const int format = u16(sub);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (unicode && (format == 12 || (format == 4 && bestFormat != 12))) {
            best = sub;
            bestFormat = format;
        }
    }
    if (best < 0)
        return fontError(QStringLiteral("no Unicode cmap"));
    if (bestFormat == 12) {
        const quint32 groups = std::min<quint32>(u32(best + 12), 1'000'000);
        for (quint32 i = 0; i < groups; ++i) {
            const qint64 g = best + 16 + 12 * qint64(i);
            const quint32 start = u32(g), end = std::min<quint32>(u32(g + 4), 0x10FFFF), gid = u32(g + 8);
            for (quint32 c = start; c <= end && end - start < 0x10000; ++c)
                m_cmap.insert(char32_t(c), quint16(gid + (c - start)));
        }
        return {};
    }
    const int segX2 = u16(best + 6);
    const qint64 ends = best + 14, starts = ends + segX2 + 2, deltas = starts + segX2,
                 ranges = deltas + segX2;
    for (int s = 0; s < segX2 / 2; ++s) {
        const quint16 end = u16(ends + 2 * s), start = u16(starts + 2 * s), delta = u16(deltas + 2 * s);
        const quint16 ro = u16(ranges + 2 * s);
        for (quint32 c = start; c <= end && c != 0xFFFF; ++c) {
            quint16 g = 0;
            if (ro == 0) {
                g = quint16(c + delta);
            } else {
                const quint16 raw = u16(ranges + 2 * s + ro + 2 * (c - start));
                g = raw ? quint16(raw + delta) : 0;
            }
            if (g)
                m_cmap.insert(char32_t(c), g);
        }
    }
    return {};
}

quint16 TrueTypeFont::glyph(char32_t codePoint) const
{
    return m_cmap.value(codePoint, 0);
}

int TrueTypeFont::advance(quint16 glyph) const
{
    if (m_advances.isEmpty())
        return 0;
    return scale(m_advances.value(glyph, m_advances.last()));
}

QList<int> TrueTypeFont::bbox() const
{
    return {scale(m_bbox[0]), scale(m_bbox[1]), scale(m_bbox[2]), scale(m_bbox[3])};
}

} // namespace motcua::signing
