// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_centralapi.h"

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
    const QStringList common {QStringLiteral("--db"), m_dbUrl, QStringLiteral("--data-dir"), m_dir.path()};
    QString error;
    QVERIFY2(m_server.start(common
                                + QStringList {QStringLiteral("--demo"), QStringLiteral("--demo-size"),
                                               QStringLiteral("150"), QStringLiteral("--max-upload"),
                                               QStringLiteral("200000")},
                            &error),
             qPrintable(error));
    QVERIFY2(m_twin.start(common, &error), qPrintable(error));
    //! In demo mode (the data is there already) so that tests move its clock instead of sleeping.
    QVERIFY2(m_short.start(common
                               + QStringList {QStringLiteral("--demo"), QStringLiteral("--access-ttl"),
                                              QStringLiteral("2"), QStringLiteral("--cursor-retention"),
                                              QStringLiteral("2")},
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
    QVERIFY2(m_server.stop(), "SIGTERM ends the server cleanly (exit code 0)");
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

QList<QPair<QString, qint64>> TstCentralApi::dossiersIn(const QString &agency, const QString &state,
                                                        int limit)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("truth")));
    q.prepare(
        QStringLiteral("SELECT id, version FROM dossiers WHERE agency_code = ? AND (? = '' OR state = ?) "
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
    const Reply bad = m_http.send({"POST",
                                   m_server.baseUrl() + QStringLiteral("/auth/token"),
                                   R"({"username":"chuyenvien1","password":"wrong"})",
                                   {}});
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.code(), QStringLiteral("auth.bad_credentials"));
    QVERIFY(bad.headers.value("content-type").startsWith("application/problem+json"));
    const Reply me = m_http.send(authed("GET", QStringLiteral("/me"), m_cv1));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("chuyenvien1"));
    QCOMPARE(me.json().value(QStringLiteral("agency")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("H19.X01"));
    QCOMPARE(me.json().value(QStringLiteral("roles")).toArray(), QJsonArray {QStringLiteral("specialist")});
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
    const QList<Case> cases {
        {authed("POST", actions, m_cv1, "{not json",
                {{"Idempotency-Key", "k-malformed-1"}, {"If-Match", ifMatch}}),
         400, QStringLiteral("request.malformed_json")},
        {authed("POST", actions, m_cv1, "[1,2]",
                {{"Idempotency-Key", "k-array-0001"}, {"If-Match", ifMatch}}),
         400, QStringLiteral("request.not_object")},
        {authed("POST", actions, m_cv1, R"({"kind":5})",
                {{"Idempotency-Key", "k-type-00001"}, {"If-Match", ifMatch}}),
         400, QStringLiteral("json.type")},
        {authed("POST", actions, m_cv1, R"({"kind":"teleport"})",
                {{"Idempotency-Key", "k-kind-00001"}, {"If-Match", ifMatch}}),
         400, QStringLiteral("action.unknown_kind")},
        {authed("POST", actions, m_cv1, R"({"kind":"comment","text":7})",
                {{"Idempotency-Key", "k-text-00001"}, {"If-Match", ifMatch}}),
         400, QStringLiteral("json.type")},
        {authed("POST", actions, m_cv1,
                "{\"kind\":\"comment\",\"text\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}",
                {{"Idempotency-Key", "k-big-000001"}, {"If-Match", ifMatch}}),
         413, QStringLiteral("request.too_large")},
        {authed("POST", actions, m_cv1, R"({"kind":"comment","text":"x"})", {{"If-Match", ifMatch}}), 400,
         QStringLiteral("request.idempotency_key_required")},
        {authed("POST", actions, m_cv1, R"({"kind":"comment","text":"x"})",
                {{"Idempotency-Key", "k-noifmatch1"}}),
         428, QStringLiteral("request.if_match_required")},
        {authed("POST", actions, m_cv1, R"({"kind":"forward","to_agency":"NOPE"})",
                {{"Idempotency-Key", "k-agency-0001"}, {"If-Match", ifMatch}}),
         400, QStringLiteral("action.unknown_agency")},
        {authed("GET", QStringLiteral("/dossiers/changes?since=%21%21notacursor"), m_cv1), 400,
         QStringLiteral("feed.invalid_cursor")},
        {authed("GET", QStringLiteral("/dossiers/changes?since=djE6eDp5"), m_cv1), 400,
         QStringLiteral("feed.invalid_cursor")},
        {authed("GET", QStringLiteral("/dossiers/changes?limit=0"), m_cv1), 400,
         QStringLiteral("request.invalid_limit")},
        {authed("GET", QStringLiteral("/dossiers/..%2F..%2Fetc%2Fpasswd"), m_cv1), 400,
         QStringLiteral("request.invalid_id")},
        {authed("GET", QStringLiteral("/dossiers/a%00b"), m_cv1), 400, QStringLiteral("request.invalid_id")},
        {authed("GET", QStringLiteral("/dossiers/a..b/history"), m_cv1), 400,
         QStringLiteral("request.invalid_id")},
        {authed("GET", QStringLiteral("/documents/..%2F..%2Fcentral.sqlite"), m_cv1), 400,
         QStringLiteral("document.invalid_hash")},
        {authed("PUT", QStringLiteral("/documents/") + QString(64, QLatin1Char('a')), m_cv1,
                "hello, not a pdf", {{"Content-Type", "application/pdf"}}),
         415, QStringLiteral("document.not_pdf")},
        {authed("PUT", QStringLiteral("/documents/") + QString(64, QLatin1Char('a')), m_cv1,
                "%PDF-1.4 whatever", {{"Content-Type", "application/pdf"}}),
         422, QStringLiteral("document.hash_mismatch")},
        {authed("PUT", QStringLiteral("/documents/") + QString(64, QLatin1Char('b')), m_cv1,
                "%PDF-" + QByteArray(300000, 'x'), {{"Content-Type", "application/pdf"}}),
         413, QStringLiteral("document.too_large")},
        {authed("GET", QStringLiteral("/dossiers/NO-SUCH-DOSSIER"), m_cv1), 404,
         QStringLiteral("dossier.not_found")},
        {authed("DELETE", QStringLiteral("/dossiers/") + id, m_cv1), 405,
         QStringLiteral("method_not_allowed")},
        {Call {"POST",
               m_server.baseUrl() + QStringLiteral("/auth/token"),
               R"({"username":1,"password":"x"})",
               {}},
         400, QStringLiteral("request.invalid_field")},
    };
    for (const Case &c : cases) {
        const Reply r = m_http.send(c.call);
        const QString where = QString::fromLatin1(c.call.method) + QLatin1Char(' ') + c.call.url.left(120);
        QVERIFY2(
            r.status == c.status,
            qPrintable(where
                       + QStringLiteral(" → %1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300)))));
        QVERIFY2(r.headers.value("content-type").startsWith("application/problem+json"), qPrintable(where));
        QCOMPARE(r.code(), c.code);
        QCOMPARE(r.json().value(QStringLiteral("status")).toInt(), c.status);
    }
    // Nothing of the above changed the dossier.
    const Reply d = m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv1));
    QCOMPARE(d.json().value(QStringLiteral("version")).toInteger(), v);
}

void TstCentralApi::authExpiryAndRefresh()
{
    const Reply login = m_http.send({"POST",
                                     m_short.baseUrl() + QStringLiteral("/auth/token"),
                                     R"({"username":"lanhdao1","password":"demo"})",
                                     {}});
    QCOMPARE(login.status, 200);
    const QByteArray access = login.json().value(QStringLiteral("access_token")).toString().toLatin1();
    const QString refresh = login.json().value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(login.json().value(QStringLiteral("expires_in")).toInt(), 2);
    Call me {"GET", m_short.baseUrl() + QStringLiteral("/me"), {}, {{"Authorization", "Bearer " + access}}};
    QCOMPARE(m_http.send(me).status, 200);
    QVERIFY(m_http.moveClock(m_short.baseUrl(), 4)); //!< the server's clock, not a sleep
    const Reply expired = m_http.send(me);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.code(), QStringLiteral("auth.expired"));
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("refresh_token"), refresh}}).toJson();
    const Reply renewed
        = m_http.send({"POST", m_short.baseUrl() + QStringLiteral("/auth/refresh"), body, {}});
    QCOMPARE(renewed.status, 200);
    me.headers = {{"Authorization",
                   "Bearer " + renewed.json().value(QStringLiteral("access_token")).toString().toLatin1()}};
    QCOMPARE(m_http.send(me).status, 200);
    // Refresh tokens rotate: the old one is spent.
    const Reply reused = m_http.send({"POST", m_short.baseUrl() + QStringLiteral("/auth/refresh"), body, {}});
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.code(), QStringLiteral("auth.invalid_refresh"));
    QVERIFY(m_http.moveClock(m_short.baseUrl(), 0));
}

void TstCentralApi::documentsUploadAndRangeDownloads()
{
    QByteArray pdf = "%PDF-1.7\n";
    for (int i = 0; i < 5000; ++i)
        pdf += QByteArray::number(QRandomGenerator::global()->generate());
    pdf += "\n%%EOF\n";
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
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
    const Reply rest
        = m_http.send(authed("GET", path, m_cv1, {}, {{"Range", "bytes=1000-"}, {"If-Range", etag}}));
    QCOMPARE(rest.status, 206);
    QCOMPARE(rest.body, pdf.mid(1000));
    const Reply changed
        = m_http.send(authed("GET", path, m_cv1, {}, {{"Range", "bytes=1000-"}, {"If-Range", "\"other\""}}));
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.body, pdf);
    const Reply outside = m_http.send(authed("GET", path, m_cv1, {}, {{"Range", "bytes=99999999-"}}));
    QCOMPARE(outside.status, 416);
    QCOMPARE(outside.headers.value("content-range"), "bytes */" + QByteArray::number(pdf.size()));
    QCOMPARE(m_http.send(authed("GET", QStringLiteral("/documents/") + QString(64, QLatin1Char('0')), m_cv1))
                 .status,
             404);
    // Another agency may not download it until it holds a dossier referencing it
    // (or proves it has the bytes by uploading them too).
    const Reply foreign = m_http.send(authed("GET", path, m_cv2));
    QCOMPARE(foreign.status, 403);
    QCOMPARE(foreign.code(), QStringLiteral("document.forbidden"));
    QCOMPARE(m_http.send(authed("PUT", path, m_cv2, pdf, {{"Content-Type", "application/pdf"}})).status, 200);
    QCOMPARE(m_http.send(authed("GET", path, m_cv2)).status, 200);
}

void TstCentralApi::citizenDocuments()
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("truth")));
    // A citizen with a dossier at agency B: B sees the citizen's whole warehouse
    // (tst_server_security shows the 403 for agencies without such a dossier).
    QVERIFY(q.exec(
        QStringLiteral("SELECT id_number, COUNT(*) FROM citizen_documents WHERE id_number IN (SELECT "
                       "applicant_id FROM dossiers "
                       "WHERE agency_code = 'H19.01') GROUP BY id_number ORDER BY id_number LIMIT 1")));
    QVERIFY2(q.next(), "the demo has issued results to a citizen handled by agency B");
    const QString idNumber = q.value(0).toString();
    const Reply r = m_http.send(authed("GET", QStringLiteral("/citizens/%1/documents").arg(idNumber), m_cv2));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), q.value(1).toInt());
    const QString sha = items[0].toObject().value(QStringLiteral("sha256")).toString();
    const Reply doc = m_http.send(authed("GET", QStringLiteral("/documents/") + sha, m_cv2));
    QCOMPARE(doc.status, 200);
    QVERIFY(doc.body.startsWith("%PDF-"));
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(doc.body, QCryptographicHash::Sha256).toHex()),
             sha);
}

void TstCentralApi::timeStamping()
{
    // An independent client and verifier: the openssl command line.
    const QString data = m_dir.filePath(QStringLiteral("tsdata.bin")),
                  query = m_dir.filePath(QStringLiteral("q.tsq")),
                  reply = m_dir.filePath(QStringLiteral("r.tsr")),
                  chain = m_dir.filePath(QStringLiteral("chain.pem"));
    QFile f(data);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("signature value bytes");
    f.close();
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                               {QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-data"), data,
                                QStringLiteral("-sha256"), QStringLiteral("-cert"), QStringLiteral("-out"),
                                query}),
             0);
    QFile qf(query);
    QVERIFY(qf.open(QIODevice::ReadOnly));
    const Reply r = m_http.send({"POST",
                                 m_server.baseUrl() + QStringLiteral("/tsa"),
                                 qf.readAll(),
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
    verify.start(QStringLiteral("openssl"),
                 {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"), reply,
                  QStringLiteral("-queryfile"), query, QStringLiteral("-CAfile"), chain});
    QVERIFY(verify.waitForFinished(20000));
    const QByteArray out = verify.readAllStandardOutput() + verify.readAllStandardError();
    QVERIFY2(out.contains("Verification: OK"), out.constData());
    const Reply junk = m_http.send({"POST",
                                    m_server.baseUrl() + QStringLiteral("/tsa"),
                                    "junk",
                                    {{"Content-Type", "application/timestamp-query"}}});
    QVERIFY(junk.status == 200 || junk.status == 400); // a DER rejection or a problem, never a 500
}

QTEST_GUILESS_MAIN(TstCentralApi)
