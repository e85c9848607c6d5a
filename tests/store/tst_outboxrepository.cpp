// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "store/localstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using fixtures::dossier;

namespace {

Action action(const QString &dossierId, const QString &key, qint64 baseVersion, ActionKind kind = ActionKind::Comment)
{
    Action a;
    a.kind = kind;
    a.dossierId = dossierId;
    a.idempotencyKey = key;
    a.baseVersion = baseVersion;
    a.payload = QJsonObject{{QStringLiteral("note"), QStringLiteral("Đã xem ") + key}};
    a.createdAt = fixtures::utc("2026-11-23T03:00:00");
    a.actor = QStringLiteral("chuyenvien1");
    return a;
}

} // namespace

class TestOutboxRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    int m_profile = 0;

    OutboxRepository &outbox() { return m_store->outbox(); }
    DossierRepository &dossiers() { return m_store->dossiers(); }
    int scalarInt(const char *sql) { return m_store->database().scalar(QString::fromLatin1(sql)).valueOr(-1).toInt(); }

    //! The optimistic result of assigning a dossier (what Workflow::apply would give).
    static Dossier assigned(const Dossier &d, const QString &to)
    {
        Dossier o = d;
        o.assignee = to;
        return o;
    }

private Q_SLOTS:
    void init()
    {
        auto s = LocalStore::open(m_dir.filePath(QStringLiteral("p%1").arg(++m_profile)));
        QVERIFY(s.ok());
        m_store = std::move(*s);
        QVERIFY(dossiers().upsert(dossier(QStringLiteral("A"), 10)).valueOr(false));
        QVERIFY(dossiers().upsert(dossier(QStringLiteral("B"), 20)).valueOr(false));
    }
    void cleanup() { m_store.reset(); }

    void enqueueWritesActionAndLocalChangeTogether()
    {
        const Dossier base = dossier(QStringLiteral("A"), 10);
        // Fail every statement of the enqueue in turn: never one without the other.
        for (int n = 1; n <= 12; ++n) {
            m_store->database().failNthQuery(n, 13);
            auto r = outbox().enqueue(action(QStringLiteral("A"), QStringLiteral("k1"), 10), assigned(base, QStringLiteral("x")));
            if (r.ok()) { // n is past the last statement: it succeeded, undo for the next round
                m_store->database().failNthQuery(0);
                QVERIFY(n > 3);
                break;
            }
            QCOMPARE(r.error().code, QStringLiteral("store.disk_full"));
            QCOMPARE(outbox().openCount().valueOr(-1), 0);
            QCOMPARE(dossiers().get(QStringLiteral("A")).value()->assignee, QString());
        }
        QCOMPARE(outbox().openCount().valueOr(-1), 1);
        QCOMPARE(dossiers().get(QStringLiteral("A")).value()->assignee, QStringLiteral("x"));
        // The server copy is kept aside.
        QCOMPARE(dossiers().serverCopy(QStringLiteral("A")).value()->assignee, QString());
        // A reused idempotency key is refused and changes nothing.
        auto dup = outbox().enqueue(action(QStringLiteral("A"), QStringLiteral("k1"), 10), assigned(base, QStringLiteral("y")));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, QStringLiteral("store.constraint"));
        QCOMPARE(dossiers().get(QStringLiteral("A")).value()->assignee, QStringLiteral("x"));
        // Mismatched dossier and unknown dossier are refused.
        QCOMPARE(outbox().enqueue(action(QStringLiteral("A"), QStringLiteral("k2"), 10), dossier(QStringLiteral("B"), 20))
                     .error()
                     .code,
                 QStringLiteral("store.action_mismatch"));
        QCOMPARE(outbox().enqueue(action(QStringLiteral("Z"), QStringLiteral("k3"), 1), dossier(QStringLiteral("Z"), 1))
                     .error()
                     .code,
                 QStringLiteral("store.dossier_missing"));
        QCOMPARE(outbox().openCount().valueOr(-1), 1);
    }

    void ordersPerDossierAndRoundTrips()
    {
        const Action a1 = action(QStringLiteral("A"), QStringLiteral("a1"), 10, ActionKind::Assign);
        const Action b1 = action(QStringLiteral("B"), QStringLiteral("b1"), 20);
        const Action a2 = action(QStringLiteral("A"), QStringLiteral("a2"), 10);
        const qint64 ia1 = outbox().enqueue(a1, dossier(QStringLiteral("A"), 10)).value();
        const qint64 ib1 = outbox().enqueue(b1, dossier(QStringLiteral("B"), 20)).value();
        const qint64 ia2 = outbox().enqueue(a2, dossier(QStringLiteral("A"), 10)).value();
        QVERIFY(ia1 < ib1 && ib1 < ia2);
        auto head = outbox().nextPending(QStringLiteral("A")).value();
        QVERIFY(head.has_value());
        QCOMPARE(head->id, ia1);
        QCOMPARE(head->action, a1);
        QCOMPARE(head->state, OutboxState::Pending);
        auto heads = outbox().nextPendingPerDossier().value();
        QCOMPARE(heads.size(), 2);
        QCOMPARE(heads.at(0).id, ia1);
        QCOMPARE(heads.at(1).id, ib1);

        QVERIFY(outbox().markSending(ia1).ok());
        QVERIFY(!outbox().nextPending(QStringLiteral("A")).value().has_value()); // in flight: nothing else goes
        QVERIFY(outbox().markRetry(ia1, QStringLiteral("network.timeout")).ok());
        head = outbox().nextPending(QStringLiteral("A")).value();
        QCOMPARE(head->id, ia1);
        QCOMPARE(head->attempts, 1);
        QCOMPARE(head->lastError, QStringLiteral("network.timeout"));
        QVERIFY(outbox().markSending(ia1).ok());
        QVERIFY(outbox().markDone(ia1, dossier(QStringLiteral("A"), 11), QJsonObject{{QStringLiteral("ok"), true}}).ok());
        QCOMPARE(outbox().nextPending(QStringLiteral("A")).value()->id, ia2);
        QCOMPARE(outbox().get(ia1).value()->state, OutboxState::Done);
        QCOMPARE(outbox().get(ia1).value()->serverResponse.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(outbox().list().value().size(), 2);
        QCOMPARE(outbox().list(true).value().size(), 3);

        // A failed entry blocks its dossier's queue but not the others.
        QVERIFY(outbox().markFailed(ia2, QStringLiteral("workflow.illegal_transition")).ok());
        QVERIFY(!outbox().nextPending(QStringLiteral("A")).value().has_value());
        heads = outbox().nextPendingPerDossier().value();
        QCOMPARE(heads.size(), 1);
        QCOMPARE(heads.at(0).id, ib1);
        QCOMPARE(outbox().markSending(999).error().code, QStringLiteral("store.outbox_missing"));
        QCOMPARE(toWire(OutboxState::Conflict), QStringLiteral("conflict"));
        QCOMPARE(outboxStateFromWire(u"done"), std::optional<OutboxState>(OutboxState::Done));
    }

    void pulledVersionDoesNotOverwritePendingLocalChange()
    {
        const Dossier base = dossier(QStringLiteral("A"), 10);
        const qint64 id = outbox().enqueue(action(QStringLiteral("A"), QStringLiteral("k"), 10, ActionKind::Assign),
                                           assigned(base, QStringLiteral("chuyenvien1")))
                              .value();
        // Another change arrives from the server while ours is pending.
        Dossier pulled = base;
        pulled.version = 11;
        pulled.stepDueAt = fixtures::utc("2026-12-01T10:00:00");
        QCOMPARE(dossiers().applyServerItem(pulled).valueOr({}), DossierRepository::Outcome::KeptLocal);
        QCOMPARE(dossiers().get(QStringLiteral("A")).value()->assignee, QStringLiteral("chuyenvien1"));
        QCOMPARE(dossiers().serverCopy(QStringLiteral("A")).value()->version, 11);
        QCOMPARE(dossiers().serverVersion(QStringLiteral("A")).valueOr(0), 11);
        InboxQuery q;
        q.view = InboxView::PendingSync;
        auto items = dossiers().list(q).value();
        QCOMPARE(items.size(), 1);
        QVERIFY(items.at(0).pendingSync);
        QCOMPARE(items.at(0).dossier.assignee, QStringLiteral("chuyenvien1"));
        // The server accepts our action: its result becomes the local state.
        Dossier result = pulled;
        result.version = 12;
        result.assignee = QStringLiteral("chuyenvien1");
        QVERIFY(outbox().markDone(id, result).ok());
        QCOMPARE(dossiers().get(QStringLiteral("A")).value().value(), result);
        QCOMPARE(dossiers().list(q).value().size(), 0);
        QCOMPARE(scalarInt("SELECT count(*) FROM dossiers WHERE server_json IS NOT NULL"), 0);
        // An older pull after that is stale.
        QCOMPARE(dossiers().applyServerItem(pulled).valueOr({}), DossierRepository::Outcome::Stale);
    }

    void conflictKeepsBothSidesUntilTheUserDecides()
    {
        const Dossier base = dossier(QStringLiteral("B"), 20);
        const qint64 id = outbox().enqueue(action(QStringLiteral("B"), QStringLiteral("kb"), 20, ActionKind::Assign),
                                           assigned(base, QStringLiteral("me")))
                              .value();
        QVERIFY(outbox().markSending(id).ok());
        Dossier winner = base;
        winner.version = 21;
        winner.assignee = QStringLiteral("someone-else");
        const QJsonObject problem{{QStringLiteral("code"), QStringLiteral("workflow.stale")}};
        QVERIFY(outbox().markConflict(id, QStringLiteral("workflow.stale"), winner, problem).ok());
        QCOMPARE(outbox().get(id).value()->state, OutboxState::Conflict);
        QCOMPARE(outbox().get(id).value()->serverResponse, problem);
        QCOMPARE(dossiers().get(QStringLiteral("B")).value()->assignee, QStringLiteral("me"));
        QCOMPARE(dossiers().serverCopy(QStringLiteral("B")).value().value(), winner);
        InboxQuery q;
        q.view = InboxView::Conflicts;
        auto items = dossiers().list(q).value();
        QCOMPARE(items.size(), 1);
        QVERIFY(items.at(0).conflict);
        QVERIFY(!items.at(0).pendingSync);
        // The user takes the server's state.
        QVERIFY(outbox().discardLocalChanges(QStringLiteral("B")).ok());
        QCOMPARE(dossiers().get(QStringLiteral("B")).value().value(), winner);
        QCOMPARE(outbox().openCount().valueOr(-1), 0);
        QCOMPARE(dossiers().list(q).value().size(), 0);
    }

    void interruptedSendsAreRecovered()
    {
        const qint64 id = outbox().enqueue(action(QStringLiteral("A"), QStringLiteral("k"), 10), dossier(QStringLiteral("A"), 10)).value();
        QVERIFY(outbox().markSending(id).ok());
        QCOMPARE(outbox().discardLocalChanges(QStringLiteral("A")).error().code, QStringLiteral("store.action_in_flight"));
        // Simulate a restart: a new store on the same profile.
        const QString profile = m_store->profileDir();
        m_store.reset();
        auto reopened = LocalStore::open(profile);
        QVERIFY(reopened.ok());
        m_store = std::move(*reopened);
        QCOMPARE(outbox().get(id).value()->state, OutboxState::Sending);
        QCOMPARE(outbox().recoverInterrupted().valueOr(-1), 1);
        QCOMPARE(outbox().nextPending(QStringLiteral("A")).value()->id, id);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
