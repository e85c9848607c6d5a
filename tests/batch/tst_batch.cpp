// SPDX-License-Identifier: GPL-3.0-or-later
//! `motcua approve` end to end: the real program, the real reference server
//! (through the fault proxy, to drop the link), a real SoftHSM2 token behind
//! opensc's pkcs11-spy (its log counts C_Login), and independent checks of the
//! outcome on the server's own database and documents (history steps per
//! dossier, the signed result's bytes) with our validator and poppler's pdfsig.
#include "auth/keychaincredentialstore.h"
#include "auth/profilekey.h"
#include "batch/batchrepository.h"
#include "clirunner.h"
#include "faultproxy.h"
#include "signing/pdfsignaturevalidator.h"
#include "signing/pdfsigner.h"
#include "signing/pkcs12signer.h"
#include "signing/signingservice.h"
#include "signing/timestampupgrade.h"
#include "signing/tsaclient.h"
#include "signingfixture.h"
#include "store/blobcipher.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <signal.h>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kSpy = QStringLiteral("/usr/lib/x86_64-linux-gnu/pkcs11-spy.so");
const QString kAgency = QStringLiteral("H19.X01");

#define VERIFY_RUN(run, code)                                                                                \
    do {                                                                                                     \
        const CliRun c_ = (run);                                                                             \
        QVERIFY2(                                                                                            \
            c_.exitCode == (code),                                                                           \
            (QByteArray("exit ") + QByteArray::number(c_.exitCode) + ": " + c_.out + c_.err).constData());   \
    } while (false)

struct ServerDossier
{
    QString state;
    int approves = 0;
    int signs = 0;
    QString resultSha; //!< the `<id>-kq` component's sha256
    bool resultSigned = false;
};

} // namespace

class TestBatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hundredDossiersOneLogin();
    void killedMidBatchResumesExactlyOnce();
    void offlineBatchGetsTimestampsBeforePush();
    void conflictIsReportedPerItemAndRetried();
    void wrongPinSignsNothing();
    void interruptStopsAfterCurrentItem();
    void timestampUpgradeRefusesWhatItCannotDo();
    void singleResultsGetTimestampsBeforePush();
    void cleanupTestCase();

private:
    //! A profile signed in as lanhdao1 (supervisor of kAgency) and synchronized.
    void makeProfile(CliProfile &p);
    QProcessEnvironment signEnv(const CliProfile &p, const QString &spyLog) const;
    QStringList signArgs() const;
    //! Codes of dossiers awaiting approval at kAgency on the server, not yet used by a test.
    QStringList takeAwaiting(int n);
    ServerDossier serverDossier(const QString &code);
    QByteArray serverDocument(const QString &sha);
    void checkSigned(const QByteArray &pdf, bool expectTimestamp);

    SigningFixture m_fx;
    TestServer m_server {{QStringLiteral("--demo-size"), QStringLiteral("4000")}};
    FaultProxy m_proxy;
    QString m_url;
    QSet<QString> m_used;
    QSqlDatabase m_central;
};

void TestBatch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(kSpy));
    QVERIFY(m_fx.setUp());
    QVERIFY(m_fx.initToken());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorOutput()));
    QVERIFY(m_proxy.start(m_server.port()));
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.port());
    m_central = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("central"));
    m_central.setDatabaseName(m_server.dbPath());
    m_central.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(m_central.open());
}

void TestBatch::cleanupTestCase()
{
    m_central.close();
    m_central = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("central"));
}

void TestBatch::makeProfile(CliProfile &p)
{
    QProcessEnvironment env = p.environment();
    env.insert(QStringLiteral("MOTCUA_PASSWORD"), QStringLiteral("demo"));
    VERIFY_RUN(p.run({QStringLiteral("login"), QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                      QStringLiteral("lanhdao1")},
                     env),
               0);
    VERIFY_RUN(p.run({QStringLiteral("sync")}, env), 0);
}

QProcessEnvironment TestBatch::signEnv(const CliProfile &p, const QString &spyLog) const
{
    QProcessEnvironment env = p.environment();
    const QProcessEnvironment fx = m_fx.env();
    env.insert(QStringLiteral("SOFTHSM2_CONF"), fx.value(QStringLiteral("SOFTHSM2_CONF")));
    env.insert(QStringLiteral("PKCS11SPY"), m_fx.softhsmModule());
    env.insert(QStringLiteral("PKCS11SPY_OUTPUT"), spyLog);
    env.insert(QStringLiteral("MOTCUA_PIN"), QString::fromLatin1(m_fx.tokenPin()));
    env.insert(QStringLiteral("MOTCUA_PASSWORD"), QStringLiteral("demo"));
    return env;
}

QStringList TestBatch::signArgs() const
{
    return {QStringLiteral("--pkcs11-module"), kSpy, QStringLiteral("--token"), m_fx.tokenLabel()};
}

QStringList TestBatch::takeAwaiting(int n)
{
    QSqlQuery q(m_central);
    q.prepare(
        QStringLiteral("SELECT code FROM dossiers WHERE state = 'awaiting_approval' AND agency_code = ? "
                       "ORDER BY code"));
    q.addBindValue(kAgency);
    QStringList out;
    if (!q.exec())
        return out;
    while (q.next() && out.size() < n) {
        const QString code = q.value(0).toString();
        if (!m_used.contains(code)) {
            m_used.insert(code);
            out << code;
        }
    }
    return out;
}

ServerDossier TestBatch::serverDossier(const QString &code)
{
    ServerDossier s;
    QSqlQuery q(m_central);
    q.prepare(QStringLiteral("SELECT id, state, data FROM dossiers WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return s;
    const QString id = q.value(0).toString();
    s.state = q.value(1).toString();
    const QJsonObject d = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    for (const QJsonValue &c : d.value(QLatin1String("components")).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(QLatin1String("id")).toString() == id + QStringLiteral("-kq")) {
            s.resultSha = o.value(QLatin1String("sha256")).toString();
            s.resultSigned = o.value(QLatin1String("signed")).toBool();
        }
    }
    QSqlQuery h(m_central);
    h.prepare(QStringLiteral("SELECT data FROM history WHERE dossier_id = ?"));
    h.addBindValue(id);
    if (!h.exec())
        return s;
    while (h.next()) {
        const QString action = QJsonDocument::fromJson(h.value(0).toByteArray())
                                   .object()
                                   .value(QLatin1String("action"))
                                   .toString();
        s.approves += action == QLatin1String("approve");
        s.signs += action == QLatin1String("sign_result");
    }
    return s;
}

QByteArray TestBatch::serverDocument(const QString &sha)
{
    const QString dir = QFileInfo(m_server.dbPath()).absolutePath() + QStringLiteral("/data/documents/");
    return SigningFixture::readFile(dir + sha.left(2) + QLatin1Char('/') + sha);
}

void TestBatch::checkSigned(const QByteArray &pdf, bool expectTimestamp)
{
    QVERIFY(!pdf.isEmpty());
    signing::PdfSignatureValidator validator;
    QVERIFY(validator.addTrusted(m_fx.caPem()).ok());
    //! The reference server's time-stamp authority (its own CA, made at first start).
    QVERIFY(
        validator.addTrusted(QFileInfo(m_server.dbPath()).absolutePath() + QStringLiteral("/data/tsa/ca.pem"))
            .ok());
    auto report = validator.validate(pdf);
    QVERIFY(report.ok());
    QCOMPARE(report->signatures.size(), 1);
    const signing::SignatureReport &sig = report->signatures.first();
    QVERIFY2(report->verdict == signing::Verdict::Valid, qPrintable(sig.problems.join(QLatin1Char(';'))));
    QVERIFY(sig.coversWholeFile);
    QCOMPARE(sig.hasTimestamp, expectTimestamp);
    if (expectTimestamp)
        QVERIFY(sig.timestampValid);
}

void TestBatch::hundredDossiersOneLogin()
{
    CliProfile p;
    makeProfile(p);
    const QStringList codes = takeAwaiting(100);
    QCOMPARE(codes.size(), 100); // --demo-size 4000 gives ~150 at the supervisor's agency
    for (const QString &c : codes)
        QCOMPARE(serverDossier(c).state, QStringLiteral("awaiting_approval"));

    const QString spyLog = m_fx.path(QStringLiteral("spy-100.log"));
    const CliRun r = p.run(QStringList {QStringLiteral("approve"), QStringLiteral("--batch")} + codes
                               + signArgs() + QStringList {QStringLiteral("--json")},
                           signEnv(p, spyLog), {}, 300000);
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    const QJsonObject summary = r.json();
    QCOMPARE(summary.value(QLatin1String("approved")).toInt(), 100);
    QCOMPARE(summary.value(QLatin1String("failed")).toInt(), 0);

    //! One PIN entry: exactly one C_Login in the spy's log of the whole run.
    const QByteArray log = SigningFixture::readFile(spyLog);
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.count("C_Login"), 1);
    QCOMPARE(log.count(": C_SignInit"), qsizetype(100)); // one signature per dossier

    QHash<QString, QString> localSha;
    for (const QJsonValue &v : summary.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("done"));
        QVERIFY(o.value(QLatin1String("timestamped")).toBool());
        localSha.insert(o.value(QLatin1String("code")).toString(),
                        o.value(QLatin1String("signed_sha256")).toString());
    }
    for (const QString &code : codes) {
        const ServerDossier s = serverDossier(code);
        QCOMPARE(s.state, QStringLiteral("result_issued"));
        QCOMPARE(s.approves, 1);
        QCOMPARE(s.signs, 1);
        QVERIFY(s.resultSigned);
        QCOMPARE(s.resultSha, localSha.value(code));
        const QByteArray pdf = serverDocument(s.resultSha);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()),
                 s.resultSha);
        checkSigned(pdf, true);
    }
    //! An independent validator on a sample.
    const QString sample = m_fx.path(QStringLiteral("sample.pdf"));
    QVERIFY(SigningFixture::writeFile(sample, serverDocument(serverDossier(codes.at(37)).resultSha)));
    const QByteArray pdfsig = SigningFixture::run(QStringLiteral("pdfsig"), {sample});
    QVERIFY2(pdfsig.contains("Signature is Valid."), pdfsig);
    QVERIFY2(pdfsig.contains("Total document signed"), pdfsig);
    //! Issue 20 item 6: the desk's one stamp, as the sign dialog prints it: the signer's
    //! name and the time the signer wrote into /M, in Vietnam's time (not the UTC hour).
    signing::PdfSignatureValidator sampleValidator;
    auto sampleReport = sampleValidator.validate(SigningFixture::readFile(sample));
    QVERIFY(sampleReport.ok() && sampleReport->signatures.size() == 1);
    const QDateTime claimed = sampleReport->signatures.first().claimedTime;
    QVERIFY(claimed.isValid());
    const QString stampText = QString::fromUtf8(
        SigningFixture::run(QStringLiteral("pdftotext"),
                            {QStringLiteral("-l"), QStringLiteral("1"), sample, QStringLiteral("-")}));
    static const QRegularExpression signerLine(QStringLiteral("Ký bởi: \\S"));
    QVERIFY2(signerLine.match(stampText).hasMatch(), qPrintable(stampText));
    QVERIFY2(
        stampText.contains(QStringLiteral("Ngày ký: ")
                           + claimed.toOffsetFromUtc(7 * 3600).toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                           + QStringLiteral(" (GMT+7)")),
        qPrintable(stampText));
    int rc = -1;
    const QByteArray check
        = SigningFixture::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), sample}, &rc);
    QVERIFY2(rc == 0, check);

    //! The job is closed: the next run has nothing to resume.
    const CliRun again = p.run({QStringLiteral("approve"), QStringLiteral("--resume")}, signEnv(p, spyLog));
    VERIFY_RUN(again, 0);
    QVERIFY(again.out.contains("No unfinished batch"));
}

void TestBatch::killedMidBatchResumesExactlyOnce()
{
    CliProfile p;
    makeProfile(p);
    const QStringList codes = takeAwaiting(12);
    QCOMPARE(codes.size(), 12);
    const QString spyLog = m_fx.path(QStringLiteral("spy-kill.log"));
    const QProcessEnvironment env = signEnv(p, spyLog);

    //! Kill points: after the first signature (1 progress line), in the middle
    //! of signing and queueing (9 lines), and as soon as the last item is queued
    //! (the push of the approvals is under way).
    const QByteArray lastQueued = codes.last().toUtf8() + " signed, approval queued";
    const QList<int> killAfterLines {1, 9, -1};
    int kills = 0;
    bool first = true;
    for (int killAt : killAfterLines) {
        QProcess proc;
        const QStringList args = first
            ? QStringList {QStringLiteral("approve"), QStringLiteral("--batch")} + codes + signArgs()
            : QStringList {QStringLiteral("approve"), QStringLiteral("--resume")} + signArgs();
        first = false;
        p.start(proc, args, env);
        QVERIFY(proc.waitForStarted(10000));
        proc.closeWriteChannel();
        int lines = 0;
        QByteArray seen;
        while (proc.state() == QProcess::Running
               && (killAt > 0 ? lines < killAt : !seen.contains(lastQueued))) {
            proc.waitForReadyRead(20);
            seen += proc.readAllStandardOutput();
            lines = int(seen.count("\n[")) + (seen.startsWith("[") ? 1 : 0);
        }
        if (proc.state() == QProcess::Running) {
            ::kill(pid_t(proc.processId()), SIGKILL);
            ++kills;
        }
        proc.waitForFinished(30000);
    }
    QVERIFY(kills >= 2);
    //! Resume until the job is finished.
    CliRun r;
    for (int i = 0; i < 3; ++i) {
        r = p.run(
            QStringList {QStringLiteral("approve"), QStringLiteral("--resume"), QStringLiteral("--json")}
                + signArgs(),
            env);
        if (r.exitCode == 0 && r.json().isEmpty())
            break; // nothing left to resume
        if (r.exitCode == 0 && r.json().value(QLatin1String("approved")).toInt() == codes.size())
            break;
    }
    VERIFY_RUN(r, 0);
    for (const QString &code : codes) {
        const ServerDossier s = serverDossier(code);
        QCOMPARE(s.state, QStringLiteral("result_issued"));
        QCOMPARE(s.approves, 1);
        QCOMPARE(s.signs, 1);
        checkSigned(serverDocument(s.resultSha), true);
    }
    //! Signed once each: the token signed no more than one signature per dossier
    //! (a kill between the signature and its record may cost one extra, never a recorded one).
    const QByteArray log = SigningFixture::readFile(spyLog);
    const qsizetype signs = log.count(": C_SignInit");
    QVERIFY2(signs >= codes.size() && signs <= codes.size() + kills, QByteArray::number(signs));
}

void TestBatch::offlineBatchGetsTimestampsBeforePush()
{
    CliProfile p;
    makeProfile(p);
    const QStringList codes = takeAwaiting(5);
    QCOMPARE(codes.size(), 5);
    const QProcessEnvironment env = signEnv(p, m_fx.path(QStringLiteral("spy-offline.log")));
    //! Make sure the drafts are local (prefetch of the inbox), then lose the link.
    VERIFY_RUN(p.run({QStringLiteral("sync"), QStringLiteral("--prefetch")}, env, {}, 300000), 0);
    FaultConfig down;
    down.resetBeforeRequest = true;
    m_proxy.setConfig(down);
    const CliRun offline = p.run(QStringList {QStringLiteral("approve"), QStringLiteral("--batch")} + codes
                                     + signArgs() + QStringList {QStringLiteral("--json")},
                                 env);
    VERIFY_RUN(offline, 0);
    const QJsonObject o1 = offline.json();
    QCOMPARE(o1.value(QLatin1String("online")).toBool(), false);
    QCOMPARE(o1.value(QLatin1String("queued")).toInt(), 5);
    FileBlobStore blobs(p.dir() + QStringLiteral("/blobs"));
    {
        //! The CLI encrypts the profile's documents with the key it keeps in the keychain.
        KeychainCredentialStore keychain;
        auto key = loadOrCreateProfileKey(keychain, p.dir());
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().toString()));
        ProfileKeys::set(p.dir(), *key);
        blobs.setCipher(ProfileKeys::cipherFor(p.dir()));
    }
    for (const QJsonValue &v : o1.value(QLatin1String("items")).toArray()) {
        QVERIFY(!v.toObject().value(QLatin1String("timestamped")).toBool());
        auto pdf = blobs.read(v.toObject().value(QLatin1String("signed_sha256")).toString());
        QVERIFY(pdf.ok());
        QCOMPARE(signing::TimestampUpgrade::hasTimestamp(*pdf).valueOr(true), false);
        checkSigned(*pdf, false);
    }
    for (const QString &code : codes)
        QCOMPARE(serverDossier(code).state, QStringLiteral("awaiting_approval"));

    //! The link returns: `motcua sync` stamps before it pushes.
    m_proxy.clearFaults();
    VERIFY_RUN(p.run({QStringLiteral("sync")}, env), 0);
    const CliRun back
        = p.run({QStringLiteral("approve"), QStringLiteral("--resume"), QStringLiteral("--json")}, env);
    VERIFY_RUN(back, 0);
    const QJsonObject o2 = back.json();
    QCOMPARE(o2.value(QLatin1String("approved")).toInt(), 5);
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue &v : o2.value(QLatin1String("items")).toArray())
        byCode.insert(v.toObject().value(QLatin1String("code")).toString(), v.toObject());
    for (const QString &code : codes) {
        const ServerDossier s = serverDossier(code);
        QCOMPARE(s.state, QStringLiteral("result_issued"));
        QCOMPARE(s.approves, 1);
        QCOMPARE(s.signs, 1);
        QVERIFY(byCode.value(code).value(QLatin1String("timestamped")).toBool());
        QCOMPARE(s.resultSha, byCode.value(code).value(QLatin1String("signed_sha256")).toString());
        const QByteArray pdf = serverDocument(s.resultSha);
        checkSigned(pdf, true);
        const QString path = m_fx.path(QStringLiteral("upgraded.pdf"));
        QVERIFY(SigningFixture::writeFile(path, pdf));
        const QByteArray pdfsig = SigningFixture::run(QStringLiteral("pdfsig"), {path});
        QVERIFY2(pdfsig.contains("Signature is Valid."), pdfsig);
    }
}

void TestBatch::conflictIsReportedPerItemAndRetried()
{
    CliProfile p;
    makeProfile(p);
    CliProfile other;
    makeProfile(other);
    const QStringList codes = takeAwaiting(3);
    QCOMPARE(codes.size(), 3);
    const QProcessEnvironment env = signEnv(p, m_fx.path(QStringLiteral("spy-conflict.log")));
    //! Signed and queued without pushing; meanwhile another supervisor approves one.
    const CliRun queued
        = p.run(QStringList {QStringLiteral("approve"), QStringLiteral("--batch")} + codes + signArgs()
                    + QStringList {QStringLiteral("--no-push"), QStringLiteral("--json")},
                env);
    VERIFY_RUN(queued, 0);
    QCOMPARE(queued.json().value(QLatin1String("queued")).toInt(), 3);
    QProcessEnvironment oenv = other.environment();
    oenv.insert(QStringLiteral("MOTCUA_PASSWORD"), QStringLiteral("demo"));
    VERIFY_RUN(other.run({QStringLiteral("act"), codes.at(1), QStringLiteral("approve")}, oenv), 0);

    const CliRun r
        = p.run({QStringLiteral("approve"), QStringLiteral("--resume"), QStringLiteral("--json")}, env);
    VERIFY_RUN(r, 3);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QLatin1String("approved")).toInt(), 2);
    QCOMPARE(o.value(QLatin1String("failed")).toInt(), 1);
    for (const QJsonValue &v : o.value(QLatin1String("items")).toArray()) {
        const QJsonObject i = v.toObject();
        if (i.value(QLatin1String("code")).toString() == codes.at(1)) {
            QCOMPARE(i.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
            QVERIFY2(i.value(QLatin1String("error")).toString().contains(QLatin1String("someone else")),
                     qPrintable(i.value(QLatin1String("error")).toString()));
        }
    }
    QCOMPARE(serverDossier(codes.at(1)).approves, 1); // the other supervisor's
    QCOMPARE(serverDossier(codes.at(1)).signs, 0);
    //! Retry: the refused actions are dropped, the dossier is no longer awaiting
    //! approval, so it fails again with that reason; nothing is sent twice.
    VERIFY_RUN(p.run({QStringLiteral("sync")}, env), 0);
    const CliRun retry
        = p.run({QStringLiteral("approve"), QStringLiteral("--retry"), QStringLiteral("--json")}, env);
    QVERIFY2(retry.exitCode == 1, retry.out + retry.err);
    QCOMPARE(retry.json().value(QLatin1String("failed")).toInt(), 1);
    QCOMPARE(serverDossier(codes.at(1)).approves, 1);
    QCOMPARE(serverDossier(codes.at(0)).approves, 1);
}

void TestBatch::wrongPinSignsNothing()
{
    CliProfile p;
    makeProfile(p);
    const QStringList codes = takeAwaiting(2);
    QProcessEnvironment env = signEnv(p, m_fx.path(QStringLiteral("spy-pin.log")));
    env.insert(QStringLiteral("MOTCUA_PIN"), QStringLiteral("9999"));
    const CliRun r
        = p.run(QStringList {QStringLiteral("approve"), QStringLiteral("--batch")} + codes + signArgs(), env);
    QVERIFY2(r.exitCode == 1, r.out + r.err);
    QVERIFY(!r.err.isEmpty());
    for (const QString &code : codes)
        QCOMPARE(serverDossier(code).approves, 0);
    //! The right PIN resumes the same job.
    env.insert(QStringLiteral("MOTCUA_PIN"), QString::fromLatin1(m_fx.tokenPin()));
    const CliRun ok
        = p.run(QStringList {QStringLiteral("approve"), QStringLiteral("--resume"), QStringLiteral("--json")}
                    + signArgs(),
                env);
    VERIFY_RUN(ok, 0);
    QCOMPARE(ok.json().value(QLatin1String("approved")).toInt(), 2);
}

void TestBatch::interruptStopsAfterCurrentItem()
{
    CliProfile p;
    makeProfile(p);
    const QStringList codes = takeAwaiting(8);
    QCOMPARE(codes.size(), 8);
    const QProcessEnvironment env = signEnv(p, m_fx.path(QStringLiteral("spy-int.log")));
    QProcess proc;
    p.start(proc, QStringList {QStringLiteral("approve"), QStringLiteral("--batch")} + codes + signArgs(),
            env);
    QVERIFY(proc.waitForStarted(10000));
    proc.closeWriteChannel();
    QByteArray seen;
    while (proc.state() == QProcess::Running && !seen.contains(" signed")) {
        proc.waitForReadyRead(20);
        seen += proc.readAllStandardOutput();
    }
    //! processId() is 0 once the program has ended: kill(0, ...) would interrupt this
    //! test's whole process group (ctest with it).
    const qint64 pid = proc.processId();
    QVERIFY2(pid > 0, seen.constData());
    ::kill(pid_t(pid), SIGINT); // Ctrl+C
    QVERIFY(proc.waitForFinished(60000));
    seen += proc.readAllStandardOutput();
    const QByteArray err = proc.readAllStandardError();
    QCOMPARE(proc.exitStatus(), QProcess::NormalExit);
    QCOMPARE(proc.exitCode(), 1);
    QVERIFY2(err.contains("Cancelled after the current dossier"), err);
    //! What was signed before the interrupt was queued and sent; the rest is untouched.
    int approved = 0;
    for (const QString &code : codes) {
        const ServerDossier s = serverDossier(code);
        QVERIFY(s.approves <= 1);
        approved += s.approves;
        QCOMPARE(s.signs, s.approves);
    }
    QVERIFY2(approved >= 1 && approved < codes.size(), seen);
    const CliRun rest
        = p.run(QStringList {QStringLiteral("approve"), QStringLiteral("--resume"), QStringLiteral("--json")}
                    + signArgs(),
                env);
    VERIFY_RUN(rest, 0);
    for (const QString &code : codes) {
        QCOMPARE(serverDossier(code).approves, 1);
        QCOMPARE(serverDossier(code).signs, 1);
    }
}

void TestBatch::timestampUpgradeRefusesWhatItCannotDo()
{
    auto signer = signing::Pkcs12Signer::open(m_fx.p12(), m_fx.p12Password());
    QVERIFY(signer.ok());
    signing::TsaClient tsa(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/tsa").arg(m_server.port())));
    const QByteArray pdf = SigningFixture::makePdf(1, QStringLiteral("Quyết định"));
    QCOMPARE(signing::TimestampUpgrade::addTimestamp(pdf, tsa).error().code,
             QStringLiteral("signing.no_signature"));

    signing::SignOptions options;
    options.reserveTimestamp = true;
    auto signedPdf = signing::PdfSigner::sign(pdf, **signer, options);
    QVERIFY(signedPdf.ok());
    QCOMPARE(signing::TimestampUpgrade::hasTimestamp(*signedPdf).valueOr(true), false);
    //! Bytes appended after the signature: stamping in place would hide them.
    QCOMPARE(signing::TimestampUpgrade::addTimestamp(*signedPdf + "\n% later\n", tsa).error().code,
             QStringLiteral("signing.not_last_revision"));
    //! Without the reserved room the token cannot fit: a loud error, not a broken file.
    options.reserveTimestamp = false;
    auto tight = signing::PdfSigner::sign(pdf, **signer, options);
    QVERIFY(tight.ok());
    QCOMPARE(signing::TimestampUpgrade::addTimestamp(*tight, tsa).error().code,
             QStringLiteral("signing.contents_overflow"));
    //! With the room: same length, same signed bytes, a valid time stamp; a second call changes nothing.
    auto stamped = signing::TimestampUpgrade::addTimestamp(*signedPdf, tsa);
    QVERIFY2(stamped.ok(), qPrintable(stamped.error().toString()));
    QCOMPARE(stamped->size(), signedPdf->size());
    QByteArray cmsBefore, cmsAfter, before, after;
    QVERIFY(SigningFixture::extract(*signedPdf, 0, &cmsBefore, &before));
    QVERIFY(SigningFixture::extract(*stamped, 0, &cmsAfter, &after));
    QCOMPARE(after, before); // the signed bytes did not change
    QVERIFY(cmsAfter.size() > cmsBefore.size() + 1000); // the token was added
    QVERIFY(signing::TimestampUpgrade::hasTimestamp(*stamped).valueOr(false));
    checkSigned(*stamped, true);
    QCOMPARE(signing::TimestampUpgrade::addTimestamp(*stamped, tsa).value(), *stamped);
}

//! One result at a time, as the sign dialog queues it (here `motcua act sign_result
//! --file`): signed while the time-stamp service was out of reach, it is queued B-B
//! with room for the stamp, and every push stamps it first: `motcua sync`, and `motcua
//! act` when it pushes by itself. A document that cannot take a stamp (signed without
//! the room) goes as it is rather than blocking the outbox.
void TestBatch::singleResultsGetTimestampsBeforePush()
{
    CliProfile p;
    makeProfile(p);
    const QStringList codes = takeAwaiting(3);
    QCOMPARE(codes.size(), 3);
    QProcessEnvironment env = p.environment();
    env.insert(QStringLiteral("MOTCUA_PASSWORD"), QStringLiteral("demo"));
    for (const QString &code : codes)
        VERIFY_RUN(p.run({QStringLiteral("act"), code, QStringLiteral("approve")}, env), 0);

    auto signer = signing::Pkcs12Signer::open(m_fx.p12(), m_fx.p12Password());
    QVERIFY(signer.ok());
    //! Through the one signing service, with a time-stamp service that does not answer.
    const auto signOffline = [&](const QString &name, signing::TimestampPolicy policy) {
        signing::SignRequest r;
        r.pdf = SigningFixture::makePdf(1, QStringLiteral("Kết quả ") + name);
        r.signer = signer->get();
        r.timestampPolicy = policy;
        r.tsaUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api/v1/tsa")); // nothing listens on port 1
        r.tsaTimeoutMs = 3000;
        auto out = signing::SigningService::sign(r);
        const QString path = m_fx.path(name + QStringLiteral(".pdf"));
        if (!out || !SigningFixture::writeFile(path, out->pdf))
            return std::pair {QString(), signing::SignedDocument()};
        return std::pair {path, *out};
    };
    const auto [spare1, spareDoc1]
        = signOffline(QStringLiteral("kq-single-1"), signing::TimestampPolicy::FallBackAndQueue);
    const auto [tight, tightDoc] = signOffline(QStringLiteral("kq-single-2"), signing::TimestampPolicy::None);
    const auto [spare3, spareDoc3]
        = signOffline(QStringLiteral("kq-single-3"), signing::TimestampPolicy::FallBackAndQueue);
    QVERIFY(!spare1.isEmpty() && !tight.isEmpty() && !spare3.isEmpty());
    QVERIFY(spareDoc1.timestampPending && spareDoc3.timestampPending);
    QVERIFY(spareDoc1.timestampError.has_value());
    QVERIFY(!tightDoc.timestampPending);

    //! The name of the document on the server: what the push sent for this file.
    const auto serverResult = [&](const QString &code, const QString &name) {
        QSqlQuery q(m_central);
        q.prepare(QStringLiteral("SELECT data FROM dossiers WHERE code = ?"));
        q.addBindValue(code);
        if (!q.exec() || !q.next())
            return QString();
        const QJsonObject d = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        for (const QJsonValue &c : d.value(QLatin1String("components")).toArray()) {
            if (c.toObject().value(QLatin1String("name")).toString() == name)
                return c.toObject().value(QLatin1String("sha256")).toString();
        }
        return QString();
    };

    VERIFY_RUN(p.run({QStringLiteral("act"), codes.at(0), QStringLiteral("sign_result"),
                      QStringLiteral("--file"), spare1, QStringLiteral("--no-push")},
                     env),
               0);
    VERIFY_RUN(p.run({QStringLiteral("act"), codes.at(1), QStringLiteral("sign_result"),
                      QStringLiteral("--file"), tight, QStringLiteral("--no-push")},
                     env),
               0);
    QCOMPARE(serverDossier(codes.at(0)).signs, 0);
    VERIFY_RUN(p.run({QStringLiteral("sync")}, env), 0);
    VERIFY_RUN(p.run({QStringLiteral("act"), codes.at(2), QStringLiteral("sign_result"),
                      QStringLiteral("--file"), spare3},
                     env),
               0);

    for (const auto &[code, name, doc] :
         {std::tuple {codes.at(0), QStringLiteral("kq-single-1"), spareDoc1},
          std::tuple {codes.at(2), QStringLiteral("kq-single-3"), spareDoc3}}) {
        QCOMPARE(serverDossier(code).state, QStringLiteral("result_issued"));
        QCOMPARE(serverDossier(code).signs, 1);
        const QString sha = serverResult(code, name);
        QVERIFY2(!sha.isEmpty() && sha != doc.sha256, qPrintable(code));
        const QByteArray pdf = serverDocument(sha);
        QCOMPARE(pdf.size(), doc.pdf.size()); // stamped in place, in the room kept for it
        QVERIFY(signing::TimestampUpgrade::hasTimestamp(pdf).valueOr(false));
        checkSigned(pdf, true);
        const QString path = m_fx.path(name + QStringLiteral("-server.pdf"));
        QVERIFY(SigningFixture::writeFile(path, pdf));
        const QByteArray pdfsig = SigningFixture::run(QStringLiteral("pdfsig"), {path});
        QVERIFY2(pdfsig.contains("Signature is Valid."), pdfsig);
    }
    //! No room for a stamp: sent as signed, and it did not hold back the others.
    QCOMPARE(serverDossier(codes.at(1)).state, QStringLiteral("result_issued"));
    QCOMPARE(serverResult(codes.at(1), QStringLiteral("kq-single-2")), tightDoc.sha256);
    QCOMPARE(signing::TimestampUpgrade::hasTimestamp(serverDocument(tightDoc.sha256)).valueOr(true), false);
}

QTEST_MAIN(TestBatch)
#include "tst_batch.moc"
