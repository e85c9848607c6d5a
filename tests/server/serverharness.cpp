// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverharness.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QStringList &args, QString *error)
{
    m_proc = std::make_unique<QProcess>();
    m_proc->setProgram(QStringLiteral(MOTCUA_BIN_DIR "/motcua-central"));
    m_proc->setArguments(QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + args);
    m_proc->setProcessChannelMode(QProcess::SeparateChannels);
    m_proc->start();
    if (!m_proc->waitForStarted(10000)) {
        *error = m_proc->errorString();
        return false;
    }
    QByteArray out;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (!m_proc->waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)))) {
            if (m_proc->state() != QProcess::Running)
                break;
            continue;
        }
        out += m_proc->readAllStandardOutput();
        const int i = out.indexOf("listening on ");
        if (i >= 0 && out.indexOf('\n', i) > 0) {
            m_base = QString::fromLatin1(out.mid(i + 13, out.indexOf('\n', i) - i - 13).trimmed())
                + QStringLiteral("/api/v1");
            return true;
        }
    }
    *error
        = QStringLiteral("server did not start: ") + QString::fromLocal8Bit(m_proc->readAllStandardError());
    return false;
}

bool ServerProcess::stop()
{
    if (!m_proc || m_proc->state() == QProcess::NotRunning)
        return m_proc && m_proc->exitStatus() == QProcess::NormalExit && m_proc->exitCode() == 0;
    m_proc->terminate(); // SIGTERM: the server shuts down gracefully
    if (!m_proc->waitForFinished(10000)) {
        m_proc->kill();
        m_proc->waitForFinished(5000);
        return false;
    }
    return m_proc->exitStatus() == QProcess::NormalExit && m_proc->exitCode() == 0;
}

QByteArray ServerProcess::stderrText() const
{
    return m_proc ? m_proc->readAllStandardError() : QByteArray();
}

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

static QNetworkReply *issue(QNetworkAccessManager &nam, const Call &call)
{
    QNetworkRequest req {QUrl(call.url, QUrl::StrictMode)};
    if (!req.url().isValid())
        req.setUrl(QUrl::fromEncoded(call.url.toLatin1()));
    bool hasType = false;
    for (const auto &h : call.headers) {
        req.setRawHeader(h.first, h.second);
        hasType |= h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType && !call.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return nam.sendCustomRequest(req, call.method, call.body);
}

static Reply collect(QNetworkReply *r)
{
    Reply out;
    out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &p : r->rawHeaderPairs())
        out.headers.insert(p.first.toLower(), p.second);
    out.body = r->readAll();
    r->deleteLater();
    return out;
}

Reply Http::send(const Call &call)
{
    return sendConcurrently({call}).value(0);
}

QList<Reply> Http::sendConcurrently(const QList<Call> &calls)
{
    QList<QNetworkReply *> replies;
    for (const Call &c : calls)
        replies.append(issue(m_nam, c));
    QEventLoop loop;
    int pending = int(replies.size());
    for (QNetworkReply *r : replies) {
        QObject::connect(r, &QNetworkReply::finished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
    QList<Reply> out;
    for (QNetworkReply *r : replies)
        out.append(collect(r));
    return out;
}

bool Http::moveClock(const QString &base, qint64 seconds)
{
    const QJsonValue now = seconds == 0
        ? QJsonValue()
        : QJsonValue(QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate));
    const Reply r = send({"PUT",
                          base + QStringLiteral("/demo/clock"),
                          QJsonDocument(QJsonObject {{QStringLiteral("now"), now}}).toJson(),
                          {}});
    return r.status == 200;
}

QString Http::login(const QString &base, const QString &user, const QString &password)
{
    const QJsonObject body {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}};
    const Reply r = send({"POST", base + QStringLiteral("/auth/token"), QJsonDocument(body).toJson(), {}});
    return r.json().value(QStringLiteral("access_token")).toString();
}

bool PgTestDb::create(QString *error)
{
    adminUrl = qEnvironmentVariable("MOTCUA_TEST_PG");
    if (adminUrl.isEmpty()) {
        *error = QStringLiteral(
            "MOTCUA_TEST_PG is not set: run the PostgreSQL server tests through ./dev.sh test, "
            "which starts a throw-away PostgreSQL");
        return false;
    }
    const QUrl u(adminUrl);
    name = QStringLiteral("motcua_t_%1").arg(QRandomGenerator::global()->generate64() % 1000000000000ULL);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgadmin"));
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + name)) {
            *error = q.lastError().text();
            return false;
        }
    }
    QUrl v = u;
    v.setPath(QLatin1Char('/') + name);
    url = v.toString();
    return true;
}

void PgTestDb::drop()
{
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("pgadmin"));
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name + QStringLiteral(" WITH (FORCE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pgadmin"));
    name.clear();
}
