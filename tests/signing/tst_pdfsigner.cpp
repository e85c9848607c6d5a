// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/opensslutil.h"
#include "signing/pdffile.h"
#include "signing/pdfsignaturevalidator.h"
#include "signing/pdfsigner.h"
#include "signing/pkcs12signer.h"
#include "signing/tsaclient.h"
#include "signingfixture.h"
#include "tsatestserver.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <openssl/cms.h>
#include <openssl/x509.h>

using namespace motcua::signing;

//! A real PKCS#12 signer that under-reports its signature size, to exercise
//! the loud /Contents overflow error.
class UnderSizedSigner : public Signer
{
public:
    explicit UnderSizedSigner(Signer &inner)
        : m_inner(inner)
    { }
    QList<QByteArray> certificateChain() const override { return m_inner.certificateChain(); }
    motcua::Result<QByteArray> sign(const QByteArray &data) override { return m_inner.sign(data); }
    int maxSignatureSize() const override { return -100000; }

private:
    Signer &m_inner;
};

class TestPdfSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signPkcs12_data();
    void signPkcs12();
    void timestampB_T();
    void visibleAppearance();
    void topRightStamp();
    void twoSignatures();
    void overflowIsLoud();
    void wrongPassword();
    void badPage();

private:
    QByteArray sign(const QByteArray &pdf, const SignOptions &o = {});
    QString save(const QString &name, const QByteArray &data);

    SigningFixture m_fx;
    std::unique_ptr<Pkcs12Signer> m_signer;
    std::unique_ptr<TsaTestServer> m_tsa;
};

void TestPdfSigner::initTestCase()
{
    QVERIFY(m_fx.setUp());
    auto s = Pkcs12Signer::open(m_fx.p12(), m_fx.p12Password());
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    m_signer = std::move(s.value());
    auto tsa = TimestampAuthority::fromPem(SigningFixture::readFile(m_fx.path(QStringLiteral("tsa.pem"))),
                                           SigningFixture::readFile(m_fx.path(QStringLiteral("tsa.key"))),
                                           SigningFixture::readFile(m_fx.caPem()));
    QVERIFY2(tsa.ok(), qPrintable(tsa.ok() ? QString() : tsa.error().toString()));
    m_tsa = std::make_unique<TsaTestServer>(std::move(tsa.value()));
    QVERIFY(m_tsa->start());
}

QByteArray TestPdfSigner::sign(const QByteArray &pdf, const SignOptions &o)
{
    auto r = PdfSigner::sign(pdf, *m_signer, o);
    if (!r.ok())
        qWarning() << r.error().toString();
    return r.ok() ? r.value() : QByteArray();
}

QString TestPdfSigner::save(const QString &name, const QByteArray &data)
{
    const QString p = m_fx.path(name);
    SigningFixture::writeFile(p, data);
    return p;
}

void TestPdfSigner::signPkcs12_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::newRow("qpdfwriter-1-page") << SigningFixture::makePdf(1, QStringLiteral("Hồ sơ số 1"));
    QTest::newRow("qpdfwriter-3-pages") << SigningFixture::makePdf(3, QStringLiteral("Kết quả"));
    // Files written by other tools, made now from a QPdfWriter file.
    const QString src = m_fx.path(QStringLiteral("src.pdf"));
    SigningFixture::writeFile(src, SigningFixture::makePdf(2, QStringLiteral("Công văn")));
    SigningFixture::run(QStringLiteral("pdfunite"), {src, src, m_fx.path(QStringLiteral("united.pdf"))});
    QTest::newRow("poppler-pdfunite") << SigningFixture::readFile(m_fx.path(QStringLiteral("united.pdf")));
    SigningFixture::run(
        QStringLiteral("qpdf"),
        {QStringLiteral("--object-streams=generate"), src, m_fx.path(QStringLiteral("objstm.pdf"))});
    QTest::newRow("qpdf-object-streams") << SigningFixture::readFile(m_fx.path(QStringLiteral("objstm.pdf")));
    QTest::newRow("classic-xref") << SigningFixture::readFile(
        QStringLiteral(MOTCUA_TEST_DATA_DIR "/signing/classic-xref.pdf"));
    QTest::newRow("qpdf-xref-stream")
        << SigningFixture::readFile(QStringLiteral(MOTCUA_TEST_DATA_DIR "/signing/xref-stream-qpdf.pdf"));
}

void TestPdfSigner::signPkcs12()
{
    QFETCH(QByteArray, pdf);
    QVERIFY(!pdf.isEmpty());
    const QByteArray out = sign(pdf);
    QVERIFY(!out.isEmpty());
    QVERIFY2(out.startsWith(pdf), "an incremental update never rewrites the original bytes");
    const QString path = save(QStringLiteral("signed.pdf"), out);

    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {path});
    QVERIFY2(sig.contains("ETSI.CAdES.detached"), sig);
    QVERIFY2(sig.contains("Total document signed"), sig);
    QVERIFY2(sig.contains("Signature is Valid."), sig);

    int rc = -1;
    const QByteArray check
        = SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &rc);
    QVERIFY2(rc == 0 && check.contains("No syntax or stream encoding errors"), check);

    QByteArray cms, content;
    QVERIFY(SigningFixture::extract(out, 0, &cms, &content));
    save(QStringLiteral("cms.der"), cms);
    save(QStringLiteral("content.bin"), content);
    const QByteArray verify
        = SigningFixture::run(QStringLiteral("openssl"),
                              {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                               QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                               m_fx.path(QStringLiteral("cms.der")), QStringLiteral("-content"),
                               m_fx.path(QStringLiteral("content.bin")), QStringLiteral("-CAfile"),
                               m_fx.caPem(), QStringLiteral("-purpose"), QStringLiteral("any"),
                               QStringLiteral("-out"), QStringLiteral("/dev/null")},
                              &rc);
    QVERIFY2(rc == 0 && verify.contains("Verification successful"), verify);

    const QByteArray print
        = SigningFixture::run(QStringLiteral("openssl"),
                              {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                               QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                               m_fx.path(QStringLiteral("cms.der"))});
    QVERIFY2(print.contains("contentType") && print.contains("messageDigest"), print);
    QVERIFY2(print.contains("signingCertificateV2"), print);
    QVERIFY2(!print.contains("signingTime"), "PAdES forbids the signing-time attribute");
    QVERIFY2(!print.contains("SMIMECapabilities"), print);

    PdfSignatureValidator v;
    QVERIFY(v.addTrusted(m_fx.caPem()).ok());
    auto report = v.validate(out);
    QVERIFY(report.ok());
    QCOMPARE(report->signatures.size(), 1);
    QCOMPARE(report->verdict, Verdict::Valid);
    QVERIFY(report->signatures[0].coversWholeFile);
    QVERIFY(report->signatures[0].signerSubject.contains(QStringLiteral("Nguyễn Văn An")));
}

void TestPdfSigner::timestampB_T()
{
    TsaClient client(m_tsa->url());
    SignOptions o;
    o.tsa = &client;
    const int before = m_tsa->requests();
    const QByteArray input = SigningFixture::makePdf(1, QStringLiteral("B-T"));
    //! The token's time lies between these two instants (whole seconds), however slow the machine.
    const QDateTime earliest = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const QByteArray out = sign(input, o);
    const QDateTime latest = QDateTime::currentDateTimeUtc();
    QVERIFY(!out.isEmpty());
    QCOMPARE(m_tsa->requests(), before + 1);
    const QString path = save(QStringLiteral("bt.pdf"), out);
    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {path});
    QVERIFY2(sig.contains("Signature is Valid.") && sig.contains("Total document signed"), sig);

    // The token, and the signature value it must cover, straight from the CMS.
    QByteArray cmsDer, content;
    QVERIFY(SigningFixture::extract(out, 0, &cmsDer, &content));
    const auto *p = reinterpret_cast<const unsigned char *>(cmsDer.constData());
    CMS_ContentInfo *cms = d2i_CMS_ContentInfo(nullptr, &p, long(cmsDer.size()));
    QVERIFY(cms);
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
    const int idx = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    QVERIFY(idx >= 0);
    ASN1_TYPE *t = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, idx), 0);
    QVERIFY(t && t->type == V_ASN1_SEQUENCE);
    const QByteArray token(reinterpret_cast<const char *>(t->value.sequence->data),
                           t->value.sequence->length);
    const ASN1_OCTET_STRING *sv = CMS_SignerInfo_get0_signature(si);
    const QByteArray imprint = sha256(QByteArray(reinterpret_cast<const char *>(sv->data), sv->length));
    CMS_ContentInfo_free(cms);
    save(QStringLiteral("token.der"), token);
    int rc = -1;
    const QByteArray ts = SigningFixture::run(
        QStringLiteral("openssl"),
        {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"),
         m_fx.path(QStringLiteral("token.der")), QStringLiteral("-token_in"), QStringLiteral("-digest"),
         QString::fromLatin1(imprint.toHex()), QStringLiteral("-CAfile"), m_fx.caPem(),
         QStringLiteral("-untrusted"), m_fx.path(QStringLiteral("tsa.pem"))},
        &rc);
    QVERIFY2(rc == 0 && ts.contains("Verification: OK"), ts);

    PdfSignatureValidator v;
    QVERIFY(v.addTrusted(m_fx.caPem()).ok());
    auto report = v.validate(out);
    QVERIFY(report.ok());
    QCOMPARE(report->verdict, Verdict::Valid);
    const SignatureReport &r = report->signatures.value(0);
    QVERIFY(r.hasTimestamp);
    QVERIFY(r.timestampValid);
    QVERIFY2(r.timestampTime >= earliest && r.timestampTime <= latest,
             qPrintable(r.timestampTime.toString(Qt::ISODateWithMs)));
    QCOMPARE(r.validationTime, r.timestampTime);

    // A TSA that is not there: a clear network error, no half-signed output.
    TsaClient dead(QUrl(QStringLiteral("http://127.0.0.1:1/tsa")), 3000);
    o.tsa = &dead;
    auto failed = PdfSigner::sign(SigningFixture::makePdf(1, QStringLiteral("x")), *m_signer, o);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, QStringLiteral("signing.tsa_unreachable"));
}

void TestPdfSigner::visibleAppearance()
{
    const QDateTime when(QDate(2026, 11, 23), QTime(15, 30, 0), QTimeZone(7 * 3600));
    SignOptions o;
    o.rect = QRectF(360, 760, 220, 60);
    o.signingTime = when;
    o.appearanceLines = PdfSigner::copyAppearanceLines(QStringLiteral("Bản sao điện tử từ bản chính"),
                                                       QStringLiteral("Ủy ban nhân dân xã Đắk Ơ"), when);
    //! The desk's one stamp format (issue 20 item 6), not an ISO timestamp.
    QCOMPARE(o.appearanceLines.last(), QStringLiteral("Ngày ký: 23/11/2026 15:30 (GMT+7)"));
    const QByteArray out = sign(SigningFixture::makePdf(2, QStringLiteral("Giấy khai sinh")), o);
    QVERIFY(!out.isEmpty());
    const QString path = save(QStringLiteral("visible.pdf"), out);
    const QByteArray text
        = SigningFixture::run(QStringLiteral("pdftotext"),
                              {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                               QStringLiteral("1"), path, QStringLiteral("-")});
    const QString t = QString::fromUtf8(text);
    QVERIFY2(t.contains(QStringLiteral("Bản sao điện tử từ bản chính")), text);
    QVERIFY2(t.contains(QStringLiteral("Ủy ban nhân dân xã Đắk Ơ")), text);
    QVERIFY2(t.contains(QStringLiteral("Ngày ký: 23/11/2026 15:30 (GMT+7)")), text);
    const QByteArray fonts = SigningFixture::run(QStringLiteral("pdffonts"), {path});
    // Our font: a CID TrueType, Identity-H, embedded ("emb" yes) with a ToUnicode map ("uni" yes).
    static const QRegularExpression ours(
        QStringLiteral(R"(LiberationSerif\S*\s+CID TrueType\s+Identity-H\s+yes\s+\S+\s+yes)"));
    QVERIFY2(ours.match(QString::fromLatin1(fonts)).hasMatch(), fonts);
    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {path});
    QVERIFY2(sig.contains("Signature is Valid.") && sig.contains("Total document signed"), sig);
    int rc = -1;
    SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &rc);
    QCOMPARE(rc, 0);
}

void TestPdfSigner::topRightStamp()
{
    SignOptions o;
    o.placeTopRight = true;
    o.page = 1; // ignored: the stamp goes on page 1
    o.appearanceLines = PdfSigner::copyAppearanceLines(QStringLiteral("Bản sao"), QStringLiteral("Sở Y tế"),
                                                       QDateTime::currentDateTime());
    const QByteArray pdf = SigningFixture::makePdf(2, QStringLiteral("Đính kèm"));
    const QByteArray out = sign(pdf, o);
    QVERIFY(!out.isEmpty());
    auto f = PdfFile::parse(out);
    QVERIFY(f.ok());
    auto pages = f.value()->pageRefs();
    QVERIFY(pages.ok());
    auto page = f.value()->resolve(pages->first());
    QVERIFY(page.ok());
    auto annots = f.value()->resolve(page->get("Annots"));
    QVERIFY(annots.ok() && annots->isArray() && annots->array.size() == 1);
    auto widget = f.value()->resolve(annots->array[0]);
    QVERIFY(widget.ok());
    const PdfObject &rect = widget->get("Rect");
    auto box = f.value()->resolve(page->get("MediaBox"));
    QVERIFY(box.ok() && box->array.size() == 4);
    QVERIFY(qAbs(rect.array[2].number - (box->array[2].number - 20)) < 0.01);
    QVERIFY(qAbs(rect.array[3].number - (box->array[3].number - 20)) < 0.01);
    QVERIFY(qAbs(rect.array[2].number - rect.array[0].number - 220) < 0.01);
    auto second = f.value()->resolve(pages->at(1));
    QVERIFY(second.ok());
    auto secondAnnots = f.value()->resolve(second->get("Annots"));
    QVERIFY2(secondAnnots.ok() && secondAnnots->array.empty(), secondAnnots->serialize().constData());
}

void TestPdfSigner::twoSignatures()
{
    const QByteArray first = sign(SigningFixture::makePdf(1, QStringLiteral("Liên thông")));
    QVERIFY(!first.isEmpty());
    SignOptions o;
    o.rect = QRectF(40, 40, 200, 40);
    o.appearanceLines = {QStringLiteral("Sở Tài nguyên và Môi trường")};
    const QByteArray second = sign(first, o);
    QVERIFY(second.startsWith(first));
    const QString path = save(QStringLiteral("two.pdf"), second);
    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {path});
    QCOMPARE(sig.count("Signature is Valid."), 2);
    QVERIFY2(sig.contains("Not total document signed") && sig.contains("Total document signed"), sig);
    PdfSignatureValidator v;
    QVERIFY(v.addTrusted(m_fx.caPem()).ok());
    auto report = v.validate(second);
    QVERIFY(report.ok());
    QCOMPARE(report->signatures.size(), 2);
    QCOMPARE(report->signatures[0].verdict, Verdict::Valid);
    QCOMPARE(report->signatures[1].verdict, Verdict::Valid);
    QVERIFY(!report->signatures[0].coversWholeFile);
    QVERIFY(!report->signatures[0].laterChanges.isEmpty());
    QVERIFY(report->signatures[0].fieldName != report->signatures[1].fieldName);
}

void TestPdfSigner::overflowIsLoud()
{
    UnderSizedSigner small(*m_signer);
    auto r = PdfSigner::sign(SigningFixture::makePdf(1, QStringLiteral("x")), small, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("signing.contents_overflow"));
}

void TestPdfSigner::wrongPassword()
{
    auto s = Pkcs12Signer::open(m_fx.p12(), "not-the-password");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("signing.p12_password"));
    auto garbage = Pkcs12Signer::fromData("not a p12 file", "x");
    QVERIFY(!garbage.ok());
    QCOMPARE(garbage.error().code, QStringLiteral("signing.p12_format"));
}

void TestPdfSigner::badPage()
{
    SignOptions o;
    o.page = 5;
    o.rect = QRectF(10, 10, 100, 30);
    o.appearanceLines = {QStringLiteral("x")};
    auto r = PdfSigner::sign(SigningFixture::makePdf(1, QStringLiteral("x")), *m_signer, o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("signing.bad_page"));
}

QTEST_MAIN(TestPdfSigner)
#include "tst_pdfsigner.moc"
