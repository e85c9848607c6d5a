// SPDX-License-Identifier: GPL-3.0-or-later
// Modification analysis on the object graph: shadow attacks (hide, replace,
// hide-and-replace through optional content), an /AcroForm change, a form XObject
// nested 30 deep, a replaced page resource => "modified after signing"; a second
// signature, a document time stamp, an annotation on a /P 3 certified document and
// our own annotated copy => valid, with the notice the badge shows.
#include "signing/pdfannotationwriter.h"
#include "signing/pdffile.h"
#include "signing/pdfsignaturevalidator.h"
#include "signing/pdfsigner.h"
#include "signing/pkcs12signer.h"
#include "signingfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace motcua::signing;
using Kind = PermittedChange::Kind;

namespace {

//! A one-page document with two optional-content layers (the amount shown depends
//! on which is ON), a text field, and a chain of 30 nested form XObjects.
QByteArray makeShadowBase(int docMdpP)
{
    QList<std::pair<int, QByteArray>> objs;
    const QByteArray perms = docMdpP > 0 ? QByteArray("/Perms<</DocMDP 80 0 R>>") : QByteArray();
    objs.append({1,
                 "<</Type/Catalog/Pages 2 0 R/OCProperties<</OCGs[10 0 R 11 0 R]/D 12 0 R>>"
                 "/AcroForm<</Fields[20 0 R]/DA(/Helv 0 Tf 0 g)/DR<</Font<</Helv 5 0 R>>>>>>"
                     + perms + ">>"});
    objs.append({2, "<</Type/Pages/Kids[3 0 R]/Count 1>>"});
    objs.append(
        {3,
         "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Annots[20 0 R]"
         "/Resources<</Font<</F1 5 0 R>>/XObject<</X0 30 0 R>>/Properties<</OC1 10 0 R/OC2 11 0 R>>>>>>"});
    const QByteArray content = "/OC /OC1 BDC BT /F1 24 Tf 72 700 Td (So tien: 1.000.000 dong) Tj ET EMC\n"
                               "/OC /OC2 BDC BT /F1 24 Tf 72 700 Td (So tien: 9.000.000 dong) Tj ET EMC\n"
                               "q 1 0 0 1 72 600 cm /X0 Do Q";
    objs.append(
        {4, "<</Length " + QByteArray::number(content.size()) + ">>\nstream\n" + content + "\nendstream"});
    objs.append({5, "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"});
    objs.append({10, "<</Type/OCG/Name(Layer A)>>"});
    objs.append({11, "<</Type/OCG/Name(Layer B)>>"});
    objs.append({12, "<</ON[10 0 R]/OFF[11 0 R]/Order[10 0 R 11 0 R]>>"});
    const QByteArray ap = "BT /Helv 12 Tf 2 5 Td (1000000) Tj ET";
    objs.append({20,
                 "<</Type/Annot/Subtype/Widget/FT/Tx/T(amount)/V(1000000)/Rect[72 500 300 520]/P 3 0 R"
                 "/DA(/Helv 12 Tf 0 g)/AP<</N 21 0 R>>>>"});
    objs.append({21,
                 "<</Type/XObject/Subtype/Form/BBox[0 0 228 20]/Resources<</Font<</Helv 5 0 R>>>>/Length "
                     + QByteArray::number(ap.size()) + ">>\nstream\n" + ap + "\nendstream"});
    for (int i = 0; i < 30; ++i) {
        const QByteArray body
            = i < 29 ? QByteArray("/X Do") : QByteArray("BT /F1 12 Tf 0 0 Td (Deep text) Tj ET");
        const QByteArray res
            = i < 29 ? "/XObject<</X " + QByteArray::number(31 + i) + " 0 R>>" : "/Font<</F1 5 0 R>>";
        objs.append({30 + i,
                     "<</Type/XObject/Subtype/Form/BBox[0 0 300 50]/Resources<<" + res + ">>/Length "
                         + QByteArray::number(body.size()) + ">>\nstream\n" + body + "\nendstream"});
    }
    if (docMdpP > 0) {
        objs.append({80,
                     "<</Type/Sig/Reference[<</Type/SigRef/TransformMethod/DocMDP/TransformParams"
                     "<</Type/TransformParams/P "
                         + QByteArray::number(docMdpP) + "/V/1.2>>>>]>>"});
    }
    QByteArray out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    QMap<int, qint64> offsets;
    for (const auto &[num, body] : objs) {
        offsets.insert(num, out.size());
        out += QByteArray::number(num) + " 0 obj\n" + body + "\nendobj\n";
    }
    const int size = offsets.lastKey() + 1;
    const qint64 xref = out.size();
    out += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f\r\n";
    for (int n = 1; n < size; ++n)
        out += offsets.contains(n)
            ? QByteArray::number(offsets.value(n)).rightJustified(10, '0') + " 00000 n\r\n"
            : QByteArray("0000000000 65535 f\r\n");
    out += "trailer\n<</Size " + QByteArray::number(size) + "/Root 1 0 R>>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

//! Appends one incremental update redefining (or adding) the given objects.
QByteArray update(const QByteArray &pdf, const QList<std::pair<int, QByteArray>> &objs)
{
    auto f = PdfFile::parse(pdf);
    if (!f.ok())
        return {};
    QByteArray out = pdf;
    QByteArray table;
    int size = f.value()->size();
    for (const auto &[num, body] : objs) {
        table += QByteArray::number(num) + " 1\n" + QByteArray::number(out.size()).rightJustified(10, '0')
            + " 00000 n\r\n";
        out += QByteArray::number(num) + " 0 obj\n" + body + "\nendobj\n";
        size = std::max(size, num + 1);
    }
    const qint64 xref = out.size();
    out += "xref\n" + table + "trailer\n<</Size " + QByteArray::number(size) + "/Root "
        + f.value()->trailer().get("Root").serialize() + "/Prev " + QByteArray::number(f.value()->startXref())
        + ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray stream(const QByteArray &dict, const QByteArray &data)
{
    return "<<" + dict + "/Length " + QByteArray::number(data.size()) + ">>\nstream\n" + data + "\nendstream";
}

} // namespace

class TestRevisionDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void baseIsValid();
    void shadowAttacks_data();
    void shadowAttacks();
    void formFillAfterApprovalIsNoticed();
    void secondSignature();
    void documentTimestamp();
    void certifiedDocument_data();
    void certifiedDocument();
    void ourAnnotatedCopy();
    void noticeText();

private:
    [[nodiscard]] ValidationReport check(const QByteArray &pdf) const;
    [[nodiscard]] PdfObject object(const QByteArray &pdf, int num) const;

    SigningFixture m_fx;
    std::unique_ptr<Pkcs12Signer> m_signer;
    std::unique_ptr<PdfSignatureValidator> m_validator;
    QByteArray m_signed;
};

void TestRevisionDiff::initTestCase()
{
    QVERIFY(m_fx.setUp());
    auto s = Pkcs12Signer::open(m_fx.p12(), m_fx.p12Password());
    QVERIFY(s.ok());
    m_signer = std::move(s.value());
    m_validator = std::make_unique<PdfSignatureValidator>();
    QVERIFY(m_validator->addTrusted(m_fx.caPem()).ok());
    auto signedPdf = PdfSigner::sign(makeShadowBase(0), *m_signer, {});
    QVERIFY2(signedPdf.ok(), qPrintable(signedPdf.ok() ? QString() : signedPdf.error().toString()));
    m_signed = signedPdf.value();
}

ValidationReport TestRevisionDiff::check(const QByteArray &pdf) const
{
    auto r = m_validator->validate(pdf);
    if (!r.ok()) {
        qWarning() << r.error().toString();
        return {};
    }
    return r.value();
}

PdfObject TestRevisionDiff::object(const QByteArray &pdf, int num) const
{
    auto f = PdfFile::parse(pdf);
    if (!f.ok())
        return {};
    auto o = f.value()->object(num);
    return o.ok() ? o->object : PdfObject();
}

void TestRevisionDiff::baseIsValid()
{
    const ValidationReport r = check(m_signed);
    QCOMPARE(r.verdict, Verdict::Valid);
    QVERIFY(r.laterChanges().isEmpty());
    // pdfsig agrees on the untouched file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signed.pdf"));
    QVERIFY(SigningFixture::writeFile(path, m_signed));
    int code = -1;
    const QByteArray out = SigningFixture::run(QStringLiteral("pdfsig"), {path}, &code);
    QVERIFY2(out.contains("Signature is Valid"), out.constData());
}

void TestRevisionDiff::shadowAttacks_data()
{
    QTest::addColumn<QByteArray>("attacked");
    QTest::addColumn<QString>("expected"); //!< a piece of the modification line
    const QByteArray s = m_signed;
    QTest::newRow("hide (both layers OFF)")
        << update(s, {{12, "<</ON[]/OFF[10 0 R 11 0 R]/Order[10 0 R 11 0 R]>>"}}) << "/OCProperties";
    QTest::newRow("hide-and-replace (layer B shown instead of A)")
        << update(s, {{12, "<</ON[11 0 R]/OFF[10 0 R]/Order[10 0 R 11 0 R]>>"}}) << "object 12";
    QTest::newRow("replace (an OCG's state through its usage)")
        << update(s, {{11, "<</Type/OCG/Name(Layer B)/Usage<</View<</ViewState/ON>>>>>>"}}) << "object 11";
    QTest::newRow("replace the page-level XObject")
        << update(s,
                  {{30,
                    stream("/Type/XObject/Subtype/Form/BBox[0 0 300 50]/Resources<</Font<</F1 5 0 R>>>>",
                           "BT /F1 12 Tf 0 0 Td (Replaced) Tj ET")}})
        << "page 1 content changed";
    QTest::newRow("nested form XObject at depth 30")
        << update(s,
                  {{59,
                    stream("/Type/XObject/Subtype/Form/BBox[0 0 300 50]/Resources<</Font<</F1 5 0 R>>>>",
                           "BT /F1 12 Tf 0 0 Td (PAID) Tj ET")}})
        << "object 59";
    QTest::newRow("replaced page resource (a new font)")
        << update(update(s, {{90, "<</Type/Font/Subtype/Type1/BaseFont/Courier>>"}}),
                  {{3, object(s, 3).serialize().replace("/F1 5 0 R", "/F1 90 0 R")}})
        << "/Resources";
    QTest::newRow("changed shared font (page and form)")
        << update(s, {{5, "<</Type/Font/Subtype/Type1/BaseFont/Symbol>>"}}) << "object 5";
    PdfObject catalog = object(s, 1);
    PdfObject acro = catalog.get("AcroForm");
    acro.dict.emplace_back("XFA", PdfObject::makeString("<xdp:xdp/>"));
    catalog.set("AcroForm", acro);
    QTest::newRow("AcroForm change (XFA added)") << update(s, {{1, catalog.serialize()}}) << "/AcroForm /XFA";
    PdfObject cat2 = object(s, 1);
    cat2.set("OpenAction", PdfObject::makeArray({PdfObject::makeRef(3), PdfObject::makeName("Fit")}));
    QTest::newRow("catalog entry added (OpenAction)") << update(s, {{1, cat2.serialize()}}) << "/OpenAction";
    QTest::newRow("page tree changed")
        << update(s, {{2, "<</Type/Pages/Kids[3 0 R 3 0 R]/Count 2>>"}}) << "page list";
    QTest::newRow("object freed") << update(s, {{4, "null"}}) << "page 1";
}

void TestRevisionDiff::shadowAttacks()
{
    QFETCH(QByteArray, attacked);
    QFETCH(QString, expected);
    QVERIFY(!attacked.isEmpty());
    const ValidationReport r = check(attacked);
    QCOMPARE(r.signatures.size(), 1);
    const SignatureReport &s = r.signatures.first();
    QVERIFY2(s.digestMatches, "the signed revision itself is intact");
    QCOMPARE(r.verdict, Verdict::Modified);
    QVERIFY(s.modifiedAfterSigning);
    QVERIFY2(s.laterChanges.join(QLatin1Char('\n')).contains(expected),
             qPrintable(s.laterChanges.join('\n')));
}

void TestRevisionDiff::formFillAfterApprovalIsNoticed()
{
    PdfObject field = object(m_signed, 20);
    field.set("V", PdfObject::makeString("2000000"));
    const ValidationReport r = check(update(m_signed, {{20, field.serialize()}}));
    QCOMPARE(r.verdict, Verdict::Valid);
    QCOMPARE(r.laterChanges(), (QList<PermittedChange> {{Kind::FormFilled, 1}}));
    QCOMPARE(VerdictText::notice(r.laterChanges()),
             QStringLiteral("1 form field(s) filled in after signing on page 1"));
}

void TestRevisionDiff::secondSignature()
{
    auto twice = PdfSigner::sign(m_signed, *m_signer, {});
    QVERIFY(twice.ok());
    const ValidationReport r = check(twice.value());
    QCOMPARE(r.signatures.size(), 2);
    QCOMPARE(r.verdict, Verdict::Valid);
    QCOMPARE(r.signatures[0].permittedChanges, (QList<PermittedChange> {{Kind::SignatureAdded, 1}}));
    // A later signature is not something to warn about on the badge.
    QVERIFY(VerdictText::notice(r.laterChanges()).isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("twice.pdf"));
    QVERIFY(SigningFixture::writeFile(path, twice.value()));
    const QByteArray out = SigningFixture::run(QStringLiteral("pdfsig"), {path});
    QCOMPARE(out.count("Signature is Valid"), 2);
}

void TestRevisionDiff::documentTimestamp()
{
    // A PAdES document time stamp: a new /Sig field whose value is a /DocTimeStamp.
    auto f = PdfFile::parse(m_signed);
    QVERIFY(f.ok());
    const int n = f.value()->size();
    PdfObject catalog = object(m_signed, 1);
    PdfObject acro = catalog.get("AcroForm");
    PdfObject fields = acro.get("Fields");
    fields.array.push_back(PdfObject::makeRef(n));
    acro.set("Fields", fields);
    catalog.set("AcroForm", acro);
    PdfObject page = object(m_signed, 3);
    PdfObject annots = page.get("Annots");
    annots.array.push_back(PdfObject::makeRef(n));
    page.set("Annots", annots);
    const QByteArray withTs
        = update(m_signed,
                 {{n,
                   "<</Type/Annot/Subtype/Widget/FT/Sig/T(DocTS)/Rect[0 0 0 0]/P 3 0 R/V "
                       + QByteArray::number(n + 1) + " 0 R>>"},
                  {n + 1,
                   "<</Type/DocTimeStamp/Filter/Adobe.PPKLite/SubFilter/ETSI.RFC3161/ByteRange[0 1 2 3]"
                   "/Contents<00>>>"},
                  {1, catalog.serialize()},
                  {3, page.serialize()}});
    const ValidationReport r = check(withTs);
    QVERIFY(r.signatures.size() >= 1);
    QCOMPARE(r.signatures[0].verdict, Verdict::Valid);
    QCOMPARE(r.signatures[0].permittedChanges, (QList<PermittedChange> {{Kind::TimestampAdded, 1}}));
}

void TestRevisionDiff::certifiedDocument_data()
{
    QTest::addColumn<int>("p");
    QTest::addColumn<bool>("annotationAllowed");
    QTest::addColumn<bool>("formFillAllowed");
    QTest::newRow("P 1: no changes") << 1 << false << false;
    QTest::newRow("P 2: form fill") << 2 << false << true;
    QTest::newRow("P 3: form fill and annotations") << 3 << true << true;
}

void TestRevisionDiff::certifiedDocument()
{
    QFETCH(int, p);
    QFETCH(bool, annotationAllowed);
    QFETCH(bool, formFillAllowed);
    auto certified = PdfSigner::sign(makeShadowBase(p), *m_signer, {});
    QVERIFY(certified.ok());
    QCOMPARE(check(certified.value()).verdict, Verdict::Valid);

    motcua::Annotation a;
    a.id = QStringLiteral("n1");
    a.kind = motcua::AnnotationKind::Note;
    a.rect = QRectF(0.1, 0.1, 0.05, 0.05);
    a.text = QStringLiteral("Đã xem");
    a.author = QStringLiteral("canbo");
    a.color = QStringLiteral("#ffcc00");
    a.createdAt = a.updatedAt = QDateTime::currentDateTimeUtc();
    auto annotated = PdfAnnotationWriter::write(certified.value(), {a});
    QVERIFY(annotated.ok());
    const ValidationReport ra = check(annotated.value());
    QCOMPARE(ra.verdict, annotationAllowed ? Verdict::Valid : Verdict::Modified);
    if (!annotationAllowed)
        QVERIFY(ra.signatures[0].laterChanges.join('\n').contains(QStringLiteral("DocMDP /P %1").arg(p)));

    PdfObject field = object(certified.value(), 20);
    field.set("V", PdfObject::makeString("2000000"));
    const ValidationReport rf = check(update(certified.value(), {{20, field.serialize()}}));
    QCOMPARE(rf.verdict, formFillAllowed ? Verdict::Valid : Verdict::Modified);
}

void TestRevisionDiff::ourAnnotatedCopy()
{
    QList<motcua::Annotation> list;
    for (int i = 0; i < 2; ++i) {
        motcua::Annotation a;
        a.id = QStringLiteral("a%1").arg(i);
        a.kind = i == 0 ? motcua::AnnotationKind::FreeText : motcua::AnnotationKind::Highlight;
        a.rect = QRectF(0.1 + 0.3 * i, 0.2, 0.25, 0.05);
        a.text = QStringLiteral("Số tiền cần kiểm tra");
        a.author = QStringLiteral("canbo");
        a.color = QStringLiteral("#ff0000");
        a.createdAt = a.updatedAt = QDateTime::currentDateTimeUtc();
        list << a;
    }
    auto annotated = PdfAnnotationWriter::write(m_signed, list);
    QVERIFY2(annotated.ok(), qPrintable(annotated.ok() ? QString() : annotated.error().toString()));
    const ValidationReport r = check(annotated.value());
    QCOMPARE(r.verdict, Verdict::Valid);
    QCOMPARE(r.laterChanges(),
             (QList<PermittedChange> {{Kind::AnnotationAdded, 1}, {Kind::AnnotationAdded, 1}}));
    QCOMPARE(VerdictText::notice(r.laterChanges()),
             QStringLiteral("2 annotation(s) added after signing on page 1"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("annotated.pdf"));
    QVERIFY(SigningFixture::writeFile(path, annotated.value()));
    const QByteArray out = SigningFixture::run(QStringLiteral("pdfsig"), {path});
    QVERIFY2(out.contains("Signature is Valid"), out.constData());
}

void TestRevisionDiff::noticeText()
{
    const QList<PermittedChange> changes {{Kind::AnnotationAdded, 3}, {Kind::AnnotationAdded, 3},
                                          {Kind::AnnotationAdded, 1}, {Kind::FormFilled, 2},
                                          {Kind::SignatureAdded, 1},  {Kind::DssUpdated, 0}};
    QCOMPARE(VerdictText::notice(changes),
             QStringLiteral("3 annotation(s) added after signing on pages 1, 3; "
                            "1 form field(s) filled in after signing on page 2"));
    QVERIFY(VerdictText::notice({{Kind::TimestampAdded, 0}}).isEmpty());
    //! The details list every kind, the notice's lines first.
    QCOMPARE(VerdictText::changeLines(changes),
             (QStringList {
                 QStringLiteral("3 annotation(s) added after signing on pages 1, 3"),
                 QStringLiteral("1 form field(s) filled in after signing on page 2"),
                 QStringLiteral("1 signature(s) added after this one on page 1"),
                 QStringLiteral("Validation data (certificates, revocation answers) added after signing")}));
}

QTEST_GUILESS_MAIN(TestRevisionDiff)
#include "tst_revisiondiff.moc"
