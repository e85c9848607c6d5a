// SPDX-License-Identifier: GPL-3.0-or-later
#include "http.h"

#include <QJsonDocument>
#include <QUrl>

Q_LOGGING_CATEGORY(lcServer, "motcua.server")

namespace motcua::server {

QStringList decodedPathSegments(const QString &encodedPath)
{
    QStringList out;
    const QStringList raw = encodedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &s : raw)
        out.append(QUrl::fromPercentEncoding(s.toUtf8()));
    return out;
}

QByteArray HttpResponse::headerValue(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpResponse HttpResponse::json(const QJsonObject &obj, int status)
{
    return bytes(QJsonDocument(obj).toJson(QJsonDocument::Compact), "application/json", status);
}

HttpResponse HttpResponse::bytes(const QByteArray &body, const QByteArray &contentType, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.header("Content-Type", contentType);
    return r;
}

static QString titleFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 416:
        return QStringLiteral("Range Not Satisfiable");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 428:
        return QStringLiteral("Precondition Required");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return QStringLiteral("Error");
    }
}

HttpResponse HttpResponse::problem(int status, const QString &code, const QString &detail,
                                   const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("type"), QStringLiteral("https://motcua.invalid/problems/") + code);
    o.insert(QStringLiteral("title"), titleFor(status));
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("detail"), detail);
    o.insert(QStringLiteral("code"), code);
    return bytes(QJsonDocument(o).toJson(QJsonDocument::Compact), "application/problem+json", status);
}

} // namespace motcua::server
