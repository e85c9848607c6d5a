// SPDX-License-Identifier: GPL-3.0-or-later
// PdfDocument against the fixtures of tests/data/pdf (written by make_fixtures.py).
#include "pdf/pdfdocument.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::pdf;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf/") + QLatin1String(name);
}

//! Fraction of pixels that are clearly not white.
double inkRatio(const QImage &img)
{
    const QImage rgb = img.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ink += qGray(line[x]) < 200;
    }
    return double(ink) / (double(rgb.width()) * rgb.height());
}

//! Darkest-pixel bounding box of dark pixels in a normalised rect of the image.
int inkIn(const QImage &img, const QRectF &norm)
{
    const QImage rgb = img.convertToFormat(QImage::Format_RGB32);
    const QRect r(int(norm.x() * rgb.width()), int(norm.y() * rgb.height()),
                  int(norm.width() * rgb.width()) + 1, int(norm.height() * rgb.height()) + 1);
    int ink = 0;
    for (int y = r.top(); y <= r.bottom() && y < rgb.height(); ++y)
        for (int x = r.left(); x <= r.right() && x < rgb.width(); ++x)
            ink += qGray(rgb.pixel(x, y)) < 128;
    return ink;
}
//! Mean grey difference (0..255) of two renderings of a page, compared at a
//! quarter of the first one's size: renderers may place an image half a pixel
//! apart (or one pixel wider); what counts is that the page looks the same.
double looksDifferent(const QImage &a, const QImage &b)
{
    const QSize small(a.width() / 4, a.height() / 4);
    const QImage sa = a.convertToFormat(QImage::Format_RGB32)
                          .scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage sb = b.convertToFormat(QImage::Format_RGB32)
                          .scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    double diff = 0;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            diff += qAbs(qGray(sa.pixel(x, y)) - qGray(sb.pixel(x, y)));
    return diff / (double(small.width()) * small.height());
}
} // namespace

class TestPdfDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageCountAndSizes()
    {
        auto doc = PdfDocument::open(fixture("text.pdf"));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        QCOMPARE(doc.value()->pageCount(), 3);
        QCOMPARE(doc.value()->pageSize(0), QSizeF(595, 842));
        QCOMPARE(doc.value()->pageSize(2), QSizeF(842, 595));
        QCOMPARE(doc.value()->pageSize(0, 90), QSizeF(842, 595));
        QCOMPARE(doc.value()->pageSize(0, -90), QSizeF(842, 595));
        QCOMPARE(doc.value()->pageSize(0, 180), QSizeF(595, 842));
        QCOMPARE(doc.value()->pageInfo(0).pageRotation, 0);
    }

    void pageOwnRotationIsApplied()
    {
        auto doc = PdfDocument::open(fixture("rotated.pdf"));
        QVERIFY(doc.ok());
        //! /Rotate 90 on a portrait MediaBox: laid out landscape.
        QCOMPARE(doc.value()->pageInfo(0).pageRotation, 90);
        QCOMPARE(doc.value()->pageSize(0), QSizeF(842, 595));
        QCOMPARE(doc.value()->pageSize(0, 90), QSizeF(595, 842));
        QCOMPARE(doc.value()->pageSize(1), QSizeF(595, 842));
        auto img = doc.value()->render(0, 0.5);
        QVERIFY(img.ok());
        QVERIFY(img.value().width() > img.value().height());
        auto img2 = doc.value()->render(0, 0.5, 90); // user turns it back upright
        QVERIFY(img2.ok());
        QVERIFY(img2.value().width() < img2.value().height());
    }

    void renderIsNotBlankAndScaled()
    {
        auto doc = PdfDocument::open(fixture("text.pdf"));
        QVERIFY(doc.ok());
        auto img = doc.value()->render(0, 96.0 / 72.0);
        QVERIFY(img.ok());
        QCOMPARE(img.value().width(), 793);
        QCOMPARE(img.value().height(), 1123);
        const double ink = inkRatio(img.value());
        QVERIFY2(ink > 0.005 && ink < 0.5, qPrintable(QString::number(ink)));
        QVERIFY(!doc.value()->render(3, 1.0).ok());
        QCOMPARE(doc.value()->render(-1, 1.0).error().code, QString::fromLatin1(errors::PageOutOfRange));
    }

    void renderingMatchesPdftoppm_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("sideways");
        //! A scan (no fonts: drawn by Poppler's QPainter backend), the same scan
        //! delivered sideways (/Rotate 90, set by qpdf) and a text page (Splash).
        QTest::newRow("scan") << fixture("scan.pdf") << false;
        QTest::newRow("scan with /Rotate 90") << fixture("scan.pdf") << true;
        QTest::newRow("text") << fixture("text.pdf") << false;
    }
    void renderingMatchesPdftoppm()
    {
        //! Whichever backend draws a page, it must look like Poppler's own tool
        //! (an independent reference): same size, near-identical pixels.
        QFETCH(QString, file);
        QFETCH(bool, sideways);
        QTemporaryDir dir;
        if (sideways) {
            const QString turned = dir.filePath(QStringLiteral("sideways.pdf"));
            QProcess qpdf;
            qpdf.start(QStringLiteral("qpdf"), {file, QStringLiteral("--rotate=+90"), turned});
            QVERIFY2(qpdf.waitForFinished(30000) && qpdf.exitCode() == 0, "qpdf failed or is missing");
            file = turned;
        }
        auto doc = PdfDocument::open(file);
        QVERIFY(doc.ok());
        auto ours = doc.value()->render(0, 96.0 / 72.0);
        QVERIFY(ours.ok());
        QProcess pdftoppm;
        pdftoppm.start(QStringLiteral("pdftoppm"),
                       {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                        QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-png"),
                        QStringLiteral("-singlefile"), file, dir.filePath(QStringLiteral("ref"))});
        QVERIFY2(pdftoppm.waitForFinished(30000) && pdftoppm.exitCode() == 0,
                 "pdftoppm (poppler-utils) failed or is missing");
        const QImage ref(dir.filePath(QStringLiteral("ref.png")));
        QVERIFY(!ref.isNull());
        const QImage a = ours.value().convertToFormat(QImage::Format_RGB32);
        QVERIFY2(qAbs(a.width() - ref.width()) <= 1 && qAbs(a.height() - ref.height()) <= 1,
                 qPrintable(QStringLiteral("%1x%2 vs %3x%4")
                                .arg(a.width())
                                .arg(a.height())
                                .arg(ref.width())
                                .arg(ref.height())));
        const double diff = looksDifferent(a, ref);
        QVERIFY2(diff < 3.0, qPrintable(QStringLiteral("mean grey difference %1").arg(diff)));
        QVERIFY(inkRatio(a) > 0.001);

        //! Turned by the user: the same page a quarter turn clockwise.
        auto turned = doc.value()->render(0, 96.0 / 72.0, 90);
        QVERIFY(turned.ok());
        const QImage expected = a.transformed(QTransform().rotate(90));
        QVERIFY2(
            qAbs(turned.value().width() - expected.width()) <= 1
                && qAbs(turned.value().height() - expected.height()) <= 1,
            qPrintable(
                QStringLiteral("turned %1x%2").arg(turned.value().width()).arg(turned.value().height())));
        const double turnedDiff = looksDifferent(turned.value(), expected);
        QVERIFY2(turnedDiff < 3.0,
                 qPrintable(QStringLiteral("turned: mean grey difference %1").arg(turnedDiff)));
    }

    void renderRespectsPixelCap()
    {
        Limits limits;
        limits.maxPixelsPerImage = 100'000;
        auto doc = PdfDocument::open(fixture("text.pdf"), limits);
        QVERIFY(doc.ok());
        auto img = doc.value()->render(0, 50.0); // would be ~1.25 gigapixels
        QVERIFY(img.ok());
        QVERIFY(qint64(img.value().width()) * img.value().height() <= 100'000);
        QVERIFY(img.value().width() > 200);
    }

    void searchFindsHitsWithRectangles()
    {
        auto doc = PdfDocument::open(fixture("text.pdf"));
        QVERIFY(doc.ok());
        auto hits = doc.value()->search(QStringLiteral("LICENCE"));
        QVERIFY(hits.ok());
        //! "licence" is on page 1 twice and page 3 once; never on page 2.
        QCOMPARE(hits.value().size(), 3);
        QCOMPARE(hits.value().at(0).page, 0);
        QCOMPARE(hits.value().at(1).page, 0);
        QCOMPARE(hits.value().at(2).page, 2);
        const QRectF first = hits.value().at(0).rect;
        //! Drawn at x=72pt, baseline y=760pt (from the bottom) in 24pt Helvetica, after
        //! "Application for a business ", on a 595x842 page.
        QVERIFY2(first.top() > (842 - 790) / 842.0 && first.bottom() < (842 - 750) / 842.0,
                 qPrintable(QStringLiteral("%1 %2").arg(first.top()).arg(first.bottom())));
        QVERIFY(first.left() > 0.3 && first.right() < 0.85);
        //! The rectangle covers drawn glyphs.
        auto img = doc.value()->render(0, 1.0);
        QVERIFY(inkIn(img.value(), first) > 50);
        QVERIFY(doc.value()->search(QStringLiteral("nowhere-to-be-found")).value().isEmpty());
        QVERIFY(doc.value()->search(QStringLiteral("   ")).value().isEmpty());
    }

    //! Issue 20 item 4: the viewer's search folds diacritics like the inbox's
    //! (one textfold::fold): "nguyen" finds "Nguyễn", "tinh thai" finds
    //! "tỉnh Thái", "Hoang Van" finds "Hoàng" at a line's end and "Văn" on the next.
    void searchFoldsVietnameseDiacritics()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vi.pdf"));
        {
            QPdfWriter writer(path);
            writer.setResolution(72);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&writer);
            const int id = QFontDatabase::addApplicationFont(
                QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
            QVERIFY2(id >= 0, "DejaVu Sans (fonts-dejavu-core) is needed for Vietnamese glyphs");
            QFont font(QFontDatabase::applicationFontFamilies(id).value(0));
            font.setPixelSize(16);
            painter.setFont(font);
            painter.drawText(QPointF(60, 100), QStringLiteral("Họ và tên: NGUYỄN Thị Lan"));
            painter.drawText(QPointF(60, 140), QStringLiteral("Địa chỉ: xã Tân Thành, tỉnh Thái Bình"));
            painter.drawText(QPointF(60, 180), QStringLiteral("Người ký: ông Trần Hoàng"));
            painter.drawText(QPointF(60, 200), QStringLiteral("Văn Phúc, chuyên viên"));
        }
        auto doc = PdfDocument::open(path);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        auto img = doc.value()->render(0, 1.0);
        QVERIFY(img.ok());

        auto nguyen = doc.value()->search(QStringLiteral("nguyen"));
        QVERIFY(nguyen.ok());
        QCOMPARE(nguyen.value().size(), 1);
        const QRectF n = nguyen.value().first().rect;
        //! Drawn with its baseline at y=100 of 842: the rectangle is on that line and inked.
        QVERIFY2(n.top() < 100 / 842.0 && n.bottom() > 85 / 842.0, qPrintable(QString::number(n.top())));
        QVERIFY(inkIn(img.value(), n) > 20);

        auto tinhThai = doc.value()->search(QStringLiteral("tinh thai"));
        QVERIFY(tinhThai.ok());
        QCOMPARE(tinhThai.value().size(), 2); // "tỉnh" and "Thái": one rectangle per word

        auto hoangVan = doc.value()->search(QStringLiteral("Hoang Van"));
        QVERIFY(hoangVan.ok());
        QCOMPARE(hoangVan.value().size(), 2); // across the line break
        QVERIFY(hoangVan.value().at(0).rect.top() < hoangVan.value().at(1).rect.top());
        for (const SearchHit &h : hoangVan.value())
            QVERIFY(inkIn(img.value(), h.rect) > 10);

        //! Typed with its marks, or decomposed (NFD), it matches the same.
        QCOMPARE(doc.value()->search(QStringLiteral("Nguyễn")).value().size(), 1);
        QCOMPARE(doc.value()
                     ->search(QStringLiteral("Nguyễn").normalized(QString::NormalizationForm_D))
                     .value()
                     .size(),
                 1);
        QCOMPARE(doc.value()->search(QStringLiteral("dia chi")).value().size(), 2);
        QVERIFY(doc.value()->search(QStringLiteral("nguyenx")).value().isEmpty());
    }

    void searchRectanglesFollowUserRotation()
    {
        auto doc = PdfDocument::open(fixture("text.pdf"));
        QVERIFY(doc.ok());
        auto upright = doc.value()->searchPage(0, QStringLiteral("Dossier"), 0);
        auto turned = doc.value()->searchPage(0, QStringLiteral("Dossier"), 90);
        QVERIFY(upright.ok() && turned.ok());
        QCOMPARE(upright.value().size(), 1);
        QCOMPARE(turned.value().size(), 1);
        const QRectF u = upright.value().first();
        const QRectF t = turned.value().first();
        //! Turning clockwise maps (x, y) to (1 - y, x) in normalised coordinates.
        QVERIFY2(qAbs(t.left() - (1 - u.bottom())) < 0.02 && qAbs(t.top() - u.left()) < 0.02,
                 qPrintable(QStringLiteral("u=%1,%2 t=%3,%4").arg(u.x()).arg(u.y()).arg(t.x()).arg(t.y())));
        auto img = doc.value()->render(0, 1.0, 90);
        QVERIFY(inkIn(img.value(), t) > 20);
    }

    void brokenFilesGiveTypedErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("corrupt") << fixture("corrupt.pdf") << QString::fromLatin1(errors::Corrupt);
        QTest::newRow("truncated") << fixture("truncated.pdf") << QString::fromLatin1(errors::Truncated);
        QTest::newRow("encrypted") << fixture("encrypted.pdf") << QString::fromLatin1(errors::Encrypted);
        QTest::newRow("zero pages") << fixture("zero-pages.pdf") << QString::fromLatin1(errors::NoPages);
        QTest::newRow("not a pdf") << fixture("not-a-pdf.pdf") << QString::fromLatin1(errors::NotPdf);
        QTest::newRow("missing") << fixture("does-not-exist.pdf") << QString::fromLatin1(errors::NotFound);
    }

    void brokenFilesGiveTypedErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        auto doc = PdfDocument::open(file);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, code);
        QVERIFY(!doc.error().userMessage().isEmpty());
        if (QFile::exists(file)) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto fromData = PdfDocument::openData(f.readAll());
            QVERIFY(!fromData.ok());
            QCOMPARE(fromData.error().code, code);
        }
    }

    void everyTruncationIsRefused()
    {
        //! Cutting a valid PDF anywhere must give a typed error, never a crash.
        QFile f(fixture("text.pdf"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        for (int cut = 0; cut < all.size() - 8; cut += 37) {
            auto doc = PdfDocument::openData(all.left(cut));
            QVERIFY2(!doc.ok(), qPrintable(QString::number(cut)));
            QVERIFY(doc.error().code == QLatin1String(errors::Truncated)
                    || doc.error().code == QLatin1String(errors::NotPdf));
        }
        QVERIFY(PdfDocument::openData(all).ok());
    }

    void damagedBytesNeverCrash()
    {
        //! Deterministic byte damage all over a valid file: each variant either opens
        //! (and then every page renders or fails with a typed error) or is refused
        //! with a typed error. What is checked is that nothing crashes or hangs.
        QFile f(fixture("rotated.pdf"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        QRandomGenerator rng(766);
        int opened = 0, refused = 0;
        for (int variant = 0; variant < 150; ++variant) {
            QByteArray damaged = original;
            const int flips = 1 + int(rng.bounded(6));
            for (int i = 0; i < flips; ++i)
                damaged[int(rng.bounded(quint32(damaged.size())))] = char(rng.bounded(256));
            auto doc = PdfDocument::openData(damaged);
            if (!doc.ok()) {
                ++refused;
                QVERIFY(doc.error().code.startsWith(QLatin1String("pdf.")));
                continue;
            }
            ++opened;
            for (int p = 0; p < doc.value()->pageCount(); ++p) {
                auto img = doc.value()->render(p, 0.3);
                QVERIFY(img.ok() || img.error().code == QLatin1String(errors::RenderFailed));
                QVERIFY(doc.value()->searchPage(p, QStringLiteral("scan")).ok());
            }
        }
        QVERIFY(opened > 0);
        QVERIFY(refused > 0);
    }

    void tooManyPagesIsCapped()
    {
        Limits limits;
        limits.maxPages = 2;
        auto doc = PdfDocument::open(fixture("text.pdf"), limits);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, QString::fromLatin1(errors::TooManyPages));
    }

    void concurrentRendersUseSeparatePopplerDocuments()
    {
        Limits limits;
        limits.maxPopplerDocuments = 3;
        auto opened = PdfDocument::open(fixture("text.pdf"), limits);
        QVERIFY(opened.ok());
        std::shared_ptr<PdfDocument> doc = opened.value();
        QList<QThread *> threads;
        std::atomic<int> failures {0};
        for (int t = 0; t < 6; ++t) {
            threads.append(QThread::create([doc, &failures, t] {
                for (int i = 0; i < 6; ++i) {
                    auto r = doc->render((t + i) % 3, 0.5, 90 * i);
                    if (!r.ok() || inkRatio(r.value()) < 0.001)
                        ++failures;
                }
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        QVERIFY(doc->popplerDocumentCount() >= 1);
        QVERIFY(doc->popplerDocumentCount() <= 3);
    }
};

QTEST_MAIN(TestPdfDocument)
#include "tst_pdfdocument.moc"
