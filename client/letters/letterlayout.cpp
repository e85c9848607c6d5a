// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterlayout.h"

#include "letterfont.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextLayout>

namespace motcua::letters {

QFont LetterPage::font(qreal pt, bool bold, bool italic) const
{
    QFont f(m_family);
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

namespace {
//! Breaks `layout` into lines of width w (device units, the first indented) at the
//! given line height; returns the height taken (device units). The one line
//! breaking of paragraph() and paragraphHeight(), so a measure is what is drawn.
qreal breakLines(QTextLayout &layout, Qt::Alignment align, qreal w, qreal indent, qreal lineHeight)
{
    QTextOption opt(align);
    opt.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(opt);
    layout.setCacheEnabled(true);
    qreal top = 0;
    layout.beginLayout();
    bool first = true;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const qreal in = first ? indent : 0;
        line.setLineWidth(w - in);
        line.setPosition(QPointF(in, top));
        top += lineHeight;
        first = false;
    }
    layout.endLayout();
    return top;
}
} // namespace

qreal LetterPage::paragraph(const QString &text, qreal x, qreal y, qreal w, const QFont &f,
                            Qt::Alignment align, qreal firstIndent, qreal lineSpacing)
{
    QTextLayout layout(text, f, m_p.device());
    const qreal top = breakLines(layout, align, mm(w), mm(firstIndent),
                                 QFontMetricsF(f, m_p.device()).height() * lineSpacing);
    m_p.setFont(f);
    layout.draw(&m_p, QPointF(mm(x), mm(y)));
    return y + top * 25.4 / kLetterDpi;
}

qreal LetterPage::paragraphHeight(const QString &text, qreal w, const QFont &f, qreal firstIndent,
                                  qreal lineSpacing) const
{
    QTextLayout layout(text, f, m_p.device());
    return breakLines(layout, Qt::AlignLeft, mm(w), mm(firstIndent),
                      QFontMetricsF(f, m_p.device()).height() * lineSpacing)
        * 25.4 / kLetterDpi;
}

void LetterPage::hline(qreal x1, qreal x2, qreal y)
{
    m_p.setPen(QPen(Qt::black, mm(0.25)));
    m_p.drawLine(QPointF(mm(x1), mm(y)), QPointF(mm(x2), mm(y)));
}

void LetterPage::rect(qreal x, qreal y, qreal w, qreal h)
{
    m_p.setPen(QPen(Qt::black, mm(0.2)));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(QRectF(mm(x), mm(y), mm(w), mm(h)));
}

void LetterPage::newPage()
{
    if (!m_writer || !m_writer->newPage())
        m_failed = true;
}

qreal LetterPage::textWidth(const QString &text, const QFont &f) const
{
    return QFontMetricsF(f, m_p.device()).horizontalAdvance(text) * 25.4 / kLetterDpi;
}

qreal drawHeading(LetterPage &pg, const LetterHeading &h, qreal left, qreal right, qreal top)
{
    const qreal headW = 70; //!< the agency block (left) and the national heading (right)
    const qreal natX = left + headW + 2, natW = right - natX;
    qreal y = top;
    if (!h.parentAgencyName.trimmed().isEmpty())
        y = pg.paragraph(h.parentAgencyName.toUpper(), left, y, headW, pg.font(12), Qt::AlignHCenter, 0, 1.0);
    const QFont agencyFont = pg.font(12, true);
    y = pg.paragraph(h.agencyName.toUpper(), left, y, headW, agencyFont, Qt::AlignHCenter, 0, 1.0);
    const qreal rule = std::min(headW, pg.textWidth(h.agencyName.toUpper(), agencyFont)) / 3.0;
    pg.hline(left + headW / 2 - rule / 2, left + headW / 2 + rule / 2, y + 1.2);
    const QString number = h.number.isEmpty() ? QStringLiteral("        /TB") : h.number;
    const qreal leftBottom = pg.paragraph(QStringLiteral("Số: %1").arg(number), left, y + 3, headW,
                                          pg.font(13), Qt::AlignHCenter, 0, 1.0);

    qreal ry = pg.paragraph(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), natX, top, natW,
                            pg.font(12, true), Qt::AlignHCenter, 0, 1.0);
    const QString motto = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    const QFont mottoFont = pg.font(13, true);
    ry = pg.paragraph(motto, natX, ry, natW, mottoFont, Qt::AlignHCenter, 0, 1.0);
    const qreal mw = pg.textWidth(motto, mottoFont);
    pg.hline(natX + natW / 2 - mw / 2, natX + natW / 2 + mw / 2, ry + 1.2);
    const QString place = h.place.trimmed().isEmpty() ? QStringLiteral("........") : h.place.trimmed();
    ry = pg.paragraph(QStringLiteral("%1, %2").arg(place, vietnameseDate(h.date)), natX, ry + 3, natW,
                      pg.font(13, false, true), Qt::AlignHCenter, 0, 1.0);
    return std::max(leftBottom, ry);
}

Result<QByteArray> renderA4(const QString &title, const std::function<void(LetterPage &)> &draw)
{
    auto family = loadSerifFamily();
    if (!family)
        return family.error();
    const auto renderError = [] {
        return Error::make(Error::Kind::Internal, QStringLiteral("letters.render"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The PDF of the letter could not be written."));
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kLetterDpi);
        writer.setCreator(QStringLiteral("Một Cửa Desk"));
        writer.setTitle(title);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return renderError();
        painter.setRenderHint(QPainter::Antialiasing);
        LetterPage pg(painter, *family, &writer);
        draw(pg);
        if (!painter.end() || pg.failed())
            return renderError();
    }
    if (!bytes.startsWith("%PDF-"))
        return renderError();
    return bytes;
}

QString vietnameseDate(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("ngày ..... tháng ..... năm ........");
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year());
}

QDate vietnamDate(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(7 * 3600).date() : QDate();
}

} // namespace motcua::letters
