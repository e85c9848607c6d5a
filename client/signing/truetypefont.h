// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <memory>

namespace motcua::signing {

//! Just enough of a TrueType font to embed it in a PDF as a CIDFontType2 with
//! Identity-H encoding: Unicode → glyph id (cmap formats 4 and 12), advance
//! widths (hmtx) and the metrics a font descriptor needs. Every table access is
//! bounds checked.
class TrueTypeFont
{
public:
    [[nodiscard]] static Result<std::shared_ptr<TrueTypeFont>> load(const QString &path);
    [[nodiscard]] static Result<std::shared_ptr<TrueTypeFont>> fromData(const QByteArray &data);

    [[nodiscard]] const QByteArray &data() const { return m_data; }
    [[nodiscard]] QByteArray postScriptName() const { return m_name; }
    //! Glyph id for a code point (0 = .notdef: the font lacks it).
    [[nodiscard]] quint16 glyph(char32_t codePoint) const;
    //! Advance width in 1/1000 em.
    [[nodiscard]] int advance(quint16 glyph) const;
    [[nodiscard]] int unitsPerEm() const { return m_unitsPerEm; }
    [[nodiscard]] int ascent() const { return scale(m_ascent); }
    [[nodiscard]] int descent() const { return scale(m_descent); }
    [[nodiscard]] QList<int> bbox() const;

private:
    [[nodiscard]] int scale(int v) const { return m_unitsPerEm ? v * 1000 / m_unitsPerEm : v; }
    [[nodiscard]] quint32 u32(qint64 at) const;
    [[nodiscard]] quint16 u16(qint64 at) const;
    Status parseCmap(qint64 off, qint64 len);

    QByteArray m_data;
    QByteArray m_name = "Font";
    QHash<char32_t, quint16> m_cmap;
    QList<quint16> m_advances;
    int m_unitsPerEm = 1000;
    int m_ascent = 800;
    int m_descent = -200;
    int m_bbox[4] = {0, -200, 1000, 800};
};

} // namespace motcua::signing
