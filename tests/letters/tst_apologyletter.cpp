// SPDX-License-Identifier: GPL-3.0-or-later
//! The apology letter: its text read back with pdftotext (correct Vietnamese),
//! a clean PDF for qpdf, and a file our PdfSigner signs and pdfsig validates.
#include "letters/apologyletter.h"
#include "letters/letterfont.h"
#include "signing/pdfsignaturevalidator.h"
#include "signing/pdfsigner.h"
#include "signing/pkcs12signer.h"
#include "signing/signingfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::letters;

class TestApologyLetter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vietnameseDates();
    void textReadsBack();
    void fillsFromDossier();
    void refusesIncompleteLetter();
    void signsAndValidates();

private:
    static Dossier lateDossier();
    QString pdfText(const QByteArray &pdf);

    SigningFixture m_fx;
    QTemporaryDir m_dir;
};

void TestApologyLetter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fx.setUp());
}

Dossier TestApologyLetter::lateDossier()
{
    Dossier d;
    d.id = QStringLiteral("d-1");
    d.code = QStringLiteral("H19.X01-261009-000014");
    d.procedureCode = QStringLiteral("1.001234");
    d.applicant.name = QStringLiteral("Nguyễn Thị Hương");
    d.applicant.address = QStringLiteral("Số 5, đường Phan Đình Phùng, phường Nam Hà");
    d.agencyCode = QStringLiteral("H19.X01");
    //! 23:30 UTC is the next day in Vietnam: the letter prints Vietnamese dates.
    d.receivedAt = QDateTime(QDate(2026, 10, 8), QTime(23, 30), Qt::UTC);
    d.dueAt = QDateTime(QDate(2026, 10, 20), QTime(10, 0), Qt::UTC);
    return d;
}

QString TestApologyLetter::pdfText(const QByteArray &pdf)
{
    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    if (!SigningFixture::writeFile(path, pdf))
        return {};
    int rc = -1;
    const QByteArray out = SigningFixture::run(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}, &rc);
    if (rc != 0)
        return {};
    //! Lines wrap anywhere a space is: compare with whitespace collapsed (and NFC, as typed).
    return QString::fromUtf8(out).normalized(QString::NormalizationForm_C).simplified();
}

void TestApologyLetter::vietnameseDates()
{
    QCOMPARE(vietnameseDate(QDate(2026, 3, 5)), QStringLiteral("ngày 05 tháng 03 năm 2026"));
    QCOMPARE(vietnameseDate(QDate(2026, 12, 31)), QStringLiteral("ngày 31 tháng 12 năm 2026"));
    QVERIFY(vietnameseDate(QDate()).startsWith(QStringLiteral("ngày .")));
}

void TestApologyLetter::textReadsBack()
{
    auto family = loadSerifFamily();
    QVERIFY2(family.ok(), qPrintable(family.ok() ? QString() : family.error().toString()));

    ApologyLetter l;
    l.parentAgencyName = QStringLiteral("Ủy ban nhân dân tỉnh Hà Tĩnh");
    l.agencyName = QStringLiteral("Sở Tư pháp");
    l.number = QStringLiteral("27/TB-STP");
    l.place = QStringLiteral("Hà Tĩnh");
    l.date = QDate(2026, 11, 30);
    l.applicantName = QStringLiteral("Trần Văn Đức");
    l.applicantAddress = QStringLiteral("Thôn Hưng Lộc, xã Thạch Hưng");
    l.dossierCode = QStringLiteral("H19.X01-261009-000014");
    l.procedureName = QStringLiteral("Cấp phiếu lý lịch tư pháp");
    l.receivedOn = QDate(2026, 10, 9);
    l.dueOn = QDate(2026, 10, 20);
    l.reason = QStringLiteral("Phải xác minh thông tin tại cơ quan công an.");
    l.newDate = QDate(2026, 12, 7);
    l.signerTitle = QStringLiteral("Giám đốc");
    l.signerName = QStringLiteral("Lê Hữu Phước");
    auto pdf = renderApologyPdf(l);
    QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().toString()));
    QVERIFY(pdf.value().startsWith("%PDF-"));
    //! The font is embedded (a subset), not referenced by name only.
    QVERIFY(pdf.value().contains("/FontFile2"));

    //! For the docs: the letter as a file to look at (docs/screenshots/action-apology-letter.png).
    if (const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(SigningFixture::writeFile(dir + QStringLiteral("/apology-letter.pdf"), pdf.value()));

    const QString text = pdfText(pdf.value());
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    for (const QString &expected :
         {QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
          QStringLiteral("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"), QStringLiteral("SỞ TƯ PHÁP"),
          QStringLiteral("Số: 27/TB-STP"), QStringLiteral("Hà Tĩnh, ngày 30 tháng 11 năm 2026"),
          QStringLiteral("THƯ XIN LỖI"), QStringLiteral("Kính gửi: Ông/Bà Trần Văn Đức"),
          QStringLiteral("mã hồ sơ H19.X01-261009-000014"), QStringLiteral("Cấp phiếu lý lịch tư pháp"),
          QStringLiteral("Ngày 09 tháng 10 năm 2026"),
          QStringLiteral("hẹn trả kết quả ngày 20 tháng 10 năm 2026"),
          QStringLiteral("Do phải xác minh thông tin tại cơ quan công an, hồ sơ"),
          QStringLiteral("xin hẹn trả kết quả vào ngày 07 tháng 12 năm 2026"), QStringLiteral("GIÁM ĐỐC"),
          QStringLiteral("Lê Hữu Phước")})
        QVERIFY2(text.contains(expected),
                 qPrintable(QStringLiteral("missing «%1» in: %2").arg(expected, text)));

    int rc = -1;
    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    const QByteArray check
        = SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &rc);
    QVERIFY2(rc == 0 && check.contains("No syntax or stream encoding errors"), check);
}

void TestApologyLetter::fillsFromDossier()
{
    Agency agency {QStringLiteral("H19.X01"),
                   QStringLiteral("UBND xã Thạch Hưng"),
                   QStringLiteral("H19"),
                   QStringLiteral("commune"),
                   {}};
    Agency parent {QStringLiteral("H19"), QStringLiteral("UBND thành phố Hà Tĩnh"), {}, {}, {}};
    Procedure proc;
    proc.code = QStringLiteral("1.001234");
    proc.name = QStringLiteral("Đăng ký khai sinh");
    const Dossier d = lateDossier();
    const ApologyLetter l
        = apologyFor(d, agency, parent, proc, QDate(2026, 11, 2), QString(), QDate(2026, 10, 28));
    QCOMPARE(l.receivedOn, QDate(2026, 10, 9)); // 23:30 UTC on the 8th is the 9th in Vietnam
    QCOMPARE(l.dueOn, QDate(2026, 10, 20));
    QCOMPARE(l.applicantName, d.applicant.name);
    QCOMPARE(l.procedureName, proc.name);
    QVERIFY(l.number.endsWith(QStringLiteral("/TB-H19.X01")));
    auto pdf = renderApologyPdf(l);
    QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().toString()));
    const QString text = pdfText(pdf.value());
    QVERIFY2(text.contains(QStringLiteral("Nguyễn Thị Hương")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ngày 02 tháng 11 năm 2026")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("UBND XÃ THẠCH HƯNG")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Đăng ký khai sinh")), qPrintable(text));

    const Component c = apologyComponent(pdf.value(), d.code);
    QCOMPARE(c.kind, ComponentKind::Apology);
    QVERIFY(!c.isSigned);
    QVERIFY(isValidSha256(c.sha256));
    QCOMPARE(c.size, pdf.value().size());
}

void TestApologyLetter::refusesIncompleteLetter()
{
    ApologyLetter l;
    l.dossierCode = QStringLiteral("X");
    l.applicantName = QStringLiteral("Y");
    auto r = renderApologyPdf(l); // no new date
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("letters.incomplete"));
    l.newDate = QDate(2026, 1, 2);
    l.applicantName = QStringLiteral("  ");
    QCOMPARE(renderApologyPdf(l).error().code, QStringLiteral("letters.incomplete"));
}

void TestApologyLetter::signsAndValidates()
{
    Agency agency {QStringLiteral("H19.X01"), QStringLiteral("UBND xã Thạch Hưng"), {}, {}, {}};
    auto pdf = renderApologyPdf(apologyFor(lateDossier(), agency, {}, {}, QDate(2026, 11, 2),
                                           QStringLiteral("chờ kết quả xác minh"), QDate(2026, 10, 28)));
    QVERIFY(pdf.ok());
    auto signer = signing::Pkcs12Signer::open(m_fx.p12(), m_fx.p12Password());
    QVERIFY2(signer.ok(), qPrintable(signer.ok() ? QString() : signer.error().toString()));
    signing::SignOptions o;
    o.reason = QStringLiteral("Ký thư xin lỗi");
    auto signedPdf = signing::PdfSigner::sign(pdf.value(), *signer.value(), o);
    QVERIFY2(signedPdf.ok(), qPrintable(signedPdf.ok() ? QString() : signedPdf.error().toString()));
    QVERIFY(signedPdf.value().startsWith(pdf.value()));

    const QString path = m_dir.filePath(QStringLiteral("signed-letter.pdf"));
    QVERIFY(SigningFixture::writeFile(path, signedPdf.value()));
    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {path});
    QVERIFY2(sig.contains("Signature is Valid."), sig);
    QVERIFY2(sig.contains("Total document signed"), sig);

    signing::PdfSignatureValidator validator;
    QVERIFY(validator.addTrusted(m_fx.caPem()).ok());
    auto report = validator.validate(signedPdf.value());
    QVERIFY(report.ok());
    QCOMPARE(report.value().verdict, signing::Verdict::Valid);
}

QTEST_MAIN(TestApologyLetter)
#include "tst_apologyletter.moc"
