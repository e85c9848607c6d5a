// SPDX-License-Identifier: GPL-3.0-or-later
//! HTTP-level tests of motcua-central: the real process on an OS-assigned
//! port, on SQLite (tst_server_sqlite) or PostgreSQL (tst_server_postgres).
#include "serverharness.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

class TstCentralApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthAndLogin();
    void directory();
    void badInputsAreProblems();
    void idempotentReplaySequential();
    void idempotentReplayConcurrent();
    void staleIfMatchChangesNothing();
    void illegalTransitionReturnsCurrentDossier();
    void agencyIsolation();
    void forwardedAccessAndTombstone();
    void changesFeedExactlyOnceWithWritesBetweenPages();
    void slowWriterIsNotSkippedByTheFeed();
    void expiredCursorIsGone();
    void authExpiryAndRefresh();
    void documentsUploadAndRangeDownloads();
    void citizenDocuments();
    void timeStamping();

private:
    Call authed(const QByteArray &method, const QString &path, const QString &token, const QByteArray &body = {},
                QList<QPair<QByteArray, QByteArray>> headers = {}) const
    {
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
        return Call{method, m_server.baseUrl() + path, body, headers};
    }
    Call action(const QString &token, const QString &id, qint64 version, const QJsonObject &body, const QString &key) const
    {
        return authed("POST", QStringLiteral("/dossiers/%1/actions").arg(id), token,
                      QJsonDocument(body).toJson(QJsonDocument::Compact),
                      {{"Idempotency-Key", key.toLatin1()}, {"If-Match", '"' + QByteArray::number(version) + '"'}});
    }
    //! Ground truth read straight from the database (not through the API).
    QList<QPair<QString, qint64>> dossiersIn(const QString &agency, const QString &state = {}, int limit = 100000);
    qint64 historyCount(const QString &id);
    QString freshDossier(const QString &agency, const QString &state, qint64 *version);
    QString newKey() { return QStringLiteral("test-key-%1").arg(QRandomGenerator::global()->generate64()); }

    Http m_http;
    ServerProcess m_server;
    ServerProcess m_twin;  //!< second process on the same database (concurrency)
    ServerProcess m_short; //!< tiny token lifetime and cursor retention
    QTemporaryDir m_dir;
    PgTestDb m_pg;
    QString m_dbUrl;
    QString m_cv1, m_cv2, m_ld1, m_mc1;
    QSet<QString> m_used;
};

void TstCentralApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
#ifdef MOTCUA_TEST_POSTGRES
    QString err;
    QVERIFY2(m_pg.create(&err), qPrintable(err));
    m_dbUrl = m_pg.url;
    QSqlDatabase truth = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("truth"));
    const QUrl u(m_dbUrl);
    truth.setHostName(u.host());
    truth.setPort(u.port(5432));
    truth.setUserName(u.userName());
    truth.setDatabaseName(u.path().mid(1));
#else
    m_dbUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.sqlite"));
    QSqlDatabase truth = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("truth"));
    truth.setDatabaseName(m_dir.filePath(QStringLiteral("central.sqlite")));
#endif
    const QStringList common{QStringLiteral("--db"), m_dbUrl, QStringLiteral("--data-dir"), m_dir.path()};
    QString error;
    QVERIFY2(m_server.start(common + QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-size"),
                                                  QStringLiteral("150"), QStringLiteral("--max-upload"),
                                                  QStringLiteral("200000")},
                            &error),
             qPrintable(error));
    QVERIFY2(m_twin.start(common, &error), qPrintable(error));
    QVERIFY2(m_short.start(common + QStringList{QStringLiteral("--access-ttl"), QStringLiteral("2"),
                                                 QStringLiteral("--cursor-retention"), QStringLiteral("2")},
                           &error),
             qPrintable(error));
    QVERIFY2(truth.open(), qPrintable(truth.lastError().text()));
    m_cv1 = m_http.login(m_server.baseUrl(), QStringLiteral("chuyenvien1"));
    m_cv2 = m_http.login(m_server.baseUrl(), QStringLiteral("chuyenvien2"));
    m_ld1 = m_http.login(m_server.baseUrl(), QStringLiteral("lanhdao1"));
    m_mc1 = m_http.login(m_server.baseUrl(), QStringLiteral("motcua1"));
    QVERIFY(!m_cv1.isEmpty() && !m_cv2.isEmpty() && !m_ld1.isEmpty() && !m_mc1.isEmpty());
}

void TstCentralApi::cleanupTestCase()
{
    m_server.stop();
    if (QTest::currentTestFailed() || qEnvironmentVariableIsSet("MOTCUA_TEST_SERVER_LOG")) {
        qInfo().noquote() << "server log:" << m_server.stderrText().right(4000);
        qInfo().noquote() << "twin log:" << m_twin.stderrText().right(2000);
    }
    m_twin.stop();
    m_short.stop();
    QSqlDatabase::database(QStringLiteral("truth")).close();
    QSqlDatabase::removeDatabase(QStringLiteral("truth"));
    m_pg.drop();
}

QList<QPair<QString, qint64>> TstCentralApi::dossiersIn(const QString &agency, const QString &state, int limit)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("truth")));
    q.prepare(QStringLiteral("SELECT id, version FROM dossiers WHERE agency_code = ? AND (? = '' OR state = ?) "
                             "ORDER BY id LIMIT ?"));
    q.addBindValue(agency);
    const QString s = state.isEmpty() ? QStringLiteral("") : state; // a null QString binds as NULL
    q.addBindValue(s);
    q.addBindValue(s);
    q.addBindValue(limit);
    if (!q.exec())
        qWarning() << q.lastError().text();
    QList<QPair<QString, qint64>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

qint64 TstCentralApi::historyCount(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("truth")));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM history WHERE dossier_id = ?"));
    q.addBindValue(id);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : -1;
}

//! A dossier of `agency` in `state` that no other test function used.
QString TstCentralApi::freshDossier(const QString &agency, const QString &state, qint64 *version)
{
    for (const auto &d : dossiersIn(agency, state)) {
        if (m_used.contains(d.first))
            continue;
        m_used.insert(d.first);
        *version = d.second;
        return d.first;
    }
    return {};
}

void TstCentralApi::healthAndLogin()
{
    Reply h = m_http.send({"GET", m_server.baseUrl() + QStringLiteral("/health"), {}, {}});
    QCOMPARE(h.status, 200);
    QCOMPARE(h.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    const Reply bad = m_http.send({"POST", m_server.baseUrl() + QStringLiteral("/auth/token"),
                                   R"({"username":"chuyenvien1","password":"wrong"})", {}});
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.code(), QStringLiteral("auth.bad_credentials"));
    QVERIFY(bad.headers.value("content-type").startsWith("application/problem+json"));
    const Reply me = m_http.send(authed("GET", QStringLiteral("/me"), m_cv1));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("chuyenvien1"));
    QCOMPARE(me.json().value(QStringLiteral("agency")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("H19.X01"));
    QCOMPARE(me.json().value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("specialist")});
    QCOMPARE(m_http.send({"GET", m_server.baseUrl() + QStringLiteral("/me"), {}, {}}).status, 401);
}

void TstCentralApi::directory()
{
    const Reply a = m_http.send(authed("GET", QStringLiteral("/agencies"), m_cv1));
    QCOMPARE(a.status, 200);
    const QJsonArray agencies = a.json().value(QStringLiteral("items")).toArray();
    QVERIFY(agencies.size() >= 20);
    QSet<QString> kinds;
    for (const QJsonValue &v : agencies)
        kinds.insert(v.toObject().value(QStringLiteral("kind")).toString());
    QVERIFY(kinds.contains(QStringLiteral("police")) && kinds.contains(QStringLiteral("tax"))
            && kinds.contains(QStringLiteral("social_insurance")));
    const Reply p = m_http.send(authed("GET", QStringLiteral("/procedures"), m_cv1));
    QCOMPARE(p.status, 200);
    QVERIFY(p.json().value(QStringLiteral("items")).toArray().size() >= 30);
    const Reply c = m_http.send(authed("GET", QStringLiteral("/calendar?year=2026"), m_cv1));
    QCOMPARE(c.status, 200);
    QVERIFY(c.json().value(QStringLiteral("holidays")).toArray().contains(QStringLiteral("2026-02-17")));
    QCOMPARE(m_http.send(authed("GET", QStringLiteral("/calendar?year=abc"), m_cv1)).status, 400);
}

void TstCentralApi::badInputsAreProblems()
{
    qint64 v = 0;
    const QString id = freshDossier(QStringLiteral("H19.X01"), QStringLiteral("in_review"), &v);
    QVERIFY(!id.isEmpty());
    const QByteArray ifMatch = '"' + QByteArray::number(v) + '"';
    struct Case
    {
        Call call;
        int status;
        QString code;
    };
    const QString actions = QStringLiteral("/dossiers/%1/actions").arg(id);
    const QList<Case> cases{
        {authed("POST", actions, m_cv1, "{not json", {{"Idempotency-Key", "k-malformed-1"}, {"If-Match", ifMatch}}), 400,
         QStringLiteral("request.malformed_json")},
        {authed("POST", actions, m_cv1, "[1,2]", {{"Idempotency-Key", "k-array-0001"}, {"If-Match", ifMatch}}), 400,
         QStringLiteral("request.not_object")},
        {authed("POST", actions, m_cv1, R"({"kind":5})", {{"Idempotency-Key", "k-type-00001"}, {"If-Match", ifMatch}}), 400,
         QStringLiteral("json.type")},
        {authed("POST", actions, m_cv1, R"({"kind":"teleport"})", {{"Idempotency-Key", "k-kind-00001"}, {"If-Match", ifMatch}}),
         400, QStringLiteral("action.unknown_kind")},
        {authed("POST", actions, m_cv1, R"({"kind":"comment","text":7})", {{"Idempotency-Key", "k-text-00001"}, {"If-Match", ifMatch}}),
         400, QStringLiteral("json.type")},
        {authed("POST", actions, m_cv1, "{\"kind\":\"comment\",\"text\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}",
                {{"Idempotency-Key", "k-big-000001"}, {"If-Match", ifMatch}}),
         413, QStringLiteral("request.too_large")},
        {authed("POST", actions, m_cv1, R"({"kind":"comment","text":"x"})", {{"If-Match", ifMatch}}), 400,
         QStringLiteral("request.idempotency_key_required")},
        {authed("POST", actions, m_cv1, R"({"kind":"comment","text":"x"})", {{"Idempotency-Key", "k-noifmatch1"}}), 428,
         QStringLiteral("request.if_match_required")},
        {authed("POST", actions, m_cv1, R"({"kind":"forward","to_agency":"NOPE"})",
                {{"Idempotency-Key", "k-agency-0001"}, {"If-Match", ifMatch}}),
         400, QStringLiteral("action.unknown_agency")},
        {authed("GET", QStringLiteral("/dossiers/changes?since=%21%21notacursor"), m_cv1), 400, QStringLiteral("feed.invalid_cursor")},
        {authed("GET", QStringLiteral("/dossiers/changes?since=djE6eDp5"), m_cv1), 400, QStringLiteral("feed.invalid_cursor")},
        {authed("GET", QStringLiteral("/dossiers/changes?limit=0"), m_cv1), 400, QStringLiteral("request.invalid_limit")},
        {authed("GET", QStringLiteral("/dossiers/..%2F..%2Fetc%2Fpasswd"), m_cv1), 400, QStringLiteral("request.invalid_id")},
        {authed("GET", QStringLiteral("/dossiers/a%00b"), m_cv1), 400, QStringLiteral("request.invalid_id")},
        {authed("GET", QStringLiteral("/dossiers/a..b/history"), m_cv1), 400, QStringLiteral("request.invalid_id")},
        {authed("GET", QStringLiteral("/documents/..%2F..%2Fcentral.sqlite"), m_cv1), 400, QStringLiteral("document.invalid_hash")},
        {authed("PUT", QStringLiteral("/documents/") + QString(64, QLatin1Char('a')), m_cv1, "hello, not a pdf",
                {{"Content-Type", "application/pdf"}}),
         415, QStringLiteral("document.not_pdf")},
        {authed("PUT", QStringLiteral("/documents/") + QString(64, QLatin1Char('a')), m_cv1, "%PDF-1.4 whatever",
                {{"Content-Type", "application/pdf"}}),
         422, QStringLiteral("document.hash_mismatch")},
        {authed("PUT", QStringLiteral("/documents/") + QString(64, QLatin1Char('b')), m_cv1, "%PDF-" + QByteArray(300000, 'x'),
                {{"Content-Type", "application/pdf"}}),
         413, QStringLiteral("document.too_large")},
        {authed("GET", QStringLiteral("/dossiers/NO-SUCH-DOSSIER"), m_cv1), 404, QStringLiteral("dossier.not_found")},
        {authed("DELETE", QStringLiteral("/dossiers/") + id, m_cv1), 405, QStringLiteral("method_not_allowed")},
        {Call{"POST", m_server.baseUrl() + QStringLiteral("/auth/token"), R"({"username":1,"password":"x"})", {}}, 400,
         QStringLiteral("request.invalid_field")},
    };
    for (const Case &c : cases) {
        const Reply r = m_http.send(c.call);
        const QString where = QString::fromLatin1(c.call.method) + QLatin1Char(' ') + c.call.url.left(120);
        QVERIFY2(r.status == c.status, qPrintable(where + QStringLiteral(" → %1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300)))));
        QVERIFY2(r.headers.value("content-type").startsWith("application/problem+json"), qPrintable(where));
        QCOMPARE(r.code(), c.code);
        QCOMPARE(r.json().value(QStringLiteral("status")).toInt(), c.status);
    }
    // Nothing of the above changed the dossier.
    const Reply d = m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv1));
    QCOMPARE(d.json().value(QStringLiteral("version")).toInteger(), v);
}

void TstCentralApi::idempotentReplaySequential()
{
    qint64 v = 0;
    const QString id = freshDossier(QStringLiteral("H19.X01"), QStringLiteral("in_review"), &v);
    QVERIFY(!id.isEmpty());
    const qint64 steps = historyCount(id);
    const QString key = newKey();
    const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("comment")},
                           {QStringLiteral("text"), QStringLiteral("Đề nghị bổ sung bản sao CCCD")}};
    const Reply first = m_http.send(action(m_cv1, id, v, body, key));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(QStringLiteral("dossier")).toObject().value(QStringLiteral("version")).toInteger(), v + 1);
    const Reply again = m_http.send(action(m_cv1, id, v, body, key));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(historyCount(id), steps + 1);
    const Reply other = m_http.send(action(m_cv1, id, v, QJsonObject{{QStringLiteral("kind"), QStringLiteral("comment")},
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
    const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("submit_for_approval")},
                           {QStringLiteral("note"), QStringLiteral("Trình ký")}};
    Call a = action(m_cv1, id, v, body, key);
    Call b = a;
    b.url.replace(m_server.baseUrl(), m_twin.baseUrl());
    const QList<Reply> replies = m_http.sendConcurrently({a, b, a, b, a, b});
    for (const Reply &r : replies) {
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json().value(QStringLiteral("dossier")).toObject().value(QStringLiteral("version")).toInteger(), v + 1);
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
    const Reply r = m_http.send(action(m_cv1, id, v - 1, QJsonObject{{QStringLiteral("kind"), QStringLiteral("request_supplement")},
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
    const Reply r = m_http.send(action(m_ld1, id, v, QJsonObject{{QStringLiteral("kind"), QStringLiteral("approve")}}, newKey()));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), QStringLiteral("workflow.illegal_transition"));
    QCOMPARE(r.json().value(QStringLiteral("dossier")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("in_review"));
    // Desk staff may not submit for approval: 403.
    const Reply f = m_http.send(action(m_mc1, id, v, QJsonObject{{QStringLiteral("kind"), QStringLiteral("submit_for_approval")}},
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
    const Reply act = m_http.send(action(m_cv2, id, v, QJsonObject{{QStringLiteral("kind"), QStringLiteral("comment")},
                                                                   {QStringLiteral("text"), QStringLiteral("x")}},
                                         newKey()));
    QCOMPARE(act.status, 403);
    QCOMPARE(historyCount(id), historyCount(id)); // read twice: the store is reachable
    // B's feed never lists A's dossiers.
    QString cursor;
    for (;;) {
        const Reply page = m_http.send(authed("GET", QStringLiteral("/dossiers/changes?limit=500&since=") + cursor, m_cv2));
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
            const Reply page = m_http.send(authed("GET", QStringLiteral("/dossiers/changes?limit=500&since=") + cursor, token));
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

    const Reply fw = m_http.send(action(m_cv1, id, v, QJsonObject{{QStringLiteral("kind"), QStringLiteral("forward")},
                                                                  {QStringLiteral("to_agency"), QStringLiteral("H19.01")},
                                                                  {QStringLiteral("note"), QStringLiteral("Chuyển Sở Tư pháp")}},
                                        newKey()));
    QVERIFY2(fw.status == 200, fw.body.constData());
    QCOMPARE(fw.json().value(QStringLiteral("step")).toObject().value(QStringLiteral("to_agency_code")).toString(),
             QStringLiteral("H19.01"));
    // A lost it: 403, and a tombstone in A's feed.
    QCOMPARE(m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv1)).status, 403);
    QList<QJsonObject> a, b;
    drain(m_cv1, c1, &a);
    drain(m_cv2, c2, &b);
    QCOMPARE(a.size(), 1);
    QCOMPARE(a[0], (QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}, {QStringLiteral("version"), v + 1}}));
    QCOMPARE(b.size(), 1);
    QCOMPARE(b[0].value(QStringLiteral("id")).toString(), id);
    QCOMPARE(b[0].value(QStringLiteral("agency_code")).toString(), QStringLiteral("H19.01"));
    // B can read, see the whole history and act.
    const Reply got = m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv2));
    QCOMPARE(got.status, 200);
    const Reply hist = m_http.send(authed("GET", QStringLiteral("/dossiers/%1/history").arg(id), m_cv2));
    QCOMPARE(hist.status, 200);
    QCOMPARE(hist.json().value(QStringLiteral("items")).toArray().last().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("forward"));
    const Reply act = m_http.send(action(m_cv2, id, v + 1, QJsonObject{{QStringLiteral("kind"), QStringLiteral("comment")},
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
        const Reply page = m_http.send(authed("GET", QStringLiteral("/dossiers/changes?limit=7&since=") + cursor, m_cv1));
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
            const Reply r = m_http.send(action(m_cv1, t.first, t.second,
                                               QJsonObject{{QStringLiteral("kind"), QStringLiteral("start_review")}}, newKey()));
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
        const Reply page = m_http.send(authed("GET", QStringLiteral("/dossiers/changes?limit=1000&since=") + cursor, m_cv1));
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
    Call c = action(m_cv1, fast, vFast, QJsonObject{{QStringLiteral("kind"), QStringLiteral("comment")},
                                                    {QStringLiteral("text"), QStringLiteral("nhanh")}},
                    newKey());
    c.url.replace(m_server.baseUrl(), m_twin.baseUrl());
    QNetworkRequest req{QUrl(c.url)};
    for (const auto &h : c.headers)
        req.setRawHeader(h.first, h.second);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *fastReply = nam.post(req, c.body);
    QTest::qWait(700);
    QVERIFY2(!fastReply->isFinished(), "a later writer committed while an earlier sequence was in flight");
    // A reader meanwhile sees neither change (and is not blocked).
    const Reply during = m_http.send(authed("GET", QStringLiteral("/dossiers/changes?limit=1000&since=") + cursor, m_cv1));
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

    const Reply after = m_http.send(authed("GET", QStringLiteral("/dossiers/changes?limit=1000&since=") + cursor, m_cv1));
    QStringList ids;
    for (const QJsonValue &v : after.json().value(QStringLiteral("items")).toArray())
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids, (QStringList{slow, fast}));
}

void TstCentralApi::expiredCursorIsGone()
{
    const QString token = m_http.login(m_short.baseUrl(), QStringLiteral("chuyenvien1"));
    QVERIFY(!token.isEmpty());
    Call c{"GET", m_short.baseUrl() + QStringLiteral("/dossiers/changes?limit=5"), {}, {{"Authorization", "Bearer " + token.toLatin1()}}};
    const Reply first = m_http.send(c);
    QCOMPARE(first.status, 200);
    const QString cursor = first.json().value(QStringLiteral("cursor")).toString();
    c.url = m_short.baseUrl() + QStringLiteral("/dossiers/changes?limit=5&since=") + cursor;
    QCOMPARE(m_http.send(c).status, 200); // fresh cursor: fine
    QThread::msleep(3200);
    const QString token2 = m_http.login(m_short.baseUrl(), QStringLiteral("chuyenvien1"));
    c.headers = {{"Authorization", "Bearer " + token2.toLatin1()}};
    const Reply gone = m_http.send(c);
    QCOMPARE(gone.status, 410);
    QCOMPARE(gone.code(), QStringLiteral("feed.cursor_expired"));
}

void TstCentralApi::authExpiryAndRefresh()
{
    const Reply login = m_http.send({"POST", m_short.baseUrl() + QStringLiteral("/auth/token"),
                                     R"({"username":"lanhdao1","password":"demo"})", {}});
    QCOMPARE(login.status, 200);
    const QByteArray access = login.json().value(QStringLiteral("access_token")).toString().toLatin1();
    const QString refresh = login.json().value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(login.json().value(QStringLiteral("expires_in")).toInt(), 2);
    Call me{"GET", m_short.baseUrl() + QStringLiteral("/me"), {}, {{"Authorization", "Bearer " + access}}};
    QCOMPARE(m_http.send(me).status, 200);
    QThread::msleep(3200);
    const Reply expired = m_http.send(me);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.code(), QStringLiteral("auth.expired"));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), refresh}}).toJson();
    const Reply renewed = m_http.send({"POST", m_short.baseUrl() + QStringLiteral("/auth/refresh"), body, {}});
    QCOMPARE(renewed.status, 200);
    me.headers = {{"Authorization", "Bearer " + renewed.json().value(QStringLiteral("access_token")).toString().toLatin1()}};
    QCOMPARE(m_http.send(me).status, 200);
    // Refresh tokens rotate: the old one is spent.
    const Reply reused = m_http.send({"POST", m_short.baseUrl() + QStringLiteral("/auth/refresh"), body, {}});
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.code(), QStringLiteral("auth.invalid_refresh"));
}

void TstCentralApi::documentsUploadAndRangeDownloads()
{
    QByteArray pdf = "%PDF-1.7\n";
    for (int i = 0; i < 5000; ++i)
        pdf += QByteArray::number(QRandomGenerator::global()->generate());
    pdf += "\n%%EOF\n";
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    const QString path = QStringLiteral("/documents/") + sha;
    const Reply put = m_http.send(authed("PUT", path, m_cv1, pdf, {{"Content-Type", "application/pdf"}}));
    QCOMPARE(put.status, 201);
    QCOMPARE(m_http.send(authed("PUT", path, m_cv1, pdf, {{"Content-Type", "application/pdf"}})).status, 200);
    const Reply full = m_http.send(authed("GET", path, m_cv1));
    QCOMPARE(full.status, 200);
    QCOMPARE(full.body, pdf);
    const QByteArray etag = full.headers.value("etag");
    QCOMPARE(etag, '"' + sha.toLatin1() + '"');
    QCOMPARE(full.headers.value("accept-ranges"), QByteArray("bytes"));
    const Reply part = m_http.send(authed("GET", path, m_cv1, {}, {{"Range", "bytes=100-199"}}));
    QCOMPARE(part.status, 206);
    QCOMPARE(part.body, pdf.mid(100, 100));
    QCOMPARE(part.headers.value("content-range"), "bytes 100-199/" + QByteArray::number(pdf.size()));
    const Reply tail = m_http.send(authed("GET", path, m_cv1, {}, {{"Range", "bytes=-10"}}));
    QCOMPARE(tail.status, 206);
    QCOMPARE(tail.body, pdf.right(10));
    const Reply rest = m_http.send(authed("GET", path, m_cv1, {}, {{"Range", "bytes=1000-"}, {"If-Range", etag}}));
    QCOMPARE(rest.status, 206);
    QCOMPARE(rest.body, pdf.mid(1000));
    const Reply changed = m_http.send(authed("GET", path, m_cv1, {}, {{"Range", "bytes=1000-"}, {"If-Range", "\"other\""}}));
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.body, pdf);
    const Reply outside = m_http.send(authed("GET", path, m_cv1, {}, {{"Range", "bytes=99999999-"}}));
    QCOMPARE(outside.status, 416);
    QCOMPARE(outside.headers.value("content-range"), "bytes */" + QByteArray::number(pdf.size()));
    QCOMPARE(m_http.send(authed("GET", QStringLiteral("/documents/") + QString(64, QLatin1Char('0')), m_cv1)).status, 404);
}

void TstCentralApi::citizenDocuments()
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("truth")));
    QVERIFY(q.exec(QStringLiteral("SELECT id_number, COUNT(*) FROM citizen_documents GROUP BY id_number ORDER BY id_number LIMIT 1")));
    QVERIFY2(q.next(), "the demo has issued results");
    const QString idNumber = q.value(0).toString();
    const Reply r = m_http.send(authed("GET", QStringLiteral("/citizens/%1/documents").arg(idNumber), m_cv2));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), q.value(1).toInt());
    const QString sha = items[0].toObject().value(QStringLiteral("sha256")).toString();
    const Reply doc = m_http.send(authed("GET", QStringLiteral("/documents/") + sha, m_cv2));
    QCOMPARE(doc.status, 200);
    QVERIFY(doc.body.startsWith("%PDF-"));
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(doc.body, QCryptographicHash::Sha256).toHex()), sha);
}

void TstCentralApi::timeStamping()
{
    // An independent client and verifier: the openssl command line.
    const QString data = m_dir.filePath(QStringLiteral("tsdata.bin")), query = m_dir.filePath(QStringLiteral("q.tsq")),
                  reply = m_dir.filePath(QStringLiteral("r.tsr")), chain = m_dir.filePath(QStringLiteral("chain.pem"));
    QFile f(data);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("signature value bytes");
    f.close();
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"), {QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-data"), data,
                                                           QStringLiteral("-sha256"), QStringLiteral("-cert"), QStringLiteral("-out"), query}),
             0);
    QFile qf(query);
    QVERIFY(qf.open(QIODevice::ReadOnly));
    const Reply r = m_http.send({"POST", m_server.baseUrl() + QStringLiteral("/tsa"), qf.readAll(),
                                 {{"Content-Type", "application/timestamp-query"}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/timestamp-reply"));
    QFile rf(reply);
    QVERIFY(rf.open(QIODevice::WriteOnly));
    rf.write(r.body);
    rf.close();
    const Reply pem = m_http.send({"GET", m_server.baseUrl() + QStringLiteral("/tsa/certificate"), {}, {}});
    QCOMPARE(pem.status, 200);
    QFile cf(chain);
    QVERIFY(cf.open(QIODevice::WriteOnly));
    cf.write(pem.body);
    cf.close();
    QProcess verify;
    verify.start(QStringLiteral("openssl"), {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"), reply,
                                             QStringLiteral("-queryfile"), query, QStringLiteral("-CAfile"), chain});
    QVERIFY(verify.waitForFinished(20000));
    const QByteArray out = verify.readAllStandardOutput() + verify.readAllStandardError();
    QVERIFY2(out.contains("Verification: OK"), out.constData());
    const Reply junk = m_http.send({"POST", m_server.baseUrl() + QStringLiteral("/tsa"), "junk",
                                    {{"Content-Type", "application/timestamp-query"}}});
    QVERIFY(junk.status == 200 || junk.status == 400); // a DER rejection or a problem, never a 500
}

QTEST_GUILESS_MAIN(TstCentralApi)
#include "tst_centralapi.moc"
