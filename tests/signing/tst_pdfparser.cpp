// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pdffile.h"
#include "signing/pdfparser.h"
#include "signing/pdfsignaturevalidator.h"
#include "signing/pdfsigner.h"
#include "signing/truetypefont.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace motcua::signing;

class TestPdfParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void objects();
    void classicXref();
    void xrefStreamWithObjectStreams();
    void notPdf();
    void truncatedAndGarbled_data();
    void truncatedAndGarbled();
    void xrefLoop();
    void fontTables();
    void signedFixture();

private:
    static QByteArray fixture(const char *name)
    {
        QFile f(QStringLiteral(MOTCUA_TEST_DATA_DIR "/signing/") + QLatin1String(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestPdfParser::objects()
{
    const QByteArray src = "<</A 1 0 R/B[1 -2.5 (a\\(b\\)\\101) <4142>]/C#20D /x/E true/F null>>";
    PdfParser p(src);
    auto o = p.parseObject();
    QVERIFY(o.ok());
    QVERIFY(o->get("A").isRef());
    QCOMPARE(o->get("A").refNum, 1);
    const PdfObject &b = o->get("B");
    QCOMPARE(int(b.array.size()), 4);
    QCOMPARE(b.array[1].number, -2.5);
    QCOMPARE(b.array[2].token, QByteArray("a(b)A"));
    QCOMPARE(b.array[3].token, QByteArray("AB"));
    QVERIFY(o->get("C D").isName("x"));
    QVERIFY(o->get("E").boolean);
    // Serialising and parsing again gives the same structure.
    PdfParser again(o->serialize());
    auto o2 = again.parseObject();
    QVERIFY(o2.ok());
    QCOMPARE(o2->serialize(), o->serialize());

    QByteArray deep(1000, '[');
    PdfParser d(deep);
    auto r = d.parseObject();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("pdf.too_complex")); // a limit, not damage

    // A big dictionary keeps its order, and a repeated key keeps its last value at
    // its first place (repeated keys are merged after the dictionary is read).
    for (int n : {5, 40}) {
        QByteArray text = "<<";
        for (int i = 0; i < n; ++i)
            text += "/K" + QByteArray::number(i) + ' ' + QByteArray::number(i);
        text += "/K1 (again)>>";
        PdfParser big(text);
        auto dict = big.parseObject();
        QVERIFY(dict.ok());
        QCOMPARE(qsizetype(dict->dict.size()), qsizetype(n));
        QCOMPARE(dict->dict.back().first, "K" + QByteArray::number(n - 1));
        QCOMPARE(dict->get("K1").token, QByteArray("again"));
        QCOMPARE(dict->get("K0").toInt(), 0);
    }
    {
        PdfParser thrice("<</A 1/B 2/A 3/C 4/A (last)/B 5>>");
        auto dict = thrice.parseObject();
        QVERIFY(dict.ok());
        QCOMPARE(dict->serialize(), QByteArray("<</A <6C617374>/B 5/C 4>>"));
    }
    // References and numbers read in place: comments between the parts of "N G R",
    // signs, reals, and tokens that only start like integers.
    {
        PdfParser refs("[12 0 R 7 %c\n 0 %d\n R -3 +4 1.5 0 9 8 R 2 -1 99999999999999999999 6 0]");
        auto a = refs.parseObject();
        QVERIFY(a.ok());
        QCOMPARE(a->serialize(),
                 QByteArray("[12 0 R 7 0 R -3 +4 1.5 0 9 8 R 2 -1 99999999999999999999 6 0]"));
        QCOMPARE(a->array[2].toInt(), qint64(-3));
        QCOMPARE(a->array[4].number, 1.5);
        PdfParser notRef("[6 0 Rx]");
        QVERIFY(!notRef.parseObject().ok()); // "Rx" is no keyword: damaged, as before
    }
    // Names: escapes decoded, interned names equal to others, "#" without two hex digits kept.
    {
        PdfParser names("[/Type /Ty#70e /A#2 /B#zz]");
        auto a = names.parseObject();
        QVERIFY(a.ok());
        QCOMPARE(a->array.size(), size_t(4));
        QCOMPARE(a->array[0].token, QByteArray("Type"));
        QCOMPARE(a->array[1].token, QByteArray("Type"));
        QCOMPARE(a->array[2].token, QByteArray("A#2"));
        QCOMPARE(a->array[3].token, QByteArray("B#zz"));
    }
    // Copies share their entries until one changes (copy on write), never each other's changes.
    {
        PdfParser p("<</Kids [1 0 R 2 0 R]/Count 2>>");
        auto original = p.parseObject();
        QVERIFY(original.ok());
        PdfObject copy = original.value();
        copy.set("Count", PdfObject::makeInt(3));
        PdfObject kids = copy.get("Kids");
        kids.array.push_back(PdfObject::makeRef(3));
        copy.set("Kids", kids);
        copy.remove("Missing");
        QCOMPARE(original->serialize(), QByteArray("<</Kids [1 0 R 2 0 R]/Count 2>>"));
        QCOMPARE(copy.serialize(), QByteArray("<</Kids [1 0 R 2 0 R 3 0 R]/Count 3>>"));
    }
    // Numbers beyond qint64 are not converted (that would be undefined behaviour).
    PdfParser huge("1e300");
    auto h = huge.parseObject();
    QVERIFY(h.ok());
    QCOMPARE(h->toInt(-7), qint64(-7));
}

void TestPdfParser::classicXref()
{
    auto f = PdfFile::parse(fixture("classic-xref.pdf"));
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().toString()));
    QVERIFY(!f.value()->lastXrefIsStream());
    auto pages = f.value()->pageRefs();
    QVERIFY(pages.ok());
    QCOMPARE(pages->size(), 1);
}

void TestPdfParser::xrefStreamWithObjectStreams()
{
    auto f = PdfFile::parse(fixture("xref-stream-qpdf.pdf"));
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().toString()));
    QVERIFY(f.value()->lastXrefIsStream());
    // The catalog lives in a compressed object stream in this file.
    const int root = f.value()->trailer().get("Root").refNum;
    QCOMPARE(f.value()->xref().value(root).kind, PdfFile::XrefEntry::Kind::InStream);
    auto cat = f.value()->catalog();
    QVERIFY(cat.ok());
    QVERIFY(cat->get("Type").isName("Catalog"));
    auto pages = f.value()->pageRefs();
    QVERIFY(pages.ok());
    QCOMPARE(pages->size(), 1);
}

void TestPdfParser::notPdf()
{
    auto f = PdfFile::parse("hello world");
    QVERIFY(!f.ok());
    QCOMPARE(f.error().code, QStringLiteral("pdf.not_pdf"));
    auto e = PdfFile::parse("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
    QVERIFY(!e.ok());
    QCOMPARE(e.error().code, QStringLiteral("pdf.structure"));
}

void TestPdfParser::truncatedAndGarbled_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::newRow("classic") << fixture("classic-xref.pdf");
    QTest::newRow("xref-stream") << fixture("xref-stream-qpdf.pdf");
    QTest::newRow("two-signatures") << fixture("two-signatures.pdf");
}

void TestPdfParser::truncatedAndGarbled()
{
    //! A small fuzz pass: every truncation, and random byte changes with a fixed
    //! seed. Nothing may crash; parse errors must be typed errors.
    QFETCH(QByteArray, pdf);
    QVERIFY(!pdf.isEmpty());
    PdfSignatureValidator validator;
    int errors = 0;
    for (qsizetype cut = 0; cut < pdf.size(); cut += 7) {
        auto f = PdfFile::parse(pdf.left(cut));
        if (!f.ok()) {
            ++errors;
            QVERIFY(!f.error().code.isEmpty());
        } else {
            (void)f.value()->pageRefs();
        }
    }
    QVERIFY(errors > 0);
    QRandomGenerator rng(4242);
    for (int round = 0; round < 400; ++round) {
        QByteArray g = pdf;
        const int changes = 1 + int(rng.bounded(8));
        for (int k = 0; k < changes; ++k)
            g[qsizetype(rng.bounded(quint32(g.size())))] = char(rng.bounded(256));
        auto f = PdfFile::parse(g);
        if (f.ok()) {
            (void)f.value()->pageRefs();
            (void)f.value()->catalog();
            for (auto it = f.value()->xref().cbegin(); it != f.value()->xref().cend(); ++it)
                (void)f.value()->object(it.key());
        }
        (void)validator.validate(g);
    }
}

void TestPdfParser::xrefLoop()
{
    // /Prev pointing at itself.
    QByteArray pdf = fixture("classic-xref.pdf");
    const qsizetype sx = pdf.lastIndexOf("startxref");
    const QByteArray off = pdf.mid(sx + 10).split('\n').first();
    pdf.replace("/Size 6/Root 1 0 R", "/Size 6/Root 1 0 R/Prev " + off);
    auto f = PdfFile::parse(pdf);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().code, QStringLiteral("pdf.structure"));
}

void TestPdfParser::fontTables()
{
    auto f = TrueTypeFont::load(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"));
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().toString()));
    // Every Vietnamese letter with diacritics has a glyph.
    const QString vi
        = QStringLiteral("ĂÂĐÊÔƠƯăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ");
    for (const char32_t c : vi.toUcs4())
        QVERIFY2(f.value()->glyph(c) != 0, qPrintable(QString::fromUcs4(&c, 1)));
    QVERIFY(f.value()->advance(f.value()->glyph(U'W')) > f.value()->advance(f.value()->glyph(U'i')));
    QCOMPARE(f.value()->postScriptName(), QByteArray("DejaVuSerif"));
    auto bad = TrueTypeFont::fromData(QByteArray(100, 'x'));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("signing.font"));
}

void TestPdfParser::signedFixture()
{
    // Signed with a key whose CA is not trusted here: intact signatures, unknown signer.
    PdfSignatureValidator v;
    auto r = v.validate(fixture("two-signatures.pdf"));
    QVERIFY(r.ok());
    QCOMPARE(r->signatures.size(), 2);
    for (const auto &s : r->signatures) {
        QVERIFY(s.byteRangeValid);
        QVERIFY(s.digestMatches);
        QVERIFY(s.signatureValid);
        QCOMPARE(s.verdict, Verdict::Untrusted);
    }
}

QTEST_GUILESS_MAIN(TestPdfParser)
#include "tst_pdfparser.moc"
