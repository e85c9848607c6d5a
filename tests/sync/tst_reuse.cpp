// SPDX-License-Identifier: GPL-3.0-or-later
//! Reuse of digitized documents (tái sử dụng kết quả số hóa) against the real
//! reference server: the applicant's e-data warehouse is cached with the dossier's
//! details, an `attach_document` queued offline with ActionQueue reaches the
//! server, the attached PDF is then fetched like any other, and the server refuses
//! a document that is not in the applicant's warehouse.
#include "store/warehouserepository.h"
#include "sync/actionqueue.h"
#include "syncfixture.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {
#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().toString()));                          \
    } while (false)

//! A cached dossier the official may attach to, whose applicant has a cached
//! warehouse document that is not yet one of its components.
struct Candidate
{
    Dossier dossier;
    CitizenDocument document;
};

std::optional<Candidate> findCandidate(Database &db)
{
    auto me = SyncStateRepository(db).me();
    if (!me.ok() || !me.value())
        return std::nullopt;
    DossierRepository repo(db);
    InboxQuery q;
    q.limit = 0;
    auto items = repo.list(q);
    if (!items.ok())
        return std::nullopt;
    WarehouseRepository warehouses(db);
    for (const InboxItem &i : std::as_const(items.value())) {
        if (!Workflow::allowed(i.dossier, me.value()->official).contains(ActionKind::AttachDocument))
            continue;
        auto w = warehouses.get(i.dossier.applicant.idNumber);
        if (!w.ok() || !w.value())
            continue;
        for (const CitizenDocument &doc : std::as_const(w.value()->documents)) {
            const bool present = std::any_of(i.dossier.components.cbegin(), i.dossier.components.cend(),
                                             [&](const Component &c) { return c.sha256 == doc.sha256; });
            if (!present && doc.size > 0)
                return Candidate {i.dossier, doc};
        }
    }
    return std::nullopt;
}
} // namespace

class TestReuse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorOutput()));
    }

    void warehouseIsCachedWithTheDetails()
    {
        Client a(m_server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(a.setUp());
        SyncEngine::Report report;
        VERIFY_OK(a.engine().prefetch(report));

        auto c = findCandidate(a.db());
        QVERIFY2(c.has_value(), "the demo data has an applicant with a reusable document");
        const QString idNumber = c->dossier.applicant.idNumber;
        auto cached = WarehouseRepository(a.db()).get(idNumber);
        VERIFY_OK(cached);
        QVERIFY(cached->has_value());
        QVERIFY((*cached)->fetchedAt.isValid());

        // Equal to what the server answers now, document for document.
        auto server = a.api().getJson(QStringLiteral("/citizens/%1/documents").arg(idNumber));
        VERIFY_OK(server);
        CitizenWarehouse fresh;
        VERIFY_OK(json::fromJson(*server, fresh));
        QCOMPARE(fresh.idNumber, idNumber);
        QCOMPARE((*cached)->documents, fresh.documents);

        // Another citizen's list is not mixed in.
        auto none = WarehouseRepository(a.db()).get(QStringLiteral("000000000000-not-a-citizen"));
        VERIFY_OK(none);
        QVERIFY(!none->has_value());
    }

    void attachRoundTrip()
    {
        Client a(m_server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(a.setUp());
        SyncEngine::Report report;
        VERIFY_OK(a.engine().prefetch(report));
        auto c = findCandidate(a.db());
        QVERIFY(c.has_value());
        const Component component = c->document.toInputComponent();
        //! Demo results share PDFs: make sure this one is not here yet.
        if (a.blobs().contains(component.sha256))
            VERIFY_OK(a.blobs().remove(component.sha256));
        QVERIFY(!a.blobs().contains(component.sha256));

        // Queued offline: the optimistic dossier lists the document at once.
        ActionQueue queue(a.db());
        auto queued = queue.queue(c->dossier, ActionKind::AttachDocument,
                                  {{QStringLiteral("components"), QJsonArray {json::toJson(component)}}});
        VERIFY_OK(queued);
        auto local = a.cached(c->dossier.id);
        VERIFY_OK(local);
        QCOMPARE((*local)->version, c->dossier.version + 1);
        QVERIFY((*local)->components.contains(component));
        QCOMPARE(OutboxRepository(a.db()).openCount().valueOr(-1), 1);

        // The next sync sends it; the server's dossier now holds the same document.
        auto r = a.engine().syncOnce();
        VERIFY_OK(r);
        QCOMPARE(r->pushed, 1);
        QCOMPARE(OutboxRepository(a.db()).openCount().valueOr(-1), 0);
        auto onServer = a.api().getJson(QStringLiteral("/dossiers/%1").arg(c->dossier.id));
        VERIFY_OK(onServer);
        auto serverDossier = json::parse<Dossier>(onServer->contains(QStringLiteral("dossier"))
                                                      ? onServer->value(QStringLiteral("dossier")).toObject()
                                                      : *onServer);
        VERIFY_OK(serverDossier);
        QVERIFY(serverDossier->components.contains(component));
        QCOMPARE(serverDossier->state, c->dossier.state);
        auto steps = a.api().getJson(QStringLiteral("/dossiers/%1/history").arg(c->dossier.id));
        VERIFY_OK(steps);
        auto parsed = json::parseItems<HistoryStep>(*steps);
        VERIFY_OK(parsed);
        QVERIFY(!parsed->isEmpty());
        QCOMPARE(parsed->last().action, ActionKind::AttachDocument);

        // The attached PDF (already on the server under the same sha) is fetched
        // like any other component, and is the warehouse's bytes.
        if (a.blobs().contains(component.sha256)) // another cached dossier shares it
            VERIFY_OK(a.blobs().remove(component.sha256));
        VERIFY_OK(a.engine().prefetch(report));
        QVERIFY(a.blobs().contains(component.sha256));
        auto bytes = a.blobs().read(component.sha256);
        VERIFY_OK(bytes);
        QCOMPARE(bytes->size(), component.size);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()),
                 component.sha256);
        QVERIFY(bytes->startsWith("%PDF-"));
    }

    void serverRefusesADocumentNotInTheWarehouse()
    {
        Client a(m_server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(a.setUp());
        SyncEngine::Report report;
        VERIFY_OK(a.engine().prefetch(report));
        auto c = findCandidate(a.db());
        QVERIFY(c.has_value());
        // A sha256 the applicant's warehouse does not hold: the client queues it (it
        // cannot know what the warehouse holds now), the server refuses it.
        Component foreign = c->document.toInputComponent();
        foreign.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(QByteArrayLiteral("not in the warehouse"), QCryptographicHash::Sha256)
                .toHex());
        foreign.id = CitizenDocument::componentIdFor(foreign.sha256);
        ActionQueue queue(a.db());
        auto queued = queue.queue(c->dossier, ActionKind::AttachDocument,
                                  {{QStringLiteral("components"), QJsonArray {json::toJson(foreign)}}});
        VERIFY_OK(queued);
        (void)a.engine().syncOnce();
        auto entry = OutboxRepository(a.db()).get(*queued);
        VERIFY_OK(entry);
        QVERIFY(entry->has_value());
        QCOMPARE((*entry)->state, OutboxState::Failed);
        //! A hash that is nobody's document here: not this agency's to name (the
        //! server's document rule answers before the warehouse check).
        QVERIFY2((*entry)->lastError.contains(QStringLiteral("document.forbidden")),
                 qPrintable((*entry)->lastError));
        QCOMPARE((*entry)->serverResponse.value(QStringLiteral("code")).toString(),
                 QStringLiteral("document.forbidden"));
        QCOMPARE((*entry)->serverResponse.value(QStringLiteral("status")).toInt(), 403);

        // Nothing changed on the server.
        auto onServer = a.api().getJson(QStringLiteral("/dossiers/%1").arg(c->dossier.id));
        VERIFY_OK(onServer);
        const QJsonObject o = onServer->contains(QStringLiteral("dossier"))
            ? onServer->value(QStringLiteral("dossier")).toObject()
            : *onServer;
        QCOMPARE(o.value(QStringLiteral("version")).toInteger(), c->dossier.version);

        // A payload without documents is refused before it reaches the outbox.
        auto empty = queue.queue(c->dossier, ActionKind::AttachDocument,
                                 {{QStringLiteral("components"), QJsonArray {}}});
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, QStringLiteral("workflow.components_required"));
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestReuse)
#include "tst_reuse.moc"
