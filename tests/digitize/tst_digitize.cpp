// SPDX-License-Identifier: GPL-3.0-or-later
//! Scans assembled into a PDF, checked by independent tools: qpdf --check,
//! pdfinfo (pages, sizes, rotation), pdfimages (encodings), pdftoppm (what a
//! reader sees); the digitized copy signed and validated by pdfsig and ours.
#include "digitize/digitizedcopy.h"
#include "digitize/imageassembler.h"
#include "digitize/scanfolderwatcher.h"
#include "digitize/scanpages.h"
#include "signing/pdfsignaturevalidator.h"
#include "signing/pkcs12signer.h"
#include "signing/signingfixture.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::digitize;

class TestDigitize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesKeepTheirKindAndSize();
    void blackAndWhiteIsNotInverted();
    void rotationIsLosslessAndVisible();
    void fineScansAreScaledTo300Dpi();
    void badInputIsAClearError();
    void arrangingPages();
    void watchedFolderAnnouncesNewScansOnce();
    void digitizedCopyIsValid();

private:
    QString scan(const QString &name, const QImage &img, int dpi, const char *format = nullptr,
                 int quality = 90);
    QString writePdf(const QString &name, const QByteArray &pdf);
    static QImage page(QImage::Format format);
    //! The grey value at a relative point of page `n` (1-based) rendered by pdftoppm.
    int greyAt(const QString &pdf, int n, double fx, double fy);

    SigningFixture m_fx;
    QTemporaryDir m_dir;
};

void TestDigitize::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fx.setUp());
}

QImage TestDigitize::page(QImage::Format format)
{
    //! An A5 page at 300 dpi with a black block in the top-left quarter.
    QImage img(1748, 2480, format);
    img.fill(Qt::white);
    QPainter p(&img);
    p.fillRect(0, 0, img.width() / 2, img.height() / 2, Qt::black);
    return img;
}

QString TestDigitize::scan(const QString &name, const QImage &img, int dpi, const char *format, int quality)
{
    QImage copy = img;
    copy.setDotsPerMeterX(qRound(dpi / 0.0254));
    copy.setDotsPerMeterY(qRound(dpi / 0.0254));
    const QString path = m_dir.filePath(name);
    if (!copy.save(path, format, quality))
        return {};
    return path;
}

QString TestDigitize::writePdf(const QString &name, const QByteArray &pdf)
{
    const QString path = m_dir.filePath(name);
    return SigningFixture::writeFile(path, pdf) ? path : QString();
}

int TestDigitize::greyAt(const QString &pdf, int n, double fx, double fy)
{
    const QString prefix = m_dir.filePath(QStringLiteral("render"));
    int code = -1;
    SigningFixture::run(QStringLiteral("pdftoppm"),
                        {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("20"),
                         QStringLiteral("-f"), QString::number(n), QStringLiteral("-l"), QString::number(n),
                         QStringLiteral("-singlefile"), pdf, prefix},
                        &code);
    if (code != 0)
        return -1;
    QImage img(prefix + QStringLiteral(".pgm"));
    if (img.isNull())
        return -1;
    return qGray(img.pixel(int(fx * (img.width() - 1)), int(fy * (img.height() - 1))));
}

void TestDigitize::pagesKeepTheirKindAndSize()
{
    QImage colour = page(QImage::Format_RGB32);
    QPainter(&colour).fillRect(1200, 1800, 300, 300, Qt::red);
    QImage grey = page(QImage::Format_Grayscale8);
    QPainter(&grey).fillRect(1200, 1800, 300, 300, QColor(128, 128, 128));
    const QString jpg = scan(QStringLiteral("colour.jpg"), colour, 300, "JPEG");
    const QList<ScanPage> pages {{jpg, 0},
                                 {scan(QStringLiteral("colour.png"), colour, 300), 0},
                                 {scan(QStringLiteral("grey.png"), grey, 300), 0},
                                 {scan(QStringLiteral("bw.png"), page(QImage::Format_Mono), 300), 0}};
    auto pdf = assemblePdf(pages);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error().toString()));
    //! The JPEG went in untouched (no second generation of loss).
    QVERIFY(pdf.value().contains(SigningFixture::readFile(jpg)));
    const QString path = writePdf(QStringLiteral("kinds.pdf"), pdf.value());
    int code = -1;
    const QByteArray check
        = SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &code);
    QVERIFY2(code == 0, check);
    const QByteArray info = SigningFixture::run(QStringLiteral("pdfinfo"), {path}).simplified();
    QVERIFY2(info.contains(" Pages: 4 "), info);
    //! 1748 x 2480 px at 300 dpi = A5 (419.5 x 595.2 pt).
    QVERIFY2(info.contains("Page size: 419.52 x 595.2 pts"), info);
    const QString list = QString::fromLatin1(
        SigningFixture::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}));
    const QStringList rows = list.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QCOMPARE(rows.size(), 4);
    const auto cols = [&](int i) { return rows.at(i).simplified().split(QLatin1Char(' ')); };
    // page num type width height color comp bpc enc
    QCOMPARE(cols(0).at(5), QStringLiteral("rgb"));
    QCOMPARE(cols(0).at(8), QStringLiteral("jpeg"));
    QCOMPARE(cols(1).at(5), QStringLiteral("rgb"));
    QCOMPARE(cols(1).at(8), QStringLiteral("jpeg"));
    QCOMPARE(cols(2).at(5), QStringLiteral("gray")); // a grey page is one component
    QCOMPARE(cols(2).at(6), QStringLiteral("1"));
    QCOMPARE(cols(2).at(8), QStringLiteral("jpeg"));
    QCOMPARE(cols(3).at(5), QStringLiteral("gray")); // black and white stays lossless 1-bit
    QCOMPARE(cols(3).at(7), QStringLiteral("1"));
    QCOMPARE(cols(3).at(8), QStringLiteral("image"));
    //! Sensible sizes: a 300 dpi A5 text page well under 100 KB except for the colour PNG re-encoded.
    QVERIFY2(pdf.value().size() < 1500000, QByteArray::number(pdf.value().size()));
}

void TestDigitize::blackAndWhiteIsNotInverted()
{
    const QImage drawn = page(QImage::Format_RGB32);
    //! Both polarities of a 1-bit colour table, and a grey image holding only black and white.
    const QList<QImage> images {
        drawn.convertToFormat(QImage::Format_Mono, {qRgb(0, 0, 0), qRgb(255, 255, 255)}),
        drawn.convertToFormat(QImage::Format_Mono, {qRgb(255, 255, 255), qRgb(0, 0, 0)}),
        drawn.convertToFormat(QImage::Format_Grayscale8)};
    for (qsizetype i = 0; i < images.size(); ++i) {
        auto pdf = assemblePdf({{scan(QStringLiteral("bw-%1.png").arg(i), images.at(i), 300), 0}});
        QVERIFY(pdf.ok());
        const QString path = writePdf(QStringLiteral("bw-%1.pdf").arg(i), pdf.value());
        QVERIFY2(greyAt(path, 1, 0.25, 0.25) < 40, "the black block is black");
        QVERIFY2(greyAt(path, 1, 0.75, 0.75) > 215, "the paper is white");
    }
}

void TestDigitize::rotationIsLosslessAndVisible()
{
    const QString jpg = scan(QStringLiteral("turn.jpg"), page(QImage::Format_RGB32), 300, "JPEG");
    ScanPages pages;
    pages.append(jpg);
    QVERIFY(pages.rotate(0));
    auto pdf = assemblePdf(pages.pages());
    QVERIFY(pdf.ok());
    QVERIFY(pdf.value().contains(SigningFixture::readFile(jpg))); // not re-encoded
    const QString path = writePdf(QStringLiteral("turned.pdf"), pdf.value());
    const QByteArray info = SigningFixture::run(QStringLiteral("pdfinfo"), {path}).simplified();
    QVERIFY2(info.contains("Page rot: 90 "), info);
    //! Turned clockwise: the block that was top-left is now top-right.
    QVERIFY(greyAt(path, 1, 0.75, 0.25) < 60);
    QVERIFY(greyAt(path, 1, 0.25, 0.25) > 200);
}

void TestDigitize::fineScansAreScaledTo300Dpi()
{
    QImage fine(2480, 3508, QImage::Format_RGB32); // A5 at 600 dpi
    fine.fill(QColor(250, 240, 200));
    auto pdf = assemblePdf({{scan(QStringLiteral("fine.png"), fine, 600), 0}});
    QVERIFY(pdf.ok());
    const QString path = writePdf(QStringLiteral("fine.pdf"), pdf.value());
    const QStringList row = QString::fromLatin1(SigningFixture::run(QStringLiteral("pdfimages"),
                                                                    {QStringLiteral("-list"), path}))
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                .value(2)
                                .simplified()
                                .split(QLatin1Char(' '));
    QCOMPARE(row.value(3), QStringLiteral("1240"));
    QCOMPARE(row.value(4), QStringLiteral("1754"));
    QVERIFY(SigningFixture::run(QStringLiteral("pdfinfo"), {path})
                .simplified()
                .contains("Page size: 297.6 x 420.96 pts"));
}

void TestDigitize::badInputIsAClearError()
{
    auto none = assemblePdf({});
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, QStringLiteral("digitize.no_pages"));
    const QString text = m_dir.filePath(QStringLiteral("notes.png"));
    QVERIFY(SigningFixture::writeFile(text, "this is not an image"));
    auto bad = assemblePdf({{text, 0}});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("digitize.unreadable"));
    QVERIFY(bad.error().userMessage().contains(QStringLiteral("notes.png")));
    auto missing = assemblePdf({{m_dir.filePath(QStringLiteral("gone.jpg")), 0}});
    QCOMPARE(missing.error().code, QStringLiteral("digitize.unreadable"));
    //! A truncated JPEG (a scanner still writing) is refused, not half-embedded.
    const QByteArray jpg = SigningFixture::readFile(
        scan(QStringLiteral("whole.jpg"), page(QImage::Format_RGB32), 300, "JPEG"));
    const QString cut = m_dir.filePath(QStringLiteral("cut.jpg"));
    QVERIFY(SigningFixture::writeFile(cut, jpg.left(40)));
    QCOMPARE(assemblePdf({{cut, 0}}).error().code, QStringLiteral("digitize.unreadable"));
}

void TestDigitize::arrangingPages()
{
    ScanPages p;
    p.append(QStringLiteral("a.png"));
    p.append(QStringLiteral("b.png"));
    p.append(QStringLiteral("c.png"));
    QVERIFY(p.move(2, 0));
    QCOMPARE(p.pages().at(0).path, QStringLiteral("c.png"));
    QVERIFY(p.rotate(1, -1));
    QCOMPARE(p.pages().at(1).rotation, 270);
    QVERIFY(p.rotate(1, 2));
    QCOMPARE(p.pages().at(1).rotation, 90);
    QVERIFY(p.replace(1, QStringLiteral("a2.png"))); // re-scan keeps the place, starts upright
    QCOMPARE(p.pages().at(1), (ScanPage {QStringLiteral("a2.png"), 0}));
    QVERIFY(p.remove(2));
    QCOMPARE(p.size(), 2);
    QVERIFY(!p.remove(5));
    QVERIFY(!p.move(0, 2));
    QVERIFY(!p.rotate(-1));
}

void TestDigitize::watchedFolderAnnouncesNewScansOnce()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(page(QImage::Format_Mono).save(folder.filePath(QStringLiteral("old.png"))));
    ScanFolderWatcher w;
    w.setSettleMs(100);
    QVERIFY(!w.setFolder(folder.filePath(QStringLiteral("missing"))));
    QVERIFY(w.setFolder(folder.path()));
    QSignalSpy spy(&w, &ScanFolderWatcher::scanArrived);
    QVERIFY(SigningFixture::writeFile(folder.filePath(QStringLiteral("notes.txt")), "not a scan"));
    QVERIFY(page(QImage::Format_Mono).save(folder.filePath(QStringLiteral("scan-0001.png"))));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
    QCOMPARE(spy.at(0).at(0).toString(), folder.filePath(QStringLiteral("scan-0001.png")));
    QVERIFY(page(QImage::Format_Mono).save(folder.filePath(QStringLiteral("scan-0002.PNG"))));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 10000);
    QTest::qWait(400);
    QCOMPARE(spy.size(), 2); // nothing twice, old.png and notes.txt never
}

void TestDigitize::digitizedCopyIsValid()
{
    auto pdf = assemblePdf({{scan(QStringLiteral("s1.jpg"), page(QImage::Format_RGB32), 300, "JPEG"), 0},
                            {scan(QStringLiteral("s2.png"), page(QImage::Format_Grayscale8), 300), 90}});
    QVERIFY(pdf.ok());
    auto signer = signing::Pkcs12Signer::open(m_fx.p12(), m_fx.p12Password());
    QVERIFY(signer.ok());
    auto signedCopy = signDigitizedCopy(pdf.value(), *signer.value(),
                                        {QStringLiteral("UBND phường Phan Đình Phùng"), {}, {}});
    QVERIFY2(signedCopy.ok(), qPrintable(signedCopy.error().toString()));
    QVERIFY(signedCopy->level == signing::PadesLevel::BB);
    const Result<QByteArray> copy = signedCopy->pdf;
    QVERIFY(copy.value().startsWith(pdf.value()));
    const QString path = writePdf(QStringLiteral("copy.pdf"), copy.value());
    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {path});
    QVERIFY2(sig.contains("Signature is Valid."), sig);
    QVERIFY2(sig.contains("Total document signed"), sig);
    int code = -1;
    const QByteArray check
        = SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &code);
    QVERIFY2(code == 0, check);
    signing::PdfSignatureValidator validator;
    QVERIFY(validator.addTrusted(m_fx.caPem()).ok());
    auto report = validator.validate(copy.value());
    QVERIFY(report.ok());
    QCOMPARE(report.value().verdict, signing::Verdict::Valid);
}

QTEST_MAIN(TestDigitize)
#include "tst_digitize.moc"
