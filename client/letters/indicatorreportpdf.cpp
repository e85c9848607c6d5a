// SPDX-License-Identifier: GPL-3.0-or-later
//! The indicator report's PDF in the Decree 30/2020 layout. Every box is sized
//! from its text: the table's columns from the widest text each must hold on one
//! line (the name column takes the rest), every row from its wrapped text's
//! height, the chart's and the months' rows from their labels' heights; a page
//! ends before a row that would cross the bottom margin. The chart is drawn with
//! QPainter: Qt Charts renders through QGraphicsView (Qt Widgets), which this
//! library must not link (layer rule).
#include "indicatorreport.h"
#include "letterlayout.h"

#include <QPainter>
#include <cmath>

namespace motcua::letters {

namespace {

//! Decree 30/2020: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
constexpr qreal kLeft = 30, kRight = 195, kTop = 20, kBottom = 277;
constexpr qreal kPad = 1; //!< mm between a table cell's rule and its text
constexpr qreal kRowGap = 1.5; //!< mm above and below a chart row's label
constexpr qreal kNameMin = 60; //!< mm the indicator names keep at least

QString ragName(Rag r)
{
    //! In the order of Rag: NoData, Red, Amber, Green.
    static const char *const names[] = {"Chưa có số liệu", "Chưa đạt", "Gần đạt", "Đạt"};
    static_assert(int(Rag::Green) == 3);
    return QString::fromUtf8(names[qBound(0, int(r), 3)]);
}

QString decimal(double v)
{
    return QString::number(v, 'f', 2).replace(QLatin1Char('.'), QLatin1Char(','));
}

QString pct(std::optional<double> v)
{
    return v ? decimal(*v) + QLatin1Char('%') : QStringLiteral("–");
}

QColor ragColour(Rag r)
{
    return r == Rag::Green ? QColor(46, 125, 50)
        : r == Rag::Amber  ? QColor(230, 145, 0)
        : r == Rag::Red    ? QColor(198, 40, 40)
                           : QColor(160, 160, 160);
}

//! The page being drawn, its y (mm) and the boxes laid out so far.
class Drawer
{
public:
    Drawer(LetterPage &pg, QList<ReportBox> *boxes)
        : m_pg(pg)
        , m_boxes(boxes)
    { }

    LetterPage &pg() { return m_pg; }
    qreal y = kTop;

    //! Starts a new page unless `height` mm still fit above the bottom margin.
    //! Returns true when it started one.
    bool ensure(qreal height)
    {
        if (y + height <= kBottom || y <= kTop)
            return false;
        m_pg.newPage();
        ++m_page;
        y = kTop;
        return true;
    }
    //! Draws `text` in the box (x, top, w) and records what it needed.
    void text(const QString &text, qreal x, qreal top, qreal w, qreal givenHeight, const QFont &f,
              Qt::Alignment align, qreal spacing, bool oneLine)
    {
        m_pg.paragraph(text, x, top, w, f, align, 0, spacing);
        if (m_boxes)
            m_boxes->append({m_page, text, w, givenHeight, m_pg.textWidth(text, f),
                             m_pg.paragraphHeight(text, w, f, 0, spacing), oneLine});
    }
    QRectF device(qreal x, qreal top, qreal w, qreal h) const
    {
        return {LetterPage::mm(x), LetterPage::mm(top), LetterPage::mm(w), LetterPage::mm(h)};
    }

private:
    LetterPage &m_pg;
    QList<ReportBox> *m_boxes;
    int m_page = 1;
};

struct TableRow
{
    QStringList cells;
    bool group = false; //!< a group's row (bold, shaded), or the header
};

//! The indicator table: TT, name, result, rate, target, status.
class IndicatorTable
{
public:
    static constexpr int kColumns = 6;
    static constexpr int kName = 1;

    IndicatorTable(Drawer &d, QList<TableRow> rows)
        : m_d(d)
        , m_rows(std::move(rows))
        , m_cell(d.pg().font(10.5))
        , m_bold(d.pg().font(10.5, true))
    {
        //! Every column but the name as wide as its widest text on one line.
        qreal others = 0;
        for (int c = 0; c < kColumns; ++c) {
            if (c == kName)
                continue;
            qreal w = 0;
            for (const TableRow &r : std::as_const(m_rows))
                w = std::max(w, d.pg().textWidth(r.cells.at(c), font(r)));
            m_widths[c] = std::ceil(w + 2 * kPad + 0.5);
            others += m_widths[c];
        }
        m_widths[kName] = kRight - kLeft - others;
        if (m_widths[kName] < kNameMin) {
            //! Too many digits for one line each: the others share what is left (and wrap).
            const qreal scale = (kRight - kLeft - kNameMin) / others;
            for (int c = 0; c < kColumns; ++c)
                m_widths[c] = c == kName ? kNameMin : m_widths[c] * scale;
        }
    }

    void draw()
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            //! The header again on top of a continued table.
            if (m_d.ensure(height(m_rows.at(i))) && i > 0)
                row(m_rows.first());
            row(m_rows.at(i));
        }
    }

private:
    const QFont &font(const TableRow &r) const { return r.group ? m_bold : m_cell; }
    qreal height(const TableRow &r)
    {
        qreal h = 0;
        for (int c = 0; c < kColumns; ++c)
            h = std::max(h,
                         m_d.pg().paragraphHeight(r.cells.at(c), m_widths[c] - 2 * kPad, font(r), 0, 1.05));
        return h + 2 * kPad;
    }
    void row(const TableRow &r)
    {
        QPainter &painter = m_d.pg().painter();
        const qreal h = height(r);
        if (r.group)
            painter.fillRect(m_d.device(kLeft, m_d.y, kRight - kLeft, h), QColor(235, 235, 235));
        qreal x = kLeft;
        for (int c = 0; c < kColumns; ++c) {
            m_d.text(r.cells.at(c), x + kPad, m_d.y + kPad, m_widths[c] - 2 * kPad, h - 2 * kPad, font(r),
                     c == kName ? Qt::AlignLeft : Qt::AlignHCenter, 1.05, c != kName);
            x += m_widths[c];
        }
        painter.setPen(QPen(Qt::black, LetterPage::mm(0.2)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(m_d.device(kLeft, m_d.y, kRight - kLeft, h));
        x = kLeft;
        for (int c = 0; c + 1 < kColumns; ++c) {
            x += m_widths[c];
            painter.drawLine(QPointF(LetterPage::mm(x), LetterPage::mm(m_d.y)),
                             QPointF(LetterPage::mm(x), LetterPage::mm(m_d.y + h)));
        }
        m_d.y += h;
    }

    Drawer &m_d;
    QList<TableRow> m_rows;
    QFont m_cell, m_bold;
    qreal m_widths[kColumns] {};
};

QList<TableRow> tableRows(const IndicatorReport &r)
{
    QList<TableRow> rows {{{QStringLiteral("TT"), QStringLiteral("Chỉ số"), QStringLiteral("Kết quả"),
                            QStringLiteral("Tỷ lệ"), QStringLiteral("Chỉ tiêu"), QStringLiteral("Đánh giá")},
                           true}};
    int n = 0;
    for (IndicatorGroup g : allIndicatorGroups()) {
        const auto gs = std::find_if(r.groups.cbegin(), r.groups.cend(),
                                     [g](const GroupScore &s) { return s.group == g; });
        const QString score = gs != r.groups.cend() && gs->score
            ? QStringLiteral("%1/%2 điểm").arg(decimal(*gs->score)).arg(gs->weight, 0, 'f', 0)
            : QStringLiteral("–");
        rows.append({{QString(), vietnameseGroupName(g), QString(), QString(), QString(), score}, true});
        for (const IndicatorResult &x : r.results) {
            if (x.definition.group != g)
                continue;
            rows.append({{QString::number(++n), x.definition.name,
                          QStringLiteral("%1/%2").arg(x.total.numerator).arg(x.total.denominator),
                          pct(x.total.percent()), pct(x.definition.target), ragName(x.rag)},
                         false});
        }
    }
    return rows;
}

//! Each indicator's rate as a bar against its target (a tick); a row as high as its label.
void drawChart(Drawer &d, const IndicatorReport &r)
{
    LetterPage &pg = d.pg();
    QPainter &painter = pg.painter();
    const QFont label = pg.font(9);
    qreal pctW = 0;
    for (const IndicatorResult &x : r.results)
        pctW = std::max(pctW, pg.textWidth(pct(x.total.percent()), label));
    pctW = std::ceil(pctW + 1);
    const qreal labelW = 70, barX = kLeft + labelW + 2, barW = kRight - barX - pctW - 1, barH = 5;
    for (const IndicatorResult &x : r.results) {
        const qreal labelH = pg.paragraphHeight(x.definition.name, labelW, label, 0, 1.0);
        const qreal rowH = std::max<qreal>(barH + 4, labelH + 2 * kRowGap);
        d.ensure(rowH);
        d.text(x.definition.name, kLeft, d.y + (rowH - labelH) / 2, labelW, rowH - 2 * kRowGap, label,
               Qt::AlignLeft, 1.0, false);
        const qreal barY = d.y + (rowH - barH) / 2;
        const double v = x.total.percent().value_or(0);
        painter.fillRect(d.device(barX, barY, barW, barH), QColor(238, 238, 238));
        painter.fillRect(d.device(barX, barY, barW * v / 100.0, barH), ragColour(x.rag));
        const qreal tx = barX + barW * x.definition.target / 100.0;
        painter.setPen(QPen(Qt::black, LetterPage::mm(0.5)));
        painter.drawLine(QPointF(LetterPage::mm(tx), LetterPage::mm(barY - 1)),
                         QPointF(LetterPage::mm(tx), LetterPage::mm(barY + barH + 1)));
        const QString value = pct(x.total.percent());
        d.text(value, barX + barW + 1, barY + (barH - pg.paragraphHeight(value, pctW, label, 0, 1.0)) / 2,
               pctW, barH, label, Qt::AlignLeft, 1.0, true);
        d.y += rowH;
    }
}

//! The rates per month: as many month columns side by side as fit with their
//! widest rate on one line, in blocks of equal size.
void drawMonths(Drawer &d, const IndicatorReport &r)
{
    LetterPage &pg = d.pg();
    const QFont cell = pg.font(9), bold = pg.font(9, true);
    const qreal nameW = 70, avail = kRight - kLeft - nameW - 2;
    qreal widest = pg.textWidth(QStringLiteral("00/0000"), bold);
    for (const IndicatorResult &x : r.results)
        for (const Tally &t : x.months)
            widest = std::max(widest, pg.textWidth(pct(t.percent()), cell));
    const qsizetype fit = std::max<qsizetype>(1, qsizetype(avail / (widest + 2)));
    const qsizetype blocks = (r.months.size() + fit - 1) / fit;
    const qsizetype perBlock = (r.months.size() + blocks - 1) / blocks;
    const qreal colW = avail / qreal(perBlock);
    const qreal lineH = pg.paragraphHeight(QStringLiteral("0"), nameW, cell, 0, 1.0);
    for (qsizetype from = 0; from < r.months.size(); from += perBlock) {
        const qsizetype to = std::min(r.months.size(), from + perBlock);
        //! The heading and the block's header stay with the first row.
        d.ensure(2 * lineH + 2 * kRowGap + (from == 0 ? 8 : 0));
        if (from == 0)
            d.y = pg.paragraph(QStringLiteral("Theo tháng"), kLeft, d.y, kRight - kLeft, pg.font(12, true),
                               Qt::AlignLeft, 0, 1.1)
                + 1;
        const auto header = [&] {
            d.text(QStringLiteral("Chỉ số"), kLeft, d.y, nameW, lineH, bold, Qt::AlignLeft, 1.0, true);
            for (qsizetype m = from; m < to; ++m)
                d.text(r.months[m].toString(QStringLiteral("MM/yyyy")), kLeft + nameW + 2 + (m - from) * colW,
                       d.y, colW, lineH, bold, Qt::AlignHCenter, 1.0, true);
            d.y += lineH + kRowGap;
        };
        header();
        for (const IndicatorResult &x : r.results) {
            const qreal nameH = pg.paragraphHeight(x.definition.name, nameW, cell, 0, 1.0);
            if (d.ensure(nameH + kRowGap))
                header(); //!< the months again on top of a continued block
            d.text(x.definition.name, kLeft, d.y, nameW, nameH, cell, Qt::AlignLeft, 1.0, false);
            for (qsizetype m = from; m < to && m < x.months.size(); ++m)
                d.text(pct(x.months[m].percent()), kLeft + nameW + 2 + (m - from) * colW, d.y, colW, lineH,
                       cell, Qt::AlignHCenter, 1.0, true);
            d.y += nameH + kRowGap;
        }
        d.y += 2;
    }
}

} // namespace

Result<QByteArray> renderIndicatorReportPdf(const IndicatorReport &r, const ReportHeading &h,
                                            QList<ReportBox> *boxes)
{
    if (boxes)
        boxes->clear();
    const QString docTitle = QStringLiteral("Báo cáo Bộ chỉ số 766 - %1").arg(vietnamesePeriod(r.period));
    return renderA4(docTitle, [&](LetterPage &pg) {
        Drawer d(pg, boxes);
        const qreal natX = kLeft + 70 + 2, natW = kRight - natX;
        d.y = drawHeading(pg,
                          {h.parentAgencyName, h.agencyName,
                           QStringLiteral("        /BC-%1").arg(h.agencyCode), h.place, h.date},
                          kLeft, kRight, kTop)
            + 10;
        d.y = pg.paragraph(QStringLiteral("BÁO CÁO"), kLeft, d.y, kRight - kLeft, pg.font(14, true),
                           Qt::AlignHCenter, 0, 1.0);
        d.y = pg.paragraph(
                  QStringLiteral("Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người "
                                 "dân, doanh nghiệp (Quyết định số 766/QĐ-TTg) - %1")
                      .arg(vietnamesePeriod(r.period)),
                  kLeft + 10, d.y, kRight - kLeft - 20, pg.font(13.5, true), Qt::AlignHCenter, 0, 1.1)
            + 5;
        d.y = pg.paragraph(QStringLiteral("Phạm vi số liệu: %1. Tổng điểm: %2/100.")
                               .arg(h.scopeName, r.score ? decimal(*r.score) : QStringLiteral("–")),
                           kLeft, d.y, kRight - kLeft, pg.font(13), Qt::AlignJustify, 12.7, 1.2)
            + 3;
        IndicatorTable(d, tableRows(r)).draw();

        //! The chart on a page of its own, the months after it.
        d.y = kBottom;
        d.ensure(1);
        d.y = pg.paragraph(QStringLiteral("Biểu đồ: tỷ lệ đạt được so với chỉ tiêu (%1)")
                               .arg(vietnamesePeriod(r.period)),
                           kLeft, d.y, kRight - kLeft, pg.font(13, true), Qt::AlignLeft, 0, 1.1)
            + 3;
        drawChart(d, r);
        d.y = pg.paragraph(
                  QStringLiteral("Vạch đen: chỉ tiêu của tỉnh. Xanh: đạt; cam: gần đạt; đỏ: chưa đạt; "
                                 "xám: chưa có số liệu."),
                  kLeft, d.y + 2, kRight - kLeft, pg.font(10, false, true), Qt::AlignLeft, 0, 1.1)
            + 4;
        if (r.months.size() > 1)
            drawMonths(d, r);

        //! Recipients and signature together, with room below for the signature and stamp.
        d.y += 5;
        d.ensure(32);
        qreal ly = pg.paragraph(QStringLiteral("Nơi nhận:"), kLeft, d.y, 80, pg.font(12, true, true),
                                Qt::AlignLeft, 0, 1.1);
        ly = pg.paragraph(QStringLiteral("- Văn phòng UBND tỉnh;"), kLeft, ly, 80, pg.font(11), Qt::AlignLeft,
                          0, 1.1);
        pg.paragraph(QStringLiteral("- Lưu: VT."), kLeft, ly, 80, pg.font(11), Qt::AlignLeft, 0, 1.1);
        const QString title = h.signerTitle.trimmed().isEmpty() ? QStringLiteral("THỦ TRƯỞNG CƠ QUAN")
                                                                : h.signerTitle.toUpper();
        const qreal sy = pg.paragraph(title, natX, d.y, natW, pg.font(13, true), Qt::AlignHCenter, 0, 1.1);
        pg.paragraph(QStringLiteral("(Ký, ghi rõ họ tên và đóng dấu)"), natX, sy, natW,
                     pg.font(12, false, true), Qt::AlignHCenter, 0, 1.1);
    });
}

} // namespace motcua::letters
