// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile PDFs (tests/data/signing/hostile/make_hostile.py) and the crash inputs the
// fuzzers found (tests/data/signing/fuzz-regressions): each gives a clear verdict or a
// typed error, never a crash; the object-stream bomb is refused under 100 MB.
#include "signing/pdffile.h"
#include "signing/pdfsignaturevalidator.h"
#include "signing/pdfsigner.h"
#include "signing/pkcs12signer.h"
#include "signingfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua::signing;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

//! A line of /proc/self/status in kB (VmRSS, VmHWM), -1 when unavailable.
qint64 statusKb(const char *key)
{
    const QByteArray status = readFile(QStringLiteral("/proc/self/status"));
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key)) + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestHostilePdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void committedFilesMatchTheScript();
    void objectStreamBombUnder100MB();
    void timeLimit();
    void bigButHonestFilesSignedAndValid_data();
    void bigButHonestFilesSignedAndValid();
    void fuzzRegressions();

private:
    QTemporaryDir m_dir;
    SigningFixture m_fx;
};

void TestHostilePdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess py;
    py.start(QStringLiteral("python3"),
             {QStringLiteral(MOTCUA_TEST_DATA_DIR "/signing/hostile/make_hostile.py"), m_dir.path()});
    QVERIFY(py.waitForFinished(300'000));
    QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
    QVERIFY(m_fx.setUp());
}

void TestHostilePdf::verdicts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("errorCode"); //!< empty: a report is expected
    QTest::addColumn<int>("signatures");
    QTest::addColumn<QString>("problem");
    const QString br = QStringLiteral("/ByteRange is malformed or outside the file");
    QTest::newRow("huge ByteRange offset") << "byterange-huge-offset.pdf"
                                           << "" << 1 << br;
    QTest::newRow("ByteRange sum overflows") << "byterange-sum-overflow.pdf"
                                             << "" << 1 << br;
    QTest::newRow("negative ByteRange") << "byterange-negative.pdf"
                                        << "" << 1 << br;
    QTest::newRow("real ByteRange beyond qint64") << "byterange-real-huge.pdf"
                                                  << "" << 1 << br;
    QTest::newRow("xref subsection beyond qint64") << "xref-huge-subsection.pdf"
                                                   << "pdf.structure" << 0 << "";
    QTest::newRow("xref offsets negative/huge") << "xref-negative-offset.pdf"
                                                << "pdf.structure" << 0 << "";
    QTest::newRow("stream /Length beyond the file") << "stream-huge-length.pdf"
                                                    << "" << 0 << "";
    QTest::newRow("object stream offset overflow") << "objstm-huge-offset.pdf"
                                                   << "pdf.structure" << 0 << "";
    QTest::newRow("10 000 nested arrays") << "nesting-deep.pdf"
                                          << "pdf.too_complex" << 0 << "";
    QTest::newRow("100k-key dictionary") << "dict-100k.pdf"
                                         << "" << 0 << "";
    QTest::newRow("20k empty signature fields") << "fields-20k.pdf"
                                                << "" << 0 << "";
    QTest::newRow("20k signed fields") << "sigs-20k.pdf"
                                       << "pdf.too_complex" << 0 << "";
    QTest::newRow("object-stream bomb") << "objstm-bomb.pdf"
                                        << "pdf.too_complex" << 0 << "";
}

void TestHostilePdf::verdicts()
{
    QFETCH(QString, file);
    QFETCH(QString, errorCode);
    QFETCH(int, signatures);
    QFETCH(QString, problem);
    const QByteArray pdf = readFile(m_dir.filePath(file));
    QVERIFY(!pdf.isEmpty());
    PdfSignatureValidator validator;
    QVERIFY(validator.addTrusted(m_fx.caPem()).ok());
    auto r = validator.validate(pdf);
    if (!errorCode.isEmpty()) {
        QVERIFY2(!r.ok(), qPrintable(file));
        QCOMPARE(r.error().code, errorCode);
        // Typed and translatable: an English source text with its arguments.
        QVERIFY(!r.error().userMessage().isEmpty());
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->signatures.size(), signatures);
    QCOMPARE(r->verdict, Verdict::Invalid); // broken or no signatures
    if (!problem.isEmpty())
        QVERIFY2(r->signatures.first().problems.contains(problem),
                 qPrintable(r->signatures.first().problems.join(QLatin1Char('\n'))));
}

void TestHostilePdf::committedFilesMatchTheScript()
{
    // The small regression files are committed; the script regenerates them byte for byte.
    const QDir committed(QStringLiteral(MOTCUA_TEST_DATA_DIR "/signing/hostile"));
    const QStringList names = committed.entryList({QStringLiteral("*.pdf")}, QDir::Files);
    QVERIFY(names.size() >= 9);
    for (const QString &name : names)
        QVERIFY2(readFile(committed.filePath(name)) == readFile(m_dir.filePath(name)), qPrintable(name));
}

void TestHostilePdf::objectStreamBombUnder100MB()
{
    const QByteArray pdf = readFile(m_dir.filePath(QStringLiteral("objstm-bomb.pdf")));
    QVERIFY(pdf.size() > 100'000 && pdf.size() < 5'000'000);
    // Reset the peak (VmHWM) to the current RSS (Linux: "5" > /proc/self/clear_refs).
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    QVERIFY(clear.open(QIODevice::WriteOnly));
    QVERIFY(clear.write("5") == 1);
    clear.close();
    const qint64 before = statusKb("VmRSS:");
    QVERIFY(before > 0);
    PdfSignatureValidator validator;
    auto r = validator.validate(pdf);
    const qint64 peak = statusKb("VmHWM:");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("pdf.too_complex"));
    qInfo("object-stream bomb (3 x 256 MB inflated): peak RSS +%lld kB", peak - before);
    QVERIFY2(peak - before < 100 * 1024, qPrintable(QString::number(peak - before)));
}

void TestHostilePdf::timeLimit()
{
    // An expired budget refuses even an honest file, deterministically (no clock compared).
    const QByteArray pdf = readFile(m_dir.filePath(QStringLiteral("dict-100k.pdf")));
    PdfSignatureValidator validator;
    validator.setTimeLimit(0);
    auto r = validator.validate(pdf);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("pdf.too_complex"));
    QVERIFY(r.error().englishMessage().contains(QStringLiteral("time limit")));
    validator.setTimeLimit(-1);
    QVERIFY(validator.validate(pdf).ok());
}

void TestHostilePdf::bigButHonestFilesSignedAndValid_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("100k-key dictionary") << "dict-100k.pdf";
    QTest::newRow("20k empty signature fields") << "fields-20k.pdf";
}

void TestHostilePdf::bigButHonestFilesSignedAndValid()
{
    QFETCH(QString, file);
    auto signer = Pkcs12Signer::open(m_fx.p12(), m_fx.p12Password());
    QVERIFY(signer.ok());
    auto signedPdf = PdfSigner::sign(readFile(m_dir.filePath(file)), *signer.value(), {});
    QVERIFY2(signedPdf.ok(), qPrintable(signedPdf.ok() ? QString() : signedPdf.error().toString()));
    PdfSignatureValidator validator;
    QVERIFY(validator.addTrusted(m_fx.caPem()).ok());
    auto r = validator.validate(signedPdf.value());
    QVERIFY(r.ok());
    QCOMPARE(r->signatures.size(), 1);
    QCOMPARE(r->verdict, Verdict::Valid);
}

void TestHostilePdf::fuzzRegressions()
{
    const QDir dir(QStringLiteral(MOTCUA_TEST_DATA_DIR "/signing/fuzz-regressions"));
    const QStringList names = dir.entryList(QDir::Files);
    PdfSignatureValidator validator;
    for (const QString &name : names) {
        const QByteArray data = readFile(dir.filePath(name));
        // Any verdict or typed error is fine: the point is getting here without a crash.
        auto r = validator.validate(data);
        QVERIFY2(r.ok() || r.error().code.startsWith(QLatin1String("pdf.")), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestHostilePdf)
#include "tst_hostilepdf.moc"
