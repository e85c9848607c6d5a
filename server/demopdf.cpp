// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoseeder.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

namespace motcua::server {

namespace {

const char *kBody
    = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n%1\n\n"
      "Kính gửi: Ủy ban nhân dân phường Phan Đình Phùng\n"
      "Họ, chữ đệm, tên người yêu cầu: Nguyễn Văn An\n"
      "Nơi cư trú: số 12, đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên\n"
      "Giấy tờ tùy thân: Căn cước số 019090001234\n"
      "Đề nghị cơ quan có thẩm quyền giải quyết theo quy định.\n"
      "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật.\n\n"
      "Trang %2/%3";

//! Pages of typeset text (a born-digital form).
QByteArray textPdf(const QString &title, int pages, bool landscape)
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    QPdfWriter w(&buf);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    w.setResolution(150);
    w.setTitle(title);
    w.setCreator(QStringLiteral("motcua-central demo"));
    QPainter p(&w);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(11);
    p.setFont(f);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            w.newPage();
        const QRect r(80, 80, w.width() - 160, w.height() - 160);
        p.drawText(r, Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap,
                   QString::fromUtf8(kBody).arg(title.toUpper()).arg(i + 1).arg(pages));
    }
    p.end();
    return out;
}

//! A scanned-looking page: grey paper, noise, slightly skewed text, as an image.
QImage scanImage(const QString &title, int page, int pages, QRandomGenerator &rng, bool sideways)
{
    QImage img(620, 877, QImage::Format_Grayscale8);
    img.fill(QColor(236, 234, 228));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(img.width() / 2.0, img.height() / 2.0);
    p.rotate(sideways ? 90.0 : (rng.bounded(300) - 150) / 100.0);
    p.translate(-img.width() / 2.0, -img.height() / 2.0);
    QFont f(QStringLiteral("DejaVu Serif"));
    f.setPixelSize(13);
    p.setFont(f);
    p.setPen(QColor(40, 40, 40));
    p.drawText(QRect(40, 40, img.width() - 80, img.height() - 80),
               Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap,
               QString::fromUtf8(kBody).arg(title.toUpper()).arg(page + 1).arg(pages));
    p.setPen(QPen(QColor(170, 30, 30), 3));
    p.drawEllipse(QPointF(img.width() * 0.7, img.height() * 0.8), 55, 55); // the red seal
    p.end();
    uchar *bits = img.bits();
    for (qsizetype i = 0; i < img.sizeInBytes(); i += 7)
        bits[i] = uchar(qBound(0, int(bits[i]) + int(rng.bounded(40)) - 20, 255));
    return img;
}

QByteArray scanPdf(const QString &title, int pages, bool sideways, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    QPdfWriter w(&buf);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setResolution(75);
    w.setTitle(title);
    w.setCreator(QStringLiteral("motcua-central demo scanner"));
    QPainter p(&w);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            w.newPage();
        p.drawImage(QRect(0, 0, w.width(), w.height()), scanImage(title, i, pages, rng, sideways));
    }
    p.end();
    return out;
}

DemoPdf make(const QString &name, QByteArray bytes, int pages, const QString &kind)
{
    DemoPdf d;
    d.name = name;
    d.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    d.bytes = std::move(bytes);
    d.pages = pages;
    d.kind = kind;
    return d;
}

} // namespace

QList<DemoPdf> demoPdfPool()
{
    const QString in = QStringLiteral("input");
    QList<DemoPdf> pool;
    pool.append(make(QStringLiteral("Tờ khai"), textPdf(QStringLiteral("Tờ khai"), 1, false), 1, in));
    pool.append(make(QStringLiteral("Đơn đề nghị"), textPdf(QStringLiteral("Đơn đề nghị"), 3, false), 3, in));
    pool.append(
        make(QStringLiteral("Bản vẽ thiết kế"), textPdf(QStringLiteral("Bản vẽ thiết kế"), 2, true), 2, in));
    pool.append(make(QStringLiteral("Bản scan giấy tờ"),
                     scanPdf(QStringLiteral("Bản sao giấy tờ"), 1, false, 11), 1, in));
    pool.append(make(QStringLiteral("Bản scan hồ sơ"),
                     scanPdf(QStringLiteral("Hồ sơ kèm theo"), 4, false, 12), 4, in));
    pool.append(make(QStringLiteral("Bản scan xoay ngang"),
                     scanPdf(QStringLiteral("Giấy tờ chụp ngang"), 2, true, 13), 2, in));
    pool.append(make(QStringLiteral("Hồ sơ thiết kế (40 trang)"),
                     scanPdf(QStringLiteral("Thuyết minh thiết kế"), 40, false, 14), 40, in));
    pool.append(make(QStringLiteral("Kết quả giải quyết"), textPdf(QStringLiteral("Quyết định"), 1, false), 1,
                     QStringLiteral("result")));
    pool.append(make(QStringLiteral("Văn bản xin lỗi"), textPdf(QStringLiteral("Thư xin lỗi"), 1, false), 1,
                     QStringLiteral("apology")));
    return pool;
}

} // namespace motcua::server
