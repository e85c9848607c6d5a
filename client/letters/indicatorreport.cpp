// SPDX-License-Identifier: GPL-3.0-or-later
//! The indicator report: CSV for spreadsheets and a PDF in the Decree 30/2020
//! layout. The PDF's chart is drawn with QPainter: Qt Charts renders through
//! QGraphicsView (Qt Widgets), which this library must not link (layer rule).
#include "indicatorreport.h"

#include "apologyletter.h"
#include "letterfont.h"
#include "letterlayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace motcua::letters {

namespace {

QString number(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 2) : QString();
}

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        s.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

QString groupName(IndicatorGroup g)
{
    switch (g) {
    case IndicatorGroup::Publicity:
        return QStringLiteral("Công khai, minh bạch");
    case IndicatorGroup::Progress:
        return QStringLiteral("Tiến độ, kết quả giải quyết");
    case IndicatorGroup::Digitization:
        return QStringLiteral("Số hóa hồ sơ");
    case IndicatorGroup::Online:
        return QStringLiteral("Dịch vụ công trực tuyến");
    case IndicatorGroup::Satisfaction:
        return QStringLiteral("Mức độ hài lòng");
    }
    return {};
}

QString ragName(Rag r)
{
    switch (r) {
    case Rag::Green:
        return QStringLiteral("Đạt");
    case Rag::Amber:
        return QStringLiteral("Gần đạt");
    case Rag::Red:
        return QStringLiteral("Chưa đạt");
    case Rag::NoData:
        return QStringLiteral("Chưa có số liệu");
    }
    return {};
}

QString pct(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 2).replace(QLatin1Char('.'), QLatin1Char(',')) + QLatin1Char('%')
             : QStringLiteral("–");
}

QString roman(int q)
{
    static const char *const r[] = {"I", "II", "III", "IV"};
    return QString::fromLatin1(r[qBound(0, q - 1, 3)]);
}

} // namespace

QString vietnamesePeriod(const Period &p)
{
    const bool wholeMonths = p.first.day() == 1 && p.last.addDays(1).day() == 1;
    const int months = (p.last.year() - p.first.year()) * 12 + p.last.month() - p.first.month() + 1;
    if (wholeMonths && months == 1)
        return QStringLiteral("Tháng %1/%2")
            .arg(p.first.month(), 2, 10, QLatin1Char('0'))
            .arg(p.first.year());
    if (wholeMonths && months == 3 && (p.first.month() - 1) % 3 == 0)
        return QStringLiteral("Quý %1/%2").arg(roman((p.first.month() - 1) / 3 + 1)).arg(p.first.year());
    if (wholeMonths && months == 12 && p.first.month() == 1)
        return QStringLiteral("Năm %1").arg(p.first.year());
    return QStringLiteral("Từ %1 đến %2")
        .arg(p.first.toString(QStringLiteral("dd/MM/yyyy")), p.last.toString(QStringLiteral("dd/MM/yyyy")));
}

ReportHeading reportHeading(const QList<Agency> &agencies, const QList<Procedure> &procedures,
                            const QString &agencyCode, const QDate &date)
{
    ReportHeading h;
    h.date = date;
    const Agency *agency = nullptr;
    const Agency *root = nullptr;
    for (const Agency &a : agencies) {
        h.keyNames.insert(a.code, a.name);
        if (a.code == agencyCode)
            agency = &a;
        if (a.parentCode.isEmpty())
            root = &a;
    }
    for (const Procedure &p : procedures)
        h.keyNames.insert(p.code, p.name);
    const QString province = root ? root->name : QString();
    //! "Ủy ban nhân dân tỉnh Thái Nguyên" -> the place "Thái Nguyên".
    const qsizetype at = province.indexOf(QStringLiteral("tỉnh "), 0, Qt::CaseInsensitive);
    h.place = at >= 0 ? province.mid(at + 5) : QString();
    if (agency) {
        h.agencyName = agency->name;
        h.agencyCode = agency->code;
        h.scopeName = agency->name;
        const auto parent = std::find_if(agencies.cbegin(), agencies.cend(),
                                         [&](const Agency &a) { return a.code == agency->parentCode; });
        h.parentAgencyName = parent != agencies.cend() ? parent->name : QString();
    } else {
        h.agencyName = QStringLiteral("Văn phòng Ủy ban nhân dân");
        h.parentAgencyName = province;
        h.agencyCode = root ? root->code : QStringLiteral("VP");
        h.scopeName = province.isEmpty() ? QStringLiteral("toàn tỉnh")
                                         : QStringLiteral("toàn tỉnh (%1)").arg(province);
    }
    return h;
}

QByteArray indicatorReportCsv(const IndicatorReport &r, const ReportHeading &h)
{
    QStringList lines;
    lines << QStringLiteral("kind,group,indicator,name,key,numerator,denominator,percent,target,rag,score,"
                            "previous_percent");
    auto row = [&lines](const QStringList &fields) {
        QStringList out;
        for (const QString &f : fields)
            out << csvField(f);
        lines << out.join(QLatin1Char(','));
    };
    for (const IndicatorResult &x : r.results) {
        const IndicatorDefinition &d = x.definition;
        row({QStringLiteral("indicator"), toWire(d.group), d.id, d.name, QString(),
             QString::number(x.total.numerator), QString::number(x.total.denominator),
             number(x.total.percent()), QString::number(d.target, 'f', 2), toWire(x.rag), number(x.score),
             number(x.previous.percent())});
        for (qsizetype m = 0; m < x.months.size() && m < r.months.size(); ++m)
            row({QStringLiteral("month"), toWire(d.group), d.id, d.name,
                 r.months[m].toString(QStringLiteral("yyyy-MM")), QString::number(x.months[m].numerator),
                 QString::number(x.months[m].denominator), number(x.months[m].percent()),
                 QString::number(d.target, 'f', 2), QString(), QString(), QString()});
        for (auto it = x.byKey.cbegin(); it != x.byKey.cend(); ++it)
            row({QStringLiteral("breakdown"), toWire(d.group), d.id, h.keyNames.value(it.key(), it.key()),
                 it.key(), QString::number(it->numerator), QString::number(it->denominator),
                 number(it->percent()), QString::number(d.target, 'f', 2), QString(), QString(), QString()});
    }
    for (const GroupScore &g : r.groups)
        row({QStringLiteral("group"), toWire(g.group), QString(), groupName(g.group), QString(), QString(),
             QString(), QString(), QString::number(g.weight, 'f', 2), QString(), number(g.score), QString()});
    row({QStringLiteral("total"), QString(), QString(), h.scopeName, QString(), QString(), QString(),
         QString(), QStringLiteral("100.00"), QString(), number(r.score), QString()});
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

Result<QByteArray> renderIndicatorReportPdf(const IndicatorReport &r, const ReportHeading &h)
{
    //! The letters' A4 page and Decree 30/2020 heading (letterlayout.h), two pages.
    const QString docTitle = QStringLiteral("Báo cáo Bộ chỉ số 766 - %1").arg(vietnamesePeriod(r.period));
    return renderA4(docTitle, [&](LetterPage &pg) {
        QPainter &painter = pg.painter();
        //! Decree 30/2020: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
        const qreal left = 30, right = 195, top = 20, bottom = 277;
        const qreal headW = 70, natX = left + headW + 2, natW = right - natX;

        qreal y = drawHeading(pg,
                              {h.parentAgencyName, h.agencyName,
                               QStringLiteral("        /BC-%1").arg(h.agencyCode), h.place, h.date},
                              left, right, top)
            + 10;
        y = pg.paragraph(QStringLiteral("BÁO CÁO"), left, y, right - left, pg.font(14, true),
                         Qt::AlignHCenter, 0, 1.0);
        y = pg.paragraph(
            QStringLiteral("Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người "
                           "dân, doanh nghiệp (Quyết định số 766/QĐ-TTg) - %1")
                .arg(vietnamesePeriod(r.period)),
            left + 10, y, right - left - 20, pg.font(13.5, true), Qt::AlignHCenter, 0, 1.1);
        y += 5;
        const QFont body = pg.font(13);
        y = pg.paragraph(
            QStringLiteral("Phạm vi số liệu: %1. Tổng điểm: %2/100.")
                .arg(h.scopeName,
                     r.score ? QString::number(*r.score, 'f', 2).replace(QLatin1Char('.'), QLatin1Char(','))
                             : QStringLiteral("–")),
            left, y, right - left, body, Qt::AlignJustify, 12.7, 1.2);
        y += 3;

        // The indicator table.
        const QFont cell = pg.font(10.5), head = pg.font(10.5, true);
        const qreal cols[] = {left, left + 9, left + 84, left + 109, left + 127, left + 143, right};
        const QStringList titles {QStringLiteral("TT"),       QStringLiteral("Chỉ số"),
                                  QStringLiteral("Kết quả"),  QStringLiteral("Tỷ lệ"),
                                  QStringLiteral("Chỉ tiêu"), QStringLiteral("Đánh giá")};
        auto tableRow = [&](const QStringList &cells, const QFont &f, bool shade) {
            qreal h2 = 0;
            for (int c = 0; c < 6; ++c) {
                const qreal w = cols[c + 1] - cols[c] - 2;
                QTextLayout probe(cells[c], f, painter.device());
                QTextOption o;
                o.setWrapMode(QTextOption::WordWrap);
                probe.setTextOption(o);
                probe.beginLayout();
                int lines = 0;
                while (true) {
                    QTextLine l = probe.createLine();
                    if (!l.isValid())
                        break;
                    l.setLineWidth(LetterPage::mm(w));
                    ++lines;
                }
                probe.endLayout();
                h2 = std::max(h2,
                              lines * QFontMetricsF(f, painter.device()).height() * 1.05 * 25.4 / kLetterDpi);
            }
            h2 += 2;
            if (shade)
                painter.fillRect(QRectF(LetterPage::mm(left), LetterPage::mm(y), LetterPage::mm(right - left),
                                        LetterPage::mm(h2)),
                                 QColor(235, 235, 235));
            for (int c = 0; c < 6; ++c)
                pg.paragraph(cells[c], cols[c] + 1, y + 1, cols[c + 1] - cols[c] - 2, f,
                             c == 1 ? Qt::AlignLeft : Qt::AlignHCenter, 0, 1.05);
            painter.setPen(QPen(Qt::black, LetterPage::mm(0.2)));
            painter.drawRect(QRectF(LetterPage::mm(left), LetterPage::mm(y), LetterPage::mm(right - left),
                                    LetterPage::mm(h2)));
            for (int c = 1; c < 6; ++c)
                painter.drawLine(QPointF(LetterPage::mm(cols[c]), LetterPage::mm(y)),
                                 QPointF(LetterPage::mm(cols[c]), LetterPage::mm(y + h2)));
            y += h2;
        };
        tableRow(titles, head, true);
        int n = 0;
        for (IndicatorGroup g : allIndicatorGroups()) {
            const auto gs = std::find_if(r.groups.cbegin(), r.groups.cend(),
                                         [g](const GroupScore &s) { return s.group == g; });
            const QString score = gs != r.groups.cend() && gs->score
                ? QStringLiteral("%1/%2 điểm")
                      .arg(QString::number(*gs->score, 'f', 2).replace(QLatin1Char('.'), QLatin1Char(',')))
                      .arg(gs->weight, 0, 'f', 0)
                : QStringLiteral("–");
            tableRow({QString(), groupName(g), QString(), QString(), QString(), score}, head, true);
            for (const IndicatorResult &x : r.results) {
                if (x.definition.group != g)
                    continue;
                tableRow({QString::number(++n), x.definition.name,
                          QStringLiteral("%1/%2").arg(x.total.numerator).arg(x.total.denominator),
                          pct(x.total.percent()), pct(x.definition.target), ragName(x.rag)},
                         cell, false);
            }
        }

        // The chart: each indicator against its target (bars, target tick).
        pg.newPage();
        y = top;
        y = pg.paragraph(QStringLiteral("Biểu đồ: tỷ lệ đạt được so với chỉ tiêu (%1)")
                             .arg(vietnamesePeriod(r.period)),
                         left, y, right - left, pg.font(13, true), Qt::AlignLeft, 0, 1.1)
            + 3;
        const qreal labelW = 70, barX = left + labelW + 2, barW = right - barX - 14;
        for (const IndicatorResult &x : r.results) {
            const qreal rowH = 9;
            pg.paragraph(x.definition.name, left, y, labelW, pg.font(9), Qt::AlignLeft, 0, 1.0);
            const double v = x.total.percent().value_or(0);
            const QColor colour = x.rag == Rag::Green ? QColor(46, 125, 50)
                : x.rag == Rag::Amber                 ? QColor(230, 145, 0)
                : x.rag == Rag::Red                   ? QColor(198, 40, 40)
                                                      : QColor(160, 160, 160);
            painter.fillRect(
                QRectF(LetterPage::mm(barX), LetterPage::mm(y + 1), LetterPage::mm(barW), LetterPage::mm(5)),
                QColor(238, 238, 238));
            painter.fillRect(QRectF(LetterPage::mm(barX), LetterPage::mm(y + 1),
                                    LetterPage::mm(barW * v / 100.0), LetterPage::mm(5)),
                             colour);
            const qreal tx = barX + barW * x.definition.target / 100.0;
            painter.setPen(QPen(Qt::black, LetterPage::mm(0.5)));
            painter.drawLine(QPointF(LetterPage::mm(tx), LetterPage::mm(y)),
                             QPointF(LetterPage::mm(tx), LetterPage::mm(y + 7)));
            pg.paragraph(pct(x.total.percent()), barX + barW + 1, y + 1, 14, pg.font(9), Qt::AlignLeft, 0,
                         1.0);
            y += rowH;
        }
        y = pg.paragraph(QStringLiteral("Vạch đen: chỉ tiêu của tỉnh. Xanh: đạt; cam: gần đạt; đỏ: chưa đạt; "
                                        "xám: chưa có số liệu."),
                         left, y + 2, right - left, pg.font(10, false, true), Qt::AlignLeft, 0, 1.1)
            + 4;

        // Months.
        if (r.months.size() > 1) {
            y = pg.paragraph(QStringLiteral("Theo tháng"), left, y, right - left, pg.font(12, true),
                             Qt::AlignLeft, 0, 1.1)
                + 1;
            const qreal mcol = (right - left - 70) / r.months.size();
            pg.paragraph(QStringLiteral("Chỉ số"), left, y, 70, pg.font(9, true), Qt::AlignLeft, 0, 1.0);
            for (qsizetype m = 0; m < r.months.size(); ++m)
                pg.paragraph(r.months[m].toString(QStringLiteral("MM/yyyy")), left + 70 + m * mcol, y, mcol,
                             pg.font(9, true), Qt::AlignHCenter, 0, 1.0);
            y += 5;
            for (const IndicatorResult &x : r.results) {
                if (y > bottom - 50)
                    break;
                const qreal below
                    = pg.paragraph(x.definition.name, left, y, 70, pg.font(9), Qt::AlignLeft, 0, 1.0);
                for (qsizetype m = 0; m < x.months.size(); ++m)
                    pg.paragraph(pct(x.months[m].percent()), left + 70 + m * mcol, y, mcol, pg.font(9),
                                 Qt::AlignHCenter, 0, 1.0);
                y = below + 1;
            }
        }

        // Recipients and signature.
        y = std::min(y + 8, bottom - 45);
        qreal ly = pg.paragraph(QStringLiteral("Nơi nhận:"), left, y, 80, pg.font(12, true, true),
                                Qt::AlignLeft, 0, 1.1);
        ly = pg.paragraph(QStringLiteral("- Văn phòng UBND tỉnh;"), left, ly, 80, pg.font(11), Qt::AlignLeft,
                          0, 1.1);
        pg.paragraph(QStringLiteral("- Lưu: VT."), left, ly, 80, pg.font(11), Qt::AlignLeft, 0, 1.1);
        const QString title = h.signerTitle.trimmed().isEmpty() ? QStringLiteral("THỦ TRƯỞNG CƠ QUAN")
                                                                : h.signerTitle.toUpper();
        qreal sy = pg.paragraph(title, natX, y, natW, pg.font(13, true), Qt::AlignHCenter, 0, 1.1);
        pg.paragraph(QStringLiteral("(Ký, ghi rõ họ tên và đóng dấu)"), natX, sy, natW,
                     pg.font(12, false, true), Qt::AlignHCenter, 0, 1.1);
    });
}

} // namespace motcua::letters
