// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19, must show: a profile folder copied elsewhere (its keychain entry
// does not exist there) holds no citizen name, ID number, address, phone or PDF
// byte in any file, the SQLite WAL included (`grep -a`, an independent checker);
// and the desk opened on that copy says the key is gone, asks to sign in again
// and re-syncs everything from the REAL reference server.
#include "appcontroller.h"
#include "auth/keychaincredentialstore.h"
#include "auth/profilekey.h"
#include "deskcontroller.h"
#include "sessioncontroller.h"
#include "store/localstore.h"
#include "store/receptionrepository.h"
#include "synccontroller.h"
#include "testserver.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

//! `grep -a -r -l -F -f needles dir`: the files holding any needle (exit 1 = none).
QPair<int, QString> grepFiles(const QString &dir, const QByteArrayList &needles, const QString &needleFile)
{
    QFile f(needleFile);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {-1, QStringLiteral("cannot write the needles")};
    f.write(needles.join('\n') + '\n');
    f.close();
    QProcess grep;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); //!< bytes, not characters
    grep.setProcessEnvironment(env);
    grep.start(QStringLiteral("grep"),
               {QStringLiteral("-a"), QStringLiteral("-r"), QStringLiteral("-l"), QStringLiteral("-F"),
                QStringLiteral("-f"), needleFile, dir});
    if (!grep.waitForFinished(120000))
        return {-1, QStringLiteral("grep did not finish")};
    return {grep.exitCode(),
            QString::fromLocal8Bit(grep.readAllStandardOutput() + grep.readAllStandardError())};
}

//! A run of 24 PDF bytes from the middle of the file without line breaks (one grep pattern).
QByteArray pdfChunk(const QByteArray &pdf)
{
    for (qsizetype at = pdf.size() / 2; at + 24 < pdf.size(); ++at) {
        const QByteArray chunk = pdf.mid(at, 24);
        if (!chunk.contains('\n') && !chunk.contains('\r') && !chunk.contains('\0'))
            return chunk;
    }
    return {};
}

} // namespace

class TestProfileSecurity : public QObject
{
    Q_OBJECT

    static bool signInAndSync(const QString &url)
    {
        SessionController *session = SessionController::instance();
        SyncController *sync = SyncController::instance();
        //! The controllers are the process's: a second desk sees the first one's last sync.
        QSignalSpy finished(sync, &SyncController::lastSyncChanged);
        if (!session->signIn(url, QStringLiteral("chuyenvien1"), QStringLiteral("demo"), true))
            return false;
        if (!QTest::qWaitFor([&] { return session->signedIn(); }, 60000))
            return false;
        return QTest::qWaitFor([&] { return finished.count() > 0 && !sync->syncing(); }, 180000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppController::instance()->setLanguage(QStringLiteral("en"));
    }

    void copiedProfileHoldsNoPersonalDataAndResyncs()
    {
        test::TestServer server;
        QVERIFY2(server.start(), qPrintable(server.errorOutput()));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        QTemporaryDir profile;
        QTemporaryDir elsewhere;
        const QString copy = elsewhere.filePath(QStringLiteral("copied-profile"));
        KeychainCredentialStore keychain;

        QByteArrayList needles;
        QString someId;
        QString someName;
        int cached = 0;
        {
            Workspace ws;
            QVERIFY(ws.open(profile.path()).ok());
            QVERIFY(!ws.keyWasLost());
            DeskController desk(&ws, profile.path());
            QVERIFY(signInAndSync(url));

            // What the cache holds about people, read through the store with the key.
            InboxQuery all;
            all.limit = 0;
            auto items = ws.store()->dossiers().list(all);
            QVERIFY(items.ok());
            cached = int(items->size());
            QVERIFY(cached > 5);
            QByteArray pdf;
            for (const InboxItem &i : std::as_const(*items)) {
                const Applicant &a = i.dossier.applicant;
                for (const QString &v : {a.name, a.idNumber, a.address, a.phone}) {
                    if (v.size() >= 6)
                        needles << v.toUtf8();
                }
                for (const Component &c : i.dossier.components) {
                    if (pdf.isEmpty() && ws.store()->blobs().contains(c.sha256))
                        pdf = ws.store()->blobs().read(c.sha256).valueOr({});
                }
            }
            someId = items->first().dossier.id;
            someName = items->first().dossier.applicant.name;
            QVERIFY(needles.size() > 3 * 5);
            QVERIFY2(pdf.startsWith("%PDF-"), "a cached document was prefetched and reads back");
            needles << QByteArrayLiteral("%PDF-") << pdfChunk(pdf);
            QVERIFY(!needles.last().isEmpty());

            // A dossier received at this desk and kept in its queue (receptions.body
            // holds the applicant as POST /dossiers will send it). Marked failed in
            // the same transaction, so the running sync never sends it to the server.
            {
                Database &db = ws.store()->database();
                ReceptionRepository receptions(db);
                Applicant a;
                a.name = QStringLiteral("Vàng Thị Mỷ Xuyên");
                a.idNumber = QStringLiteral("011293007788");
                a.address = QStringLiteral("Bản Nậm Cang, xã Sa Pả, tỉnh Lào Cai");
                a.phone = QStringLiteral("0915550123");
                const QString procedure = items->first().dossier.procedureCode;
                QVERIFY(
                    db.write([&]() -> Status {
                          if (Status b = receptions.addBlock({987654, QStringLiteral("TEST.DESK"), 1, 10,
                                                              QDateTime::currentDateTimeUtc()});
                              !b)
                              return b;
                          auto queued = receptions.receive(
                              QStringLiteral("TEST.DESK"), QStringLiteral("idem-profile-security"),
                              [&](qint64 block, qint64 seq) -> Result<std::pair<ReceptionRequest, Dossier>> {
                                  ReceptionRequest req;
                                  req.dossierId = QStringLiteral("received-here-1");
                                  req.procedureCode = procedure;
                                  req.applicant = a;
                                  req.reservationId = block;
                                  req.reservedSeq = seq;
                                  Dossier d;
                                  d.id = req.dossierId;
                                  d.code = QStringLiteral("TEST.DESK-261202-%1")
                                               .arg(seq, 4, 10, QLatin1Char('0'));
                                  d.procedureCode = procedure;
                                  d.applicant = a;
                                  return std::pair {req, d};
                              });
                          if (!queued)
                              return queued.error();
                          auto list = receptions.list();
                          if (!list || list->isEmpty())
                              return list ? Status(Error::make(Error::Kind::NotFound, "x", "no reception"))
                                          : Status(list.error());
                          return receptions.markFailed(list->last().id, QStringLiteral("kept by the test"));
                      }).ok());
                auto list = receptions.list();
                QVERIFY(list.ok() && !list->isEmpty());
                QCOMPARE(list->last()
                             .body.value(QStringLiteral("applicant"))
                             .toObject()
                             .value(QStringLiteral("name")),
                         QJsonValue(a.name)); //!< reads back through the key
                for (const QString &v : {a.name, a.idNumber, a.address, a.phone})
                    needles << v.toUtf8();
            }

            // Copied while the desk runs: the WAL is part of the copy.
            QVERIFY(copyTree(profile.path(), copy));
            QVERIFY(QFile::exists(copy + QStringLiteral("/cache.sqlite-wal")));
            QVERIFY(QFileInfo(copy + QStringLiteral("/cache.sqlite-wal")).size() > 0);
            SessionController::instance()->signOut();
        }

        // The checker finds the needles where they are (it can fail) ...
        QFile control(elsewhere.filePath(QStringLiteral("control/plain.txt")));
        QDir().mkpath(QFileInfo(control).absolutePath());
        QVERIFY(control.open(QIODevice::WriteOnly));
        control.write("x" + needles.first() + "y");
        control.close();
        const QString needleFile = elsewhere.filePath(QStringLiteral("needles.txt"));
        QCOMPARE(grepFiles(QFileInfo(control).absolutePath(), needles, needleFile).first, 0);
        // ... and finds none of them in any file of the copied profile.
        const auto [code, found] = grepFiles(copy, needles, needleFile);
        QVERIFY2(code == 1, qPrintable(QStringLiteral("grep exit %1, files: %2").arg(code).arg(found)));

        // The copy's keychain entry does not exist: the key is gone there.
        auto none = keychain.read(profileKeyName(copy));
        QVERIFY(!none.ok() && none.error().kind == Error::Kind::NotFound);
        {
            Workspace ws;
            QVERIFY(ws.open(copy).ok()); // never a crash, never an error
            QVERIFY(ws.keyWasLost());
            QVERIFY(!Workspace::keyLostMessage().isEmpty());
            // Emptied for a clean re-sync: no session to resume, so the desk asks to sign in.
            QCOMPARE(ws.store()->dossiers().total().valueOr(-1), 0);
            QVERIFY(!ws.store()->syncState().me().valueOr({}).has_value());
            QVERIFY(QDir(LocalStore::blobDir(copy)).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
            DeskController desk(&ws, copy);
            QVERIFY(signInAndSync(url));
            QCOMPARE(ws.store()->dossiers().total().valueOr(-1), cached);
            auto again = ws.store()->dossiers().get(someId);
            QVERIFY(again.ok() && again->has_value());
            QCOMPARE((*again)->applicant.name, someName);
            SessionController::instance()->signOut();
        }
        // Reopened with its new key: nothing lost any more.
        {
            Workspace ws;
            QVERIFY(ws.open(copy).ok());
            QVERIFY(!ws.keyWasLost());
            QCOMPARE(ws.store()->dossiers().total().valueOr(-1), cached);
        }
        QVERIFY(forgetProfileKey(keychain, profile.path()).ok());
        QVERIFY(forgetProfileKey(keychain, copy).ok());
    }

    //! "Forget this computer" at sign-out: the profile's dossiers, documents and
    //! key are gone (a new empty profile with a new key takes their place).
    void forgetThisComputerErasesTheProfileAndItsKey()
    {
        QTemporaryDir profile;
        KeychainCredentialStore keychain;
        Workspace ws;
        QVERIFY(ws.open(profile.path()).ok());
        const auto oldKey = keychain.read(profileKeyName(profile.path()));
        QVERIFY(oldKey.ok());
        Dossier d;
        d.id = QStringLiteral("d-1");
        d.code = QStringLiteral("000.00.04.H19-261123-0001");
        d.procedureCode = QStringLiteral("1.001234");
        d.applicant.name = QStringLiteral("Lò Thị Xuyến");
        d.applicant.idNumber = QStringLiteral("011092004321");
        d.version = 1;
        QVERIFY(ws.store()->dossiers().upsert(d).ok());
        const QByteArray pdf = "%PDF-1.7 forget me";
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        QVERIFY(ws.store()->blobs().put(sha, pdf).ok());
        QCOMPARE(ws.store()->dossiers().total().valueOr(-1), 1);

        DeskController desk(&ws, profile.path());
        QSignalSpy forgotten(&ws, &Workspace::profileForgotten);
        SessionController::instance()->setSignedIn(true, QStringLiteral("Cán bộ"), QStringLiteral("UBND"));
        SessionController::instance()->signOutAndForget();
        QVERIFY(!SessionController::instance()->signedIn());
        QTRY_COMPARE_WITH_TIMEOUT(forgotten.count(), 1, 30000);

        // The old key is gone from the keychain (the empty profile has a new one) ...
        const auto newKey = keychain.read(profileKeyName(profile.path()));
        QVERIFY(newKey.ok());
        QVERIFY(*newKey != *oldKey);
        // ... and so is everything the profile held.
        QVERIFY(ws.isOpen());
        QCOMPARE(ws.store()->dossiers().total().valueOr(-1), 0);
        QVERIFY(!ws.store()->blobs().contains(sha));
        QVERIFY(QDir(LocalStore::blobDir(profile.path())).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
        QTemporaryDir scratch;
        const auto [code, found] = grepFiles(profile.path(), {"Lò Thị Xuyến", "011092004321", "%PDF-"},
                                             scratch.filePath(QStringLiteral("needles.txt")));
        QVERIFY2(code == 1, qPrintable(found));
        QVERIFY(forgetProfileKey(keychain, profile.path()).ok());
    }
};

QTEST_MAIN(TestProfileSecurity)
#include "tst_profilesecurity.moc"
