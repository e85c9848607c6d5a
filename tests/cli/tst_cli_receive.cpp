// SPDX-License-Identifier: GPL-3.0-or-later
//! `motcua receive` against the real reference server through the fault proxy:
//! - a walk-in dossier received online with three scans assembled, signed and
//!   attached: the server has it with the code, due date and channel; the digitized
//!   copy is valid for pdfsig and our validator; the slip passes qpdf and its QR
//!   decodes to the lookup address;
//! - ten dossiers received with the link down, slips printed, then synced with a
//!   SIGKILL in the middle of the upload: ten dossiers on the server, with the codes
//!   printed on the slips, none twice, also when the answer to a creation is lost.
#include "cli/clirunner.h"
#include "core/json.h"
#include "core/workingcalendar.h"
#include "faultproxy.h"
#include "signing/pdfsignaturevalidator.h"
#include "signing/signingfixture.h"
#include "testserver.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace motcua;
using namespace motcua::test;

#define VERIFY_RUN(run, code)                                                                                \
    do {                                                                                                     \
        const CliRun c_ = (run);                                                                             \
        QVERIFY2(                                                                                            \
            c_.exitCode == (code),                                                                           \
            (QByteArray("exit ") + QByteArray::number(c_.exitCode) + ": " + c_.out + c_.err).constData());   \
    } while (false)

class TestCliReceive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { m_proxy.clearFaults(); }
    void walkInReceivedOnline();
    void tenReceivedOfflineThenSyncedOnceDespiteSigkill();
    void cleanupTestCase() { QSqlDatabase::removeDatabase(QStringLiteral("central")); }

private:
    QString makeScan(const QString &name, const QColor &ink, bool jpeg);
    //! Row of the server's dossiers table (ground truth, not through the API).
    QJsonObject serverDossier(const QString &code);
    int serverCount(const QString &code);
    QString decodeQr(const QString &pdf);
    void loginDesk(CliProfile &p);
    //! An applicant id number of the demo population (a dossier of agency H19.X01).
    QString demoCitizen();

    TestServer m_server;
    FaultProxy m_proxy;
    SigningFixture m_fx;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_procedure;
    int m_days = 0;
};

void TestCliReceive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fx.setUp());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorOutput()));
    QVERIFY(m_proxy.start(m_server.port()));
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.port());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("central"));
    db.setDatabaseName(m_server.dbPath());
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT code, data FROM procedures ORDER BY code LIMIT 1")));
    QVERIFY(q.next());
    m_procedure = q.value(0).toString();
    m_days = QJsonDocument::fromJson(q.value(1).toByteArray())
                 .object()
                 .value(QStringLiteral("processing_days"))
                 .toInt();
}

QString TestCliReceive::makeScan(const QString &name, const QColor &ink, bool jpeg)
{
    QImage img(1240, 1754, QImage::Format_RGB32); // A5 at 212 dpi: quick, still a real scan
    img.fill(QColor(252, 250, 245));
    QPainter p(&img);
    p.fillRect(100, 100, 800, 60, ink);
    p.fillRect(100, 300, 1000, 20, Qt::black);
    p.end();
    img.setDotsPerMeterX(qRound(212 / 0.0254));
    img.setDotsPerMeterY(qRound(212 / 0.0254));
    const QString path = m_dir.filePath(name);
    return img.save(path, jpeg ? "JPEG" : "PNG") ? path : QString();
}

QJsonObject TestCliReceive::serverDossier(const QString &code)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("central")));
    q.prepare(QStringLiteral("SELECT data FROM dossiers WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

int TestCliReceive::serverCount(const QString &code)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("central")));
    q.prepare(QStringLiteral("SELECT count(*) FROM dossiers WHERE code = ?"));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QString TestCliReceive::decodeQr(const QString &pdf)
{
    const QString png = pdf + QStringLiteral(".qr");
    SigningFixture::run(QStringLiteral("pdftoppm"),
                        {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                         QStringLiteral("-singlefile"), pdf, png});
    return QString::fromUtf8(SigningFixture::run(QStringLiteral("zbarimg"),
                                                 {QStringLiteral("--raw"), QStringLiteral("-q"),
                                                  png + QStringLiteral(".png")}))
        .trimmed()
        .split(QLatin1Char('\n'))
        .last(); //!< zbarimg may print D-Bus noise first
}

void TestCliReceive::loginDesk(CliProfile &p)
{
    VERIFY_RUN(p.run({QStringLiteral("login"), QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                      QStringLiteral("motcua1")},
                     "demo\n"),
               0);
    VERIFY_RUN(p.run({QStringLiteral("sync")}), 0); // the directory and a block of reserved codes
}

QString TestCliReceive::demoCitizen()
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("central")));
    if (!q.exec(QStringLiteral(
            "SELECT applicant_id FROM dossiers WHERE agency_code = 'H19.X01' ORDER BY id LIMIT 1"))
        || !q.next())
        return {};
    return q.value(0).toString();
}

void TestCliReceive::walkInReceivedOnline()
{
    CliProfile p;
    loginDesk(p);
    const QString citizen = demoCitizen();
    QVERIFY(!citizen.isEmpty());
    const QStringList scans {makeScan(QStringLiteral("p1.png"), Qt::darkBlue, false),
                             makeScan(QStringLiteral("p2.jpg"), Qt::darkRed, true),
                             makeScan(QStringLiteral("p3.png"), Qt::black, false)};
    const QString slips = m_dir.filePath(QStringLiteral("online-slips"));
    QProcessEnvironment env = p.environment();
    env.insert(QStringLiteral("MOTCUA_PIN"), QString::fromLatin1(m_fx.p12Password()));
    const CliRun r
        = p.run({QStringLiteral("receive"), QStringLiteral("--procedure"), m_procedure,
                 QStringLiteral("--applicant-id"), citizen, QStringLiteral("--component"),
                 QStringLiteral("TK01=") + scans.join(QLatin1Char(',')), QStringLiteral("--channel"),
                 QStringLiteral("in_person"), QStringLiteral("--print"), slips, QStringLiteral("--p12"),
                 m_fx.p12(), QStringLiteral("--json")},
                env);
    VERIFY_RUN(r, 0);
    const QJsonObject out = r.json();
    QVERIFY2(out.value(QStringLiteral("sent")).toBool(), r.out.constData());
    QVERIFY(out.value(QStringLiteral("applicant_verified")).toBool()); // from the population stand-in
    const QString code = out.value(QStringLiteral("code")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^H19\\.X01-\\d{6}-\\d{4,}$")).match(code).hasMatch(),
             qPrintable(code));

    // The server has it, once, with its code, channel and the legal clock's due date.
    QCOMPARE(serverCount(code), 1);
    const QJsonObject d = serverDossier(code);
    QCOMPARE(d.value(QStringLiteral("channel")).toString(), QStringLiteral("in_person"));
    QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("received"));
    QCOMPARE(d.value(QStringLiteral("id")).toString(), out.value(QStringLiteral("id")).toString());
    const QDateTime received
        = QDateTime::fromString(d.value(QStringLiteral("received_at")).toString(), Qt::ISODate);
    QCOMPARE(code.section(QLatin1Char('-'), 1, 1),
             WorkingCalendar::localDate(received).toString(QStringLiteral("yyMMdd")));
    WorkingCalendar cal;
    QSqlQuery h(QSqlDatabase::database(QStringLiteral("central")));
    QVERIFY(h.exec(QStringLiteral("SELECT day, kind FROM calendar_days")));
    while (h.next()) {
        const QDate day = QDate::fromString(h.value(0).toString(), Qt::ISODate);
        if (h.value(1).toString() == QLatin1String("holiday"))
            cal.addHoliday(day);
        else
            cal.addWorkingDay(day);
    }
    QCOMPARE(QDateTime::fromString(d.value(QStringLiteral("due_at")).toString(), Qt::ISODate),
             cal.dueAt(received, m_days));

    // The digitized copy: three pages, signed, valid for pdfsig and our validator.
    const QJsonArray comps = d.value(QStringLiteral("components")).toArray();
    QCOMPARE(comps.size(), 1);
    QCOMPARE(comps.at(0).toObject().value(QStringLiteral("pages")).toInt(), 3);
    QVERIFY(comps.at(0).toObject().value(QStringLiteral("signed")).toBool());
    const QString sha = comps.at(0).toObject().value(QStringLiteral("sha256")).toString();
    const QString stored = QFileInfo(m_server.dbPath())
                               .dir()
                               .filePath(QStringLiteral("data/documents/%1/%2").arg(sha.left(2), sha));
    const QByteArray pdf = SigningFixture::readFile(stored);
    QVERIFY2(!pdf.isEmpty(), qPrintable(stored));
    const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {stored});
    QVERIFY2(sig.contains("Signature is Valid."), sig);
    QVERIFY2(SigningFixture::run(QStringLiteral("pdfinfo"), {stored}).simplified().contains(" Pages: 3 "),
             "three scans, three pages");
    signing::PdfSignatureValidator validator;
    QVERIFY(validator.addTrusted(m_fx.caPem()).ok());
    auto report = validator.validate(pdf);
    QVERIFY(report.ok());
    QCOMPARE(report.value().verdict, signing::Verdict::Valid);

    // The slip: a clean PDF whose QR code is the lookup address.
    const QString slip = out.value(QStringLiteral("slip")).toString();
    int exit = -1;
    const QByteArray check
        = SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), slip}, &exit);
    QVERIFY2(exit == 0, check);
    QCOMPARE(decodeQr(slip), m_url + QStringLiteral("/tra-cuu?ma=") + code);
}

void TestCliReceive::tenReceivedOfflineThenSyncedOnceDespiteSigkill()
{
    CliProfile p;
    loginDesk(p);
    const QString scan = makeScan(QStringLiteral("off.png"), Qt::darkGreen, false);
    const QString slips = m_dir.filePath(QStringLiteral("offline-slips"));
    FaultConfig down;
    down.resetBeforeRequest = true; // the link is down: nothing reaches the server
    m_proxy.setConfig(down);
    QStringList codes;
    for (int i = 0; i < 10; ++i) {
        const CliRun r = p.run(
            {QStringLiteral("receive"), QStringLiteral("--procedure"), m_procedure,
             QStringLiteral("--applicant-id"), QStringLiteral("0190000000%1").arg(i, 2, 10, QLatin1Char('0')),
             QStringLiteral("--name"), QStringLiteral("Lò Văn Xã %1").arg(i), QStringLiteral("--component"),
             QStringLiteral("TK01=") + scan, QStringLiteral("--channel"), QStringLiteral("postal"),
             QStringLiteral("--print"), slips, QStringLiteral("--json")});
        VERIFY_RUN(r, 0);
        QVERIFY(!r.json().value(QStringLiteral("sent")).toBool());
        const QString code = r.json().value(QStringLiteral("code")).toString();
        //! The slip printed offline carries the final code in its QR code.
        QCOMPARE(decodeQr(r.json().value(QStringLiteral("slip")).toString()),
                 m_url + QStringLiteral("/tra-cuu?ma=") + code);
        QCOMPARE(serverCount(code), 0);
        codes << code;
    }
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 10);

    // The link is back, slowly: a sync killed with SIGKILL in the middle of the upload.
    FaultConfig slow;
    slow.latencyMs = 150;
    m_proxy.setConfig(slow);
    QProcess sync;
    p.start(sync, {QStringLiteral("sync")}, p.environment());
    QVERIFY(sync.waitForStarted(10000));
    const auto onServer = [&] {
        int n = 0;
        for (const QString &c : std::as_const(codes))
            n += serverCount(c);
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(onServer() >= 3, 120000);
    sync.kill(); // SIGKILL
    sync.waitForFinished(10000);
    const int before = onServer();
    QVERIFY2(before < 10, "the upload was cut in the middle");

    // The rest goes up, and the answer to the next creation is lost on its way back: the
    // server made the dossier, the desk never heard of it and sends it again with the same
    // key (not left to the chance of where the SIGKILL fell).
    FaultConfig lostAnswer;
    lostAnswer.match = "POST /api/v1/dossiers HTTP";
    lostAnswer.resetAfterRequest = true;
    lostAnswer.budget = 1;
    m_proxy.setConfig(lostAnswer);
    const int faultsBefore = m_proxy.faultsApplied();
    VERIFY_RUN(p.run({QStringLiteral("sync")}), 0);
    QCOMPARE(m_proxy.faultsApplied(), faultsBefore + 1);
    for (const QString &c : std::as_const(codes)) {
        QCOMPARE(serverCount(c), 1);
        QCOMPARE(serverDossier(c).value(QStringLiteral("channel")).toString(), QStringLiteral("postal"));
    }
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("central")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM dossiers WHERE applicant_id LIKE '0190000000%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 10); // no duplicate under another code either
    // Nothing left in the desk's queue.
    QSqlDatabase cache = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cache"));
    cache.setDatabaseName(QDir(p.dir()).filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(cache.open());
    {
        QSqlQuery c(cache);
        QVERIFY(c.exec(QStringLiteral("SELECT count(*), sum(state = 'done') FROM receptions")));
        QVERIFY(c.next());
        QCOMPARE(c.value(0).toInt(), 10);
        QCOMPARE(c.value(1).toInt(), 10);
    }
    cache.close();
    QSqlDatabase::removeDatabase(QStringLiteral("cache"));
}

QTEST_MAIN(TestCliReceive)
#include "tst_cli_receive.moc"
