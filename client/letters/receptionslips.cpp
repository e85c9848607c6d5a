// SPDX-License-Identifier: GPL-3.0-or-later
#include "receptionslips.h"

#include "qrcode.h"

#include <QRegularExpression>
#include <QUrl>

namespace motcua::letters {

namespace {

constexpr qreal kLeft = 25, kRight = 195, kTop = 15;

Error incomplete(const char *message)
{
    return Error::make(Error::Kind::Invalid, QStringLiteral("letters.incomplete"), message);
}

QString timeAndDate(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("..... giờ ..... phút, ngày ..... tháng ..... năm ........");
    const QDateTime vn = t.toOffsetFromUtc(7 * 3600);
    return QStringLiteral("%1 giờ %2 phút, %3")
        .arg(vn.time().hour(), 2, 10, QLatin1Char('0'))
        .arg(vn.time().minute(), 2, 10, QLatin1Char('0'))
        .arg(vietnameseDate(vn.date()));
}

QString orDots(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("..............................") : s.simplified();
}

//! Heading, title and the applicant's lines; returns the y below them.
qreal partyBlock(LetterPage &pg, const SlipParty &p, const QString &title, const QString &subtitle,
                 const QString &intro)
{
    qreal y = drawHeading(pg, p.heading, kLeft, kRight, kTop) + 9;
    y = pg.paragraph(title, kLeft, y, kRight - kLeft, pg.font(14, true), Qt::AlignHCenter, 0, 1.0);
    if (!subtitle.isEmpty())
        y = pg.paragraph(subtitle, kLeft, y, kRight - kLeft, pg.font(13, true), Qt::AlignHCenter, 0, 1.0);
    y += 5;
    const QFont body = pg.font(13);
    for (const QString &line :
         {intro + orDots(p.applicantName), QStringLiteral("Địa chỉ: ") + orDots(p.applicantAddress),
          QStringLiteral("Số điện thoại: %1    Email: %2")
              .arg(orDots(p.phone), p.email.isEmpty() ? QStringLiteral("...............") : p.email),
          QStringLiteral("Nội dung yêu cầu giải quyết: ") + orDots(p.procedureName)})
        y = pg.paragraph(line, kLeft, y, kRight - kLeft, body, Qt::AlignLeft, 0, 1.2);
    return y + 2;
}

void signatures(LetterPage &pg, qreal y, const QString &left, const QString &right, const QString &rightName)
{
    const qreal w = (kRight - kLeft) / 2;
    pg.paragraph(left, kLeft, y, w, pg.font(12.5, true), Qt::AlignHCenter, 0, 1.1);
    pg.paragraph(QStringLiteral("(Ký và ghi rõ họ tên)"), kLeft, y + 6, w, pg.font(12, false, true),
                 Qt::AlignHCenter, 0, 1.1);
    pg.paragraph(right, kLeft + w, y, w, pg.font(12.5, true), Qt::AlignHCenter, 0, 1.1);
    pg.paragraph(QStringLiteral("(Ký và ghi rõ họ tên)"), kLeft + w, y + 6, w, pg.font(12, false, true),
                 Qt::AlignHCenter, 0, 1.1);
    if (!rightName.trimmed().isEmpty())
        pg.paragraph(rightName.simplified(), kLeft + w, y + 30, w, pg.font(13, true), Qt::AlignHCenter, 0,
                     1.1);
}

qreal list(LetterPage &pg, qreal y, const QStringList &items)
{
    const QFont body = pg.font(13);
    int n = 0;
    for (const QString &item : items) {
        if (!item.trimmed().isEmpty())
            y = pg.paragraph(QStringLiteral("%1. %2").arg(++n).arg(item.simplified()), kLeft + 8, y,
                             kRight - kLeft - 8, body, Qt::AlignJustify, 0, 1.2);
    }
    return y;
}

} // namespace

QString placeOf(const QString &agencyName)
{
    //! Decree 30/2020 (Appendix I): the place written on a paper is the proper name of the
    //! administrative unit the agency belongs to ("UBND phường Phan Đình Phùng" -> "Phan Đình Phùng").
    static const QRegularExpression unit(
        //! The name is capitalised: "Xã hội" in "Sở Lao động - Thương binh và Xã hội" is no unit.
        QStringLiteral(
            "(?:^|\\s)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\\s+([\\p{Lu}\\d][^,]*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = unit.match(agencyName);
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

SlipParty deskParty(const QString &parentAgencyName, const QString &agencyName, const QString &receiverName,
                    const QString &numberSuffix)
{
    SlipParty party;
    party.heading
        = {parentAgencyName, agencyName, QStringLiteral("        ") + numberSuffix, placeOf(agencyName), {}};
    party.receiverName = receiverName;
    return party;
}

QString lookupAddress(const QString &base, const QString &dossierCode)
{
    return base + QString::fromLatin1(QUrl::toPercentEncoding(dossierCode, "-."));
}

ReceiptSlip receiptFor(const Dossier &dossier, const Procedure &procedure, const SlipParty &party,
                       const QString &lookupUrl)
{
    ReceiptSlip s;
    s.party = party;
    s.party.applicantName = dossier.applicant.name;
    s.party.applicantAddress = dossier.applicant.address;
    s.party.phone = dossier.applicant.phone;
    s.party.email = dossier.applicant.email;
    s.party.procedureName = procedure.name.isEmpty() ? dossier.procedureCode : procedure.name;
    if (!s.party.heading.date.isValid())
        s.party.heading.date = vietnamDate(dossier.receivedAt);
    s.dossierCode = dossier.code;
    for (const Component &c : dossier.components)
        s.components.append(
            {c.name, c.isSigned ? QStringLiteral("Bản số hóa có ký số") : QStringLiteral("Bản số hóa"),
             c.pages > 0 ? QStringLiteral("%1 trang").arg(c.pages) : QString()});
    s.processingDays = procedure.processingDays;
    s.receivedAt = dossier.receivedAt;
    s.dueAt = dossier.dueAt;
    s.returnPlace = party.heading.agencyName;
    s.lookupUrl = lookupUrl;
    return s;
}

Result<QByteArray> renderReceiptSlip(const ReceiptSlip &s)
{
    if (s.dossierCode.trimmed().isEmpty() || s.party.applicantName.trimmed().isEmpty()
        || s.lookupUrl.isEmpty())
        return incomplete(
            QT_TRANSLATE_NOOP("motcua::Error",
                              "A receipt slip needs the dossier code, the applicant and the lookup "
                              "address."));
    auto qr = encodeQr(s.lookupUrl);
    if (!qr)
        return qr.error();
    return renderA4(
        QStringLiteral("Giấy tiếp nhận hồ sơ và hẹn trả kết quả %1").arg(s.dossierCode), [&](LetterPage &pg) {
            qreal y = partyBlock(pg, s.party, QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
                                 QStringLiteral("Mã hồ sơ: %1").arg(s.dossierCode),
                                 QStringLiteral("Tiếp nhận hồ sơ của: "));
            const QFont body = pg.font(13), bold = pg.font(13, true);
            y = pg.paragraph(QStringLiteral("1. Thành phần hồ sơ nộp gồm:"), kLeft, y, kRight - kLeft, bold,
                             Qt::AlignLeft, 0, 1.2);
            //! The table of the form: No. | document | form | note.
            const qreal c0 = kLeft, c1 = kLeft + 12, c2 = kLeft + 102, c3 = kLeft + 142, cEnd = kRight;
            const auto row = [&](const QStringList &cells, const QFont &f) {
                const qreal top = y + 0.8;
                qreal bottom = top;
                const qreal xs[] = {c0, c1, c2, c3, cEnd};
                for (int i = 0; i < 4; ++i)
                    bottom = std::max(bottom,
                                      pg.paragraph(cells.value(i), xs[i] + 1.2, top, xs[i + 1] - xs[i] - 2.4,
                                                   f, i == 1 ? Qt::AlignLeft : Qt::AlignHCenter, 0, 1.05));
                bottom += 0.8;
                for (int i = 0; i < 4; ++i)
                    pg.rect(xs[i], y, xs[i + 1] - xs[i], bottom - y);
                y = bottom;
            };
            row({QStringLiteral("STT"), QStringLiteral("Tên giấy tờ"), QStringLiteral("Hình thức"),
                 QStringLiteral("Ghi chú")},
                pg.font(12, true));
            int n = 0;
            for (const SlipComponent &c : s.components)
                row({QString::number(++n), c.name, c.form, c.note}, pg.font(12));
            y += 2;
            const QStringList lines {
                QStringLiteral("2. Số lượng hồ sơ: 01 (bộ)"),
                QStringLiteral("3. Thời gian giải quyết hồ sơ theo quy định là: %1 ngày làm việc")
                    .arg(s.processingDays),
                QStringLiteral("4. Thời gian nhận hồ sơ: ") + timeAndDate(s.receivedAt),
                QStringLiteral("5. Thời gian trả kết quả giải quyết hồ sơ: ") + timeAndDate(s.dueAt),
                QStringLiteral("6. Đăng ký nhận kết quả tại: ") + orDots(s.returnPlace)};
            for (const QString &line : lines)
                y = pg.paragraph(line, kLeft, y, kRight - kLeft, body, Qt::AlignLeft, 0, 1.25);
            //! The QR code: the citizen scans it to follow the dossier (module 0.9 mm, 4-module quiet zone).
            y += 3;
            const qreal module = 0.9, side = module * (qr->size + 8);
            QPainter &p = pg.painter();
            p.fillRect(
                QRectF(LetterPage::mm(kLeft), LetterPage::mm(y), LetterPage::mm(side), LetterPage::mm(side)),
                Qt::white);
            for (int my = 0; my < qr->size; ++my) {
                for (int mx = 0; mx < qr->size; ++mx) {
                    if (qr->at(mx, my))
                        p.fillRect(QRectF(LetterPage::mm(kLeft + module * (mx + 4)),
                                          LetterPage::mm(y + module * (my + 4)), LetterPage::mm(module) + 0.5,
                                          LetterPage::mm(module) + 0.5),
                                   Qt::black);
                }
            }
            qreal ty = pg.paragraph(QStringLiteral("Tra cứu tình trạng hồ sơ: quét mã QR hoặc truy cập"),
                                    kLeft + side + 4, y + 6, kRight - kLeft - side - 4,
                                    pg.font(12, false, true), Qt::AlignLeft, 0, 1.1);
            pg.paragraph(s.lookupUrl, kLeft + side + 4, ty, kRight - kLeft - side - 4, pg.font(11),
                         Qt::AlignLeft, 0, 1.1);
            signatures(pg, y + side + 6, QStringLiteral("NGƯỜI NỘP HỒ SƠ"),
                       QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), s.party.receiverName);
        });
}

Result<QByteArray> renderGuidanceSlip(const GuidanceSlip &s)
{
    if (s.party.applicantName.trimmed().isEmpty() || s.requirements.join(QString()).trimmed().isEmpty())
        return incomplete(QT_TRANSLATE_NOOP("motcua::Error",
                                            "The guidance slip needs the applicant and at least one thing to "
                                            "complete."));
    return renderA4(QStringLiteral("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"), [&](LetterPage &pg) {
        qreal y = partyBlock(pg, s.party, QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
                             QString(), QStringLiteral("Hồ sơ của: "));
        const QFont body = pg.font(13);
        y = pg.paragraph(QStringLiteral("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:"), kLeft, y,
                         kRight - kLeft, pg.font(13, true), Qt::AlignLeft, 0, 1.2);
        y = list(pg, y, s.requirements);
        if (!s.reason.trimmed().isEmpty())
            y = pg.paragraph(QStringLiteral("Lý do: ") + s.reason.simplified(), kLeft, y + 1, kRight - kLeft,
                             body, Qt::AlignJustify, 0, 1.2);
        y = pg.paragraph(
            QStringLiteral("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với %1 "
                           "để được hướng dẫn./.")
                .arg(orDots(s.contact)),
            kLeft, y + 2, kRight - kLeft, body, Qt::AlignJustify, 12.7, 1.2);
        signatures(pg, y + 10, QStringLiteral("NGƯỜI NỘP HỒ SƠ"), QStringLiteral("NGƯỜI HƯỚNG DẪN"),
                   s.party.receiverName);
    });
}

Result<QByteArray> renderRefusalSlip(const RefusalSlip &s)
{
    if (s.party.applicantName.trimmed().isEmpty() || s.reasons.join(QString()).trimmed().isEmpty())
        return incomplete(
            QT_TRANSLATE_NOOP("motcua::Error", "The refusal slip needs the applicant and the reasons."));
    return renderA4(QStringLiteral("Phiếu từ chối tiếp nhận giải quyết hồ sơ"), [&](LetterPage &pg) {
        qreal y = partyBlock(pg, s.party, QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
                             QString(), QStringLiteral("Tiếp nhận hồ sơ của: "));
        const QFont body = pg.font(13);
        y = pg.paragraph(
            QStringLiteral(
                "Qua xem xét, %1 từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:")
                .arg(orDots(s.party.heading.agencyName)),
            kLeft, y, kRight - kLeft, body, Qt::AlignJustify, 12.7, 1.2);
        y = list(pg, y, s.reasons);
        y = pg.paragraph(QStringLiteral("Xin thông báo cho Ông/Bà được biết và thực hiện./."), kLeft, y + 2,
                         kRight - kLeft, body, Qt::AlignJustify, 12.7, 1.2);
        signatures(pg, y + 10, QStringLiteral("NGƯỜI NỘP HỒ SƠ"), QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"),
                   s.party.receiverName);
    });
}

} // namespace motcua::letters
