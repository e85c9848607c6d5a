// SPDX-License-Identifier: GPL-3.0-or-later
#include "apologyletter.h"

#include "letterfont.h"
#include "letterpage.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <QTimeZone>

namespace motcua::letters {

namespace {

constexpr int kVietnamOffset = 7 * 3600;

QDate vnDate(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(kVietnamOffset).date() : QDate();
}

QString trimmedSentence(QString s)
{
    s = s.simplified();
    while (s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char(';')))
        s.chop(1);
    return s;
}

QString lowerFirst(QString s)
{
    //! A reason typed as a sentence ("Chờ ý kiến...") continues "Do ..." in lower case.
    if (s.size() > 1 && s.at(0).isUpper() && !s.at(1).isUpper())
        s[0] = s.at(0).toLower();
    return s;
}

QString upperFirst(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

} // namespace

QString vietnameseDate(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("ngày ..... tháng ..... năm ........");
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year());
}

ApologyLetter apologyFor(const Dossier &dossier, const Agency &agency, const Agency &parent,
                         const Procedure &procedure, const QDate &newDate, const QString &reason,
                         const QDate &today)
{
    ApologyLetter l;
    l.parentAgencyName = parent.name;
    l.agencyName = agency.name.isEmpty() ? dossier.agencyCode : agency.name;
    l.number = QStringLiteral("        /TB-%1").arg(agency.code.isEmpty() ? dossier.agencyCode : agency.code);
    l.date = today;
    l.applicantName = dossier.applicant.name;
    l.applicantAddress = dossier.applicant.address;
    l.dossierCode = dossier.code;
    l.procedureName = procedure.name.isEmpty() ? dossier.procedureCode : procedure.name;
    l.receivedOn = vnDate(dossier.receivedAt);
    l.dueOn = vnDate(dossier.dueAt);
    l.reason = reason;
    l.newDate = newDate;
    return l;
}

Result<QByteArray> renderApologyPdf(const ApologyLetter &l)
{
    if (l.dossierCode.trimmed().isEmpty() || l.applicantName.trimmed().isEmpty() || !l.newDate.isValid())
        return Error::make(Error::Kind::Invalid, QStringLiteral("letters.incomplete"),
                           QT_TRANSLATE_NOOP("motcua::Error",
                                             "An apology letter needs the dossier code, the applicant and "
                                             "the new date for returning the result."));
    auto family = loadSerifFamily();
    if (!family)
        return family.error();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setCreator(QStringLiteral("Một Cửa Desk"));
        writer.setTitle(QStringLiteral("Thư xin lỗi - hồ sơ %1").arg(l.dossierCode));
        //! Decree 30/2020: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::make(
                Error::Kind::Internal, QStringLiteral("letters.render"),
                QT_TRANSLATE_NOOP("motcua::Error", "The PDF of the letter could not be written."));
        painter.setRenderHint(QPainter::Antialiasing);
        Page pg(painter, *family);

        const qreal left = 30, right = 195, top = 20;
        const qreal headW = 70; //!< the agency block (left) and the national heading (right)
        const qreal natX = left + headW + 2, natW = right - natX;

        // Left: governing body, agency (bold), rule, number.
        qreal y = top;
        if (!l.parentAgencyName.trimmed().isEmpty())
            y = pg.paragraph(l.parentAgencyName.toUpper(), left, y, headW, pg.font(12), Qt::AlignHCenter, 0,
                             1.0);
        const QFont agencyFont = pg.font(12, true);
        y = pg.paragraph(l.agencyName.toUpper(), left, y, headW, agencyFont, Qt::AlignHCenter, 0, 1.0);
        const qreal rule = std::min(headW, pg.textWidth(l.agencyName.toUpper(), agencyFont)) / 3.0;
        pg.hline(left + headW / 2 - rule / 2, left + headW / 2 + rule / 2, y + 1.2);
        const QString number = l.number.isEmpty() ? QStringLiteral("        /TB") : l.number;
        const qreal leftBottom = pg.paragraph(QStringLiteral("Số: %1").arg(number), left, y + 3, headW,
                                              pg.font(13), Qt::AlignHCenter, 0, 1.0);

        // Right: national heading, motto with a rule as long as it, place and date.
        qreal ry = pg.paragraph(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), natX, top, natW,
                                pg.font(12, true), Qt::AlignHCenter, 0, 1.0);
        const QString motto = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
        const QFont mottoFont = pg.font(13, true);
        ry = pg.paragraph(motto, natX, ry, natW, mottoFont, Qt::AlignHCenter, 0, 1.0);
        const qreal mw = pg.textWidth(motto, mottoFont);
        pg.hline(natX + natW / 2 - mw / 2, natX + natW / 2 + mw / 2, ry + 1.2);
        const QString place = l.place.trimmed().isEmpty() ? QStringLiteral("........") : l.place.trimmed();
        ry = pg.paragraph(QStringLiteral("%1, %2").arg(place, vietnameseDate(l.date)), natX, ry + 3, natW,
                          pg.font(13, false, true), Qt::AlignHCenter, 0, 1.0);

        // Title and addressee.
        y = std::max(leftBottom, ry) + 12;
        y = pg.paragraph(QStringLiteral("THƯ XIN LỖI"), left, y, right - left, pg.font(14, true),
                         Qt::AlignHCenter, 0, 1.0);
        y = pg.paragraph(QStringLiteral("Về việc giải quyết hồ sơ %1 quá hạn").arg(l.dossierCode), left, y,
                         right - left, pg.font(13.5, true), Qt::AlignHCenter, 0, 1.0);
        y += 8;
        const QFont body = pg.font(13.5);
        y = pg.paragraph(QStringLiteral("Kính gửi: Ông/Bà %1").arg(l.applicantName.simplified()), left + 20,
                         y, right - left - 20, body, Qt::AlignLeft, 0, 1.2);
        if (!l.applicantAddress.trimmed().isEmpty())
            y = pg.paragraph(QStringLiteral("Địa chỉ: %1").arg(l.applicantAddress.simplified()), left + 20, y,
                             right - left - 20, body, Qt::AlignLeft, 0, 1.2);
        y += 4;

        // Body: what was received and promised, why it is late, the new date.
        const QString agency = upperFirst(l.agencyName.simplified());
        QString p1 = upperFirst(vietnameseDate(l.receivedOn))
            + QStringLiteral(", %1 đã tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục "
                             "“%2”, mã hồ sơ %3")
                  .arg(agency, l.procedureName.simplified(), l.dossierCode);
        if (l.dueOn.isValid())
            p1 += QStringLiteral(", hẹn trả kết quả %1").arg(vietnameseDate(l.dueOn));
        p1 += QLatin1Char('.');
        const QString reason = trimmedSentence(l.reason).isEmpty()
            ? QStringLiteral("việc thẩm định hồ sơ cần thêm thời gian")
            : lowerFirst(trimmedSentence(l.reason));
        const QString p2
            = QStringLiteral("Do %1, hồ sơ của Ông/Bà chưa được giải quyết đúng thời hạn đã hẹn.")
                  .arg(reason);
        const QString p3
            = QStringLiteral("%1 trân trọng xin lỗi Ông/Bà vì sự chậm trễ này và xin hẹn trả kết "
                             "quả vào %2.")
                  .arg(agency, vietnameseDate(l.newDate));
        const QString p4 = QStringLiteral("Mong Ông/Bà thông cảm và sắp xếp thời gian đến nhận kết quả theo "
                                          "thời gian đã hẹn./.");
        for (const QString &p : {p1, p2, p3, p4})
            y = pg.paragraph(p, left, y, right - left, body, Qt::AlignJustify, 12.7, 1.25) + 2;

        // Recipients (left) and signature block (right).
        y += 8;
        qreal ly = pg.paragraph(QStringLiteral("Nơi nhận:"), left, y, 80, pg.font(12, true, true),
                                Qt::AlignLeft, 0, 1.1);
        ly = pg.paragraph(QStringLiteral("- Như trên;"), left, ly, 80, pg.font(11), Qt::AlignLeft, 0, 1.1);
        pg.paragraph(QStringLiteral("- Lưu: VT, hồ sơ %1.").arg(l.dossierCode), left, ly, 80, pg.font(11),
                     Qt::AlignLeft, 0, 1.1);
        const QString title = l.signerTitle.trimmed().isEmpty() ? QStringLiteral("THỦ TRƯỞNG CƠ QUAN")
                                                                : l.signerTitle.toUpper();
        qreal sy = pg.paragraph(title, natX, y, natW, pg.font(13, true), Qt::AlignHCenter, 0, 1.1);
        sy = pg.paragraph(QStringLiteral("(Ký, ghi rõ họ tên và đóng dấu)"), natX, sy, natW,
                          pg.font(12, false, true), Qt::AlignHCenter, 0, 1.1);
        if (!l.signerName.trimmed().isEmpty())
            pg.paragraph(l.signerName.simplified(), natX, sy + 28, natW, pg.font(13, true), Qt::AlignHCenter,
                         0, 1.1);
        if (!painter.end())
            return Error::make(
                Error::Kind::Internal, QStringLiteral("letters.render"),
                QT_TRANSLATE_NOOP("motcua::Error", "The PDF of the letter could not be written."));
    }
    if (!bytes.startsWith("%PDF-"))
        return Error::make(Error::Kind::Internal, QStringLiteral("letters.render"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The PDF of the letter could not be written."));
    return bytes;
}

Component apologyComponent(const QByteArray &pdf, const QString &dossierCode)
{
    Component c
        = pdfComponent(pdf, QStringLiteral("Thư xin lỗi %1").arg(dossierCode), ComponentKind::Apology, false);
    c.pages = 1;
    return c;
}

} // namespace motcua::letters
