// SPDX-License-Identifier: GPL-3.0-or-later
//! Reception: POST /dossiers, reserved code blocks, the citizen lookup.
#include "core/json.h"
#include "core/workingcalendar.h"
#include "tst_centralapi.h"

#include <QRegularExpression>

namespace {

QByteArray scanPdf()
{
    QByteArray pdf = "%PDF-1.7\n% reception test\n";
    pdf += QByteArray::number(QRandomGenerator::global()->generate64());
    return pdf + "\n%%EOF\n";
}

QJsonObject componentOf(const QByteArray &pdf)
{
    return {{QStringLiteral("id"),
             QStringLiteral("c-") + QString::number(QRandomGenerator::global()->generate())},
            {QStringLiteral("name"), QStringLiteral("Tờ khai đăng ký khai sinh")},
            {QStringLiteral("document_code"), QString()},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("size"), pdf.size()},
            {QStringLiteral("mime"), QStringLiteral("application/pdf")},
            {QStringLiteral("pages"), 1},
            {QStringLiteral("kind"), QStringLiteral("input")},
            {QStringLiteral("signed"), true}};
}

qint64 seqOf(const QString &code)
{
    return code.section(QLatin1Char('-'), -1).toLongLong();
}

} // namespace

QJsonObject TstCentralApi::receptionBody(const QString &channel)
{
    const QByteArray pdf = scanPdf();
    const Reply put = m_http.send(authed(
        "PUT", QStringLiteral("/documents/") + componentOf(pdf).value(QStringLiteral("sha256")).toString(),
        m_mc1, pdf, {{"Content-Type", "application/pdf"}}));
    if (put.status != 201)
        qWarning() << "upload failed" << put.status << put.body;
    const QJsonObject procs = m_http.send(authed("GET", QStringLiteral("/procedures"), m_mc1)).json();
    return {{QStringLiteral("procedure_code"),
             procs.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("code"))},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("applicant"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("Nguyễn Thị Hoa")},
                          {QStringLiteral("id_number"), QStringLiteral("019012345678")},
                          {QStringLiteral("address"), QStringLiteral("Số 5, đường Hoàng Văn Thụ")},
                          {QStringLiteral("phone"), QStringLiteral("0912345678")},
                          {QStringLiteral("email"), QString()}}},
            {QStringLiteral("components"), QJsonArray {componentOf(pdf)}}};
}

Reply TstCentralApi::receive(const QString &token, const QJsonObject &body, const QString &key, bool twin)
{
    Call c
        = authed("POST", QStringLiteral("/dossiers"), token,
                 QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Idempotency-Key", key.toLatin1()}});
    if (twin)
        c.url.replace(m_server.baseUrl(), m_twin.baseUrl());
    return m_http.send(c);
}

void TstCentralApi::receptionCreatesDossierOnce()
{
    const QJsonObject body = receptionBody(QStringLiteral("postal"));
    const QString key = newKey();
    QCOMPARE(receive(m_cv1, body, key).status, 403); // a specialist does not receive dossiers
    const Reply first = receive(m_mc1, body, key);
    QCOMPARE(first.status, 201);
    const QJsonObject d = first.json().value(QStringLiteral("dossier")).toObject();
    QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("received"));
    QCOMPARE(d.value(QStringLiteral("channel")).toString(), QStringLiteral("postal"));
    QCOMPARE(d.value(QStringLiteral("agency_code")).toString(), QStringLiteral("H19.X01"));
    QCOMPARE(d.value(QStringLiteral("version")).toInteger(), 1);
    const QDateTime received
        = QDateTime::fromString(d.value(QStringLiteral("received_at")).toString(), Qt::ISODate);
    const QString code = d.value(QStringLiteral("code")).toString();
    //! National format: agency - receipt date in Vietnam's time - sequence (4+ digits).
    QVERIFY2(QRegularExpression(QStringLiteral("^H19\\.X01-\\d{6}-\\d{4,}$")).match(code).hasMatch(),
             qPrintable(code));
    QCOMPARE(code.section(QLatin1Char('-'), 1, 1),
             motcua::WorkingCalendar::localDate(received).toString(QStringLiteral("yyMMdd")));
    //! The due date: the procedure's working days on the central calendar.
    const QString procCode = body.value(QStringLiteral("procedure_code")).toString();
    int days = -1;
    for (const QJsonValue &p : m_http.send(authed("GET", QStringLiteral("/procedures"), m_mc1))
                                   .json()
                                   .value(QStringLiteral("items"))
                                   .toArray()) {
        if (p.toObject().value(QStringLiteral("code")).toString() == procCode)
            days = p.toObject().value(QStringLiteral("processing_days")).toInt();
    }
    QVERIFY(days >= 0);
    QList<motcua::CalendarYear> years;
    for (int y : {received.date().year(), received.date().year() + 1}) {
        auto cy = motcua::json::parse<motcua::CalendarYear>(
            m_http.send(authed("GET", QStringLiteral("/calendar?year=%1").arg(y), m_mc1)).json());
        QVERIFY(cy.ok());
        years.append(cy.value());
    }
    const QDateTime due = motcua::WorkingCalendar::fromYears(years).dueAt(received, days);
    QCOMPARE(QDateTime::fromString(d.value(QStringLiteral("due_at")).toString(), Qt::ISODate), due);

    const Reply again = receive(m_mc1, body, key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("truth")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM dossiers WHERE code = '%1'").arg(code)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QJsonObject other = body;
    other.insert(QStringLiteral("channel"), QStringLiteral("online"));
    QCOMPARE(receive(m_mc1, other, key).status, 422);
    // The desk's own feed carries the new dossier (so every desk and specialist sees it).
    const Reply got = m_http.send(
        authed("GET", QStringLiteral("/dossiers/") + d.value(QStringLiteral("id")).toString(), m_cv1));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json().value(QStringLiteral("code")).toString(), code);
    // Its history starts with the reception, by the desk official who received it.
    const Reply hist = m_http.send(authed(
        "GET", QStringLiteral("/dossiers/%1/history").arg(d.value(QStringLiteral("id")).toString()), m_cv1));
    QCOMPARE(hist.status, 200);
    const QJsonArray steps = hist.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(steps.size(), 1);
    const QJsonObject step = steps.first().toObject();
    QCOMPARE(step.value(QStringLiteral("action")).toString(), QStringLiteral("receive"));
    QCOMPARE(step.value(QStringLiteral("actor")).toString(), QStringLiteral("motcua1"));
    QVERIFY(!step.value(QStringLiteral("actor_name")).toString().isEmpty());
    QCOMPARE(step.value(QStringLiteral("to_state")).toString(), QStringLiteral("received"));
    QCOMPARE(QDateTime::fromString(step.value(QStringLiteral("at")).toString(), Qt::ISODate), received);
    auto parsed = motcua::json::parse<motcua::HistoryStep>(step);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed.value().action, motcua::ActionKind::Receive);
    // "receive" is a step, not an action anyone can send.
    const Reply sent = m_http.send(action(m_mc1, d.value(QStringLiteral("id")).toString(), 1,
                                          QJsonObject {{QStringLiteral("kind"), QStringLiteral("receive")}},
                                          QStringLiteral("receive-is-no-action")));
    QVERIFY2(sent.status >= 400 && sent.status < 500, sent.body.constData());
}

void TstCentralApi::receptionRefusesBadInput()
{
    const QJsonObject body = receptionBody(QStringLiteral("in_person"));
    QCOMPARE(receive(m_mc1, body, QStringLiteral("short")).status, 400);
    QJsonObject b = body;
    b.insert(QStringLiteral("procedure_code"), QStringLiteral("9.999999"));
    Reply r = receive(m_mc1, b, newKey());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), QStringLiteral("reception.unknown_procedure"));
    b = body;
    b.insert(QStringLiteral("channel"), QStringLiteral("pigeon"));
    QCOMPARE(receive(m_mc1, b, newKey()).status, 400);
    b = body;
    b.insert(QStringLiteral("components"), QJsonArray {componentOf(scanPdf())}); // never uploaded
    r = receive(m_mc1, b, newKey());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), QStringLiteral("reception.document_missing"));
    b = body;
    QJsonObject applicant = b.value(QStringLiteral("applicant")).toObject();
    applicant.insert(QStringLiteral("id_number"), QString());
    b.insert(QStringLiteral("applicant"), applicant);
    QCOMPARE(receive(m_mc1, b, newKey()).status, 400);
}

void TstCentralApi::reservedCodesAreUsedOnceAndNeverCollide()
{
    const auto reserve = [&](const QString &token, int count, bool twin = false) {
        Call c
            = authed("POST", QStringLiteral("/desks/reservations"), token,
                     QJsonDocument(QJsonObject {{QStringLiteral("desk_id"), QStringLiteral("xa-vung-sau-1")},
                                                {QStringLiteral("count"), count}})
                         .toJson(QJsonDocument::Compact));
        if (twin)
            c.url.replace(m_server.baseUrl(), m_twin.baseUrl());
        return c;
    };
    QCOMPARE(m_http.send(reserve(m_cv1, 3)).status, 403);
    QCOMPARE(m_http.send(reserve(m_mc1, 0)).status, 400);
    QCOMPARE(m_http.send(reserve(m_mc1, 1001)).status, 400);
    const Reply block = m_http.send(reserve(m_mc1, 3));
    QCOMPARE(block.status, 201);
    const qint64 rid = block.json().value(QStringLiteral("id")).toInteger();
    const qint64 first = block.json().value(QStringLiteral("first")).toInteger();
    QCOMPARE(block.json().value(QStringLiteral("last")).toInteger(), first + 2);

    // Online creation meanwhile takes a number outside the block.
    const Reply online = receive(m_mc1, receptionBody(QStringLiteral("in_person")), newKey());
    QCOMPARE(online.status, 201);
    const qint64 onlineSeq = seqOf(
        online.json().value(QStringLiteral("dossier")).toObject().value(QStringLiteral("code")).toString());
    QVERIFY(onlineSeq < first || onlineSeq > first + 2);

    // Offline: received a minute ago under a reserved number, sent now.
    QJsonObject body = receptionBody(QStringLiteral("in_person"));
    body.insert(QStringLiteral("reservation"),
                QJsonObject {{QStringLiteral("id"), rid}, {QStringLiteral("seq"), first + 1}});
    const QDateTime when = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 60, Qt::UTC);
    body.insert(QStringLiteral("received_at"), when.toString(Qt::ISODate));
    const QString key = newKey();
    const Reply used = receive(m_mc1, body, key);
    QCOMPARE(used.status, 201);
    const QJsonObject d = used.json().value(QStringLiteral("dossier")).toObject();
    QCOMPARE(seqOf(d.value(QStringLiteral("code")).toString()), first + 1);
    QCOMPARE(QDateTime::fromString(d.value(QStringLiteral("received_at")).toString(), Qt::ISODate), when);
    QCOMPARE(receive(m_mc1, body, key, true).body, used.body); // a replay, even through the twin process
    QJsonObject again = body;
    again.insert(QStringLiteral("channel"), QStringLiteral("postal"));
    Reply r = receive(m_mc1, again, newKey());
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), QStringLiteral("reception.seq_used"));
    again.insert(QStringLiteral("reservation"),
                 QJsonObject {{QStringLiteral("id"), rid}, {QStringLiteral("seq"), first + 3}});
    QCOMPARE(receive(m_mc1, again, newKey()).code(), QStringLiteral("reception.seq_outside_reservation"));
    again.insert(QStringLiteral("reservation"),
                 QJsonObject {{QStringLiteral("id"), rid}, {QStringLiteral("seq"), first + 2}});
    again.insert(QStringLiteral("received_at"),
                 QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate));
    QCOMPARE(receive(m_mc1, again, newKey()).code(), QStringLiteral("reception.received_at_out_of_bounds"));
    const QString mc2 = m_http.login(m_server.baseUrl(), QStringLiteral("motcua2"));
    QJsonObject foreign = body; // another agency: not its block (and not its documents either)
    foreign.insert(QStringLiteral("components"), QJsonArray());
    QCOMPARE(receive(mc2, foreign, newKey()).code(), QStringLiteral("reception.unknown_reservation"));

    // Two processes on one database, reservations and creations at once: no number twice.
    QList<Call> calls;
    for (int i = 0; i < 6; ++i) {
        calls.append(reserve(m_mc1, 5, i % 2 == 1));
        Call c = authed("POST", QStringLiteral("/dossiers"), m_mc1,
                        QJsonDocument(receptionBody(QStringLiteral("online"))).toJson(QJsonDocument::Compact),
                        {{"Idempotency-Key", newKey().toLatin1()}});
        if (i % 2 == 0)
            c.url.replace(m_server.baseUrl(), m_twin.baseUrl());
        calls.append(c);
    }
    QSet<qint64> taken;
    int blocks = 0, created = 0;
    for (const Reply &rep : m_http.sendConcurrently(calls)) {
        QCOMPARE(rep.status, 201);
        const QJsonObject o = rep.json();
        if (o.contains(QStringLiteral("first"))) {
            ++blocks;
            for (qint64 s = o.value(QStringLiteral("first")).toInteger();
                 s <= o.value(QStringLiteral("last")).toInteger(); ++s) {
                QVERIFY2(!taken.contains(s), "a number handed out twice");
                taken.insert(s);
            }
        } else {
            ++created;
            const qint64 s = seqOf(
                o.value(QStringLiteral("dossier")).toObject().value(QStringLiteral("code")).toString());
            QVERIFY2(!taken.contains(s), "a number handed out twice");
            taken.insert(s);
        }
    }
    QCOMPARE(blocks, 6);
    QCOMPARE(created, 6);
}

void TstCentralApi::citizenLookupIsTheDemoStandIn()
{
    const QJsonObject feed
        = m_http.send(authed("GET", QStringLiteral("/dossiers/changes?limit=50"), m_mc1)).json();
    QJsonObject applicant;
    for (const QJsonValue &v : feed.value(QStringLiteral("items")).toArray()) {
        if (!v.toObject().value(QStringLiteral("deleted")).toBool()) {
            applicant = v.toObject().value(QStringLiteral("applicant")).toObject();
            break;
        }
    }
    const QString id = applicant.value(QStringLiteral("id_number")).toString();
    QVERIFY(!id.isEmpty());
    const Reply r = m_http.send(authed("GET", QStringLiteral("/citizens/") + id, m_mc1));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id_number")).toString(), id);
    QVERIFY(!r.json().value(QStringLiteral("name")).toString().isEmpty());
    QCOMPARE(r.json().value(QStringLiteral("source")).toString(), QStringLiteral("demo_population"));
    const Reply missing = m_http.send(authed("GET", QStringLiteral("/citizens/999999999999"), m_mc1));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.code(), QStringLiteral("citizen.not_found"));
    QCOMPARE(m_http.send(authed("GET", QStringLiteral("/citizens/a..b"), m_mc1)).status, 400);
}
