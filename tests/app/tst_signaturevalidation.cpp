// SPDX-License-Identifier: GPL-3.0-or-later
// Validation badges and the details model on real PDFs signed by the test:
// valid (test CA trusted), tampered, untrusted (rogue CA), unsigned.
#include "signaturevalidation.h"
#include "signersettings.h"
#include "signing/pdfannotationwriter.h"
#include "signing/pdfsigner.h"
#include "signing/pkcs12signer.h"
#include "signingfixture.h"
#include "truststoresettings.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace motcua::signing;

class TestSignatureValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void detailsOfTamperedDocument();
    void problemsInUsersWords();
    void validatesOncePerDocument();
    void trustStoreChangeRevalidates();
    void corruptFile();
    void tooComplex();
    void annotatedCopySaysSoOnTheBadge();

private:
    QString sign(const QString &p12, const QString &name);
    static QString sha(const QByteArray &data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }
    static QString statusOf(const QString &sha256, const QString &path);

    QTemporaryDir m_settingsDir;
    SigningFixture m_fx;
    QByteArray m_unsigned;
    QMap<QString, QString> m_files; //!< kind → path
};

void TestSignatureValidation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(m_fx.setUp());
    TrustStoreSettings settings;
    settings.setTrustDir(m_fx.path(QStringLiteral("trust")));
    TrustStoreSettings other; // e.g. the Settings page while the dialog adds a certificate
    QSignalSpy otherNotified(&other, &TrustStoreSettings::changed);
    QVERIFY(settings.addTrustedCertificate(m_fx.caPem()));
    QCOMPARE(settings.trusted().size(), 1);
    QCOMPARE(otherNotified.count(), 1);
    QCOMPARE(other.trusted().size(), 1);
    // Not a certificate: refused with a message, nothing added.
    const QString junk = m_fx.path(QStringLiteral("junk.pem"));
    QVERIFY(SigningFixture::writeFile(junk, "not a certificate"));
    QVERIFY(!settings.addTrustedCertificate(junk));
    QVERIFY(!settings.error().isEmpty());
    QCOMPARE(settings.trusted().size(), 1);

    m_unsigned = SigningFixture::makePdf(2, QStringLiteral("Giấy chứng nhận"));
    m_files[QStringLiteral("unsigned")] = m_fx.path(QStringLiteral("unsigned.pdf"));
    QVERIFY(SigningFixture::writeFile(m_files[QStringLiteral("unsigned")], m_unsigned));
    m_files[QStringLiteral("valid")] = sign(m_fx.p12(), QStringLiteral("valid.pdf"));
    m_files[QStringLiteral("untrusted")] = sign(m_fx.rogueP12(), QStringLiteral("untrusted.pdf"));
    // Tampered: one byte changed inside the signed range (the first page's text).
    QByteArray tampered = SigningFixture::readFile(m_files[QStringLiteral("valid")]);
    const qsizetype at = tampered.indexOf("/Type");
    QVERIFY(at > 0);
    tampered[at + 2] = 'X';
    m_files[QStringLiteral("invalid")] = m_fx.path(QStringLiteral("tampered.pdf"));
    QVERIFY(SigningFixture::writeFile(m_files[QStringLiteral("invalid")], tampered));
    // Modified after signing: bytes appended after the signed revision that are not an incremental update.
    m_files[QStringLiteral("modified")] = m_fx.path(QStringLiteral("modified.pdf"));
    QVERIFY(SigningFixture::writeFile(m_files[QStringLiteral("modified")],
                                      SigningFixture::readFile(m_files[QStringLiteral("valid")])
                                          + "1 0 obj <</Hidden (payload)>> endobj\n"));
    for (const QString &f : std::as_const(m_files))
        QVERIFY(!f.isEmpty());
}

QString TestSignatureValidation::sign(const QString &p12, const QString &name)
{
    auto signer = Pkcs12Signer::open(p12, m_fx.p12Password());
    if (!signer)
        return {};
    SignOptions o;
    o.rect = QRectF(300, 60, 220, 50);
    o.appearanceLines = {QStringLiteral("Người ký thử")};
    auto pdf = PdfSigner::sign(m_unsigned, *signer.value(), o);
    if (!pdf)
        return {};
    const QString path = m_fx.path(name);
    return SigningFixture::writeFile(path, pdf.value()) ? path : QString();
}

QString TestSignatureValidation::statusOf(const QString &sha256, const QString &path)
{
    SignatureBadge badge;
    badge.setSha256(sha256);
    badge.setFilePath(path);
    QDeadlineTimer deadline(30000);
    while (badge.status() == QLatin1String("pending") && !deadline.hasExpired())
        QTest::qWait(10);
    return badge.status();
}

void TestSignatureValidation::verdicts_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("valid") << QStringLiteral("valid") << QStringLiteral("Valid signature");
    QTest::newRow("tampered") << QStringLiteral("invalid") << QStringLiteral("Invalid signature");
    QTest::newRow("modified") << QStringLiteral("modified") << QStringLiteral("Modified after signing");
    QTest::newRow("untrusted") << QStringLiteral("untrusted") << QStringLiteral("Signer not trusted");
    QTest::newRow("unsigned") << QStringLiteral("unsigned") << QStringLiteral("Not signed");
}

void TestSignatureValidation::verdicts()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    const QString path = m_files.value(kind);
    const QString sha256 = sha(SigningFixture::readFile(path));
    QCOMPARE(statusOf(sha256, path), kind);
    QCOMPARE(SignatureBadge::statusText(kind), text);

    SignatureReportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSha256(sha256);
    model.setFilePath(path);
    QCOMPARE(model.status(), kind);
    QCOMPARE(model.rowCount(), kind == QLatin1String("unsigned") ? 0 : 1);
    if (model.rowCount() == 1) {
        const QModelIndex i = model.index(0);
        QCOMPARE(model.data(i, SignatureReportModel::VerdictRole).toString(), kind);
        QVERIFY(!model.data(i, SignatureReportModel::SignerRole).toString().isEmpty());
        const QVariantList checks = model.data(i, SignatureReportModel::ChecksRole).toList();
        QCOMPARE(checks.size(), 9);
        // The test CA publishes no revocation information: not a failed check; an
        // untrusted chain is not asked about revocation at all.
        QCOMPARE(checks.at(8).toMap().value(QStringLiteral("ok")).toBool(),
                 kind != QLatin1String("untrusted"));
        QCOMPARE(model.data(i, SignatureReportModel::LevelRole).toString(), QStringLiteral("B-B"));
        const bool chainOk = checks.at(3).toMap().value(QStringLiteral("ok")).toBool();
        QCOMPARE(chainOk, kind != QLatin1String("untrusted"));
        const bool unchanged = checks.at(6).toMap().value(QStringLiteral("ok")).toBool();
        QCOMPARE(unchanged, kind != QLatin1String("modified"));
        QVERIFY(model.roleNames().contains(SignatureReportModel::LaterChangesRole));
    }
}

void TestSignatureValidation::detailsOfTamperedDocument()
{
    const QString path = m_files.value(QStringLiteral("invalid"));
    SignatureReportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilePath(path);
    model.setSha256(sha(SigningFixture::readFile(path)));
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 30000);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex i = model.index(0);
    const QVariantList checks = model.data(i, SignatureReportModel::ChecksRole).toList();
    QVERIFY(!checks.at(1).toMap().value(QStringLiteral("ok")).toBool()); // digest
    const QVariantList problems = model.data(i, SignatureReportModel::ProblemsRole).toList();
    QVERIFY(!problems.isEmpty());
    QStringList texts;
    for (const QVariant &p : problems)
        texts << p.toMap().value(QStringLiteral("text")).toString();
    QVERIFY2(
        texts.contains(QStringLiteral(
            "The document was changed after it was signed: its content no longer matches the signature.")),
        qPrintable(texts.join(QLatin1Char('\n'))));
}

//! Issue 20 item 9: the panel says what a problem means, not OpenSSL's words
//! ("certificate chain: self-signed certificate"), which stay as the detail.
void TestSignatureValidation::problemsInUsersWords()
{
    const QString path = m_files.value(QStringLiteral("untrusted"));
    SignatureReportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilePath(path);
    model.setSha256(sha(SigningFixture::readFile(path)));
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 30000);
    QCOMPARE(model.rowCount(), 1);
    const QVariantList problems = model.data(model.index(0), SignatureReportModel::ProblemsRole).toList();
    QCOMPARE(problems.size(), 1);
    const QVariantMap p = problems.first().toMap();
    QCOMPARE(
        p.value(QStringLiteral("text")).toString(),
        QStringLiteral("The signer's certificate was not issued by a certification authority this computer "
                       "trusts."));
    QVERIFY2(p.value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("certificate chain: ")),
             qPrintable(p.value(QStringLiteral("detail")).toString()));
    for (const QVariant &v : problems) {
        const QString text = v.toMap().value(QStringLiteral("text")).toString();
        QVERIFY2(!text.contains(QStringLiteral("certificate chain"))
                     && !text.contains(QStringLiteral("self")),
                 qPrintable(text));
    }
    //! The reasons the validator gives, each in words (no technical text through).
    using motcua::signing::VerdictText;
    const QString expiredNow = VerdictText::problem(
        QStringLiteral("certificate chain: certificate has expired (checked now: no trusted time stamp)"));
    QVERIFY2(expiredNow.contains(QStringLiteral("expired"))
                 && expiredNow.contains(QStringLiteral("time stamp")),
             qPrintable(expiredNow));
    QCOMPARE(VerdictText::problem(QStringLiteral("page 3 content changed: object 12 (XObject/Form) changed")),
             QStringLiteral("The content of page 3 was changed after signing."));
    QCOMPARE(
        VerdictText::problem(QStringLiteral("the certificate was revoked on 2026-01-01T00:00:00Z (ocsp)")),
        QStringLiteral("The signer's certificate has been revoked."));
    QCOMPARE(VerdictText::problem(QStringLiteral("could not check revocation: OCSP http://127.0.0.1:9/: "
                                                 "Connection refused")),
             QStringLiteral("Whether a certificate was revoked could not be checked with its certification "
                            "authority."));
}

void TestSignatureValidation::validatesOncePerDocument()
{
    // A copy of the valid document under a new name: same sha256, validated once
    // even when two badges ask at the same time.
    const QString path = m_files.value(QStringLiteral("valid"));
    const QString copy = m_fx.path(QStringLiteral("copy-of-valid.pdf"));
    QVERIFY(QFile::copy(path, copy));
    const QString sha256 = sha(SigningFixture::readFile(copy));
    SignatureValidationCache *cache = SignatureValidationCache::instance();
    cache->clear();
    QSignalSpy updates(cache, &SignatureValidationCache::updated);
    SignatureBadge a, b;
    a.setSha256(sha256);
    b.setSha256(sha256);
    a.setFilePath(path);
    b.setFilePath(copy);
    QTRY_VERIFY_WITH_TIMEOUT(a.status() == QLatin1String("valid"), 30000);
    QCOMPARE(b.status(), QStringLiteral("valid"));
    cache->waitForDone();
    QCOMPARE(updates.count(), 1);
}

void TestSignatureValidation::trustStoreChangeRevalidates()
{
    const QString path = m_files.value(QStringLiteral("valid"));
    const QString sha256 = sha(SigningFixture::readFile(path));
    QCOMPARE(statusOf(sha256, path), QStringLiteral("valid"));
    // An empty trust store: the same document is now "signer not trusted".
    TrustStoreSettings settings;
    settings.setTrustDir(m_fx.path(QStringLiteral("empty-trust")));
    QCOMPARE(statusOf(sha256, path), QStringLiteral("untrusted"));
    settings.setTrustDir(m_fx.path(QStringLiteral("trust")));
    QCOMPARE(statusOf(sha256, path), QStringLiteral("valid"));
}

void TestSignatureValidation::corruptFile()
{
    const QString path = m_fx.path(QStringLiteral("corrupt.pdf"));
    QVERIFY(SigningFixture::writeFile(path, "%PDF-1.7\nthis is not really a pdf\n"));
    const QString sha256 = sha(SigningFixture::readFile(path));
    const QString status = statusOf(sha256, path);
    QVERIFY2(status == QLatin1String("malformed"), qPrintable(status));
    QCOMPARE(SignatureBadge::statusText(status), QStringLiteral("Damaged PDF: signature cannot be checked"));
    SignatureReportModel model;
    model.setSha256(sha256);
    model.setFilePath(path);
    QVERIFY(!model.error().isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

void TestSignatureValidation::tooComplex()
{
    // A document over its time budget: "too complex to check", not "valid" and not a
    // stall (a zero budget makes it deterministic; the default is 20 s per document).
    const QString path = m_fx.path(QStringLiteral("budget.pdf"));
    QVERIFY(QFile::copy(m_files.value(QStringLiteral("valid")), path));
    QVERIFY(SigningFixture::writeFile(path, SigningFixture::readFile(path) + "\n"));
    SignatureValidationCache *cache = SignatureValidationCache::instance();
    const qint64 limit = cache->timeLimit();
    cache->setTimeLimit(0);
    const QString status = statusOf(sha(SigningFixture::readFile(path)), path);
    cache->setTimeLimit(limit);
    QCOMPARE(status, QStringLiteral("too_complex"));
    QCOMPARE(SignatureBadge::statusText(status), QStringLiteral("Too complex to check"));
}

void TestSignatureValidation::annotatedCopySaysSoOnTheBadge()
{
    // Our own annotated copy (PdfAnnotationWriter): still valid, and the badge says
    // what was added, because an annotation can cover the signed content.
    motcua::Annotation a;
    a.id = QStringLiteral("n1");
    a.page = 1;
    a.kind = motcua::AnnotationKind::Rectangle;
    a.rect = QRectF(0.2, 0.2, 0.3, 0.1);
    a.author = QStringLiteral("canbo");
    a.color = QStringLiteral("#ff0000");
    a.createdAt = a.updatedAt = QDateTime::currentDateTimeUtc();
    auto annotated
        = PdfAnnotationWriter::write(SigningFixture::readFile(m_files.value(QStringLiteral("valid"))), {a});
    QVERIFY(annotated.ok());
    const QString path = m_fx.path(QStringLiteral("annotated.pdf"));
    QVERIFY(SigningFixture::writeFile(path, annotated.value()));
    const QString sha256 = sha(annotated.value());
    QCOMPARE(statusOf(sha256, path), QStringLiteral("valid"));
    SignatureBadge badge;
    badge.setSha256(sha256);
    badge.setFilePath(path);
    QCOMPARE(badge.text(), QStringLiteral("Valid signature, 1 annotation(s) added after signing on page 2"));

    //! The details say the same in words; the part of the file after the signature is a
    //! permitted addition, not a failed check; the technical text stays as the detail.
    SignatureReportModel model;
    model.setSha256(sha256);
    model.setFilePath(path);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex i = model.index(0);
    QCOMPARE(model.data(i, SignatureReportModel::LaterChangesRole).toStringList(),
             QStringList {QStringLiteral("1 annotation(s) added after signing on page 2")});
    QVERIFY(!model.data(i, SignatureReportModel::LaterChangesDetailRole).toString().isEmpty());
    const QVariantMap whole = model.data(i, SignatureReportModel::ChecksRole).toList().at(7).toMap();
    QCOMPARE(whole.value(QStringLiteral("label")).toString(),
             QStringLiteral("Only permitted additions after signing"));
    QVERIFY(whole.value(QStringLiteral("ok")).toBool());
}

QTEST_MAIN(TestSignatureValidation)
#include "tst_signaturevalidation.moc"
