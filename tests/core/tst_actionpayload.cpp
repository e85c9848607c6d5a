// SPDX-License-Identifier: GPL-3.0-or-later
//! Typed action payloads: every kind's wire object parses into its struct and
//! back to the same object (unknown fields and the note kept), documents() names
//! what the push uploads, and a payload that does not fit its kind is an error
//! with the field's path.
#include "core/actionpayload.h"
#include "core/json.h"

#include <QJsonArray>
#include <QTest>

using namespace motcua;

namespace {

QJsonObject component(const QString &id, ComponentKind kind, char seed)
{
    Component c;
    c.id = id;
    c.name = QStringLiteral("Giấy tờ ") + id;
    c.sha256 = QString(64, QLatin1Char(seed));
    c.size = 100;
    c.mime = QStringLiteral("application/pdf");
    c.kind = kind;
    c.isSigned = kind == ComponentKind::Result;
    return json::toJson(c);
}

} // namespace

class TestActionPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("wire");
        QTest::addColumn<int>("documents");
        const QJsonObject input = component(QStringLiteral("c1"), ComponentKind::Input, 'a');
        const QJsonObject result = component(QStringLiteral("kq"), ComponentKind::Result, 'b');
        QTest::newRow("assign") << "assign" << QJsonObject {{"assignee", "chuyenvien2"}} << 0;
        QTest::newRow("comment") << "comment" << QJsonObject {{"text", "Đã xem"}, {"note", "n"}} << 0;
        QTest::newRow("annotate") << "annotate"
                                  << QJsonObject {{"annotation", QJsonObject {{"id", "a1"}, {"page", 2}}}}
                                  << 0;
        QTest::newRow("forward") << "forward"
                                 << QJsonObject {{"to_agency", "000.00.12.H19"},
                                                 {"step_days", 3},
                                                 {"attachments", QJsonArray {input}},
                                                 {"note", "Chuyển"}}
                                 << 1;
        QTest::newRow("request_supplement") << "request_supplement" << QJsonObject {{"reason", "Thiếu"}} << 0;
        QTest::newRow("withdraw-without-reason") << "withdraw" << QJsonObject {} << 0;
        QTest::newRow("receive_supplement")
            << "receive_supplement" << QJsonObject {{"components", QJsonArray {input, input}}} << 2;
        QTest::newRow("submit_for_approval")
            << "submit_for_approval" << QJsonObject {{"component", result}} << 1;
        QTest::newRow("submit_without_draft") << "submit_for_approval" << QJsonObject {{"note", "x"}} << 0;
        QTest::newRow("sign_result") << "sign_result" << QJsonObject {{"component", result}} << 1;
        QTest::newRow("approve") << "approve" << QJsonObject {{"note", "Đồng ý"}} << 0;
        QTest::newRow("request_payment") << "request_payment" << QJsonObject {{"amount", 150000}} << 0;
        QTest::newRow("confirm_payment") << "confirm_payment" << QJsonObject {{"receipt", "BL-1"}} << 0;
        QTest::newRow("comment-with-attachments")
            << "comment" << QJsonObject {{"text", "kèm biên bản"}, {"attachments", QJsonArray {input}}} << 1;
        QTest::newRow("unknown-field-kept") << "return_result" << QJsonObject {{"x_future", true}} << 0;
    }
    void roundTrips()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, wire);
        QFETCH(int, documents);
        const auto k = actionKindFromWire(kind);
        QVERIFY(k);
        auto p = parsePayload(*k, wire);
        QVERIFY2(p.ok(), qPrintable(p.error().toString()));
        QVERIFY(fitsKind(*k, *p));
        QCOMPARE(toJson(*p), wire);
        QCOMPARE(p->documents().size(), documents);
        // Every other kind's struct is refused for this kind.
        for (ActionKind other : allActionKinds()) {
            auto q = parsePayload(other, {});
            if (q.ok() && q->fields.index() != p->fields.index())
                QVERIFY(!fitsKind(*k, *q));
        }
    }

    void typedActionKeepsTheHeader()
    {
        Action a;
        a.kind = ActionKind::IssueApology;
        a.dossierId = QStringLiteral("d1");
        a.idempotencyKey = QStringLiteral("k");
        a.baseVersion = 7;
        a.createdAt = QDateTime(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC);
        a.actor = QStringLiteral("motcua1");
        a.payload
            = {{QStringLiteral("component"), component(QStringLiteral("xl"), ComponentKind::Apology, 'c')}};
        auto t = TypedAction::fromAction(a);
        QVERIFY(t.ok());
        QCOMPARE(t->header.baseVersion, 7);
        QCOMPARE(t->header.actor, QStringLiteral("motcua1"));
        QCOMPARE(t->payload.component()->id, QStringLiteral("xl"));
        QVERIFY(t->toAction() == a);
    }

    void malformedFieldsAreErrorsWithTheirPath()
    {
        auto bad = parsePayload(ActionKind::Forward,
                                {{QStringLiteral("to_agency"), QStringLiteral("x")},
                                 {QStringLiteral("attachments"), QJsonArray {QJsonObject {{"id", 5}}}}});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().path.startsWith(QStringLiteral("payload.attachments[0]")),
                 qPrintable(bad.error().toString()));
        auto days = parsePayload(
            ActionKind::Forward,
            {{QStringLiteral("to_agency"), QStringLiteral("x")}, {QStringLiteral("step_days"), -1}});
        QVERIFY(!days.ok());
        QCOMPARE(days.error().path, QStringLiteral("payload.step_days"));
        QVERIFY(!parsePayload(ActionKind::SignResult, {}).ok()); // the signed result is required
    }
};

QTEST_GUILESS_MAIN(TestActionPayload)
#include "tst_actionpayload.moc"
