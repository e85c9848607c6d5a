// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QString>
#include <functional>

namespace motcua::letters {

constexpr int kLetterDpi = 300;

//! Draws text on an A4 page; positions and widths in millimetres.
class LetterPage
{
public:
    //! writer: the PDF being drawn, for newPage() (renderA4 gives it).
    LetterPage(QPainter &p, const QString &family, QPagedPaintDevice *writer = nullptr)
        : m_p(p)
        , m_family(family)
        , m_writer(writer)
    { }

    static qreal mm(qreal v) { return v * kLetterDpi / 25.4; }
    [[nodiscard]] QFont font(qreal pt, bool bold = false, bool italic = false) const;
    //! One paragraph in [x, x + w] from y (mm), wrapped; returns the y below it (mm).
    qreal paragraph(const QString &text, qreal x, qreal y, qreal w, const QFont &f, Qt::Alignment align,
                    qreal firstIndent = 0, qreal lineSpacing = 1.15);
    //! The height (mm) paragraph() takes with the same text, width, font and spacing
    //! (the same line breaking), without drawing: to size a table row before it is drawn.
    [[nodiscard]] qreal paragraphHeight(const QString &text, qreal w, const QFont &f, qreal firstIndent = 0,
                                        qreal lineSpacing = 1.15) const;
    void hline(qreal x1, qreal x2, qreal y);
    void rect(qreal x, qreal y, qreal w, qreal h);
    [[nodiscard]] qreal textWidth(const QString &text, const QFont &f) const;
    [[nodiscard]] QPainter &painter() { return m_p; }
    //! Continues on a new A4 page (a report longer than one page); renderA4 fails
    //! when this failed.
    void newPage();
    [[nodiscard]] bool failed() const { return m_failed; }

private:
    QPainter &m_p;
    QString m_family;
    QPagedPaintDevice *m_writer = nullptr;
    bool m_failed = false;
};

//! The heading of Decree 30/2020 (Appendix I): governing body and agency (bold, short
//! rule) with the number on the left; the national name and motto (rule as long as the
//! motto) with "Place, ngày dd tháng mm năm yyyy" on the right.
struct LetterHeading
{
    QString parentAgencyName; //!< may be empty
    QString agencyName;
    QString number; //!< e.g. "        /TB-H19.X01"
    QString place; //!< empty: dots for the clerk
    QDate date;
};

//! Draws the heading between left and right (mm) from top; returns the y below it.
qreal drawHeading(LetterPage &page, const LetterHeading &heading, qreal left, qreal right, qreal top);

//! Renders an A4 document into a PDF (fonts embedded): `draw` gets the page in the
//! serif family (LetterPage::newPage() for more pages). Errors: letters.font_missing,
//! letters.render.
[[nodiscard]] Result<QByteArray> renderA4(const QString &title,
                                          const std::function<void(LetterPage &)> &draw);

//! "ngày 05 tháng 11 năm 2026" (Decree 30/2020: day and month below 10 with a leading zero).
[[nodiscard]] QString vietnameseDate(const QDate &date);
//! A date-time's calendar date in Vietnam (UTC+7); null for a null time.
[[nodiscard]] QDate vietnamDate(const QDateTime &t);

} // namespace motcua::letters
