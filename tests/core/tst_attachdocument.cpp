// SPDX-License-Identifier: GPL-3.0-or-later
// attach_document (reuse of the e-data warehouse): payload rules and effects in
// Workflow, and the CitizenDocument codec. States and roles are checked against
// docs/workflow.md by tst_workflow.
#include "core/citizendocument.h"
#include "core/workflow.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

class TestAttachDocument : public QObject
{
    Q_OBJECT

    static CitizenDocument warehouseDoc()
    {
        CitizenDocument d;
        d.sha256 = hexDigest('e');
        d.dossierId = QStringLiteral("D-0777");
        d.name = QStringLiteral("Giấy chứng nhận quyền sử dụng đất");
        d.documentCode = QStringLiteral("GT-02");
        d.kind = ComponentKind::Result;
        d.issuedAt = utc(2025, 3, 4, 2, 0);
        d.size = 4567;
        return d;
    }

    static Action attach(const Dossier &d, const QJsonArray &components)
    {
        Action a = action(ActionKind::AttachDocument, d);
        a.payload = {{QStringLiteral("components"), components}};
        return a;
    }

private Q_SLOTS:
    void addsTheDocumentWithoutChangingTheState()
    {
        const Dossier d = dossier(DossierState::SupplementRequested);
        const Component c = warehouseDoc().toInputComponent();
        QCOMPARE(c.kind, ComponentKind::Input);
        QCOMPARE(c.sha256, hexDigest('e'));
        QCOMPARE(c.id, QStringLiteral("reuse-eeeeeeeeeeeeeeee"));
        QVERIFY(c.isSigned);
        auto out = Workflow::run(d, attach(d, {json::toJson(c)}), official(Role::DeskStaff),
                                 WorkingCalendar(), procedure(), utc(2026, 11, 24, 2, 0));
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
        QCOMPARE(out->dossier.state, DossierState::SupplementRequested);
        QCOMPARE(out->dossier.pausedAt, d.pausedAt); // the clock stays paused
        QCOMPARE(out->dossier.version, d.version + 1);
        QCOMPARE(out->dossier.components.size(), 2);
        QCOMPARE(out->dossier.components.last(), c);
        QCOMPARE(out->step.action, ActionKind::AttachDocument);
        QCOMPARE(out->step.note, c.name);

        // Attaching the same document again replaces it (same derived id), no duplicate.
        auto again
            = Workflow::run(out->dossier, attach(out->dossier, {json::toJson(c)}), official(Role::DeskStaff),
                            WorkingCalendar(), procedure(), utc(2026, 11, 24, 3, 0));
        QVERIFY(again.ok());
        QCOMPARE(again->dossier.components.size(), 2);
    }

    void refusesBadPayloads_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        Component result = warehouseDoc().toInputComponent();
        result.kind = ComponentKind::Result;
        Component badSha = warehouseDoc().toInputComponent();
        badSha.sha256 = QStringLiteral("not-a-sha");
        Component takenByResult = warehouseDoc().toInputComponent();
        takenByResult.id = QStringLiteral("kq");
        QTest::newRow("no components") << QJsonObject {} << "workflow.components_required"
                                       << "payload.components";
        QTest::newRow("empty list") << QJsonObject {{QStringLiteral("components"), QJsonArray {}}}
                                    << "workflow.components_required"
                                    << "payload.components";
        QTest::newRow("not a list") << QJsonObject {{QStringLiteral("components"), QStringLiteral("x")}}
                                    << "workflow.components_required"
                                    << "payload.components";
        QTest::newRow("a result, not an application document")
            << QJsonObject {{QStringLiteral("components"), QJsonArray {json::toJson(result)}}} << "json.enum"
            << "payload.components[0].kind";
        QTest::newRow("malformed sha256")
            << QJsonObject {{QStringLiteral("components"), QJsonArray {json::toJson(badSha)}}}
            << "json.format"
            << "payload.components[0].sha256";
        QTest::newRow("id of a result")
            << QJsonObject {{QStringLiteral("components"), QJsonArray {json::toJson(takenByResult)}}}
            << "workflow.component_id_taken"
            << "payload.components[0].id";
    }
    void refusesBadPayloads()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QString, code);
        QFETCH(QString, path);
        Dossier d = dossier(DossierState::InReview);
        d.components.append(component(QStringLiteral("kq"), ComponentKind::Result, false));
        Action a = action(ActionKind::AttachDocument, d);
        a.payload = payload;
        const Status st = Workflow::check(d, a, official(Role::Specialist));
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, code);
        QCOMPARE(st.error().path, path);
    }

    void notAfterReview()
    {
        const Dossier d = dossier(DossierState::AwaitingApproval);
        const Status st = Workflow::check(d, attach(d, {json::toJson(warehouseDoc().toInputComponent())}),
                                          official(Role::Supervisor));
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, QStringLiteral("workflow.illegal_transition"));
        QVERIFY(!Workflow::allowed(d, official(Role::Supervisor)).contains(ActionKind::AttachDocument));
        QVERIFY(Workflow::allowed(dossier(DossierState::Received), official(Role::DeskStaff))
                    .contains(ActionKind::AttachDocument));
    }

    void codecRoundTrip()
    {
        CitizenWarehouse w;
        w.idNumber = QStringLiteral("001190012345");
        w.documents = {warehouseDoc()};
        w.fetchedAt = utc(2026, 11, 24, 2, 0);
        CitizenWarehouse back;
        QVERIFY(json::fromJson(json::toJson(w), back).ok());
        QCOMPARE(back, w);

        // The server's form: no fetched_at, size may be absent.
        QJsonObject item = json::toJson(warehouseDoc());
        item.remove(QStringLiteral("size"));
        CitizenWarehouse wire;
        QVERIFY(json::fromJson(
                    {{QStringLiteral("id_number"), w.idNumber}, {QStringLiteral("items"), QJsonArray {item}}},
                    wire)
                    .ok());
        QVERIFY(!wire.fetchedAt.isValid());
        QCOMPARE(wire.documents.first().size, 0);

        // Malformed items are errors with the field's path, not silent defaults.
        item.insert(QStringLiteral("sha256"), QStringLiteral("zz"));
        const Status bad = json::fromJson(
            {{QStringLiteral("id_number"), w.idNumber}, {QStringLiteral("items"), QJsonArray {item}}}, wire);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().path, QStringLiteral("items[0].sha256"));
        QVERIFY(!json::fromJson({{QStringLiteral("items"), QJsonArray {}}}, wire).ok()); // no id_number
    }
};

QTEST_GUILESS_MAIN(TestAttachDocument)
#include "tst_attachdocument.moc"
