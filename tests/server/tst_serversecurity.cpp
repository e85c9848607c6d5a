// SPDX-License-Identifier: GPL-3.0-or-later
//! The server's security rules against the real motcua-central process
//! (SQLite): who may name and fetch a document by hash, the server's own
//! signature check, citizens' warehouses, sign-in lockout with an injected
//! clock, body limits enforced while reading, and the audit log's hash chain.
#include "serverharness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {
QString sha256Of(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}
QByteArray randomPdf(const QByteArray &tag)
{
    QByteArray pdf = "%PDF-1.7\n% " + tag + "\n";
    for (int i = 0; i < 200; ++i)
        pdf += QByteArray::number(QRandomGenerator::global()->generate());
    return pdf + "\n%%EOF\n";
}
QJsonObject component(const QString &id, const QString &sha, qint64 size, const QString &kind, bool isSigned)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), QStringLiteral("Tài liệu ") + id},
            {QStringLiteral("document_code"), QString()},
            {QStringLiteral("sha256"), sha},
            {QStringLiteral("size"), double(size)},
            {QStringLiteral("mime"), QStringLiteral("application/pdf")},
            {QStringLiteral("pages"), 1},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("signed"), isSigned}};
}
} // namespace

class TstServerSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void documentsOfAnotherAgencyAreRefusedInEveryActionKind();
    void theServerDecidesWhatIsSigned();
    void citizensDocumentsOnlyForAgenciesHandlingTheCitizen();
    //! Before the lockout test: its 100 wrong passwords also slow down sign-ins from
    //! this address (per-address backoff), the administrator's included.
    void administrativeChangesAreAudited();
    void lockoutAfterManyWrongPasswordsThenTheRightOneWorks();
    void oversizedBodiesAreRefusedBeforeTheyAreRead();
    void auditVerifyFindsAChangedAndADeletedEntry();

private:
    Call authed(const QByteArray &method, const QString &path, const QString &token,
                const QByteArray &body = {}, QList<QPair<QByteArray, QByteArray>> headers = {}) const
    {
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
        return Call {method, m_server.baseUrl() + path, body, headers};
    }
    Reply act(const QString &token, const QString &id, qint64 version, const QJsonObject &body)
    {
        const QByteArray key = "sec-" + QByteArray::number(QRandomGenerator::global()->generate64());
        return m_http.send(
            authed("POST", QStringLiteral("/dossiers/%1/actions").arg(id), token,
                   QJsonDocument(body).toJson(QJsonDocument::Compact),
                   {{"Idempotency-Key", key}, {"If-Match", '"' + QByteArray::number(version) + '"'}}));
    }
    //! A dossier of `agency` in `state` (ground truth from the database), not used before.
    QString dossier(const QString &agency, const QString &state, qint64 *version,
                    QJsonObject *data = nullptr);
    void setClockOffset(qint64 seconds);
    int runCentral(const QStringList &args, QByteArray *out);

    Http m_http;
    ServerProcess m_server;
    QTemporaryDir m_dir;
    QString m_cv1, m_cv2, m_ld2;
    QStringList m_used;
};

void TstServerSecurity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start({QStringLiteral("--db"),
                             QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("c.sqlite")),
                             QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--demo"),
                             QStringLiteral("--demo-size"), QStringLiteral("120"),
                             QStringLiteral("--max-upload"), QStringLiteral("200000"),
                             QStringLiteral("--login-address-lockout-after"), QStringLiteral("40")},
                            &error),
             qPrintable(error));
    QSqlDatabase truth = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("truth"));
    truth.setDatabaseName(m_dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(truth.open());
    m_cv1 = m_http.login(m_server.baseUrl(), QStringLiteral("chuyenvien1"));
    m_cv2 = m_http.login(m_server.baseUrl(), QStringLiteral("chuyenvien2"));
    m_ld2 = m_http.login(m_server.baseUrl(), QStringLiteral("lanhdao2"));
    QVERIFY(!m_cv1.isEmpty() && !m_cv2.isEmpty() && !m_ld2.isEmpty());
}

void TstServerSecurity::cleanupTestCase()
{
    m_server.stop();
    QSqlDatabase::database(QStringLiteral("truth")).close();
    QSqlDatabase::removeDatabase(QStringLiteral("truth"));
}

void TstServerSecurity::setClockOffset(qint64 seconds)
{
    QVERIFY(m_http.moveClock(m_server.baseUrl(), seconds));
}

QString TstServerSecurity::dossier(const QString &agency, const QString &state, qint64 *version,
                                   QJsonObject *data)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("truth")));
    q.prepare(QStringLiteral(
        "SELECT id, version, data FROM dossiers WHERE agency_code = ? AND state = ? ORDER BY id"));
    q.addBindValue(agency);
    q.addBindValue(state);
    q.exec();
    while (q.next()) {
        if (m_used.contains(q.value(0).toString()))
            continue;
        m_used.append(q.value(0).toString());
        *version = q.value(1).toLongLong();
        if (data)
            *data = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        return q.value(0).toString();
    }
    return {};
}

void TstServerSecurity::documentsOfAnotherAgencyAreRefusedInEveryActionKind()
{
    // Agency A (H19.X01) uploads a document; agency B (H19.01) learns its hash.
    const QByteArray pdf = randomPdf("agency A's land paper");
    const QString sha = sha256Of(pdf);
    QCOMPARE(m_http
                 .send(authed("PUT", QStringLiteral("/documents/") + sha, m_cv1, pdf,
                              {{"Content-Type", "application/pdf"}}))
                 .status,
             201);
    qint64 v = 0;
    const QString id = dossier(QStringLiteral("H19.01"), QStringLiteral("in_review"), &v);
    QVERIFY(!id.isEmpty());
    const QJsonObject input
        = component(QStringLiteral("c-foreign"), sha, pdf.size(), QStringLiteral("input"), false);
    const QJsonObject result
        = component(QStringLiteral("r-foreign"), sha, pdf.size(), QStringLiteral("result"), true);
    const QJsonObject apology
        = component(QStringLiteral("a-foreign"), sha, pdf.size(), QStringLiteral("apology"), false);
    struct Case
    {
        const char *kind;
        QString token;
        QJsonObject body;
    };
    const QList<Case> cases {
        {"receive_supplement",
         m_cv2,
         {{QStringLiteral("kind"), QStringLiteral("receive_supplement")},
          {QStringLiteral("components"), QJsonArray {input}}}},
        {"forward",
         m_cv2,
         {{QStringLiteral("kind"), QStringLiteral("forward")},
          {QStringLiteral("to_agency"), QStringLiteral("H19.X01")},
          {QStringLiteral("attachments"), QJsonArray {input}}}},
        {"submit_for_approval",
         m_cv2,
         {{QStringLiteral("kind"), QStringLiteral("submit_for_approval")},
          {QStringLiteral("component"), result}}},
        {"sign_result",
         m_ld2,
         {{QStringLiteral("kind"), QStringLiteral("sign_result")}, {QStringLiteral("component"), result}}},
        {"issue_apology",
         m_cv2,
         {{QStringLiteral("kind"), QStringLiteral("issue_apology")}, {QStringLiteral("component"), apology}}},
        {"attach_document",
         m_cv2,
         {{QStringLiteral("kind"), QStringLiteral("attach_document")},
          {QStringLiteral("components"), QJsonArray {input}}}},
    };
    for (const Case &c : cases) {
        const Reply r = act(c.token, id, v, c.body);
        QVERIFY2(r.status == 403,
                 qPrintable(QStringLiteral("%1 → %2 %3")
                                .arg(QLatin1String(c.kind))
                                .arg(r.status)
                                .arg(QString::fromUtf8(r.body.left(300)))));
        QCOMPARE(r.code(), QStringLiteral("document.forbidden"));
        QVERIFY(r.headers.value("content-type").startsWith("application/problem+json"));
    }
    // Nothing changed, and the hash alone does not open the document.
    const Reply d = m_http.send(authed("GET", QStringLiteral("/dossiers/") + id, m_cv2));
    QCOMPARE(d.json().value(QStringLiteral("version")).toInteger(), v);
    const Reply get = m_http.send(authed("GET", QStringLiteral("/documents/") + sha, m_cv2));
    QCOMPARE(get.status, 403);
    QVERIFY(!get.body.contains("agency A's land paper"));
    // The same action with a document B uploaded itself goes through.
    const QByteArray own = randomPdf("agency B's supplement");
    QCOMPARE(m_http
                 .send(authed("PUT", QStringLiteral("/documents/") + sha256Of(own), m_cv2, own,
                              {{"Content-Type", "application/pdf"}}))
                 .status,
             201);
    const Reply ok = act(m_cv2, id, v,
                         {{QStringLiteral("kind"), QStringLiteral("forward")},
                          {QStringLiteral("to_agency"), QStringLiteral("H19.X01")},
                          {QStringLiteral("attachments"),
                           QJsonArray {component(QStringLiteral("c-own"), sha256Of(own), own.size(),
                                                 QStringLiteral("input"), false)}}});
    QVERIFY2(ok.status == 200, ok.body.constData());
}

void TstServerSecurity::theServerDecidesWhatIsSigned()
{
    // An unsigned PDF sent as "signed": the draft is recorded unsigned, and
    // sign_result (which needs a signed result) is refused.
    const QByteArray unsignedPdf = randomPdf("an unsigned result");
    const QString usha = sha256Of(unsignedPdf);
    QCOMPARE(m_http
                 .send(authed("PUT", QStringLiteral("/documents/") + usha, m_cv2, unsignedPdf,
                              {{"Content-Type", "application/pdf"}}))
                 .status,
             201);
    qint64 v = 0;
    const QString review = dossier(QStringLiteral("H19.01"), QStringLiteral("in_review"), &v);
    QVERIFY(!review.isEmpty());
    const Reply draft = act(
        m_cv2, review, v,
        {{QStringLiteral("kind"), QStringLiteral("submit_for_approval")},
         {QStringLiteral("component"),
          component(QStringLiteral("r-draft"), usha, unsignedPdf.size(), QStringLiteral("result"), true)}});
    QVERIFY2(draft.status == 200, draft.body.constData());
    bool found = false;
    for (const QJsonValue &c :
         draft.json()[QStringLiteral("dossier")][QStringLiteral("components")].toArray()) {
        if (c[QStringLiteral("id")].toString() == QLatin1String("r-draft")) {
            found = true;
            QCOMPARE(c[QStringLiteral("signed")].toBool(), false);
        }
    }
    QVERIFY(found);

    qint64 av = 0;
    const QString approved = dossier(QStringLiteral("H19.01"), QStringLiteral("approved"), &av);
    QVERIFY2(!approved.isEmpty(), "the demo has approved dossiers in agency B");
    const Reply forged = act(
        m_ld2, approved, av,
        {{QStringLiteral("kind"), QStringLiteral("sign_result")},
         {QStringLiteral("component"),
          component(QStringLiteral("r-forged"), usha, unsignedPdf.size(), QStringLiteral("result"), true)}});
    QCOMPARE(forged.status, 400);
    QCOMPARE(forged.code(), QStringLiteral("workflow.unsigned_result"));

    // A really signed result (the demo's PAdES signature, held in B's dossiers) is recorded signed.
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("truth")));
    QVERIFY(q.exec(QStringLiteral("SELECT data FROM dossiers WHERE agency_code = 'H19.01' AND state IN "
                                  "('result_issued', 'returned')")));
    QJsonObject signedResult;
    while (signedResult.isEmpty() && q.next()) {
        for (const QJsonValue &c :
             QJsonDocument::fromJson(q.value(0).toByteArray())[QStringLiteral("components")].toArray()) {
            if (c[QStringLiteral("kind")].toString() == QLatin1String("result")
                && c[QStringLiteral("signed")].toBool())
                signedResult = c.toObject();
        }
    }
    QVERIFY2(!signedResult.isEmpty(), "agency B holds a signed demo result");
    signedResult.insert(QStringLiteral("id"), QStringLiteral("r-really-signed"));
    const Reply real = act(m_ld2, approved, av,
                           {{QStringLiteral("kind"), QStringLiteral("sign_result")},
                            {QStringLiteral("component"), signedResult}});
    QVERIFY2(real.status == 200, real.body.constData());
    found = false;
    for (const QJsonValue &c :
         real.json()[QStringLiteral("dossier")][QStringLiteral("components")].toArray()) {
        if (c[QStringLiteral("id")].toString() == QLatin1String("r-really-signed")) {
            found = true;
            QCOMPARE(c[QStringLiteral("signed")].toBool(), true);
        }
    }
    QVERIFY(found);
}

void TstServerSecurity::citizensDocumentsOnlyForAgenciesHandlingTheCitizen()
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("truth")));
    // A citizen with warehouse documents and dossiers only in agency A, and one handled by B.
    //! The demo also seeds other agencies' dossiers: "only A" is a dossier in A (H19.X01) and none in B.
    QVERIFY(q.exec(QStringLiteral("SELECT c.id_number, MAX(CASE WHEN d.agency_code = 'H19.01' THEN 1 ELSE 0 "
                                  "END), MAX(CASE WHEN d.agency_code = 'H19.X01' THEN 1 ELSE 0 END) "
                                  "FROM citizen_documents c "
                                  "JOIN dossiers d ON d.applicant_id = c.id_number GROUP BY c.id_number")));
    QString onlyA, handledByB;
    while (q.next()) {
        if (q.value(1).toInt() == 0 && q.value(2).toInt() == 1 && onlyA.isEmpty())
            onlyA = q.value(0).toString();
        if (q.value(1).toInt() == 1 && handledByB.isEmpty())
            handledByB = q.value(0).toString();
    }
    QVERIFY2(!onlyA.isEmpty() && !handledByB.isEmpty(), "the demo has both kinds of citizens");
    const Reply refused
        = m_http.send(authed("GET", QStringLiteral("/citizens/%1/documents").arg(onlyA), m_cv2));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code(), QStringLiteral("citizen.forbidden"));
    QVERIFY(!refused.body.contains("sha256"));
    QCOMPARE(m_http.send(authed("GET", QStringLiteral("/citizens/%1/documents").arg(onlyA), m_cv1)).status,
             200);
    const Reply listed
        = m_http.send(authed("GET", QStringLiteral("/citizens/%1/documents").arg(handledByB), m_cv2));
    QCOMPARE(listed.status, 200);
    QVERIFY(!listed.json()[QStringLiteral("items")].toArray().isEmpty());
}

void TstServerSecurity::lockoutAfterManyWrongPasswordsThenTheRightOneWorks()
{
    const auto login = [this](const QString &user, const QString &pw) {
        const QJsonObject body {{QStringLiteral("username"), user}, {QStringLiteral("password"), pw}};
        return m_http.send(
            {"POST", m_server.baseUrl() + QStringLiteral("/auth/token"), QJsonDocument(body).toJson(), {}});
    };
    int unauthorized = 0, locked = 0;
    qint64 retryAfter = 0;
    for (int i = 0; i < 100; ++i) {
        const Reply r = login(QStringLiteral("motcua2"), QStringLiteral("wrong-%1").arg(i));
        if (r.status == 401) {
            ++unauthorized;
        } else {
            QCOMPARE(r.status, 429);
            QCOMPARE(r.code(), QStringLiteral("auth.locked"));
            retryAfter = r.headers.value("retry-after").toLongLong();
            QVERIFY(retryAfter > 0);
            QCOMPARE(r.json()[QStringLiteral("retry_after")].toInteger(), retryAfter);
            ++locked;
        }
    }
    QVERIFY2(unauthorized >= 5 && locked > 0,
             qPrintable(QStringLiteral("%1 / %2").arg(unauthorized).arg(locked)));
    // While locked, even the right password is refused, without a token.
    const Reply stillLocked = login(QStringLiteral("motcua2"), QStringLiteral("demo"));
    QCOMPARE(stillLocked.status, 429);
    QVERIFY(!stillLocked.body.contains("access_token"));
    retryAfter = stillLocked.headers.value("retry-after").toLongLong();
    QVERIFY(retryAfter > 0 && retryAfter <= 15 * 60);
    // An unknown name is treated the same way (it does not reveal which names exist).
    for (int i = 0; i < 8; ++i)
        login(QStringLiteral("khong-ton-tai"), QStringLiteral("x"));
    QCOMPARE(login(QStringLiteral("khong-ton-tai"), QStringLiteral("x")).status, 429);
    // After the announced wait (the server's clock moved forward, not a real sleep).
    qint64 offset = retryAfter + 1;
    setClockOffset(offset);
    const Reply ok = login(QStringLiteral("motcua2"), QStringLiteral("demo"));
    QVERIFY2(ok.status == 200, ok.body.constData());
    QVERIFY(!ok.json()[QStringLiteral("access_token")].toString().isEmpty());

    // Per address: many names tried once each from one address lock the address.
    setClockOffset(offset += 16 * 60);
    int addressLocked = -1;
    for (int i = 0; i < 60 && addressLocked < 0; ++i) {
        const Reply r = login(QStringLiteral("doan-ten-%1").arg(i), QStringLiteral("x"));
        if (r.status == 429)
            addressLocked = i;
        else
            QCOMPARE(r.status, 401);
    }
    QVERIFY2(addressLocked > 0, "the address is locked out after its threshold of failures");
    const Reply fresh = login(QStringLiteral("lanhdao1"), QStringLiteral("demo"));
    QCOMPARE(fresh.status, 429);
    QVERIFY(fresh.headers.value("retry-after").toLongLong() > 0);
    setClockOffset(offset + fresh.headers.value("retry-after").toLongLong() + 1);
    QCOMPARE(login(QStringLiteral("lanhdao1"), QStringLiteral("demo")).status, 200);
    setClockOffset(0);
}

void TstServerSecurity::oversizedBodiesAreRefusedBeforeTheyAreRead()
{
    // Announce 10 GB and send nothing: the answer comes at once (the server did
    // not wait to buffer the body).
    const QUrl base(m_server.baseUrl());
    QTcpSocket s;
    s.connectToHost(base.host(), quint16(base.port()));
    QVERIFY(s.waitForConnected(10000));
    s.write("POST /api/v1/actions:batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Authorization: Bearer "
            + m_cv1.toLatin1() + "\r\nContent-Length: 10000000000\r\n\r\n{\"items\":[");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && s.waitForReadyRead(20000))
        answer += s.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("application/problem+json"));
    // Chunked bodies have no announced size: refused too.
    QTcpSocket c;
    c.connectToHost(base.host(), quint16(base.port()));
    QVERIFY(c.waitForConnected(10000));
    c.write(
        "POST /api/v1/auth/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
    QByteArray chunked;
    while (!chunked.contains("\r\n\r\n") && c.waitForReadyRead(20000))
        chunked += c.readAll();
    QVERIFY2(chunked.startsWith("HTTP/1.1 411"), chunked.constData());
    // A request within the limits on a guarded connection still works.
    QCOMPARE(m_http.send(authed("GET", QStringLiteral("/me"), m_cv1)).status, 200);
}

int TstServerSecurity::runCentral(const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.start(QStringLiteral(MOTCUA_BIN_DIR "/motcua-central"), args);
    if (!p.waitForFinished(60000))
        return -1;
    *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitCode();
}

//! Issue 19: a calendar change by an administrator is on the hash-chained record
//! (who, which year); a refused one (not an administrator) is not.
void TstServerSecurity::administrativeChangesAreAudited()
{
    const QString admin = m_http.login(m_server.baseUrl(), QStringLiteral("admin"));
    QVERIFY(!admin.isEmpty());
    const auto count = [] {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("truth")));
        q.exec(QStringLiteral(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'calendar_changed' AND actor = 'admin'"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    const int before = count();
    QCOMPARE(before, 0);
    const Reply years = m_http.send(authed("GET", QStringLiteral("/admin/calendar"), admin));
    QCOMPARE(years.status, 200);
    const QJsonObject year = years.json()[QStringLiteral("items")].toArray().first().toObject();
    const int y = year.value(QStringLiteral("year")).toInt();
    const QByteArray body = QJsonDocument(year).toJson(QJsonDocument::Compact);
    QCOMPARE(m_http.send(authed("PUT", QStringLiteral("/admin/calendar/%1").arg(y), m_cv1, body)).status,
             403);
    QCOMPARE(count(), 0);
    QCOMPARE(m_http.send(authed("PUT", QStringLiteral("/admin/calendar/%1").arg(y), admin, body)).status,
             200);
    QCOMPARE(count(), 1);
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("truth")));
    QVERIFY(q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'calendar_changed'")));
    QVERIFY(q.next());
    QCOMPARE(QJsonDocument::fromJson(q.value(0).toByteArray()).object().value(u"year").toInt(), y);
}

void TstServerSecurity::auditVerifyFindsAChangedAndADeletedEntry()
{
    // Entries from this run: actions, sign-ins, downloads, reuses.
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("truth")));
    QVERIFY(q.exec(QStringLiteral("SELECT action, COUNT(*) FROM audit_log GROUP BY action")));
    QStringList kinds;
    while (q.next())
        kinds << q.value(0).toString();
    for (const char *k : {"sign_in", "sign_in_failed", "sign_in_locked", "forward", "submit_for_approval",
                          "calendar_changed"})
        QVERIFY2(kinds.contains(QLatin1String(k)),
                 qPrintable(kinds.join(u',') + QStringLiteral(" lacks ") + QLatin1String(k)));
    QVERIFY(m_server.stop());
    QSqlDatabase::database(QStringLiteral("truth")).close();

    QByteArray out;
    QCOMPARE(runCentral({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--data-dir"),
                         m_dir.path(), QStringLiteral("--db"),
                         QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("c.sqlite"))},
                        &out),
             0);
    QVERIFY2(out.contains("intact"), out.constData());

    // Two copies: one with a changed entry, one with a deleted entry.
    const auto tampered = [this](const QString &name, const QString &sql, qint64 *id) -> QString {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        QFile::copy(m_dir.filePath(QStringLiteral("c.sqlite")), dir + QStringLiteral("/c.sqlite"));
        QFile::copy(m_dir.filePath(QStringLiteral("audit.key")), dir + QStringLiteral("/audit.key"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dir + QStringLiteral("/c.sqlite"));
            db.open();
            QSqlQuery pick(db);
            pick.exec(
                QStringLiteral("SELECT id FROM audit_log WHERE action = 'forward' ORDER BY id LIMIT 1"));
            *id = pick.next() ? pick.value(0).toLongLong() : -1;
            QSqlQuery t(db);
            t.prepare(sql);
            t.addBindValue(*id);
            if (!t.exec())
                qWarning() << t.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return dir;
    };
    qint64 changedId = 0, deletedId = 0;
    const QString changed
        = tampered(QStringLiteral("changed"),
                   QStringLiteral("UPDATE audit_log SET actor = 'someone-else' WHERE id = ?"), &changedId);
    const QString deleted = tampered(QStringLiteral("deleted"),
                                     QStringLiteral("DELETE FROM audit_log WHERE id = ?"), &deletedId);
    QVERIFY(changedId > 0 && deletedId > 0);
    QCOMPARE(runCentral({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--data-dir"),
                         changed, QStringLiteral("--db"),
                         QStringLiteral("sqlite:") + changed + QStringLiteral("/c.sqlite")},
                        &out),
             1);
    QVERIFY2(out.contains("entry " + QByteArray::number(changedId) + " was changed"), out.constData());
    QCOMPARE(runCentral({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--data-dir"),
                         deleted, QStringLiteral("--db"),
                         QStringLiteral("sqlite:") + deleted + QStringLiteral("/c.sqlite")},
                        &out),
             1);
    // The first entry after the deleted one no longer links to its predecessor.
    qint64 nextId = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("after"));
        db.setDatabaseName(deleted + QStringLiteral("/c.sqlite"));
        QVERIFY(db.open());
        QSqlQuery next(db);
        QVERIFY(next.exec(QStringLiteral("SELECT MIN(id) FROM audit_log WHERE id > %1").arg(deletedId)));
        QVERIFY(next.next());
        nextId = next.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("after"));
    QVERIFY2(out.contains("entry " + QByteArray::number(nextId) + " does not follow"), out.constData());
}

QTEST_GUILESS_MAIN(TstServerSecurity)
#include "tst_serversecurity.moc"
