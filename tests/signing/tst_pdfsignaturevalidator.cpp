// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/pdffile.h"
#include "signing/pdfsignaturevalidator.h"
#include "signing/pdfsigner.h"
#include "signing/pkcs12signer.h"
#include "signingfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace motcua::signing;

class TestPdfSignatureValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void valid();
    void byteChangedInSignedRange();
    void pageContentChangedInLaterUpdate();
    void annotationAddedInLaterUpdateIsAllowed();
    void byteRangeNotCoveringFile();
    void junkAppended();
    void signatureDictionaryRedefinedLater();
    void pageContentsRedirectedLater();
    void contentsSwapped();
    void untrustedSigner();
    void adbePkcs7FromPoppler();
    void trustDirectory();
    void reportJson();
    void unsignedDocument();

private:
    [[nodiscard]] Verdict verdictOf(const QByteArray &pdf, QStringList *problems = nullptr) const;
    //! Appends an incremental update redefining object `num` with `body`.
    static QByteArray appendUpdate(const QByteArray &pdf, int num, const QByteArray &body);

    SigningFixture m_fx;
    std::unique_ptr<Pkcs12Signer> m_signer;
    std::unique_ptr<PdfSignatureValidator> m_validator;
    QByteArray m_original;
    QByteArray m_signed;
};

void TestPdfSignatureValidator::initTestCase()
{
    QVERIFY(m_fx.setUp());
    auto s = Pkcs12Signer::open(m_fx.p12(), m_fx.p12Password());
    QVERIFY(s.ok());
    m_signer = std::move(s.value());
    m_validator = std::make_unique<PdfSignatureValidator>();
    QVERIFY(m_validator->addTrusted(m_fx.caPem()).ok());
    m_original = SigningFixture::makePdf(2, QStringLiteral("Quyết định phê duyệt"));
    auto signedPdf = PdfSigner::sign(m_original, *m_signer, {});
    QVERIFY(signedPdf.ok());
    m_signed = signedPdf.value();
}

Verdict TestPdfSignatureValidator::verdictOf(const QByteArray &pdf, QStringList *problems) const
{
    auto r = m_validator->validate(pdf);
    if (!r.ok()) {
        if (problems)
            *problems << r.error().toString();
        return Verdict::Invalid;
    }
    if (problems) {
        for (const auto &s : r->signatures)
            *problems << s.problems;
    }
    return r->verdict;
}

QByteArray TestPdfSignatureValidator::appendUpdate(const QByteArray &pdf, int num, const QByteArray &body)
{
    auto f = PdfFile::parse(pdf);
    if (!f.ok())
        return {};
    QByteArray out = pdf;
    const qint64 objOffset = out.size();
    out += QByteArray::number(num) + " 0 obj\n" + body + "\nendobj\n";
    const qint64 xref = out.size();
    out += "xref\n" + QByteArray::number(num) + " 1\n" + QByteArray::number(objOffset).rightJustified(10, '0')
        + " 00000 n\r\ntrailer\n<</Size " + QByteArray::number(std::max(f.value()->size(), num + 1))
        + "/Root " + f.value()->trailer().get("Root").serialize() + "/Prev "
        + QByteArray::number(f.value()->startXref()) + ">>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    return out;
}

void TestPdfSignatureValidator::valid()
{
    QStringList problems;
    QCOMPARE(verdictOf(m_signed, &problems), Verdict::Valid);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestPdfSignatureValidator::byteChangedInSignedRange()
{
    QByteArray t = m_signed;
    // A byte inside the original document (first range) and one in the signature dictionary.
    t[20] = char(t[20] ^ 0x01);
    QStringList problems;
    QCOMPARE(verdictOf(t, &problems), Verdict::Invalid);
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("digest")));

    QByteArray u = m_signed;
    const qsizetype m = u.lastIndexOf("/M <");
    QVERIFY(m > 0);
    u[m + 5] = u[m + 5] == '4' ? '5' : '4';
    QCOMPARE(verdictOf(u), Verdict::Invalid);
}

void TestPdfSignatureValidator::pageContentChangedInLaterUpdate()
{
    auto f = PdfFile::parse(m_signed);
    QVERIFY(f.ok());
    auto pages = f.value()->pageRefs();
    QVERIFY(pages.ok());
    auto page = f.value()->resolve(pages->first());
    QVERIFY(page.ok());
    const PdfObject contents = page->get("Contents");
    QVERIFY(contents.isRef());
    const QByteArray evil = "BT /F1 30 Tf 100 700 Td (PAID IN FULL) Tj ET";
    const QByteArray tampered = appendUpdate(m_signed, contents.refNum,
                                             "<</Length " + QByteArray::number(evil.size()) + ">>\nstream\n"
                                                 + evil + "\nendstream");
    QVERIFY(!tampered.isEmpty());
    auto r = m_validator->validate(tampered);
    QVERIFY(r.ok());
    QCOMPARE(r->verdict, Verdict::Modified);
    QVERIFY(r->signatures[0].modifiedAfterSigning);
    QVERIFY(r->signatures[0]
                .laterChanges.join(QLatin1Char('\n'))
                .contains(QStringLiteral("page 1 content changed")));
    // Its own digest still matches: the signed revision itself is intact.
    QVERIFY(r->signatures[0].digestMatches);
}

void TestPdfSignatureValidator::annotationAddedInLaterUpdateIsAllowed()
{
    auto f = PdfFile::parse(m_signed);
    QVERIFY(f.ok());
    const int annot = f.value()->size();
    auto pages = f.value()->pageRefs();
    QVERIFY(pages.ok());
    auto pageInd = f.value()->object(pages->at(1).refNum);
    QVERIFY(pageInd.ok());
    PdfObject page = pageInd->object;
    page.set("Annots", PdfObject::makeArray({PdfObject::makeRef(annot)}));
    QByteArray step
        = appendUpdate(m_signed, annot, "<</Type/Annot/Subtype/Text/Rect[10 10 30 30]/Contents(ok)>>");
    step = appendUpdate(step, pages->at(1).refNum, page.serialize());
    QVERIFY(!step.isEmpty());
    auto r = m_validator->validate(step);
    QVERIFY(r.ok());
    QCOMPARE(r->verdict, Verdict::Valid);
    QVERIFY(!r->signatures[0].coversWholeFile);
    QVERIFY(r->signatures[0].laterChanges.join(QLatin1Char('\n')).contains(QStringLiteral("Annot/Text")));
}

void TestPdfSignatureValidator::byteRangeNotCoveringFile()
{
    static const QRegularExpression re(QStringLiteral(R"(/ByteRange \[0 (\d+) (\d+) (\d+)\s*\])"));
    const auto m = re.match(QString::fromLatin1(m_signed));
    QVERIFY(m.hasMatch());
    const QByteArray old = m.captured(0).toLatin1();
    QByteArray shorter = "/ByteRange [0 " + m.captured(1).toLatin1() + ' ' + m.captured(2).toLatin1() + ' '
        + QByteArray::number(m.captured(3).toLongLong() - 300) + ']';
    shorter = shorter.leftJustified(old.size(), ' ');
    QByteArray t = m_signed;
    t.replace(old, shorter);
    QCOMPARE(t.size(), m_signed.size());
    QStringList problems;
    QCOMPARE(verdictOf(t, &problems), Verdict::Invalid);
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("end of a revision")),
             qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestPdfSignatureValidator::junkAppended()
{
    QStringList problems;
    QCOMPARE(verdictOf(m_signed + "1 0 obj <</Hidden (payload)>> endobj\n", &problems), Verdict::Modified);
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("not an incremental update")));
}

void TestPdfSignatureValidator::signatureDictionaryRedefinedLater()
{
    // A later update rewrites the /Sig dictionary itself (here: another /Reason and
    // /M) and keeps the old /ByteRange: the signed /Contents is no longer in it.
    auto f = PdfFile::parse(m_signed);
    QVERIFY(f.ok());
    int sigNum = -1;
    for (auto it = f.value()->xref().cbegin(); it != f.value()->xref().cend(); ++it) {
        auto o = f.value()->object(it.key());
        if (o.ok() && o->object.get("Type").isName("Sig"))
            sigNum = it.key();
    }
    QVERIFY(sigNum > 0);
    PdfObject sig = f.value()->object(sigNum)->object;
    sig.set("Reason", PdfObject::makeString("Approved by the director"));
    sig.set("M", PdfObject::makeString("D:20200101000000+07'00'"));
    QStringList problems;
    QCOMPARE(verdictOf(appendUpdate(m_signed, sigNum, sig.serialize()), &problems), Verdict::Invalid);
    QVERIFY2(
        problems.join(QLatin1Char('\n')).contains(QStringLiteral("not inside this signature dictionary")),
        qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestPdfSignatureValidator::pageContentsRedirectedLater()
{
    // A shadow-style attack: the page keeps its objects but a later update points
    // its /Contents at another stream that was already in the signed file.
    auto f = PdfFile::parse(m_signed);
    QVERIFY(f.ok());
    auto pages = f.value()->pageRefs();
    QVERIFY(pages.ok());
    auto first = f.value()->object(pages->at(0).refNum);
    auto second = f.value()->object(pages->at(1).refNum);
    QVERIFY(first.ok() && second.ok());
    PdfObject page = first->object;
    page.set("Contents", second->object.get("Contents"));
    const QByteArray t = appendUpdate(m_signed, pages->at(0).refNum, page.serialize());
    auto r = m_validator->validate(t);
    QVERIFY(r.ok());
    QCOMPARE(r->verdict, Verdict::Modified);
}

void TestPdfSignatureValidator::contentsSwapped()
{
    auto other
        = PdfSigner::sign(SigningFixture::makePdf(2, QStringLiteral("Một văn bản khác")), *m_signer, {});
    QVERIFY(other.ok());
    static const QRegularExpression re(QStringLiteral(R"(/Contents <([0-9A-F]+)>)"));
    const auto mine = re.match(QString::fromLatin1(m_signed));
    const auto theirs = re.match(QString::fromLatin1(other.value()));
    QVERIFY(mine.hasMatch() && theirs.hasMatch());
    QCOMPARE(mine.capturedLength(1), theirs.capturedLength(1));
    QVERIFY(mine.captured(1) != theirs.captured(1));
    QByteArray t = m_signed;
    t.replace(mine.capturedStart(1), mine.capturedLength(1), theirs.captured(1).toLatin1());
    auto r = m_validator->validate(t);
    QVERIFY(r.ok());
    QCOMPARE(r->verdict, Verdict::Invalid);
    QVERIFY(!r->signatures[0].digestMatches);
}

void TestPdfSignatureValidator::untrustedSigner()
{
    auto rogue = Pkcs12Signer::open(m_fx.rogueP12(), m_fx.p12Password());
    QVERIFY(rogue.ok());
    auto signedPdf = PdfSigner::sign(m_original, *rogue.value(), {});
    QVERIFY(signedPdf.ok());
    auto r = m_validator->validate(signedPdf.value());
    QVERIFY(r.ok());
    QCOMPARE(r->verdict, Verdict::Untrusted);
    QVERIFY(r->signatures[0].signatureValid);
    QVERIFY(!r->signatures[0].chainTrusted);
    // Trusting its CA makes it valid: the verdict really comes from the trust store.
    PdfSignatureValidator other;
    QVERIFY(other.addTrusted(m_fx.path(QStringLiteral("rogueca.pem"))).ok());
    QCOMPARE(other.validate(signedPdf.value())->verdict, Verdict::Valid);
}

void TestPdfSignatureValidator::adbePkcs7FromPoppler()
{
    // pdfsig (NSS) writes adbe.pkcs7.detached signatures, as other Vietnamese tools do.
    const QString db = QStringLiteral("sql:") + m_fx.path(QStringLiteral("nss"));
    QDir().mkpath(m_fx.path(QStringLiteral("nss")));
    int rc = -1;
    SigningFixture::run(QStringLiteral("certutil"),
                        {QStringLiteral("-N"), QStringLiteral("-d"), db, QStringLiteral("--empty-password")},
                        &rc);
    QCOMPARE(rc, 0);
    SigningFixture::run(QStringLiteral("pk12util"),
                        {QStringLiteral("-i"), m_fx.p12(), QStringLiteral("-d"), db, QStringLiteral("-W"),
                         QString::fromLatin1(m_fx.p12Password())},
                        &rc);
    QCOMPARE(rc, 0);
    // The nickname NSS gave the imported certificate: the line with user trust "u,u,u".
    QString nick;
    const QString list = QString::fromUtf8(
        SigningFixture::run(QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"), db}));
    for (const QString &line : list.split(QLatin1Char('\n'))) {
        if (line.trimmed().endsWith(QStringLiteral("u,u,u")))
            nick = line.left(line.lastIndexOf(QStringLiteral("u,u,u"))).trimmed();
    }
    QVERIFY2(!nick.isEmpty(), qPrintable(list));
    const QString in = m_fx.path(QStringLiteral("plain.pdf"));
    const QString out = m_fx.path(QStringLiteral("adbe.pdf"));
    QVERIFY(SigningFixture::writeFile(in, m_original));
    const QByteArray log
        = SigningFixture::run(QStringLiteral("pdfsig"),
                              {QStringLiteral("-nssdir"), db, QStringLiteral("-add-signature"),
                               QStringLiteral("-nick"), nick, in, out});
    const QByteArray pdf = SigningFixture::readFile(out);
    QVERIFY2(!pdf.isEmpty(), log);
    auto r = m_validator->validate(pdf);
    QVERIFY(r.ok());
    QCOMPARE(r->signatures.size(), 1);
    QCOMPARE(r->signatures[0].subFilter, QStringLiteral("adbe.pkcs7.detached"));
    QCOMPARE(r->verdict, Verdict::Valid);
    QByteArray t = pdf;
    t[30] = char(t[30] ^ 0x20);
    QCOMPARE(verdictOf(t), Verdict::Invalid);
}

void TestPdfSignatureValidator::trustDirectory()
{
    PdfSignatureValidator v;
    const QString dir = m_fx.path(QStringLiteral("trust"));
    QDir().mkpath(dir);
    QVERIFY(QFile::copy(m_fx.caPem(), dir + QStringLiteral("/ca.crt")));
    QVERIFY(v.addTrusted(dir).ok());
    QCOMPARE(v.trustedCount(), 1);
    QCOMPARE(v.validate(m_signed)->verdict, Verdict::Valid);
    PdfSignatureValidator empty;
    QCOMPARE(empty.validate(m_signed)->verdict, Verdict::Untrusted);
    auto missing = empty.addTrusted(m_fx.path(QStringLiteral("does-not-exist")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("signing.trust_store"));
}

void TestPdfSignatureValidator::reportJson()
{
    auto r = m_validator->validate(m_signed);
    QVERIFY(r.ok());
    const QJsonObject j = r->toJson();
    QCOMPARE(j.value(QStringLiteral("verdict")).toString(), QStringLiteral("valid"));
    const QJsonObject s = j.value(QStringLiteral("signatures")).toArray().first().toObject();
    QCOMPARE(s.value(QStringLiteral("sub_filter")).toString(), QStringLiteral("ETSI.CAdES.detached"));
    QCOMPARE(s.value(QStringLiteral("byte_range")).toArray().size(), 4);
    QCOMPARE(s.value(QStringLiteral("has_signing_time_attribute")).toBool(), false);
    QVERIFY(!s.value(QStringLiteral("verdict_text")).toString().isEmpty());
}

void TestPdfSignatureValidator::unsignedDocument()
{
    auto r = m_validator->validate(m_original);
    QVERIFY(r.ok());
    QVERIFY(r->signatures.isEmpty());
    QCOMPARE(r->verdict, Verdict::Invalid);
    auto bad = m_validator->validate("not a pdf");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("pdf.not_pdf"));
}

QTEST_MAIN(TestPdfSignatureValidator)
#include "tst_pdfsignaturevalidator.moc"
