// SPDX-License-Identifier: GPL-3.0-or-later
//! The sync engine against the real reference server process, through the
//! fault proxy: actions reach the centre exactly once whatever the link does,
//! and the cache converges to the server's view.
#include "faultproxy.h"
#include "store/schema.h"
#include "syncfixture.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace motcua;
using namespace motcua::test;

namespace {
#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().toString()));                          \
    } while (false)
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorOutput()));
        QVERIFY(m_proxy.start(m_server.port()));
    }
    void init() { m_proxy.clearFaults(); }

    void convergesAfterFaults()
    {
        Client a(m_proxy.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(a.setUp());
        Client direct(m_server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(direct.open());
        VERIFY_OK(direct.login());

        const QList<Dossier> targets = a.commentable(3);
        QCOMPARE(targets.size(), 3);
        QMultiMap<QString, QString> texts; // dossier id -> comment text
        auto queue = [&](const QString &id) {
            const QString text
                = QStringLiteral("kiểm tra ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            auto q = a.comment(id, text);
            QVERIFY2(q.ok(), qPrintable(q.ok() ? QString() : q.error().toString()));
            texts.insert(id, text);
        };
        for (const Dossier &d : targets) {
            queue(d.id);
            queue(d.id);
        }

        // 1. The server applies the action but its answer never arrives (3 times):
        //    the client resends with the same key and the server replays.
        FaultConfig f;
        f.match = "/actions";
        f.resetAfterRequest = true;
        f.budget = 3;
        m_proxy.setConfig(f);
        auto r1 = a.engine().syncOnce();
        VERIFY_OK(r1);
        QCOMPARE(r1->pushed, 6);
        QCOMPARE(m_proxy.config().budget, 0);

        // 2. A burst of 503 with Retry-After on the feed, then a page cut mid-body.
        queue(targets[0].id);
        f = FaultConfig();
        f.match = "/dossiers/changes";
        f.injectStatus = 503;
        f.retryAfterSeconds = 1;
        f.budget = 2;
        m_proxy.setConfig(f);
        VERIFY_OK(a.engine().syncOnce());
        QCOMPARE(m_proxy.config().budget, 0);
        queue(targets[1].id);
        f = FaultConfig();
        f.match = "/dossiers/changes";
        f.cutAfterBytes = 700;
        f.budget = 2;
        m_proxy.setConfig(f);
        VERIFY_OK(a.engine().syncOnce());

        // 3. The link is down (every request reset before it reaches the server):
        //    the sync fails, the actions wait in the outbox.
        queue(targets[2].id);
        f = FaultConfig();
        f.resetBeforeRequest = true;
        m_proxy.setConfig(f);
        Backoff quick = a.api().backoff();
        quick.maxAttempts = 2;
        a.api().setBackoff(quick);
        auto down = a.engine().syncOnce();
        QVERIFY(!down.ok());
        QCOMPARE(down.error().kind, Error::Kind::Network);
        QCOMPARE(OutboxRepository(a.db()).openCount().valueOr(-1), 1);

        // 4. The server restarts on another port behind the proxy's address.
        m_proxy.clearFaults();
        m_server.stop();
        QVERIFY(!a.engine().syncOnce().ok());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorOutput()));
        m_proxy.setUpstreamPort(m_server.port());
        quick.maxAttempts = 12;
        a.api().setBackoff(quick);

        // After the faults stop: one clean sync, then the invariants.
        auto last = a.engine().syncOnce();
        VERIFY_OK(last);
        QCOMPARE(OutboxRepository(a.db()).openCount().valueOr(-1), 0);
        Client direct2(m_server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(direct2.open());
        VERIFY_OK(direct2.login());
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            auto n = historyCount(direct2.api(), it.key(), it.value());
            VERIFY_OK(n);
            QVERIFY2(*n == 1, qPrintable(QStringLiteral("%1 held %2 times").arg(it.value()).arg(*n)));
        }
        auto server = serverView(direct2.api());
        VERIFY_OK(server);
        auto cache = a.cacheView();
        VERIFY_OK(cache);
        QCOMPARE(cache->size(), server->size());
        QVERIFY(*cache == *server);
    }

    void storesEachDossierAsTheServerSentIt()
    {
        Client c(m_server.port(), QStringLiteral("chuyenvien2"));
        VERIFY_OK(c.setUp()); // a first pull into an empty cache (bulk: indexes built at the end)
        // The page's items split out of the body are the items the JSON parser read.
        auto page = c.api().changes(QString(), 40);
        VERIFY_OK(page);
        QVERIFY(page->items.size() > 5);
        QCOMPARE(page->itemTexts.size(), page->items.size());
        int dossiers = 0;
        for (qsizetype i = 0; i < page->items.size(); ++i) {
            const QJsonObject item = page->items.at(i).toObject();
            QCOMPARE(QJsonDocument::fromJson(page->itemTexts.at(i)).object(), item);
            if (item.value(QStringLiteral("deleted")).toBool())
                continue; // a tombstone: nothing cached
            ++dossiers;
            // The cache holds that text (the server's fields, not a re-serialised Dossier).
            auto stored = c.db().scalar(QStringLiteral("SELECT json FROM dossiers WHERE id = ?"),
                                        {item.value(QStringLiteral("id")).toString()});
            VERIFY_OK(stored);
            QCOMPARE(QJsonDocument::fromJson(stored->toString().toUtf8()).object(), item);
        }
        QVERIFY(dossiers > 5);
        // The indexes dropped for the first pull are all back, and searching works.
        auto indexes = c.db().scalar(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'dossiers%'"));
        VERIFY_OK(indexes);
        QCOMPARE(indexes->toInt(), int(schema::dossierIndexes().size()));
        QCOMPARE(c.db().scalar(QStringLiteral("SELECT count(*) FROM dossier_fts")).valueOr(-1).toInt(),
                 c.db().scalar(QStringLiteral("SELECT count(*) FROM dossiers")).valueOr(-2).toInt());
    }

    void bulkFirstPullCommitsPagesTogether()
    {
        //! A first pull writes several feed pages per transaction. Cut off after
        //! some pages, it keeps exactly what it committed (rows and cursor
        //! together) and the next sync completes it: the cache then equals the
        //! server's view, with nothing written twice.
        Client c(m_proxy.port(), QStringLiteral("chuyenvien2"));
        VERIFY_OK(c.open());
        VERIFY_OK(c.login());
        Backoff quick = c.api().backoff();
        quick.maxAttempts = 1;
        c.api().setBackoff(quick);
        FaultConfig f;
        f.match = "/dossiers/changes";
        f.skip = 6; // six pages of 5 arrive, then the link fails
        f.resetBeforeRequest = true;
        m_proxy.setConfig(f);
        SyncEngine::Options small;
        small.pageSize = 5;
        auto cut = c.engine().syncOnce(small);
        QVERIFY(!cut.ok());
        // Four pages (one transaction) are in, the next job of pages was cut off:
        // the cache holds the dossiers of the feed's first 20 items, and the cursor after them.
        Client direct(m_server.port(), QStringLiteral("chuyenvien2"));
        VERIFY_OK(direct.open());
        VERIFY_OK(direct.login());
        auto first = direct.api().changes(QString(), 20);
        VERIFY_OK(first);
        QSet<QString> expected;
        for (const QJsonValue &item : std::as_const(first->items)) {
            const QJsonObject o = item.toObject();
            if (o.value(QStringLiteral("deleted")).toBool())
                expected.remove(o.value(QStringLiteral("id")).toString());
            else
                expected.insert(o.value(QStringLiteral("id")).toString());
        }
        QVERIFY(expected.size() > 5);
        QCOMPARE(c.db().scalar(QStringLiteral("SELECT count(*) FROM dossiers")).valueOr(-1).toInt(),
                 int(expected.size()));
        // The stored cursor means "after the feed's 20th item". Cursors are opaque and
        // carry the second they were issued, so compare what they mean: the feed after each.
        const QString stored = SyncStateRepository(c.db()).cursor().valueOr(QString());
        QVERIFY(!stored.isEmpty());
        auto afterStored = direct.api().changes(stored, 1000);
        auto afterFirst = direct.api().changes(first->cursor, 1000);
        VERIFY_OK(afterStored);
        VERIFY_OK(afterFirst);
        QVERIFY(!afterFirst->items.isEmpty());
        QCOMPARE(afterStored->items, afterFirst->items);

        m_proxy.clearFaults();
        quick.maxAttempts = 12;
        c.api().setBackoff(quick);
        auto rest = c.engine().syncOnce(small);
        VERIFY_OK(rest);
        auto server = serverView(direct.api());
        VERIFY_OK(server);
        auto cache = c.cacheView();
        VERIFY_OK(cache);
        QCOMPARE(cache->size(), server->size());
        QVERIFY(*cache == *server);
        QCOMPARE(c.db().scalar(QStringLiteral("SELECT count(*) FROM dossier_fts")).valueOr(-1).toInt(),
                 int(server->size()));
    }

    void probeDetectsOffline()
    {
        Client a(m_proxy.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(a.open());
        QSignalSpy states(&a.engine(), &SyncEngine::stateChanged);
        FaultConfig f;
        f.resetBeforeRequest = true;
        m_proxy.setConfig(f);
        QVERIFY(!a.engine().probe());
        QCOMPARE(a.engine().state(), SyncEngine::State::Offline);
        auto r = a.engine().syncOnce();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Network);
        m_proxy.clearFaults();
        QVERIFY(a.engine().probe());
        QCOMPARE(a.engine().state(), SyncEngine::State::Idle);
        QVERIFY(states.size() >= 2);
    }

    void cancelStopsAStalledSync()
    {
        Client a(m_proxy.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(a.setUp());
        FaultConfig f;
        f.match = "/dossiers/changes";
        f.stall = true;
        m_proxy.setConfig(f);
        a.api().setTransferTimeout(60000);
        QTimer::singleShot(300, &a.engine(), [&a] { a.engine().cancel(); });
        QElapsedTimer t;
        t.start();
        auto r = a.engine().syncOnce();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QVERIFY2(t.elapsed() < 20000, "cancel must not wait for the transfer timeout");
    }

    void truncatedDownloadResumes()
    {
        Client a(m_proxy.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(a.setUp());

        // The link dies 60 kB into the first document and the client gives up.
        FaultConfig f;
        f.match = "/documents/";
        f.cutAfterBytes = 60000;
        m_proxy.setConfig(f);
        Backoff b = a.api().backoff();
        b.maxAttempts = 1;
        a.api().setBackoff(b);
        SyncEngine::Report report;
        QVERIFY(!a.engine().prefetch(report).ok());

        DossierRepository repo(a.db());
        InboxQuery q;
        q.view = InboxView::Agency;
        q.agencyCode = SyncStateRepository(a.db()).me().value()->official.agencyCode;
        q.limit = 0;
        auto inbox = repo.list(q);
        VERIFY_OK(inbox);
        QMap<QString, qint64> sizes;
        for (const InboxItem &i : std::as_const(*inbox)) {
            for (const Component &c : i.dossier.components)
                sizes.insert(c.sha256, c.size);
        }
        QVERIFY(sizes.size() > 0);
        QString partial;
        qint64 partialBytes = 0;
        qint64 missing = 0;
        for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
            if (a.blobs().contains(it.key()))
                continue;
            missing += it.value();
            if (a.blobs().partialSize(it.key()) > 0) {
                partial = it.key();
                partialBytes = a.blobs().partialSize(it.key());
            }
        }
        QVERIFY2(!partial.isEmpty(), "the cut must leave a .part");
        QVERIFY(partialBytes > 0 && partialBytes < sizes.value(partial));

        // Cuts keep happening (3 more), but the client now retries: every document
        // resumes where it stopped, nothing is downloaded twice.
        f.budget = 3;
        m_proxy.setConfig(f);
        b.maxAttempts = 12;
        a.api().setBackoff(b);
        const qint64 before = m_proxy.bytesToClients();
        VERIFY_OK(a.engine().prefetch(report));
        QCOMPARE(m_proxy.config().budget, 0);
        const qint64 sent = m_proxy.bytesToClients() - before;
        QVERIFY2(
            //! Slack for the JSON of the details (history, annotations, the
            //! applicants' warehouse lists), far below one document twice.
            sent < missing - partialBytes + 120000,
            qPrintable(QStringLiteral("%1 bytes sent for %2 missing").arg(sent).arg(missing - partialBytes)));
        for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
            auto data = a.blobs().read(it.key());
            VERIFY_OK(data);
            QCOMPARE(data->size(), it.value());
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(*data, QCryptographicHash::Sha256).toHex()),
                     it.key());
        }
        QCOMPARE(a.blobs().partialSize(partial), 0);

        // The inbox's history came along for offline review, equal to the server's.
        const QString someId = inbox->first().dossier.id;
        auto localHistory = DossierRepository(a.db()).history(someId);
        VERIFY_OK(localHistory);
        auto serverHistory = a.api().getJson(QStringLiteral("/dossiers/%1/history").arg(someId));
        VERIFY_OK(serverHistory);
        auto parsed = json::parseItems<HistoryStep>(*serverHistory);
        VERIFY_OK(parsed);
        QVERIFY(!parsed->isEmpty());
        QCOMPARE(localHistory->size(), parsed->size());
    }

    void unauthorizedMidSyncRefreshes()
    {
        Client a(m_proxy.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(a.setUp());
        const QList<Dossier> targets = a.commentable(1);
        QCOMPARE(targets.size(), 1);
        const QString text = QStringLiteral("401 ") + QUuid::createUuid().toString();
        VERIFY_OK(a.comment(targets[0].id, text));
        auto tokenBefore = a.auth().accessToken();
        VERIFY_OK(tokenBefore);

        // The push goes through, then the feed answers 401 (token revoked or expired).
        FaultConfig f;
        f.match = "/dossiers/changes";
        f.injectStatus = 401;
        f.budget = 1;
        m_proxy.setConfig(f);
        QSignalSpy progress(&a.engine(), &SyncEngine::progress);
        auto r = a.engine().syncOnce();
        VERIFY_OK(r);
        QCOMPARE(m_proxy.config().budget, 0);
        QCOMPARE(r->pushed, 1);
        // Progress for the UI: the push counted to its total, then the pull.
        bool pushDone = false;
        bool pulled = false;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            const auto phase = args.at(2).value<SyncEngine::Phase>();
            pushDone |= phase == SyncEngine::Phase::Push && args.at(0).toLongLong() == 1
                && args.at(1).toLongLong() == 1;
            pulled |= phase == SyncEngine::Phase::Pull;
        }
        QVERIFY(pushDone);
        QVERIFY(pulled);
        auto tokenAfter = a.auth().accessToken();
        VERIFY_OK(tokenAfter);
        QVERIFY(*tokenAfter != *tokenBefore);

        Client direct(m_server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(direct.open());
        VERIFY_OK(direct.login());
        QCOMPARE(historyCount(direct.api(), targets[0].id, text).valueOr(-1), 1);
        auto server = serverView(direct.api());
        VERIFY_OK(server);
        QVERIFY(a.cacheView().valueOr({}) == *server);
    }

    void twoOfficialsOneWins()
    {
        Client a(m_proxy.port(), QStringLiteral("chuyenvien1"));
        Client b(m_proxy.port(), QStringLiteral("lanhdao1"));
        VERIFY_OK(a.setUp());
        VERIFY_OK(b.setUp());
        QString id;
        const QList<Dossier> forB = b.commentable(50);
        for (const Dossier &d : a.commentable(50)) {
            if (std::any_of(forB.cbegin(), forB.cend(), [&](const Dossier &x) { return x.id == d.id; })) {
                id = d.id;
                break;
            }
        }
        QVERIFY2(!id.isEmpty(), "a dossier both officials may act on");
        const QString textA = QStringLiteral("A ") + QUuid::createUuid().toString();
        const QString textB = QStringLiteral("B ") + QUuid::createUuid().toString();
        auto qa = a.comment(id, textA);
        auto qb = b.comment(id, textB);
        VERIFY_OK(qa);
        VERIFY_OK(qb);

        auto ra = a.engine().syncOnce();
        VERIFY_OK(ra);
        QCOMPARE(ra->pushed, 1);
        QSignalSpy conflicts(&b.engine(), &SyncEngine::conflict);
        auto rb = b.engine().syncOnce();
        VERIFY_OK(rb);
        QCOMPARE(rb->pushed, 0);
        QCOMPARE(rb->conflicts, 1);
        QCOMPARE(conflicts.size(), 1);

        Client direct(m_server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(direct.open());
        VERIFY_OK(direct.login());
        QCOMPARE(historyCount(direct.api(), id, textA).valueOr(-1), 1);
        QCOMPARE(historyCount(direct.api(), id, textB).valueOr(-1), 0);
        auto winner = direct.api().getJson(QStringLiteral("/dossiers/") + id);
        VERIFY_OK(winner);
        const qint64 serverVersion = winner->value(QLatin1String("version")).toInteger();

        // B keeps the action (nothing dropped), in conflict, beside the winner's dossier.
        auto entry = OutboxRepository(b.db()).get(*qb);
        VERIFY_OK(entry);
        QVERIFY(entry->has_value());
        QCOMPARE((*entry)->state, OutboxState::Conflict);
        auto serverCopy = DossierRepository(b.db()).serverCopy(id);
        VERIFY_OK(serverCopy);
        QVERIFY(serverCopy->has_value());
        QCOMPARE((*serverCopy)->version, serverVersion);
        // A's cache holds the winner's result.
        QCOMPARE(a.cached(id).value()->version, serverVersion);
    }

    //! A document made on this machine while offline (here an attachment of a
    //! comment) reaches the centre with the action that names it, and a cut
    //! upload is sent again with the same action.
    void offlineDocumentIsUploadedWithItsAction()
    {
        Client a(m_proxy.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(a.setUp());
        const QList<Dossier> targets = a.commentable(1);
        QCOMPARE(targets.size(), 1);
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n% offline attachment ")
            + QUuid::createUuid().toByteArray() + QByteArrayLiteral("\n%%EOF\n");
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        VERIFY_OK(a.blobs().put(sha, pdf));
        Component c;
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.name = QStringLiteral("Biên bản kiểm tra");
        c.sha256 = sha;
        c.size = pdf.size();
        c.mime = QStringLiteral("application/pdf");
        c.kind = ComponentKind::Input;
        auto queued = a.engine().queueAction(
            targets.first(), ActionKind::Comment,
            QJsonObject {{QStringLiteral("text"), QStringLiteral("kèm biên bản")},
                         {QStringLiteral("attachments"), QJsonArray {json::toJson(c)}}});
        VERIFY_OK(queued);

        // Every upload is cut when the answer starts: nothing is posted, the action waits.
        FaultConfig f;
        f.match = "/documents/";
        f.resetAfterRequest = true;
        m_proxy.setConfig(f);
        Backoff quick = a.api().backoff();
        quick.maxAttempts = 1;
        a.api().setBackoff(quick);
        QVERIFY(!a.engine().syncOnce().ok());
        QCOMPARE(OutboxRepository(a.db()).openCount().valueOr(-1), 1);
        QCOMPARE(historyCount(a.api(), targets.first().id, QStringLiteral("kèm biên bản")).valueOr(-1), 0);

        m_proxy.clearFaults();
        quick.maxAttempts = 12;
        a.api().setBackoff(quick);
        auto r = a.engine().syncOnce();
        VERIFY_OK(r);
        QCOMPARE(r->pushed, 1);

        Client direct(m_server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(direct.open());
        VERIFY_OK(direct.login());
        QByteArray received;
        auto size = direct.api().download(sha, 0, [&received](qint64 position, const QByteArray &chunk) {
            received.truncate(position);
            received.append(chunk);
            return Status();
        });
        VERIFY_OK(size);
        QCOMPARE(received, pdf);
        QCOMPARE(historyCount(direct.api(), targets.first().id, QStringLiteral("kèm biên bản")).valueOr(-1),
                 1);
    }

    void expiredCursorResyncsKeepingTheOutbox()
    {
        TestServer server({QStringLiteral("--cursor-retention"), QStringLiteral("2")});
        QVERIFY2(server.start(), qPrintable(server.errorOutput()));
        Client a(server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(a.setUp());
        const QList<Dossier> targets = a.commentable(1);
        QCOMPARE(targets.size(), 1);
        const QString text = QStringLiteral("410 ") + QUuid::createUuid().toString();
        auto queued = a.comment(targets[0].id, text);
        VERIFY_OK(queued);

        QTest::qWait(4000); // the stored cursor is now older than the retention
        SyncEngine::Report report;
        VERIFY_OK(a.engine().pull(report));
        QVERIFY(report.fullResync);
        auto entry = OutboxRepository(a.db()).get(*queued);
        VERIFY_OK(entry);
        QCOMPARE((*entry)->state, OutboxState::Pending);
        // The optimistic local state survived the re-sync.
        QCOMPARE(a.cached(targets[0].id).value()->version, targets[0].version + 1);

        auto r = a.engine().syncOnce();
        VERIFY_OK(r);
        QCOMPARE(r->pushed, 1);
        Client direct(server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(direct.open());
        VERIFY_OK(direct.login());
        QCOMPARE(historyCount(direct.api(), targets[0].id, text).valueOr(-1), 1);
        auto view = serverView(direct.api());
        VERIFY_OK(view);
        QVERIFY(a.cacheView().valueOr({}) == *view);
    }

private:
    TestServer m_server;
    FaultProxy m_proxy;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
