// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
//! Drawing helpers shared by the documents in the Decree 30/2020 layout (the
//! apology letter, the indicator report).

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <QTextLayout>
#include <QTextOption>

namespace motcua::letters {

constexpr int kDpi = 300;

//! Draws text on the letter; positions and widths in millimetres.
class Page
{
public:
    Page(QPainter &p, const QString &family)
        : m_p(p)
        , m_family(family)
    { }

    static qreal mm(qreal v) { return v * kDpi / 25.4; }

    QFont font(qreal pt, bool bold = false, bool italic = false) const
    {
        QFont f(m_family);
        f.setPointSizeF(pt);
        f.setBold(bold);
        f.setItalic(italic);
        f.setKerning(true);
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    //! One paragraph in [x, x + w] from y (mm), wrapped; returns the y below it (mm).
    qreal paragraph(const QString &text, qreal x, qreal y, qreal w, const QFont &f, Qt::Alignment align,
                    qreal firstIndent = 0, qreal lineSpacing = 1.15)
    {
        QTextLayout layout(text, f, m_p.device());
        QTextOption opt(align);
        opt.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(opt);
        layout.setCacheEnabled(true);
        const QFontMetricsF fm(f, m_p.device());
        const qreal lineHeight = fm.height() * lineSpacing;
        qreal top = 0;
        layout.beginLayout();
        bool first = true;
        while (true) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            const qreal indent = first ? mm(firstIndent) : 0;
            line.setLineWidth(mm(w) - indent);
            line.setPosition(QPointF(indent, top));
            top += lineHeight;
            first = false;
        }
        layout.endLayout();
        m_p.setFont(f);
        layout.draw(&m_p, QPointF(mm(x), mm(y)));
        return y + top * 25.4 / kDpi;
    }

    void hline(qreal x1, qreal x2, qreal y)
    {
        m_p.setPen(QPen(Qt::black, mm(0.25)));
        m_p.drawLine(QPointF(mm(x1), mm(y)), QPointF(mm(x2), mm(y)));
    }

    qreal textWidth(const QString &text, const QFont &f) const
    {
        return QFontMetricsF(f, m_p.device()).horizontalAdvance(text) * 25.4 / kDpi;
    }

private:
    QPainter &m_p;
    QString m_family;
};

} // namespace motcua::letters
