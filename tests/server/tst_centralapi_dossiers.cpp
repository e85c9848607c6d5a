// SPDX-License-Identifier: GPL-3.0-or-later
//! Actions, scope and the changes feed.
#include "tst_centralapi.h"

void TstCentralApi::idempotentReplaySequential()
{
    qint64 v = 0;
    const QString id = freshDossier(QStringLiteral("H19.X01"), QStringLiteral("in_review"), &v);
    QVERIFY(!id.isEmpty());
    const qint64 steps = historyCount(id);
    const QString key = newKey();
    const QJsonObject body {{QStringLiteral("kind"), QStringLiteral("comment")},
                            {QStringLiteral("text"), QStringLiteral("Đề nghị bổ sung bản sao CCCD")}};
    const Reply first = m_http.send(action(m_cv1, id, v, body, key));
    QCOMPARE(first.status, 200);
    QCOMPARE(
        first.json().value(QStringLiteral("dossier")).toObject().value(QStringLiteral("version")).toInteger(),
        v + 1);
    const Reply again = m_http.send(action(m_cv1, id, v, body, key));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(historyCount(id), steps + 1);
    const Reply other = m_http.send(action(m_cv1, id, v,
                                           QJsonObject {{QStringLiteral("kind"), QStringLiteral("comment")},
                                                        {QStringLiteral("text"), QStringLiteral("khác")}},
                                           key));
    QCOMPARE(other.status, 422);
    QCOMPARE(other.code(), QStringLiteral("idempotency.key_reused"));
    const Reply d = m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv1));
    QCOMPARE(d.json().value(QStringLiteral("version")).toInteger(), v + 1);
    QCOMPARE(d.headers.value("etag"), '"' + QByteArray::number(v + 1) + '"');
}

void TstCentralApi::idempotentReplayConcurrent()
{
    // The same action sent at the same moment to two server processes sharing
    // the database, three times each: applied once, all six get the same answer.
    qint64 v = 0;
    const QString id = freshDossier(QStringLiteral("H19.X01"), QStringLiteral("in_review"), &v);
    QVERIFY(!id.isEmpty());
    const qint64 steps = historyCount(id);
    const QString key = newKey();
    const QJsonObject body {{QStringLiteral("kind"), QStringLiteral("submit_for_approval")},
                            {QStringLiteral("note"), QStringLiteral("Trình ký")}};
    Call a = action(m_cv1, id, v, body, key);
    Call b = a;
    b.url.replace(m_server.baseUrl(), m_twin.baseUrl());
    const QList<Reply> replies = m_http.sendConcurrently({a, b, a, b, a, b});
    for (const Reply &r : replies) {
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(
            r.json().value(QStringLiteral("dossier")).toObject().value(QStringLiteral("version")).toInteger(),
            v + 1);
        QCOMPARE(r.json(), replies.first().json());
    }
    QCOMPARE(historyCount(id), steps + 1);
    const Reply d = m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv1));
    QCOMPARE(d.json().value(QStringLiteral("version")).toInteger(), v + 1);
    QCOMPARE(d.json().value(QStringLiteral("state")).toString(), QStringLiteral("awaiting_approval"));
}

void TstCentralApi::staleIfMatchChangesNothing()
{
    qint64 v = 0;
    const QString id = freshDossier(QStringLiteral("H19.X01"), QStringLiteral("in_review"), &v);
    QVERIFY(!id.isEmpty());
    const Reply before = m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv1));
    const qint64 steps = historyCount(id);
    const Reply r
        = m_http.send(action(m_cv1, id, v - 1,
                             QJsonObject {{QStringLiteral("kind"), QStringLiteral("request_supplement")},
                                          {QStringLiteral("reason"), QStringLiteral("Thiếu giấy tờ")}},
                             newKey()));
    QCOMPARE(r.status, 412);
    QCOMPARE(r.code(), QStringLiteral("dossier.stale"));
    const Reply after = m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv1));
    QCOMPARE(after.body, before.body);
    QCOMPARE(historyCount(id), steps);
}

void TstCentralApi::illegalTransitionReturnsCurrentDossier()
{
    qint64 v = 0;
    const QString id = freshDossier(QStringLiteral("H19.X01"), QStringLiteral("in_review"), &v);
    QVERIFY(!id.isEmpty());
    // A supervisor cannot approve a dossier still in review: 409 with the dossier.
    const Reply r = m_http.send(
        action(m_ld1, id, v, QJsonObject {{QStringLiteral("kind"), QStringLiteral("approve")}}, newKey()));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), QStringLiteral("workflow.illegal_transition"));
    QCOMPARE(r.json().value(QStringLiteral("dossier")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("in_review"));
    // Desk staff may not submit for approval: 403.
    const Reply f = m_http.send(
        action(m_mc1, id, v, QJsonObject {{QStringLiteral("kind"), QStringLiteral("submit_for_approval")}},
               newKey()));
    QCOMPARE(f.status, 403);
    QCOMPARE(f.code(), QStringLiteral("workflow.role"));
}

void TstCentralApi::agencyIsolation()
{
    qint64 v = 0;
    const QString id = freshDossier(QStringLiteral("H19.X01"), QStringLiteral("in_review"), &v);
    QVERIFY(!id.isEmpty());
    const Reply get = m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv2));
    QCOMPARE(get.status, 403);
    QCOMPARE(m_http.send(authed("GET", QStringLiteral("/dossiers/%1/history").arg(id), m_cv2)).status, 403);
    const Reply act = m_http.send(action(m_cv2, id, v,
                                         QJsonObject {{QStringLiteral("kind"), QStringLiteral("comment")},
                                                      {QStringLiteral("text"), QStringLiteral("x")}},
                                         newKey()));
    QCOMPARE(act.status, 403);
    QCOMPARE(historyCount(id), historyCount(id)); // read twice: the store is reachable
    // B's feed never lists A's dossiers.
    QString cursor;
    for (;;) {
        const Reply page = m_http.send(
            authed("GET", QStringLiteral("/dossiers/changes?limit=500&since=") + cursor, m_cv2));
        QCOMPARE(page.status, 200);
        for (const QJsonValue &item : page.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = item.toObject();
            if (!o.value(QStringLiteral("deleted")).toBool())
                QCOMPARE(o.value(QStringLiteral("agency_code")).toString(), QStringLiteral("H19.01"));
            QVERIFY(o.value(QStringLiteral("id")).toString() != id);
        }
        cursor = page.json().value(QStringLiteral("cursor")).toString();
        if (!page.json().value(QStringLiteral("has_more")).toBool())
            break;
    }
}

void TstCentralApi::forwardedAccessAndTombstone()
{
    qint64 v = 0;
    const QString id = freshDossier(QStringLiteral("H19.X01"), QStringLiteral("in_review"), &v);
    QVERIFY(!id.isEmpty());
    // Catch both feeds up first.
    auto drain = [&](const QString &token, QString cursor, QList<QJsonObject> *items) {
        for (;;) {
            const Reply page = m_http.send(
                authed("GET", QStringLiteral("/dossiers/changes?limit=500&since=") + cursor, token));
            if (page.status != 200)
                return QString();
            for (const QJsonValue &it : page.json().value(QStringLiteral("items")).toArray())
                items->append(it.toObject());
            cursor = page.json().value(QStringLiteral("cursor")).toString();
            if (!page.json().value(QStringLiteral("has_more")).toBool())
                return cursor;
        }
    };
    QList<QJsonObject> ignore;
    const QString c1 = drain(m_cv1, {}, &ignore);
    const QString c2 = drain(m_cv2, {}, &ignore);
    QVERIFY(!c1.isEmpty() && !c2.isEmpty());

    const Reply fw
        = m_http.send(action(m_cv1, id, v,
                             QJsonObject {{QStringLiteral("kind"), QStringLiteral("forward")},
                                          {QStringLiteral("to_agency"), QStringLiteral("H19.01")},
                                          {QStringLiteral("note"), QStringLiteral("Chuyển Sở Tư pháp")}},
                             newKey()));
    QVERIFY2(fw.status == 200, fw.body.constData());
    QCOMPARE(
        fw.json().value(QStringLiteral("step")).toObject().value(QStringLiteral("to_agency_code")).toString(),
        QStringLiteral("H19.01"));
    // A lost it: 403, and a tombstone in A's feed.
    QCOMPARE(m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv1)).status, 403);
    QList<QJsonObject> a, b;
    drain(m_cv1, c1, &a);
    drain(m_cv2, c2, &b);
    QCOMPARE(a.size(), 1);
    QCOMPARE(a[0],
             (QJsonObject {{QStringLiteral("id"), id},
                           {QStringLiteral("deleted"), true},
                           {QStringLiteral("version"), v + 1}}));
    QCOMPARE(b.size(), 1);
    QCOMPARE(b[0].value(QStringLiteral("id")).toString(), id);
    QCOMPARE(b[0].value(QStringLiteral("agency_code")).toString(), QStringLiteral("H19.01"));
    // B can read, see the whole history and act.
    const Reply got = m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv2));
    QCOMPARE(got.status, 200);
    const Reply hist = m_http.send(authed("GET", QStringLiteral("/dossiers/%1/history").arg(id), m_cv2));
    QCOMPARE(hist.status, 200);
    QCOMPARE(hist.json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QStringLiteral("action"))
                 .toString(),
             QStringLiteral("forward"));
    const Reply act = m_http.send(action(m_cv2, id, v + 1,
                                         QJsonObject {{QStringLiteral("kind"), QStringLiteral("comment")},
                                                      {QStringLiteral("text"), QStringLiteral("Đã nhận")}},
                                         newKey()));
    QCOMPARE(act.status, 200);
}

void TstCentralApi::changesFeedExactlyOnceWithWritesBetweenPages()
{
    const QString agency = QStringLiteral("H19.X01");
    QMap<QString, QJsonObject> replica; // what a client would hold
    QHash<QString, int> deliveries;
    QSet<QString> changedAfterDelivery;
    QString cursor;
    int pages = 0;
    QList<QPair<QString, qint64>> targets = dossiersIn(agency, QStringLiteral("received"));
    int nextTarget = 0;
    for (;;) {
        const Reply page
            = m_http.send(authed("GET", QStringLiteral("/dossiers/changes?limit=7&since=") + cursor, m_cv1));
        QCOMPARE(page.status, 200);
        QSet<QString> inPage;
        for (const QJsonValue &it : page.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = it.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            QVERIFY2(!inPage.contains(id), qPrintable(id));
            inPage.insert(id);
            if (++deliveries[id] > 1)
                QVERIFY2(changedAfterDelivery.contains(id), qPrintable(QStringLiteral("sent twice: ") + id));
            changedAfterDelivery.remove(id);
            if (o.value(QStringLiteral("deleted")).toBool())
                replica.remove(id);
            else
                replica.insert(id, o);
        }
        cursor = page.json().value(QStringLiteral("cursor")).toString();
        ++pages;
        if (!page.json().value(QStringLiteral("has_more")).toBool())
            break;
        // Writes between pages: one dossier probably already delivered, one maybe not.
        for (int k = 0; k < 2 && nextTarget < targets.size(); ++k) {
            const auto t = targets[nextTarget];
            nextTarget += k == 0 ? 1 : 3;
            if (m_used.contains(t.first))
                continue;
            m_used.insert(t.first);
            const Reply r = m_http.send(
                action(m_cv1, t.first, t.second,
                       QJsonObject {{QStringLiteral("kind"), QStringLiteral("start_review")}}, newKey()));
            QVERIFY2(r.status == 200, r.body.constData());
            if (deliveries.contains(t.first))
                changedAfterDelivery.insert(t.first);
        }
    }
    QVERIFY(pages > 3);
    // The replica equals the database: every dossier the agency holds, at its current version.
    const auto truth = dossiersIn(agency);
    QCOMPARE(replica.size(), truth.size());
    for (const auto &t : truth) {
        QVERIFY2(replica.contains(t.first), qPrintable(t.first));
        QCOMPARE(replica[t.first].value(QStringLiteral("version")).toInteger(), t.second);
    }
    QVERIFY(changedAfterDelivery.isEmpty());
}

void TstCentralApi::slowWriterIsNotSkippedByTheFeed()
{
    // A writer that allocated its feed sequence but has not committed (here:
    // this test's own connection) must hold back later writers; otherwise a
    // reader could see seq N+1 committed, move its cursor past N, and never
    // see N. This is the PostgreSQL out-of-order commit case.
    const QString agency = QStringLiteral("H19.X01");
    QString cursor;
    for (;;) { // catch up
        const Reply page = m_http.send(
            authed("GET", QStringLiteral("/dossiers/changes?limit=1000&since=") + cursor, m_cv1));
        QCOMPARE(page.status, 200);
        cursor = page.json().value(QStringLiteral("cursor")).toString();
        if (!page.json().value(QStringLiteral("has_more")).toBool())
            break;
    }
    qint64 vSlow = 0, vFast = 0;
    const QString slow = freshDossier(agency, QStringLiteral("in_review"), &vSlow);
    const QString fast = freshDossier(agency, QStringLiteral("in_review"), &vFast);
    QVERIFY(!slow.isEmpty() && !fast.isEmpty());

    QSqlDatabase truth = QSqlDatabase::database(QStringLiteral("truth"));
    QSqlQuery q(truth);
#ifdef MOTCUA_TEST_POSTGRES
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
#else
    QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
#endif
    QVERIFY2(q.exec(QStringLiteral("UPDATE feed_counter SET value = value + 1 WHERE id = 1 RETURNING value")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    const qint64 slowSeq = q.value(0).toLongLong();
    q.finish();

    // The twin process writes meanwhile; it must wait for the slow writer.
    QNetworkAccessManager nam;
    Call c = action(m_cv1, fast, vFast,
                    QJsonObject {{QStringLiteral("kind"), QStringLiteral("comment")},
                                 {QStringLiteral("text"), QStringLiteral("nhanh")}},
                    newKey());
    c.url.replace(m_server.baseUrl(), m_twin.baseUrl());
    QNetworkRequest req {QUrl(c.url)};
    for (const auto &h : c.headers)
        req.setRawHeader(h.first, h.second);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *fastReply = nam.post(req, c.body);
    QTest::qWait(700);
    QVERIFY2(!fastReply->isFinished(), "a later writer committed while an earlier sequence was in flight");
    // A reader meanwhile sees neither change (and is not blocked).
    const Reply during
        = m_http.send(authed("GET", QStringLiteral("/dossiers/changes?limit=1000&since=") + cursor, m_cv1));
    QCOMPARE(during.status, 200);
    QCOMPARE(during.json().value(QStringLiteral("items")).toArray().size(), 0);

    // The slow writer records its change and commits; then the fast one proceeds.
    q.prepare(QStringLiteral("UPDATE changes SET seq = ? WHERE agency_code = ? AND dossier_id = ?"));
    q.addBindValue(slowSeq);
    q.addBindValue(agency);
    q.addBindValue(slow);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    QTRY_VERIFY_WITH_TIMEOUT(fastReply->isFinished(), 15000);
    QCOMPARE(fastReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    fastReply->deleteLater();

    const Reply after
        = m_http.send(authed("GET", QStringLiteral("/dossiers/changes?limit=1000&since=") + cursor, m_cv1));
    QStringList ids;
    for (const QJsonValue &v : after.json().value(QStringLiteral("items")).toArray())
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids, (QStringList {slow, fast}));
}

void TstCentralApi::expiredCursorIsGone()
{
    const QString token = m_http.login(m_short.baseUrl(), QStringLiteral("chuyenvien1"));
    QVERIFY(!token.isEmpty());
    Call c {"GET",
            m_short.baseUrl() + QStringLiteral("/dossiers/changes?limit=5"),
            {},
            {{"Authorization", "Bearer " + token.toLatin1()}}};
    const Reply first = m_http.send(c);
    QCOMPARE(first.status, 200);
    const QString cursor = first.json().value(QStringLiteral("cursor")).toString();
    c.url = m_short.baseUrl() + QStringLiteral("/dossiers/changes?limit=5&since=") + cursor;
    QCOMPARE(m_http.send(c).status, 200); // fresh cursor: fine
    QVERIFY(m_http.moveClock(m_short.baseUrl(), 4)); //!< the server's clock, not a sleep
    const QString token2 = m_http.login(m_short.baseUrl(), QStringLiteral("chuyenvien1"));
    c.headers = {{"Authorization", "Bearer " + token2.toLatin1()}};
    const Reply gone = m_http.send(c);
    QVERIFY(m_http.moveClock(m_short.baseUrl(), 0));
    QCOMPARE(gone.status, 410);
    QCOMPARE(gone.code(), QStringLiteral("feed.cursor_expired"));
}

void TstCentralApi::annotateAndBatch()
{
    qint64 v = 0;
    const QString id = freshDossier(QStringLiteral("H19.X01"), QStringLiteral("in_review"), &v);
    QVERIFY(!id.isEmpty());
    const Reply d = m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv1));
    const QString component = d.json()
                                  .value(QStringLiteral("components"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
    const QJsonObject annotation {{QStringLiteral("id"), QStringLiteral("ann-") + id},
                                  {QStringLiteral("dossier_id"), id},
                                  {QStringLiteral("component_id"), component},
                                  {QStringLiteral("page"), 0},
                                  {QStringLiteral("kind"), QStringLiteral("note")},
                                  {QStringLiteral("rect"),
                                   QJsonObject {{QStringLiteral("x"), 0.1},
                                                {QStringLiteral("y"), 0.2},
                                                {QStringLiteral("w"), 0.1},
                                                {QStringLiteral("h"), 0.05}}},
                                  {QStringLiteral("points"), QJsonArray()},
                                  {QStringLiteral("text"), QStringLiteral("Chữ ký không rõ")},
                                  {QStringLiteral("color"), QStringLiteral("#ffcc00")},
                                  {QStringLiteral("author"), QStringLiteral("chuyenvien1")},
                                  {QStringLiteral("created_at"), QStringLiteral("2026-11-23T08:30:00Z")},
                                  {QStringLiteral("updated_at"), QStringLiteral("2026-11-23T08:30:00Z")},
                                  {QStringLiteral("version"), 1},
                                  {QStringLiteral("deleted"), false}};
    const Reply a = m_http.send(action(m_cv1, id, v,
                                       QJsonObject {{QStringLiteral("kind"), QStringLiteral("annotate")},
                                                    {QStringLiteral("annotation"), annotation}},
                                       newKey()));
    QVERIFY2(a.status == 200, a.body.constData());
    const Reply list = m_http.send(authed("GET", QStringLiteral("/dossiers/%1/annotations").arg(id), m_cv1));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Chữ ký không rõ"));

    // A batch: one good action, one on a stale version, one on another agency's dossier.
    qint64 vb = 0;
    const QString other = freshDossier(QStringLiteral("H19.01"), QStringLiteral("in_review"), &vb);
    QVERIFY(!other.isEmpty());
    auto item = [](const QString &dossier, qint64 base, const QString &key) {
        return QJsonObject {
            {QStringLiteral("kind"), QStringLiteral("comment")},
            {QStringLiteral("dossier_id"), dossier},
            {QStringLiteral("idempotency_key"), key},
            {QStringLiteral("base_version"), base},
            {QStringLiteral("payload"), QJsonObject {{QStringLiteral("text"), QStringLiteral("lô")}}},
            //! created_at is when the official acted (docs/deadlines.md R13): now, as a client sends it.
            {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("actor"), QStringLiteral("chuyenvien1")}};
    };
    const QJsonObject body {
        {QStringLiteral("items"),
         QJsonArray {item(id, v + 1, newKey()), item(id, v, newKey()), item(other, vb, newKey())}}};
    const Reply b
        = m_http.send(authed("POST", QStringLiteral("/actions:batch"), m_cv1, QJsonDocument(body).toJson()));
    QCOMPARE(b.status, 200);
    const QJsonArray results = b.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0].toObject().value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(results[1].toObject().value(QStringLiteral("status")).toInt(), 412);
    QCOMPARE(results[2].toObject().value(QStringLiteral("status")).toInt(), 403);
    QCOMPARE(m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv1))
                 .json()
                 .value(QStringLiteral("version"))
                 .toInteger(),
             v + 2);
}
