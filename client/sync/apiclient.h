// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/authsession.h"
#include "backoff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <atomic>

class QNetworkAccessManager;
class QIODevice;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua {

//! One page of GET /dossiers/changes.
struct ChangesPage
{
    QJsonArray items; //!< dossiers or tombstones {"id","deleted":true,"version"}
    //! Each item's JSON text exactly as the server sent it (same order as
    //! items), stored as received; empty when the body could not be split.
    QList<QByteArray> itemTexts;
    QString cursor;
    bool hasMore = false;
};

//! The outcome of POST /dossiers/{id}/actions. Conflicts (409/412) are outcomes,
//! not transport errors: the caller keeps the server's dossier for the user.
struct ActionOutcome
{
    enum class Kind { Applied, Conflict, Rejected };
    Kind kind = Kind::Applied;
    int status = 0;
    QJsonObject dossier; //!< the applied result, or the server's current dossier on conflict
    QJsonObject step;
    Error error; //!< for Conflict and Rejected
};

//! Typed access to the central API over an injected QNetworkAccessManager.
//! Every call blocks on a local event loop (the sync engine runs in its own
//! thread), retries transport failures, 5xx and 429 with backoff and jitter
//! honouring Retry-After, and on a 401 refreshes the token once and retries.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *nam, AuthSession *auth, QObject *parent = nullptr);

    void setBackoff(const Backoff &b) { m_backoff = b; }
    [[nodiscard]] const Backoff &backoff() const { return m_backoff; }
    void setTransferTimeout(int ms);

    //! Thread-safe: aborts the running request and makes further calls fail with Cancelled.
    void cancel() { m_cancel = true; }
    void resetCancel() { m_cancel = false; }
    [[nodiscard]] bool isCancelled() const { return m_cancel.load(); }

    //! GET /health without authentication and without retries (connectivity probe).
    Status health(int timeoutMs = 3000);
    //! GET on an API path, JSON object body expected.
    Result<QJsonObject> getJson(const QString &path);
    //! GET /dossiers/changes; an expired cursor is an Error with code "sync.cursor_expired".
    Result<ChangesPage> changes(const QString &cursor, int limit);
    //! POST /dossiers/{id}/actions with Idempotency-Key and If-Match: "<baseVersion>".
    Result<ActionOutcome> postAction(const QString &dossierId, const QString &idempotencyKey,
                                     qint64 baseVersion, const QJsonObject &body);
    //! Receives downloaded bytes with their position in the document. A position of
    //! 0 after a resumed start means the server sent the whole document again
    //! (the validator did not match): the receiver starts its copy over.
    using ChunkWriter = std::function<Status(qint64 position, const QByteArray &chunk)>;
    //! GET /documents/{sha256} from \a offset (Range + If-Range with the content
    //! address as the validator). A cut transfer is retried from where it stopped.
    //! Returns the document's size as received (offset + bytes written).
    Result<qint64> download(const QString &sha256, qint64 offset, const ChunkWriter &write);

    //! PUT /documents/{sha256} (idempotent: the server keeps one copy per hash).
    Status putDocument(const QString &sha256, const QByteArray &pdf);

    //! The raw call used by the typed ones: auth header, retries, 401 handling.
    Result<HttpReply> send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                           const QList<QPair<QByteArray, QByteArray>> &headers = {},
                           HttpOptions options = {});

Q_SIGNALS:
    //! A retry is scheduled (for status lines in the UI and the CLI's --verbose).
    void retrying(int attempt, int delayMs, const QString &reason);
    void downloadProgress(const QString &sha256, qint64 received, qint64 total);

private:
    Status sleepMs(qint64 ms);
    Result<HttpReply> sendOnce(const QByteArray &verb, const QString &path, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers, HttpOptions options);
    Result<HttpReply> withRetries(const std::function<Result<HttpReply>()> &once);

    QNetworkAccessManager *m_nam;
    AuthSession *m_auth;
    Backoff m_backoff;
    int m_timeoutMs = 30000;
    std::atomic_bool m_cancel {false};
};

} // namespace motcua
