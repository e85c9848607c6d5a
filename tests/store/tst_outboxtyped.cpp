// SPDX-License-Identifier: GPL-3.0-or-later
//! The outbox hands out typed actions and announces new work only once it is
//! committed: never for a write a database fault rolled back (failNthQuery), once
//! for an outer transaction that commits, not at all when the outer one rolls back.
#include "fixtures.h"
#include "store/database.h"
#include "store/localstore.h"
#include "store/outboxnotifier.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using fixtures::dossier;

namespace {

Action signResult(const QString &dossierId, const QString &key, const QString &sha)
{
    Component c;
    c.id = dossierId + QStringLiteral("-kq");
    c.name = QStringLiteral("Kết quả");
    c.sha256 = sha;
    c.size = 4321;
    c.mime = QStringLiteral("application/pdf");
    c.kind = ComponentKind::Result;
    c.isSigned = true;
    Action a;
    a.kind = ActionKind::SignResult;
    a.dossierId = dossierId;
    a.idempotencyKey = key;
    a.baseVersion = 10;
    a.payload = toJson(ActionPayload {payload::Document {c}, QStringLiteral("ký"), {}});
    a.createdAt = fixtures::utc("2026-11-23T03:00:00");
    a.actor = QStringLiteral("lanhdao1");
    return a;
}

QString sha(const char *seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestOutboxTyped : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    int m_profile = 0;

    OutboxRepository &outbox() { return m_store->outbox(); }

private Q_SLOTS:
    void init()
    {
        auto s = LocalStore::open(m_dir.filePath(QStringLiteral("p%1").arg(++m_profile)));
        QVERIFY(s.ok());
        m_store = std::move(*s);
        QVERIFY(m_store->dossiers().upsert(dossier(QStringLiteral("A"), 10)).valueOr(false));
    }
    void cleanup() { m_store.reset(); }

    void announcesOnlyCommittedWork()
    {
        QSignalSpy spy(OutboxNotifier::instance(), &OutboxNotifier::workQueued);
        const Action a = signResult(QStringLiteral("A"), QStringLiteral("k1"), sha("one"));
        // Every statement of the enqueue fails in turn: rolled back, never announced.
        int n = 1;
        for (;; ++n) {
            m_store->database().failNthQuery(n, 13);
            auto r = outbox().enqueue(a, dossier(QStringLiteral("A"), 10));
            if (r.ok())
                break;
            QCOMPARE(r.error().code, QStringLiteral("store.disk_full"));
            QCOMPARE(spy.count(), 0);
            QVERIFY(n < 20);
        }
        m_store->database().failNthQuery(0);
        QVERIFY(n > 2);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("A"));

        // Inside an outer transaction: announced at its COMMIT, not before.
        spy.clear();
        int seenInside = -1;
        Status outer = m_store->database().write([&]() -> Status {
            auto r = outbox().enqueue(signResult(QStringLiteral("A"), QStringLiteral("k2"), sha("two")),
                                      dossier(QStringLiteral("A"), 10));
            seenInside = int(spy.count());
            return r.ok() ? Status() : Status(r.error());
        });
        QVERIFY2(outer.ok(), qPrintable(outer.error().toString()));
        QCOMPARE(seenInside, 0);
        QCOMPARE(spy.count(), 1);

        // The outer transaction fails after the enqueue: nothing was queued, nothing announced.
        spy.clear();
        Status failing = m_store->database().write([&]() -> Status {
            auto r = outbox().enqueue(signResult(QStringLiteral("A"), QStringLiteral("k3"), sha("three")),
                                      dossier(QStringLiteral("A"), 10));
            if (!r)
                return r.error();
            return Error::make(Error::Kind::Internal, QStringLiteral("test.abort"), "abort");
        });
        QVERIFY(!failing.ok());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(outbox().openCount().valueOr(-1), 2);
    }

    void handsOutTypedActionsAndReplacesPendingPayloads()
    {
        auto id = outbox().enqueue(signResult(QStringLiteral("A"), QStringLiteral("k1"), sha("draft")),
                                   dossier(QStringLiteral("A"), 10));
        QVERIFY(id.ok());
        auto entry = outbox().get(*id);
        QVERIFY(entry.ok() && entry->has_value());
        QVERIFY((*entry)->typed.has_value());
        const TypedAction &t = *(*entry)->typed;
        QVERIFY(t.header.kind == ActionKind::SignResult);
        QCOMPARE(t.header.idempotencyKey, QStringLiteral("k1"));
        QCOMPARE(t.payload.note, QStringLiteral("ký"));
        QCOMPARE(t.payload.documents().size(), 1);
        QCOMPARE(t.payload.documents().first().sha256, sha("draft"));
        QVERIFY(t.toAction() == (*entry)->action); // one conversion each way, nothing lost

        ActionPayload stamped = t.payload;
        stamped.component()->sha256 = sha("stamped");
        // A fault in the update leaves the stored payload as it was.
        m_store->database().failNthQuery(2, 13);
        QCOMPARE(outbox().replacePendingPayload(*id, stamped).error().code,
                 QStringLiteral("store.disk_full"));
        m_store->database().failNthQuery(0);
        QCOMPARE(outbox().get(*id).value()->typed->payload.component()->sha256, sha("draft"));
        QVERIFY(outbox().replacePendingPayload(*id, stamped).ok());
        QCOMPARE(outbox().get(*id).value()->typed->payload.component()->sha256, sha("stamped"));

        // Handed to the network: the payload no longer changes.
        QVERIFY(outbox().markSending(*id).ok());
        QCOMPARE(outbox().replacePendingPayload(*id, t.payload).error().code,
                 QStringLiteral("store.outbox_moved"));
        QCOMPARE(outbox().get(*id).value()->typed->payload.component()->sha256, sha("stamped"));
    }

    void rowNotFittingItsKindIsReportedNotSent()
    {
        Action a = signResult(QStringLiteral("A"), QStringLiteral("k1"), sha("x"));
        a.payload = QJsonObject {{QStringLiteral("component"), QStringLiteral("not an object")}};
        auto id = outbox().enqueue(a, dossier(QStringLiteral("A"), 10));
        QVERIFY(id.ok());
        auto entry = outbox().get(*id);
        QVERIFY(entry.ok() && entry->has_value());
        QVERIFY(!(*entry)->typed.has_value());
        QVERIFY((*entry)->typeError.has_value());
        QCOMPARE((*entry)->typeError->path, QStringLiteral("payload.component"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxTyped)
#include "tst_outboxtyped.moc"
