// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercontext.h"

#include "router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace motcua::server {

Result<QJsonObject> parseJsonBody(const HttpRequest &req, qint64 limit)
{
    if (req.body.size() > limit)
        return Error::make(Error::Kind::Invalid, QStringLiteral("request.too_large"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The request body is too large."));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &err);
    if (err.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Invalid, QStringLiteral("request.malformed_json"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Malformed JSON: %1"), {err.errorString()});
    if (!doc.isObject())
        return Error::make(Error::Kind::Invalid, QStringLiteral("request.not_object"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The request body must be a JSON object."));
    return doc.object();
}

QJsonValue isoOrNull(const QDateTime &dt)
{
    if (!dt.isValid())
        return QJsonValue::Null;
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

bool isSafeId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,100}$"));
    return re.match(id).hasMatch() && !id.contains(QLatin1String("..")) && id != QLatin1String(".");
}

HttpResponse storedItemsResponse(Result<QSqlQuery> query)
{
    if (!query)
        return errorResponse(query.error());
    QJsonArray items;
    while (query->next())
        items.append(QJsonDocument::fromJson(query->value(0).toByteArray()).object());
    return HttpResponse::json({{QStringLiteral("items"), items}});
}

std::optional<HttpResponse> refusedUnless(const Result<bool> &allowed, const QString &code,
                                          const QString &detail)
{
    if (!allowed)
        return errorResponse(allowed.error());
    if (!*allowed)
        return HttpResponse::problem(403, code, detail);
    return std::nullopt;
}

} // namespace motcua::server
