// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

//! Starts the real motcua-central process on an OS-assigned port and talks
//! HTTP to it. Used by every server test (SQLite and PostgreSQL).
class ServerProcess
{
public:
    ~ServerProcess();
    //! Starts with --listen 127.0.0.1:0 and `args`; waits for "listening on".
    bool start(const QStringList &args, QString *error);
    //! SIGTERM, then wait; true when the server exited normally with code 0.
    bool stop();
    [[nodiscard]] QString baseUrl() const { return m_base; }
    [[nodiscard]] QByteArray stderrText() const;

private:
    std::unique_ptr<QProcess> m_proc;
    QString m_base;
};

struct Reply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; //!< lowercased names
    QByteArray body;
    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QString code() const { return json().value(QStringLiteral("code")).toString(); }
};

struct Call
{
    QByteArray method = "GET";
    QString url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class Http
{
public:
    Reply send(const Call &call);
    //! Sends all calls at once and waits for every reply.
    QList<Reply> sendConcurrently(const QList<Call> &calls);
    //! Signs in and returns the access token (empty on failure).
    QString login(const QString &base, const QString &user, const QString &password = QStringLiteral("demo"));
    //! Moves the server's one clock (a --demo server; PUT /demo/clock) to `seconds`
    //! after the system's time, or back to the system's time for 0: tests move
    //! time instead of sleeping. True when the server took it.
    bool moveClock(const QString &base, qint64 seconds);

private:
    QNetworkAccessManager m_nam;
};

//! PostgreSQL test database: CREATE DATABASE with a random name from
//! MOTCUA_TEST_PG; dropped by drop().
struct PgTestDb
{
    QString adminUrl;
    QString name;
    QString url;
    bool create(QString *error);
    void drop();
};
