// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace motcua::server {

//! Our own request type: handlers never see Qt HttpServer (a technology
//! preview in 6.4), only this struct filled by HttpAdapter.
struct HttpRequest
{
    QByteArray method; //!< "GET", "POST", ...
    QString path; //!< still percent-encoded, e.g. "/api/v1/dossiers/x"
    QStringList segments; //!< decoded path segments
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; //!< names lowercased
    QByteArray body;
    QHostAddress remote;

    [[nodiscard]] QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

//! "/api/v1/dossiers/a%2Fb" → {"api","v1","dossiers","a/b"}: split first, then
//! decode, so an encoded '/' stays inside its segment (and is refused by the id checks).
QStringList decodedPathSegments(const QString &encodedPath);

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    HttpResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    [[nodiscard]] QByteArray headerValue(const QByteArray &name) const;

    static HttpResponse json(const QJsonObject &obj, int status = 200);
    static HttpResponse bytes(const QByteArray &body, const QByteArray &contentType, int status = 200);
    //! RFC 7807 problem+json with a stable machine-readable `code`.
    static HttpResponse problem(int status, const QString &code, const QString &detail,
                                const QJsonObject &extra = {});
};

} // namespace motcua::server
