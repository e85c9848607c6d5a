// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include <QEventLoop>
#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSync, "motcua.sync")

namespace motcua {

namespace {

//! The texts of the elements of the array under `key` in a JSON object body,
//! as they are in the body (the body was already validated by a JSON parser).
//! Empty when the key is not found at the top level.
QList<QByteArray> splitTopLevelArray(const QByteArray &body, const char *key)
{
    const QByteArray quotedKey = '"' + QByteArray(key) + '"';
    QList<QByteArray> out;
    int depth = 0;
    bool inString = false;
    qsizetype arrayStart = -1; //!< inside the wanted array: where the current element starts
    qsizetype keyEnd = -1; //!< just after the wanted key (at depth 1)
    const char *data = body.constData();
    const qsizetype n = body.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            if (depth == 1 && arrayStart < 0 && body.mid(i, quotedKey.size()) == quotedKey) {
                keyEnd = i + quotedKey.size();
                i = keyEnd - 1;
                continue;
            }
            inString = true;
            break;
        case '{':
        case '[':
            if (depth == 1 && keyEnd >= 0) {
                if (c == '[')
                    arrayStart = i + 1;
                keyEnd = -1;
            }
            ++depth;
            break;
        case '}':
        case ']':
            if (depth == 2 && arrayStart >= 0) {
                const QByteArray last = body.mid(arrayStart, i - arrayStart).trimmed();
                if (!last.isEmpty())
                    out.append(last);
                return out;
            }
            --depth;
            break;
        case ',':
            if (depth == 2 && arrayStart >= 0) {
                out.append(body.mid(arrayStart, i - arrayStart).trimmed());
                arrayStart = i + 1;
            }
            if (depth == 1)
                keyEnd = -1; //!< "items" was a value, not the key
            break;
        default:
            //! After the key come only blanks, ':' and the value.
            if (keyEnd >= 0 && depth == 1 && c != ':' && c != ' ' && c != '\n' && c != '\r' && c != '\t')
                keyEnd = -1;
            break;
        }
    }
    return {};
}

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

const QRegularExpression &shaPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *nam, AuthSession *auth, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_auth(auth)
{
    m_auth->setCancelFlag(&m_cancel);
}

void ApiClient::setTransferTimeout(int ms)
{
    m_timeoutMs = ms;
    m_auth->setTransferTimeout(ms);
}

Status ApiClient::sleepMs(qint64 ms)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancel.load())
            loop.quit();
    });
    done.start(int(qMin<qint64>(ms, 10 * 60 * 1000)));
    poll.start(50);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (m_cancel.load())
        return Error::make(Error::Kind::Cancelled, QStringLiteral("net.cancelled"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The operation was cancelled."));
    return {};
}

Result<HttpReply> ApiClient::sendOnce(const QByteArray &verb, const QString &path, const QByteArray &body,
                                      const QList<QPair<QByteArray, QByteArray>> &headers,
                                      HttpOptions options)
{
    auto token = m_auth->accessToken();
    if (!token)
        return token.error();
    QNetworkRequest req(apiUrl(m_auth->server(), path));
    req.setRawHeader("Authorization", "Bearer " + *token);
    req.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    options.cancel = &m_cancel;
    options.transferTimeoutMs = m_timeoutMs;
    return httpCall(*m_nam, req, verb, body, options);
}

Result<HttpReply> ApiClient::withRetries(const std::function<Result<HttpReply>()> &once)
{
    bool refreshed = false;
    Error last = Error::make(Error::Kind::Network, QStringLiteral("net.gave_up"),
                             QT_TRANSLATE_NOOP("motcua::Error", "The server could not be reached."));
    for (int attempt = 0; attempt < m_backoff.maxAttempts; ++attempt) {
        if (m_cancel.load())
            return Error::make(Error::Kind::Cancelled, QStringLiteral("net.cancelled"),
                               QT_TRANSLATE_NOOP("motcua::Error", "The operation was cancelled."));
        auto r = once();
        qint64 delay = m_backoff.delayMs(attempt);
        QString reason;
        if (!r) {
            //! Refresh failures other than the link (a revoked token) are final.
            if (r.error().kind != Error::Kind::Network)
                return r;
            last = r.error();
            reason = r.error().detail;
        } else if (r->status == 401 && !refreshed) {
            //! One refresh then one retry; a second 401 goes back to the caller.
            refreshed = true;
            m_auth->invalidateAccessToken();
            --attempt;
            continue;
        } else if (isRetryableStatus(r->status)) {
            last = problemError(*r);
            reason = QStringLiteral("HTTP %1").arg(r->status);
            if (auto ra = retryAfterMs(r->header("Retry-After")))
                delay = qMax<qint64>(*ra, 0);
        } else {
            return r;
        }
        if (attempt + 1 >= m_backoff.maxAttempts)
            break;
        qCDebug(lcSync) << "retry" << attempt + 1 << "in" << delay << "ms:" << reason;
        Q_EMIT retrying(attempt + 1, int(delay), reason);
        if (Status s = sleepMs(delay); !s)
            return s.error();
    }
    return last;
}

Result<HttpReply> ApiClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers, HttpOptions options)
{
    return withRetries([&] { return sendOnce(verb, path, body, headers, options); });
}

Status ApiClient::health(int timeoutMs)
{
    QNetworkRequest req(apiUrl(m_auth->server(), QStringLiteral("/health")));
    HttpOptions opt;
    opt.cancel = &m_cancel;
    opt.transferTimeoutMs = timeoutMs;
    auto r = httpCall(*m_nam, req, "GET", {}, opt);
    if (!r)
        return r.error();
    if (!r->isSuccess())
        return problemError(*r);
    return {};
}

Result<QJsonObject> ApiClient::getJson(const QString &path)
{
    auto r = send("GET", path);
    if (!r)
        return r.error();
    if (!r->isSuccess())
        return problemError(*r);
    const QJsonDocument doc = QJsonDocument::fromJson(r->body);
    if (!doc.isObject())
        return Error::make(Error::Kind::Invalid, QStringLiteral("sync.bad_json"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The server sent an unreadable answer for %1."),
                           {path});
    return doc.object();
}

Result<ChangesPage> ApiClient::changes(const QString &cursor, int limit)
{
    QUrlQuery q;
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("since"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    auto r = send("GET", QStringLiteral("/dossiers/changes?") + q.toString(QUrl::FullyEncoded));
    if (!r)
        return r.error();
    if (r->status == 410) {
        Error e = problemError(*r);
        e.code = QStringLiteral("sync.cursor_expired");
        return e;
    }
    if (!r->isSuccess())
        return problemError(*r);
    const QJsonObject o = r->json();
    const auto bad = [](const char *field) {
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("sync.bad_changes_page"),
            QT_TRANSLATE_NOOP("motcua::Error", "The server sent an unreadable list of changes."), {},
            QString::fromLatin1(field));
    };
    if (!o.value(QLatin1String("items")).isArray())
        return bad("items");
    if (!o.value(QLatin1String("cursor")).isString())
        return bad("cursor");
    ChangesPage page;
    page.items = o.value(QLatin1String("items")).toArray();
    page.itemTexts = splitTopLevelArray(r->body, "items");
    if (page.itemTexts.size() != page.items.size())
        page.itemTexts.clear();
    page.cursor = o.value(QLatin1String("cursor")).toString();
    page.hasMore = o.value(QLatin1String("has_more")).toBool();
    return page;
}

Result<ActionOutcome> ApiClient::postAction(const QString &dossierId, const QString &idempotencyKey,
                                            qint64 baseVersion, const QJsonObject &body)
{
    const QList<QPair<QByteArray, QByteArray>> headers {
        {"Idempotency-Key", idempotencyKey.toUtf8()},
        {"If-Match", '"' + QByteArray::number(baseVersion) + '"'},
    };
    auto r = send(
        "POST",
        QStringLiteral("/dossiers/%1/actions").arg(QString::fromLatin1(QUrl::toPercentEncoding(dossierId))),
        QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    if (!r)
        return r.error();
    ActionOutcome out;
    out.status = r->status;
    const QJsonObject o = r->json();
    if (r->isSuccess()) {
        out.kind = ActionOutcome::Kind::Applied;
        out.dossier = o.value(QLatin1String("dossier")).toObject();
        out.step = o.value(QLatin1String("step")).toObject();
        return out;
    }
    out.error = problemError(*r);
    out.dossier = o.value(QLatin1String("dossier")).toObject();
    if (r->status == 409 || r->status == 412) {
        out.kind = ActionOutcome::Kind::Conflict;
        return out;
    }
    if (r->status == 401 || r->status >= 500)
        return out.error; // not a verdict on the action: the caller keeps it queued
    out.kind = ActionOutcome::Kind::Rejected;
    return out;
}

Status ApiClient::putDocument(const QString &sha256, const QByteArray &pdf)
{
    if (!shaPattern().match(sha256).hasMatch())
        return Error::make(Error::Kind::Invalid, QStringLiteral("sync.bad_document_id"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Invalid document identifier."), {},
                           QStringLiteral("sha256"));
    auto r = send("PUT", QStringLiteral("/documents/") + sha256, pdf, {{"Content-Type", "application/pdf"}});
    if (!r)
        return r.error();
    if (!r->isSuccess())
        return problemError(*r);
    return {};
}

Result<qint64> ApiClient::download(const QString &sha256, qint64 offset, const ChunkWriter &write)
{
    if (!shaPattern().match(sha256).hasMatch())
        return Error::make(Error::Kind::Invalid, QStringLiteral("sync.bad_document_id"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Invalid document identifier."), {},
                           QStringLiteral("sha256"));
    qint64 written = offset;
    bool firstChunk = true;
    HttpOptions opt;
    opt.sink = [&](int status, const QByteArray &chunk) -> Status {
        if (firstChunk) {
            firstChunk = false;
            //! A 200 instead of 206: the validator did not match or ranges are
            //! unsupported; the whole document comes again.
            if (status == 200)
                written = 0;
        }
        if (Status s = write(written, chunk); !s)
            return s;
        written += chunk.size();
        return {};
    };
    opt.progress = [&](qint64 rec, qint64 total) { Q_EMIT downloadProgress(sha256, rec, total); };
    const QString path = QStringLiteral("/documents/") + sha256;
    auto r = withRetries([&]() -> Result<HttpReply> {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (written > 0) {
            headers.append({"Range", "bytes=" + QByteArray::number(written) + '-'});
            headers.append({"If-Range", '"' + sha256.toLatin1() + '"'});
        }
        firstChunk = true;
        return sendOnce("GET", path, {}, headers, opt);
    });
    if (!r)
        return r.error();
    if (r->status == 416) {
        //! The part already holds everything (or more): the caller verifies the hash.
        return written;
    }
    if (!r->isSuccess())
        return problemError(*r);
    return written;
}

} // namespace motcua
