// SPDX-License-Identifier: GPL-3.0-or-later
//! Several connections on one profile (a sync thread writing while the UI
//! reads), and a process killed (SIGKILL) in the middle of writing user actions.
#include "fixtures.h"

#include "store/localstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace motcua;

namespace {

constexpr int kPage = 100;
constexpr int kPages = 30;
const char *kChildEnv = "MOTCUA_STORE_CRASH_CHILD";

//! The child: enqueues actions on one dossier as fast as it can until killed.
//! Each action's optimistic dossier carries the action's key as assignee.
int runCrashChild(const QString &profile)
{
    auto store = LocalStore::open(profile);
    if (!store)
        return 3;
    const auto start = (*store)->outbox().list(true);
    int i = start ? int(start->size()) : 0;
    for (;; ++i) {
        Action a;
        a.kind = ActionKind::Assign;
        a.dossierId = QStringLiteral("A");
        a.idempotencyKey = QStringLiteral("key-%1").arg(i);
        a.baseVersion = 1;
        a.payload = QJsonObject{{QStringLiteral("assignee"), a.idempotencyKey}};
        Dossier d = fixtures::dossier(QStringLiteral("A"), 1);
        d.assignee = a.idempotencyKey;
        if (!(*store)->outbox().enqueue(a, d))
            return 4;
    }
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readersSeeWholePagesWhileAThreadWrites()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p"));
        auto reader = LocalStore::open(profile);
        QVERIFY(reader.ok());
        std::atomic<bool> writerOk{true};
        std::atomic<bool> done{false};
        QThread *writer = QThread::create([&] {
            auto store = LocalStore::open(profile); // its own connection, in its own thread
            if (!store) {
                writerOk = false;
                done = true;
                return;
            }
            for (int p = 0; p < kPages && writerOk; ++p) {
                QList<Dossier> page;
                for (int i = 0; i < kPage; ++i)
                    page << fixtures::dossier(QString::number(p * kPage + i), 1);
                if (!(*store)->dossiers().applyChangesPage(page, QStringLiteral("c%1").arg(p)))
                    writerOk = false;
            }
            done = true;
        });
        writer->start();
        int reads = 0;
        int last = 0;
        while (!done) {
            // One snapshot: the count and the cursor must belong to the same page.
            int total = -1;
            QString cursor;
            Status s = (*reader)->database().read([&]() -> Status {
                auto t = (*reader)->dossiers().total();
                if (!t)
                    return t.error();
                total = *t;
                auto c = (*reader)->syncState().cursor();
                if (!c)
                    return c.error();
                cursor = *c;
                return {};
            });
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
            QCOMPARE(total % kPage, 0);
            QCOMPARE(cursor, total == 0 ? QString() : QStringLiteral("c%1").arg(total / kPage - 1));
            QVERIFY(total >= last);
            last = total;
            ++reads;
        }
        writer->wait();
        delete writer;
        QVERIFY(writerOk);
        QCOMPARE((*reader)->dossiers().total().valueOr(-1), kPage * kPages);
        QVERIFY(reads > 0);
    }

    //! Kill -9 a process while it writes actions: after each kill, every action
    //! stored has its optimistic change and no change exists without its action.
    void killedWhileEnqueueingLosesNothingHalfWritten()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p"));
        {
            auto store = LocalStore::open(profile);
            QVERIFY(store.ok());
            QVERIFY((*store)->dossiers().upsert(fixtures::dossier(QStringLiteral("A"), 1)).valueOr(false));
        }
        QRandomGenerator rng(4);
        int previous = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kChildEnv), profile);
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            {
                // Kill it at a random moment once it has written (a loaded machine starts it slowly).
                auto watcher = LocalStore::open(profile);
                QVERIFY(watcher.ok());
                QTRY_VERIFY_WITH_TIMEOUT((*watcher)->outbox().list(true).valueOr({}).size() > previous + 5, 20000);
            }
            QTest::qWait(int(rng.bounded(100)));
            QCOMPARE(child.state(), QProcess::Running); // still writing: it only stops when killed
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished());

            auto store = LocalStore::open(profile);
            QVERIFY(store.ok());
            const auto entries = (*store)->outbox().list(true);
            QVERIFY(entries.ok());
            QVERIFY2(entries->size() > previous, "the child wrote nothing");
            previous = int(entries->size());
            for (int i = 0; i < entries->size(); ++i)
                QCOMPARE(entries->at(i).action.idempotencyKey, QStringLiteral("key-%1").arg(i));
            const auto local = (*store)->dossiers().get(QStringLiteral("A"));
            QVERIFY(local.ok() && local->has_value());
            QCOMPARE((*local)->assignee, entries->last().action.idempotencyKey);
            QCOMPARE((*store)->database().scalar(QStringLiteral("PRAGMA integrity_check")).valueOr({}).toString(),
                     QStringLiteral("ok"));
        }
#endif
    }
};

int main(int argc, char **argv)
{
    const QString childProfile = qEnvironmentVariable(kChildEnv);
    if (!childProfile.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runCrashChild(childProfile);
    }
    QCoreApplication app(argc, argv);
    TestConcurrency t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_concurrency.moc"
