// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    void annotateAndBatch();
    void authExpiryAndRefresh();
    void documentsUploadAndRangeDownloads();
    void citizenDocuments();
    void timeStamping();
    void receptionCreatesDossierOnce();
    void receptionRefusesBadInput();
    void reservedCodesAreUsedOnceAndNeverCollide();
    void citizenLookupIsTheDemoStandIn();

private:
    Call authed(const QByteArray &method, const QString &path, const QString &token,
                const QByteArray &body = {}, QList<QPair<QByteArray, QByteArray>> headers = {}) const
    {
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
        return Call {method, m_server.baseUrl() + path, body, headers};
    }
    Call action(const QString &token, const QString &id, qint64 version, const QJsonObject &body,
                const QString &key) const
    {
        return authed(
            "POST", QStringLiteral("/dossiers/%1/actions").arg(id), token,
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Idempotency-Key", key.toLatin1()}, {"If-Match", '"' + QByteArray::number(version) + '"'}});
    }
    //! Ground truth read straight from the database (not through the API).
    QList<QPair<QString, qint64>> dossiersIn(const QString &agency, const QString &state = {},
                                             int limit = 100000);
    qint64 historyCount(const QString &id);
    QString freshDossier(const QString &agency, const QString &state, qint64 *version);
    //! A POST /dossiers body with one freshly uploaded component (tst_centralapi_reception.cpp).
    QJsonObject receptionBody(const QString &channel);
    Reply receive(const QString &token, const QJsonObject &body, const QString &key, bool twin = false);
    QString newKey() { return QStringLiteral("test-key-%1").arg(QRandomGenerator::global()->generate64()); }

    Http m_http;
    ServerProcess m_server;
    ServerProcess m_twin; //!< second process on the same database (concurrency)
    ServerProcess m_short; //!< tiny token lifetime and cursor retention
    QTemporaryDir m_dir;
    PgTestDb m_pg;
    QString m_dbUrl;
    QString m_cv1, m_cv2, m_ld1, m_mc1;
    QSet<QString> m_used;
};
