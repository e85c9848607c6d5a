// SPDX-License-Identifier: GPL-3.0-or-later
//! The three slips of the one-stop desk: clean PDFs for qpdf, the Vietnamese text read
//! back by pdftotext, the receipt's QR code decoded by zbarimg to the lookup address.
#include "letters/receptionslips.h"
#include "signing/signingfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::letters;

class TestReceptionSlips : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void lookupAddressIsEncoded();
    void placeIsTheDesksUnit();
    void receiptSlip();
    void refusalAndGuidanceSlips();
    void incompleteSlipsAreRefused();

private:
    static SlipParty party();
    QString save(const QString &name, const QByteArray &pdf);
    QString text(const QString &path);
    QTemporaryDir m_dir;
};

SlipParty TestReceptionSlips::party()
{
    SlipParty p;
    p.heading
        = {QStringLiteral("Ủy ban nhân dân tỉnh Thái Nguyên"), QStringLiteral("UBND phường Phan Đình Phùng"),
           QStringLiteral("        /TNHS"), QStringLiteral("Thái Nguyên"), QDate(2026, 12, 2)};
    p.applicantName = QStringLiteral("Nguyễn Thị Hoa");
    p.applicantAddress = QStringLiteral("Số 5, đường Hoàng Văn Thụ");
    p.phone = QStringLiteral("0912345678");
    p.procedureName = QStringLiteral("Đăng ký khai sinh");
    p.receiverName = QStringLiteral("Trần Văn Một");
    return p;
}

QString TestReceptionSlips::save(const QString &name, const QByteArray &pdf)
{
    const QString path = m_dir.filePath(name);
    return SigningFixture::writeFile(path, pdf) ? path : QString();
}

QString TestReceptionSlips::text(const QString &path)
{
    return QString::fromUtf8(SigningFixture::run(QStringLiteral("pdftotext"),
                                                 {QStringLiteral("-layout"), path, QStringLiteral("-")}))
        .simplified();
}

void TestReceptionSlips::lookupAddressIsEncoded()
{
    QCOMPARE(lookupAddress(QStringLiteral("https://dvc.example.gov.vn/tra-cuu?ma="),
                           QStringLiteral("000.00.04.H19-230504-0001")),
             QStringLiteral("https://dvc.example.gov.vn/tra-cuu?ma=000.00.04.H19-230504-0001"));
    QCOMPARE(lookupAddress(QStringLiteral("x?ma="), QStringLiteral("A B&C")),
             QStringLiteral("x?ma=A%20B%26C"));
}

void TestReceptionSlips::placeIsTheDesksUnit()
{
    QCOMPARE(placeOf(QStringLiteral("Ủy ban nhân dân phường Phan Đình Phùng")),
             QStringLiteral("Phan Đình Phùng"));
    QCOMPARE(placeOf(QStringLiteral("Ủy ban nhân dân thị xã Phổ Yên")), QStringLiteral("Phổ Yên"));
    QCOMPARE(placeOf(QStringLiteral("UBND thị trấn Hùng Sơn")), QStringLiteral("Hùng Sơn"));
    QCOMPARE(placeOf(QStringLiteral("Ủy ban nhân dân xã Tân Cương, thành phố Thái Nguyên")),
             QStringLiteral("Tân Cương"));
    QCOMPARE(placeOf(QStringLiteral("Sở Lao động - Thương binh và Xã hội tỉnh Thái Nguyên")),
             QStringLiteral("Thái Nguyên"));
    QCOMPARE(placeOf(QStringLiteral("Bộ phận Một cửa")), QString()); // dots for the clerk
    const SlipParty desk = deskParty(QStringLiteral("Ủy ban nhân dân tỉnh Thái Nguyên"),
                                     QStringLiteral("Ủy ban nhân dân phường Phan Đình Phùng"),
                                     QStringLiteral("Trần Văn Một"), QStringLiteral("/TNHS"));
    QCOMPARE(desk.heading.place, QStringLiteral("Phan Đình Phùng"));
    QCOMPARE(desk.heading.number, QStringLiteral("        /TNHS"));
}

void TestReceptionSlips::receiptSlip()
{
    Dossier d;
    d.id = QStringLiteral("HS-1");
    d.code = QStringLiteral("H19.X01-261202-0301");
    d.procedureCode = QStringLiteral("1.001193");
    d.applicant = {QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("019012345678"),
                   QStringLiteral("Số 5, đường Hoàng Văn Thụ"), QStringLiteral("0912345678"), QString()};
    d.receivedAt = QDateTime(QDate(2026, 12, 2), QTime(2, 5), Qt::UTC); // 09:05 in Vietnam
    d.dueAt = QDateTime(QDate(2026, 12, 4), QTime(2, 5), Qt::UTC);
    Component c;
    c.name = QStringLiteral("Tờ khai đăng ký khai sinh");
    c.pages = 3;
    c.isSigned = true;
    d.components = {c};
    Procedure proc;
    proc.code = d.procedureCode;
    proc.name = QStringLiteral("Đăng ký khai sinh");
    proc.processingDays = 2;
    const QString url
        = lookupAddress(QStringLiteral("https://dichvucong.thainguyen.gov.vn/tra-cuu?ma="), d.code);
    const ReceiptSlip slip = receiptFor(d, proc, party(), url);
    auto pdf = renderReceiptSlip(slip);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error().toString()));
    const QString path = save(QStringLiteral("receipt.pdf"), pdf.value());
    int code = -1;
    const QByteArray check
        = SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &code);
    QVERIFY2(code == 0, check);
    const QString t = text(path);
    for (const QString &expected :
         {QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
          QStringLiteral("Mã hồ sơ: H19.X01-261202-0301"), QStringLiteral("Nguyễn Thị Hoa"),
          QStringLiteral("Tờ khai đăng ký khai sinh"), QStringLiteral("Bản số hóa có ký số"),
          QStringLiteral("09 giờ 05 phút, ngày 02 tháng 12 năm 2026"),
          QStringLiteral("ngày 04 tháng 12 năm 2026"), QStringLiteral("2 ngày làm việc"),
          QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ")})
        QVERIFY2(t.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + t));
    // The QR code as a citizen's phone sees the printed page.
    const QString png = m_dir.filePath(QStringLiteral("receipt"));
    SigningFixture::run(QStringLiteral("pdftoppm"),
                        {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                         QStringLiteral("-singlefile"), path, png});
    const QByteArray decoded = SigningFixture::run(
        QStringLiteral("zbarimg"),
        {QStringLiteral("--raw"), QStringLiteral("-q"), png + QStringLiteral(".png")}, &code);
    QCOMPARE(code, 0);
    //! zbarimg may print D-Bus noise first: the decoded text is the last line.
    QCOMPARE(QString::fromUtf8(decoded).trimmed().split(QLatin1Char('\n')).last(), url);
}

void TestReceptionSlips::refusalAndGuidanceSlips()
{
    RefusalSlip r {party(),
                   {QStringLiteral("Thủ tục không thuộc thẩm quyền giải quyết của phường"), QString()}};
    auto refusal = renderRefusalSlip(r);
    QVERIFY(refusal.ok());
    GuidanceSlip g {party(),
                    {QStringLiteral("Bản sao giấy chứng nhận kết hôn của cha mẹ"),
                     QStringLiteral("Giấy chứng sinh (bản chính)")},
                    QStringLiteral("Hồ sơ chưa đủ thành phần theo quy định"),
                    QStringLiteral("Bộ phận Một cửa, số 0208.3851234")};
    auto guidance = renderGuidanceSlip(g);
    QVERIFY(guidance.ok());
    for (const auto &[name, bytes, expected] :
         {std::tuple {QStringLiteral("refusal.pdf"), refusal.value(),
                      QStringList {QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
                                   QStringLiteral("1. Thủ tục không thuộc thẩm quyền")}},
          std::tuple {QStringLiteral("guidance.pdf"), guidance.value(),
                      QStringList {QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
                                   QStringLiteral("2. Giấy chứng sinh (bản chính)"),
                                   QStringLiteral("0208.3851234")}}}) {
        const QString path = save(name, bytes);
        int code = -1;
        const QByteArray check
            = SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &code);
        QVERIFY2(code == 0, check);
        const QString t = text(path);
        for (const QString &e : expected)
            QVERIFY2(t.contains(e), qPrintable(e + QStringLiteral(" not in: ") + t));
    }
}

void TestReceptionSlips::incompleteSlipsAreRefused()
{
    ReceiptSlip s;
    s.party = party();
    s.lookupUrl = QStringLiteral("https://x/?ma=");
    QCOMPARE(renderReceiptSlip(s).error().code, QStringLiteral("letters.incomplete")); // no code
    QCOMPARE(renderRefusalSlip({party(), {QStringLiteral("  ")}}).error().code,
             QStringLiteral("letters.incomplete"));
    QCOMPARE(renderGuidanceSlip({party(), {}, {}, {}}).error().code, QStringLiteral("letters.incomplete"));
}

QTEST_MAIN(TestReceptionSlips)
#include "tst_receptionslips.moc"
