// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpcall.h"

#include "core/problem.h"
#include "core/transport.h"
#include "net/tlspins.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace motcua {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? doc.object() : QJsonObject();
}

namespace {

//! Errors of QNetworkReply below 200 (and the protocol failure) are about the
//! link, not about what the server answered.
bool isTransportError(QNetworkReply::NetworkError e)
{
    return (e > QNetworkReply::NoError && e < 200) || e == QNetworkReply::ProtocolFailure;
}

} // namespace

//! Besides the transport rule, an https:// server whose chain lacks a key the
//! province pinned is refused before the request is written (net/tlspins.h).
Result<HttpReply> httpCall(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &verb,
                           const QByteArray &body, const HttpOptions &options)
{
    if (Status s = checkTransport(request.url()); !s)
        return s.error();
    QNetworkRequest req = request;
    req.setTransferTimeout(options.transferTimeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QBuffer *upload = nullptr;
    QNetworkReply *reply = nullptr;
    if (!body.isEmpty() || verb == "POST" || verb == "PUT") {
        upload = new QBuffer;
        upload->setData(body);
        upload->open(QIODevice::ReadOnly);
        reply = nam.sendCustomRequest(req, verb, upload);
        upload->setParent(reply);
    } else {
        reply = nam.sendCustomRequest(req, verb);
    }
    net::guardReply(reply);

    HttpReply out;
    Error sinkError;
    bool sinkFailed = false;
    bool cancelled = false;
    qint64 tooLargeLimit = 0;
    QEventLoop loop;

    auto httpStatus = [reply] { return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); };
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        const int st = httpStatus();
        const bool success = st >= 200 && st < 300;
        if (!options.sink || !success) {
            //! Kept in the reply buffer and read at the end: bounded meanwhile.
            const qint64 limit = success ? options.maxBodyBytes : HttpOptions::kMaxErrorBody;
            if (reply->bytesAvailable() > limit && tooLargeLimit == 0) {
                tooLargeLimit = limit;
                reply->abort();
            }
            return;
        }
        const QByteArray chunk = reply->readAll();
        if (chunk.isEmpty() || sinkFailed)
            return;
        if (out.streamedBytes + chunk.size() > options.maxStreamBytes) {
            tooLargeLimit = options.maxStreamBytes;
            reply->abort();
            return;
        }
        if (Status s = options.sink(st, chunk); !s) {
            sinkError = s.error();
            sinkFailed = true;
            reply->abort();
            return;
        }
        out.streamedBytes += chunk.size();
    });
    if (options.progress)
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply, options.progress);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);

    QTimer cancelPoll;
    if (options.cancel) {
        cancelPoll.setInterval(50);
        QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
            if (options.cancel->load()) {
                cancelled = true;
                reply->abort();
            }
        });
        cancelPoll.start();
    }
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    cancelPoll.stop();

    const QNetworkReply::NetworkError netError = reply->error();
    out.status = httpStatus();
    out.headers = reply->rawHeaderPairs();
    const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString errorText = reply->errorString();
    const Status pinned = net::replyStatus(reply);
    reply->deleteLater();

    if (!pinned)
        return pinned.error();

    if (sinkFailed)
        return sinkError;
    if (tooLargeLimit > 0)
        return Error::make(Error::Kind::Invalid, QStringLiteral("net.too_large"),
                           QT_TRANSLATE_NOOP("motcua::Error",
                                             "The server sent more than %1 bytes; the transfer was stopped."),
                           {QString::number(tooLargeLimit)});
    if (cancelled || (options.cancel && options.cancel->load()))
        return Error::make(Error::Kind::Cancelled, QStringLiteral("net.cancelled"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The operation was cancelled."));
    if (out.status == 0 || isTransportError(netError)) {
        //! The sink keeps what arrived before the cut: the caller resumes from there.
        return Error::make(Error::Kind::Network, QStringLiteral("net.transport"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The server could not be reached: %1"),
                           {errorText})
            .withDetail(QStringLiteral("QNetworkReply error %1 after %2 bytes, HTTP %3")
                            .arg(int(netError))
                            .arg(out.streamedBytes)
                            .arg(out.status));
    }
    if (options.sink && out.isSuccess() && !rest.isEmpty()) {
        if (Status s = options.sink(out.status, rest); !s)
            return s.error();
        out.streamedBytes += rest.size();
    } else {
        out.body = rest;
    }
    return out;
}

Error problemError(const HttpReply &reply)
{
    const QJsonObject p = reply.json();
    Error::Kind kind = Error::Kind::Internal;
    const char *message = QT_TRANSLATE_NOOP("motcua::Error", "The server refused the request: %1");
    switch (reply.status) {
    case 400:
    case 413:
    case 415:
    case 422:
        kind = Error::Kind::Invalid;
        break;
    case 401:
        kind = Error::Kind::Unauthorized;
        message = QT_TRANSLATE_NOOP("motcua::Error", "Your sign-in has expired; please sign in again. (%1)");
        break;
    case 403:
        kind = Error::Kind::Forbidden;
        message = QT_TRANSLATE_NOOP("motcua::Error", "You are not allowed to do this: %1");
        break;
    case 404:
        kind = Error::Kind::NotFound;
        message = QT_TRANSLATE_NOOP("motcua::Error", "Not found on the server: %1");
        break;
    case 409:
        kind = Error::Kind::Conflict;
        message = QT_TRANSLATE_NOOP("motcua::Error", "Someone else acted on this dossier first: %1");
        break;
    case 412:
        kind = Error::Kind::Stale;
        message
            = QT_TRANSLATE_NOOP("motcua::Error", "The dossier changed on the server since you opened it: %1");
        break;
    case 410:
        kind = Error::Kind::Invalid;
        break;
    default:
        if (reply.status == 429 || reply.status >= 500) {
            kind = Error::Kind::Network;
            message = QT_TRANSLATE_NOOP("motcua::Error", "The server is busy or unavailable: %1");
        }
        break;
    }
    QString code = p.value(QLatin1String("code")).toString();
    if (code.isEmpty())
        code = QStringLiteral("http.%1").arg(reply.status);
    QString title = p.value(QLatin1String("title")).toString();
    if (title.isEmpty())
        title = QStringLiteral("HTTP %1").arg(reply.status);
    //! A problem with its own clear message (e.g. an offline action dated out of bounds).
    if (const char *specific = json::messageForCode(code))
        message = specific;
    Error e = Error::make(kind, code, message, {title});
    const QString detail = p.value(QLatin1String("detail")).toString();
    e.detail = QStringLiteral("HTTP %1%2")
                   .arg(reply.status)
                   .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    return e;
}

QUrl apiUrl(const QUrl &server, const QString &path)
{
    QUrl url = server;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(base + QStringLiteral("/api/v1") + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return url;
}

} // namespace motcua
