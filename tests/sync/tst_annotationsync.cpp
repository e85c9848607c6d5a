// SPDX-License-Identifier: GPL-3.0-or-later
//! Annotations between two officials through the real reference server: A
//! annotates offline-capable (queued with the cached copy in one transaction),
//! forwards to B's agency; B syncs and sees the same page, rectangle and text.
//! Edits and deletes are upserts by id; another official's edit is refused with
//! 403 on the server and before queueing on the client.
#include "sync/actionqueue.h"
#include "syncfixture.h"
#include "testserver.h"

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

Annotation draft(const Dossier &d, const QString &author)
{
    Annotation a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.dossierId = d.id;
    a.componentId = d.components.first().id;
    a.page = 0;
    a.kind = AnnotationKind::Rectangle;
    a.rect = QRectF(0.125, 0.25, 0.5, 0.125);
    a.text = QStringLiteral("Thiếu dấu giáp lai");
    a.color = QStringLiteral("#e53935");
    a.author = author;
    a.createdAt = QDateTime::currentDateTimeUtc();
    a.updatedAt = a.createdAt;
    a.version = 1;
    return a;
}

QJsonObject payloadOf(const Annotation &a)
{
    return {{QStringLiteral("annotation"), json::toJson(a)}};
}

std::optional<Annotation> find(Database &db, const QString &dossierId, const QString &id)
{
    auto list = DossierRepository(db).annotations(dossierId);
    if (!list)
        return std::nullopt;
    for (const Annotation &a : std::as_const(*list)) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}
} // namespace

class TestAnnotationSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorOutput()));
    }

    void annotateForwardAndSeeOnTheOtherSide()
    {
        Client a(m_server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(a.setUp());
        auto me = SyncStateRepository(a.db()).me();
        QVERIFY(me.ok() && me->has_value());
        // A dossier in review at A's agency with a component: A may annotate and forward it.
        std::optional<Dossier> target;
        DossierRepository repo(a.db());
        InboxQuery q;
        q.limit = 0;
        auto items = repo.list(q);
        VERIFY_OK(items);
        for (const InboxItem &i : std::as_const(*items)) {
            const auto allowed = Workflow::allowed(i.dossier, (*me)->official);
            if (!i.dossier.components.isEmpty() && allowed.contains(ActionKind::Annotate)
                && allowed.contains(ActionKind::Forward)) {
                target = i.dossier;
                break;
            }
        }
        QVERIFY(target);

        // Queued: the cached annotation exists before any network, with the outbox entry.
        Annotation note = draft(*target, QStringLiteral("chuyenvien1"));
        VERIFY_OK(a.engine().queueAction(*target, ActionKind::Annotate, payloadOf(note)));
        QCOMPARE(find(a.db(), target->id, note.id).value_or(Annotation()).text, note.text);
        auto open = OutboxRepository(a.db()).openCount();
        QVERIFY(open.ok() && *open >= 1);

        // A pull plus a details fetch before the push keeps the pending annotation.
        SyncEngine::Report pullOnly;
        VERIFY_OK(a.engine().pull(pullOnly));
        VERIFY_OK(a.engine().prefetch(pullOnly));
        QVERIFY2(find(a.db(), target->id, note.id).has_value(), "a pull never wipes unsent annotations");

        // Edit (move + new text) = same id, higher version.
        auto fresh = a.cached(target->id);
        QVERIFY(fresh.ok() && fresh->has_value());
        Annotation moved = note;
        moved.rect = QRectF(0.25, 0.5, 0.25, 0.25);
        moved.text = QStringLiteral("Chữ ký không rõ");
        moved.version = 2;
        VERIFY_OK(a.engine().queueAction(**fresh, ActionKind::Annotate, payloadOf(moved)));

        // A second one, deleted right away.
        fresh = a.cached(target->id);
        Annotation gone = draft(**fresh, QStringLiteral("chuyenvien1"));
        gone.kind = AnnotationKind::FreeText;
        VERIFY_OK(a.engine().queueAction(**fresh, ActionKind::Annotate, payloadOf(gone)));
        fresh = a.cached(target->id);
        gone.deleted = true;
        gone.version = 2;
        VERIFY_OK(a.engine().queueAction(**fresh, ActionKind::Annotate, payloadOf(gone)));

        // Forward to B's agency, then sync everything.
        fresh = a.cached(target->id);
        VERIFY_OK(a.engine().queueAction(**fresh, ActionKind::Forward,
                                         {{QStringLiteral("to_agency"), QStringLiteral("H19.01")},
                                          {QStringLiteral("note"), QStringLiteral("Chuyển Sở Tư pháp")}}));
        auto sent = a.engine().syncOnce();
        VERIFY_OK(sent);
        QCOMPARE(sent->pushed, 5);
        QCOMPARE(sent->failed, 0);

        // B: a fresh profile, sync with details.
        Client b(m_server.port(), QStringLiteral("chuyenvien2"));
        VERIFY_OK(b.setUp());
        SyncEngine::Options opts;
        opts.prefetch = true;
        VERIFY_OK(b.engine().syncOnce(opts));
        auto seen = DossierRepository(b.db()).annotations(target->id);
        VERIFY_OK(seen);
        const auto got = find(b.db(), target->id, note.id);
        QVERIFY(got);
        QCOMPARE(got->page, 0);
        QCOMPARE(got->rect, moved.rect);
        QCOMPARE(got->text, moved.text);
        QCOMPARE(got->author, QStringLiteral("chuyenvien1"));
        QCOMPARE(got->componentId, note.componentId);
        QCOMPARE(got->version, 2);
        QCOMPARE(got->visibility, AnnotationVisibility::Internal);
        const auto deleted = find(b.db(), target->id, gone.id);
        QVERIFY(deleted && deleted->deleted);

        // B may not edit A's annotation: refused offline by the client...
        auto bd = b.cached(target->id);
        QVERIFY(bd.ok() && bd->has_value());
        Annotation hijack = *got;
        hijack.text = QStringLiteral("sửa của người khác");
        hijack.version = 3;
        hijack.author = QStringLiteral("chuyenvien2");
        auto refused = b.engine().queueAction(**bd, ActionKind::Annotate, payloadOf(hijack));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("workflow.annotation_owner"));
        hijack.author = QStringLiteral("chuyenvien1"); // pretending to be A does not help either
        refused = b.engine().queueAction(**bd, ActionKind::Annotate, payloadOf(hijack));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("workflow.annotation_owner"));

        // ...and by the server (a client that skips the check): 403 with the typed code.
        const QJsonObject body {{QStringLiteral("kind"), QStringLiteral("annotate")},
                                {QStringLiteral("annotation"), json::toJson(hijack)}};
        auto direct = b.api().postAction(target->id, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                         (*bd)->version, body);
        VERIFY_OK(direct);
        QCOMPARE(direct->kind, ActionOutcome::Kind::Rejected);
        QCOMPARE(direct->status, 403);
        QCOMPARE(direct->error.code, QStringLiteral("workflow.annotation_owner"));

        // B's own annotation, visible to the applicant, is accepted.
        Annotation own = draft(**bd, QStringLiteral("chuyenvien2"));
        own.visibility = AnnotationVisibility::Applicant;
        VERIFY_OK(b.engine().queueAction(**bd, ActionKind::Annotate, payloadOf(own)));
        auto pushed = b.engine().syncOnce(opts);
        VERIFY_OK(pushed);
        QCOMPARE(pushed->pushed, 1);
        const auto mine = find(b.db(), target->id, own.id);
        QVERIFY(mine);
        QCOMPARE(mine->visibility, AnnotationVisibility::Applicant);
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestAnnotationSync)
#include "tst_annotationsync.moc"
