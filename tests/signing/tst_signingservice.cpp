// SPDX-License-Identifier: GPL-3.0-or-later
//! The one signing pipeline: page boxes, the placement and certificate checks made
//! before a key is used, the time-stamp policies against a real TSA and an
//! unreachable one, and a B-B signature made offline upgraded to B-T later.
#include "signing/certificateinfo.h"
#include "signing/pdfsignaturevalidator.h"
#include "signing/pkcs12signer.h"
#include "signing/signingservice.h"
#include "signing/timestampupgrade.h"
#include "signing/tsaclient.h"
#include "signingfixture.h"
#include "tsatestserver.h"

#include <QCryptographicHash>
#include <QTest>

using namespace motcua::signing;

namespace {

//! A minimal PDF whose page tree carries the boxes: the /Pages node has a
//! landscape /MediaBox and /Rotate 90 (inherited by page 1); page 2 has its own
//! /CropBox (inside an offset /MediaBox) and /Rotate 0.
QByteArray pageTreePdf()
{
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 842 595] /Rotate 90 >>",
        "<< /Type /Page /Parent 2 0 R >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [10 20 610 820] /CropBox [50 60 550 760] /Rotate 0 >>",
    };
    QByteArray pdf = "%PDF-1.7\n";
    QList<qint64> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qint64 xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

class TestSigningService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageBoxesInheritedAndOwn();
    void unreadablePagesAreAnError();
    void placementCheckedBeforeTheKey();
    void certificateCheckedAtSigningTime();
    void timestampReached();
    void unreachableTimestampFallsBackAndQueues();
    void requiredTimestampRefusesToFallBack();
    void noTimestampAsksNoService();
    void signerFaults();
    void stampInVietnameseLocalTime();

private:
    SignRequest request(const QByteArray &pdf) const;

    SigningFixture m_fx;
    std::unique_ptr<Pkcs12Signer> m_signer;
    std::unique_ptr<TsaTestServer> m_tsa;
    QByteArray m_pdf;
};

void TestSigningService::initTestCase()
{
    QVERIFY(m_fx.setUp());
    auto s = Pkcs12Signer::open(m_fx.p12(), m_fx.p12Password());
    QVERIFY2(s.ok(), qPrintable(s.error().toString()));
    m_signer = std::move(s.value());
    auto tsa = TimestampAuthority::fromPem(SigningFixture::readFile(m_fx.path(QStringLiteral("tsa.pem"))),
                                           SigningFixture::readFile(m_fx.path(QStringLiteral("tsa.key"))),
                                           SigningFixture::readFile(m_fx.caPem()));
    QVERIFY2(tsa.ok(), qPrintable(tsa.error().toString()));
    m_tsa = std::make_unique<TsaTestServer>(std::move(tsa.value()));
    QVERIFY(m_tsa->start());
    m_pdf = SigningFixture::makePdf(2, QStringLiteral("Kết quả giải quyết"));
    QVERIFY(!m_pdf.isEmpty());
}

SignRequest TestSigningService::request(const QByteArray &pdf) const
{
    SignRequest r;
    r.pdf = pdf;
    r.signer = m_signer.get();
    r.reason = QStringLiteral("Kiểm thử");
    return r;
}

void TestSigningService::pageBoxesInheritedAndOwn()
{
    auto boxes = SigningService::pageBoxes(pageTreePdf());
    QVERIFY2(boxes.ok(), qPrintable(boxes.error().toString()));
    QCOMPARE(boxes->size(), 2);
    QCOMPARE(boxes->at(0).box, QRectF(0, 0, 842, 595));
    QCOMPARE(boxes->at(0).rotation, 90);
    QCOMPARE(boxes->at(1).box, QRectF(50, 60, 500, 700)); // the CropBox wins over the MediaBox
    QCOMPARE(boxes->at(1).rotation, 0); // its own /Rotate wins over the inherited one

    auto written = SigningService::pageBoxes(m_pdf);
    QVERIFY(written.ok());
    QCOMPARE(written->size(), 2);
}

void TestSigningService::unreadablePagesAreAnError()
{
    auto boxes = SigningService::pageBoxes("%PDF-1.7\nthis is not a PDF body\n%%EOF\n");
    QVERIFY(!boxes.ok());
    QCOMPARE(boxes.error().code, QStringLiteral("signing.page_boxes"));
    QVERIFY(!boxes.error().userMessage().isEmpty());
    QVERIFY(!boxes.error().detail.isEmpty()); // the parser's reason, for the log

    // Signing a visible signature on such a file says the same, before any key is opened.
    SignRequest r = request("%PDF-1.7\nthis is not a PDF body\n%%EOF\n");
    r.signer = nullptr; // no key configured: the placement error comes first
    r.placement = {Placement::Kind::Rect, 0, QRectF(100, 100, 200, 50)};
    QCOMPARE(SigningService::sign(r).error().code, QStringLiteral("signing.page_boxes"));
}

void TestSigningService::placementCheckedBeforeTheKey()
{
    SignRequest r = request(m_pdf);
    r.signer = nullptr;
    r.spec.kind = SignerSpec::Kind::Pkcs12;
    r.spec.p12 = m_fx.p12();
    int asked = 0;
    r.secret = [&asked, this] {
        ++asked;
        return m_fx.p12Password();
    };
    r.placement = {Placement::Kind::Rect, 2, QRectF(100, 100, 200, 50)};
    QCOMPARE(SigningService::sign(r).error().code, QStringLiteral("signing.bad_page"));
    QCOMPARE(asked, 0); // no password spent on a page that does not exist

    r.placement.page = 1;
    r.appearance.namesSigner = true;
    r.appearance.lines = {QStringLiteral("Sở Tư pháp")};
    r.timestampPolicy = TimestampPolicy::None;
    auto done = SigningService::sign(r);
    QVERIFY2(done.ok(), qPrintable(done.error().toString()));
    QCOMPARE(asked, 1);
    QVERIFY(done->pdf.startsWith(m_pdf));
    QCOMPARE(done->sha256,
             QString::fromLatin1(QCryptographicHash::hash(done->pdf, QCryptographicHash::Sha256).toHex()));
    QVERIFY(done->certificate.subjectCommonName.contains(QStringLiteral("Nguyễn Văn An")));
    const QString path = m_fx.path(QStringLiteral("service-visible.pdf"));
    QVERIFY(SigningFixture::writeFile(path, done->pdf));
    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {path});
    QVERIFY2(sig.contains("Signature is Valid.") && sig.contains("Total document signed"), sig);
    const QString text = QString::fromUtf8(SigningFixture::run(
        QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), path, QStringLiteral("-")}));
    QVERIFY2(text.contains(QStringLiteral("Ký bởi:")) && text.contains(QStringLiteral("Sở Tư pháp")),
             qPrintable(text));
}

//! Issue 20 item 6: the visible stamp is "Ký bởi: <name>" and "Ngày ký: dd/MM/yyyy HH:mm
//! (GMT+7)" in Vietnam's time, whatever the zone the caller's clock gives (the batch
//! passed the desk's local time, a UTC machine printed the UTC hour).
void TestSigningService::stampInVietnameseLocalTime()
{
    const auto cert = CertificateInfo::fromData(m_signer->certificateChain().value(0));
    QVERIFY(cert.isValid());
    //! Inside the certificate's validity, given in UTC-5 (not the stamp's zone).
    QDateTime at = cert.notBefore.addSecs(3 * 3600).toUTC();
    at.setTime(QTime(at.time().hour(), at.time().minute()));
    const QDateTime caller = at.toOffsetFromUtc(-5 * 3600);
    const QString expected = QStringLiteral("Ngày ký: ")
        + at.toOffsetFromUtc(7 * 3600).toString(QStringLiteral("dd/MM/yyyy HH:mm"))
        + QStringLiteral(" (GMT+7)");
    QCOMPARE(SigningService::stampLines(QStringLiteral(" Trần  Thị Bình "), caller),
             QStringList({QStringLiteral("Ký bởi: Trần Thị Bình"), expected}));

    SignRequest r = request(m_pdf);
    r.signingTime = caller;
    r.placement = {Placement::Kind::Rect, 0, QRectF(300, 60, 240, 60)};
    r.appearance.namesSigner = true;
    r.appearance.lines = {QStringLiteral("Phê duyệt kết quả hồ sơ 000.00.01.H01-261202-0001")};
    r.timestampPolicy = TimestampPolicy::None;
    auto done = SigningService::sign(r);
    QVERIFY2(done.ok(), qPrintable(done.error().toString()));
    const QString path = m_fx.path(QStringLiteral("service-stamp.pdf"));
    QVERIFY(SigningFixture::writeFile(path, done->pdf));
    const QString text = QString::fromUtf8(SigningFixture::run(
        QStringLiteral("pdftotext"), {QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")}));
    QVERIFY2(text.contains(QStringLiteral("Ký bởi: ") + cert.subjectCommonName), qPrintable(text));
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("T%1:").arg(at.time().hour(), 2, 10, QLatin1Char('0'))),
             qPrintable(text)); // no ISO timestamp
}

void TestSigningService::certificateCheckedAtSigningTime()
{
    const auto cert = CertificateInfo::fromData(m_signer->certificateChain().value(0));
    QVERIFY(cert.isValid());
    SignRequest r = request(m_pdf);
    r.timestampPolicy = TimestampPolicy::None;
    for (const QDateTime &at : {cert.notAfter.addDays(1), cert.notBefore.addDays(-1)}) {
        r.signingTime = at;
        auto out = SigningService::sign(r);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, QStringLiteral("signing.certificate_expired"));
        QVERIFY(out.error().userMessage().contains(cert.subjectCommonName));
    }
    r.signingTime = cert.notBefore.addSecs(60);
    auto out = SigningService::sign(r);
    QVERIFY2(out.ok(), qPrintable(out.error().toString()));
    QCOMPARE(out->signingTime, r.signingTime);
}

void TestSigningService::timestampReached()
{
    SignRequest r = request(m_pdf);
    r.tsaUrl = m_tsa->url();
    const int before = m_tsa->requests();
    auto out = SigningService::sign(r);
    QVERIFY2(out.ok(), qPrintable(out.error().toString()));
    QCOMPARE(m_tsa->requests(), before + 1);
    QVERIFY(out->level == PadesLevel::BT);
    QCOMPARE(toString(out->level), QStringLiteral("B-T"));
    QVERIFY(!out->timestampPending);
    QVERIFY(!out->timestampError);
    PdfSignatureValidator v;
    QVERIFY(v.addTrusted(m_fx.caPem()).ok());
    auto report = v.validate(out->pdf);
    QVERIFY(report.ok());
    QCOMPARE(report->verdict, Verdict::Valid);
    QVERIFY(report->signatures.value(0).hasTimestamp);
}

void TestSigningService::unreachableTimestampFallsBackAndQueues()
{
    SignRequest r = request(m_pdf);
    r.tsaUrl = QUrl(QStringLiteral("http://127.0.0.1:1/tsa")); // nothing listens on port 1
    r.tsaTimeoutMs = 5000;
    auto out = SigningService::sign(r);
    QVERIFY2(out.ok(), qPrintable(out.error().toString()));
    QVERIFY(out->level == PadesLevel::BB);
    QVERIFY(out->timestampPending);
    QVERIFY(out->timestampError);
    QVERIFY(SigningService::isTimestampUnavailable(*out->timestampError));

    // The queued upgrade fits in the room the fallback reserved.
    TsaClient tsa(m_tsa->url());
    auto stamped = TimestampUpgrade::addTimestamp(out->pdf, tsa);
    QVERIFY2(stamped.ok(), qPrintable(stamped.error().toString()));
    QVERIFY(TimestampUpgrade::hasTimestamp(*stamped).value());

    // Offline (no service configured): B-B, still pending, nothing to report.
    r.tsaUrl = QUrl();
    auto offline = SigningService::sign(r);
    QVERIFY(offline.ok());
    QVERIFY(offline->timestampPending);
    QVERIFY(!offline->timestampError);
}

void TestSigningService::requiredTimestampRefusesToFallBack()
{
    SignRequest r = request(m_pdf);
    r.timestampPolicy = TimestampPolicy::Required;
    r.tsaUrl = QUrl(QStringLiteral("http://127.0.0.1:1/tsa"));
    r.tsaTimeoutMs = 5000;
    auto out = SigningService::sign(r);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().code, QStringLiteral("signing.tsa_unreachable"));
    r.tsaUrl = QUrl();
    QCOMPARE(SigningService::sign(r).error().code, QStringLiteral("signing.tsa_required"));
}

void TestSigningService::noTimestampAsksNoService()
{
    SignRequest r = request(m_pdf);
    r.timestampPolicy = TimestampPolicy::None;
    r.tsaUrl = m_tsa->url();
    const int before = m_tsa->requests();
    auto out = SigningService::sign(r);
    QVERIFY2(out.ok(), qPrintable(out.error().toString()));
    QCOMPARE(m_tsa->requests(), before);
    QVERIFY(out->level == PadesLevel::BB);
    QVERIFY(!out->timestampPending);
    // No room reserved: smaller than the same signature made to be upgraded later.
    r.timestampPolicy = TimestampPolicy::FallBackAndQueue;
    r.tsaUrl = QUrl();
    auto reserved = SigningService::sign(r);
    QVERIFY(reserved.ok());
    QVERIFY(out->pdf.size() < reserved->pdf.size());
}

void TestSigningService::signerFaults()
{
    SignRequest r = request(m_pdf);
    r.signer = nullptr;
    r.spec.kind = SignerSpec::Kind::Pkcs12;
    r.spec.p12 = m_fx.p12();
    r.secret = [] { return QByteArray("wrong"); };
    auto out = SigningService::sign(r);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().code, QStringLiteral("signing.p12_password"));
    r.spec = {};
    QCOMPARE(SigningService::sign(r).error().code, QStringLiteral("signing.no_signer"));

    using K = motcua::Error::Kind;
    QVERIFY(SigningService::isSignerFault(
        motcua::Error::make(K::Unauthorized, QStringLiteral("signing.pin_locked"), "")));
    QVERIFY(SigningService::isSignerFault(
        motcua::Error::make(K::Crypto, QStringLiteral("signing.token_removed"), "")));
    QVERIFY(!SigningService::isSignerFault(
        motcua::Error::make(K::Invalid, QStringLiteral("signing.bad_page"), "")));
    QVERIFY(!SigningService::isTimestampUnavailable(
        motcua::Error::make(K::Network, QStringLiteral("sync.offline"), "")));
}

QTEST_MAIN(TestSigningService)
#include "tst_signingservice.moc"
