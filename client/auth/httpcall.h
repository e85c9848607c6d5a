// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QUrl>
#include <atomic>
#include <functional>

class QNetworkAccessManager;

namespace motcua {

//! One complete HTTP exchange (any status). Transport failures are Errors instead.
struct HttpReply
{
    int status = 0;
    QByteArray body; //!< empty when the body was streamed to HttpOptions::sink
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 streamedBytes = 0; //!< bytes handed to the sink

    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    //! The body as a JSON object; an empty object when it is not one.
    [[nodiscard]] QJsonObject json() const;
};

struct HttpOptions
{
    //! Abort when no byte moves for this long (a stalled link), in ms.
    int transferTimeoutMs = 30000;
    //! Checked while the request runs; when it becomes true the request is aborted.
    const std::atomic_bool *cancel = nullptr;
    //! When set, a 2xx body is streamed here instead of being kept in memory;
    //! a failing sink aborts the transfer with its error.
    std::function<Status(int status, const QByteArray &chunk)> sink;
    //! Download progress (received, total or -1).
    std::function<void(qint64, qint64)> progress;
    //! Bounded reads: a 2xx body kept in memory, and anything streamed to the sink,
    //! may not exceed these (a server, or something pretending to be one, cannot
    //! fill the memory or the disk by not announcing a size); error bodies are
    //! bounded by kMaxErrorBody. Exceeding them aborts with "net.too_large".
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
    qint64 maxStreamBytes = 1024LL * 1024 * 1024;
    static constexpr qint64 kMaxErrorBody = 64 * 1024;
};

//! Performs one request on \a nam and blocks (local event loop) until it ends.
//! The transport rule (core/transport.h) is checked first: plain http:// to a
//! host other than this computer is refused before anything is sent.
//! Returns the reply for any HTTP status; an Error of kind Network for transport
//! failures (refused, reset, cut mid-body, timeout), Cancelled on cancellation.
Result<HttpReply> httpCall(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &verb,
                           const QByteArray &body = {}, const HttpOptions &options = {});

//! The error an unsuccessful reply stands for, from its application/problem+json
//! body ("code", "title", "detail") and its status.
[[nodiscard]] Error problemError(const HttpReply &reply);

//! Joins the server base URL (e.g. "https://motcua.example.vn") and an API path
//! such as "/dossiers/changes" below /api/v1.
[[nodiscard]] QUrl apiUrl(const QUrl &server, const QString &path);

} // namespace motcua
