// SPDX-License-Identifier: GPL-3.0-or-later
//! PdfAnnotationWriter against independent readers: qpdf --check, poppler-qt6
//! (kinds, pages, rectangles, text, author read back), pdfsig and our validator
//! on a signed original.
#include "signing/pdfannotationwriter.h"
#include "signing/pdfsignaturevalidator.h"
#include "signing/pdfsigner.h"
#include "signing/pkcs12signer.h"
#include "signingfixture.h"

#include <QTest>
#include <QTimeZone>
#include <memory>
#include <poppler-annotation.h>
#include <poppler-qt6.h>

using namespace motcua;
using namespace motcua::signing;

namespace {

Annotation make(const QString &id, AnnotationKind kind, int page, QRectF rect, const QString &text)
{
    Annotation a;
    a.id = id;
    a.dossierId = QStringLiteral("d1");
    a.componentId = QStringLiteral("c1");
    a.page = page;
    a.kind = kind;
    a.rect = rect;
    a.text = text;
    a.color = QStringLiteral("#e53935");
    a.author = QStringLiteral("chuyenvien1");
    a.createdAt = QDateTime(QDate(2026, 11, 30), QTime(8, 15), Qt::UTC);
    a.updatedAt = a.createdAt;
    a.version = 1;
    if (kind == AnnotationKind::Ink)
        a.points = {rect.topLeft(), rect.center(), rect.bottomRight()};
    return a;
}

QList<Annotation> allKinds()
{
    return {make(QStringLiteral("a-note"), AnnotationKind::Note, 0, {0.1, 0.1, 0.05, 0.05},
                 QStringLiteral("Thiếu dấu giáp lai")),
            make(QStringLiteral("a-hl"), AnnotationKind::Highlight, 0, {0.2, 0.3, 0.5, 0.03},
                 QStringLiteral("Kiểm tra số CCCD")),
            make(QStringLiteral("a-rect"), AnnotationKind::Rectangle, 1, {0.25, 0.5, 0.4, 0.2},
                 QStringLiteral("Chữ ký mờ")),
            make(QStringLiteral("a-free"), AnnotationKind::FreeText, 1, {0.1, 0.8, 0.6, 0.06},
                 QStringLiteral("Đề nghị bổ sung bản gốc")),
            make(QStringLiteral("a-ink"), AnnotationKind::Ink, 0, {0.6, 0.6, 0.3, 0.2}, QString())};
}

struct ReadBack
{
    Poppler::Annotation::SubType type;
    int page;
    QRectF rect;
    QString text;
    QString author;
    QString id;
    bool inPlace = false;
};

QList<ReadBack> readWithPoppler(const QString &path)
{
    QList<ReadBack> out;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return out;
    for (int p = 0; p < doc->numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page = doc->page(p);
        for (const auto &an : page->annotations()) {
            if (an->subType() == Poppler::Annotation::AWidget)
                continue; // a signature field, not one of ours
            ReadBack r {an->subType(), p, an->boundary(), an->contents(), an->author(), an->uniqueName()};
            if (an->subType() == Poppler::Annotation::AText)
                r.inPlace = static_cast<Poppler::TextAnnotation *>(an.get())->textType()
                    == Poppler::TextAnnotation::InPlace;
            out.append(r);
        }
    }
    return out;
}

bool near(const QRectF &a, const QRectF &b, double tol = 0.01)
{
    return std::abs(a.left() - b.left()) < tol && std::abs(a.top() - b.top()) < tol
        && std::abs(a.right() - b.right()) < tol && std::abs(a.bottom() - b.bottom()) < tol;
}

} // namespace

class TestPdfAnnotationWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void userSpaceMapping();
    void everyKindReadsBackInPoppler();
    void rotatedPageKeepsPlacement();
    void signedOriginalStaysValid();
    void badInput();

private:
    QString save(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_fx.path(name);
        SigningFixture::writeFile(path, bytes);
        return path;
    }
    void checkAgainst(const QString &path, const QList<Annotation> &written);

    SigningFixture m_fx;
};

void TestPdfAnnotationWriter::initTestCase()
{
    QVERIFY(m_fx.setUp());
}

void TestPdfAnnotationWriter::userSpaceMapping()
{
    const QRectF box(10, 20, 200, 400); // MediaBox [10 20 210 420]
    QCOMPARE(PdfAnnotationWriter::toUserSpace(QPointF(0, 0), box, 0), QPointF(10, 420));
    QCOMPARE(PdfAnnotationWriter::toUserSpace(QPointF(1, 1), box, 0), QPointF(210, 20));
    QCOMPARE(PdfAnnotationWriter::toUserSpace(QPointF(0.5, 0.25), box, 0), QPointF(110, 320));
    // Rotated 90° clockwise: the displayed top-left is the box's lower-left.
    QCOMPARE(PdfAnnotationWriter::toUserSpace(QPointF(0, 0), box, 90), QPointF(10, 20));
    QCOMPARE(PdfAnnotationWriter::toUserSpace(QPointF(1, 0), box, 90), QPointF(10, 420));
    QCOMPARE(PdfAnnotationWriter::toUserSpace(QPointF(0, 1), box, 90), QPointF(210, 20));
    QCOMPARE(PdfAnnotationWriter::toUserSpace(QPointF(0, 0), box, 180), QPointF(210, 20));
    QCOMPARE(PdfAnnotationWriter::toUserSpace(QPointF(0, 0), box, 270), QPointF(210, 420));
    QCOMPARE(PdfAnnotationWriter::toUserSpace(QPointF(1, 0), box, 270), QPointF(210, 20));
    QCOMPARE(PdfAnnotationWriter::toUserSpace(QRectF(0.5, 0.25, 0.25, 0.5), box, 0),
             QRectF(QPointF(110, 120), QPointF(160, 320)));
}

void TestPdfAnnotationWriter::checkAgainst(const QString &path, const QList<Annotation> &written)
{
    int rc = -1;
    const QByteArray check
        = SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &rc);
    QVERIFY2(rc == 0 && check.contains("No syntax or stream encoding errors"), check);

    const QList<ReadBack> got = readWithPoppler(path);
    QCOMPARE(got.size(), written.size());
    for (const Annotation &a : written) {
        auto it = std::find_if(got.cbegin(), got.cend(), [&](const ReadBack &r) { return r.id == a.id; });
        QVERIFY2(it != got.cend(), qPrintable(a.id));
        QCOMPARE(it->page, a.page);
        QCOMPARE(it->author, a.author);
        QCOMPARE(it->text, a.text);
        switch (a.kind) {
        case AnnotationKind::Note:
            QCOMPARE(it->type, Poppler::Annotation::AText);
            QVERIFY(!it->inPlace);
            QVERIFY2(std::abs(it->rect.left() - a.rect.left()) < 0.01
                         && std::abs(it->rect.top() - a.rect.top()) < 0.01,
                     qPrintable(a.id));
            break;
        case AnnotationKind::FreeText:
            QCOMPARE(it->type, Poppler::Annotation::AText);
            QVERIFY(it->inPlace);
            QVERIFY2(near(it->rect, a.rect), qPrintable(a.id));
            break;
        case AnnotationKind::Highlight:
            QCOMPARE(it->type, Poppler::Annotation::AHighlight);
            QVERIFY2(near(it->rect, a.rect), qPrintable(a.id));
            break;
        case AnnotationKind::Rectangle:
            QCOMPARE(it->type, Poppler::Annotation::AGeom);
            QVERIFY2(near(it->rect, a.rect), qPrintable(a.id));
            break;
        case AnnotationKind::Ink:
            QCOMPARE(it->type, Poppler::Annotation::AInk);
            // The boundary is the stroke's, widened by the line width.
            QVERIFY2(near(it->rect, a.rect, 0.02), qPrintable(a.id));
            break;
        }
    }
}

void TestPdfAnnotationWriter::everyKindReadsBackInPoppler()
{
    const QByteArray original = SigningFixture::makePdf(2, QStringLiteral("Tờ khai đăng ký"));
    QList<Annotation> list = allKinds();
    Annotation gone = make(QStringLiteral("a-gone"), AnnotationKind::Rectangle, 0, {0.1, 0.1, 0.1, 0.1}, {});
    gone.deleted = true;
    list.append(gone);
    auto out = PdfAnnotationWriter::write(original, list);
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
    QVERIFY2(out->startsWith(original), "the original bytes are kept");
    const QString path = save(QStringLiteral("annotated.pdf"), out.value());
    checkAgainst(path, allKinds()); // the deleted one is not written

    // pdftotext still reads the page text (the content was not touched).
    const QByteArray text = SigningFixture::run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY2(QString::fromUtf8(text).contains(QStringLiteral("Tờ khai đăng ký")), text);
}

void TestPdfAnnotationWriter::rotatedPageKeepsPlacement()
{
    // qpdf rewrites the file with /Rotate 90 on page 1 (and an xref of its own making).
    const QString plain
        = save(QStringLiteral("plain.pdf"), SigningFixture::makePdf(2, QStringLiteral("Trang xoay")));
    const QString rotated = m_fx.path(QStringLiteral("rotated.pdf"));
    int rc = -1;
    const QByteArray log = SigningFixture::run(
        QStringLiteral("qpdf"),
        {QStringLiteral("--rotate=+90:1"), QStringLiteral("--object-streams=generate"), plain, rotated}, &rc);
    QVERIFY2(rc == 0, log);
    auto out = PdfAnnotationWriter::write(SigningFixture::readFile(rotated), allKinds());
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
    checkAgainst(save(QStringLiteral("rotated-annotated.pdf"), out.value()), allKinds());
}

void TestPdfAnnotationWriter::signedOriginalStaysValid()
{
    auto signer = Pkcs12Signer::open(m_fx.p12(), m_fx.p12Password());
    QVERIFY(signer.ok());
    const QByteArray original = SigningFixture::makePdf(2, QStringLiteral("Quyết định cấp phép"));
    auto signedPdf = PdfSigner::sign(original, **signer, {});
    QVERIFY(signedPdf.ok());
    auto out = PdfAnnotationWriter::write(signedPdf.value(), allKinds());
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
    QVERIFY(out->startsWith(signedPdf.value()));
    const QString path = save(QStringLiteral("signed-annotated.pdf"), out.value());

    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {path});
    QVERIFY2(sig.contains("Signature is Valid."), sig);
    QVERIFY2(sig.contains("Not total document signed"), sig); // the update is after the signature

    PdfSignatureValidator validator;
    QVERIFY(validator.addTrusted(m_fx.caPem()).ok());
    auto report = validator.validate(out.value());
    QVERIFY(report.ok());
    QStringList problems;
    for (const auto &s : report->signatures)
        problems << s.problems;
    QVERIFY2(report->verdict == Verdict::Valid, qPrintable(problems.join(QLatin1Char('\n'))));
    checkAgainst(path, allKinds());
}

void TestPdfAnnotationWriter::badInput()
{
    const QByteArray original = SigningFixture::makePdf(1, QStringLiteral("Một trang"));
    auto tooFar = PdfAnnotationWriter::write(
        original, {make(QStringLiteral("x"), AnnotationKind::Rectangle, 3, {0.1, 0.1, 0.2, 0.2}, {})});
    QVERIFY(!tooFar.ok());
    QCOMPARE(tooFar.error().code, QStringLiteral("annotation.bad_page"));
    auto corrupt = PdfAnnotationWriter::write(QByteArray("%PDF-1.7\nnot really a pdf"), allKinds());
    QVERIFY(!corrupt.ok());
    auto nothing = PdfAnnotationWriter::write(original, {});
    QVERIFY(nothing.ok());
    QCOMPARE(nothing.value(), original);
}

QTEST_MAIN(TestPdfAnnotationWriter)
#include "tst_pdfannotationwriter.moc"
