// SPDX-License-Identifier: GPL-3.0-or-later
#include "problem.h"

namespace motcua::json {

namespace {
struct KindStatus
{
    Error::Kind kind;
    int status;
    const char *slug;
    const char *message;
};

//! The first entry with a given status wins when mapping a status back to a kind.
constexpr KindStatus kTable[] = {
    {Error::Kind::Invalid, 422, "invalid",
     QT_TRANSLATE_NOOP("motcua::Error", "The server refused the data as invalid.")},
    {Error::Kind::NotFound, 404, "not-found",
     QT_TRANSLATE_NOOP("motcua::Error", "The server does not know this item.")},
    {Error::Kind::Forbidden, 403, "forbidden",
     QT_TRANSLATE_NOOP("motcua::Error", "You are not allowed to do this.")},
    {Error::Kind::Conflict, 409, "conflict",
     QT_TRANSLATE_NOOP("motcua::Error", "Someone else changed the dossier first.")},
    {Error::Kind::Stale, 412, "stale",
     QT_TRANSLATE_NOOP("motcua::Error", "The dossier changed since you opened it.")},
    {Error::Kind::Unauthorized, 401, "unauthorized",
     QT_TRANSLATE_NOOP("motcua::Error", "Please sign in again.")},
    {Error::Kind::Network, 502, "network",
     QT_TRANSLATE_NOOP("motcua::Error", "The central system cannot be reached.")},
    {Error::Kind::Cancelled, 499, "cancelled",
     QT_TRANSLATE_NOOP("motcua::Error", "The request was cancelled.")},
    {Error::Kind::Internal, 500, "internal",
     QT_TRANSLATE_NOOP("motcua::Error", "The central system had an internal error.")},
    {Error::Kind::Storage, 500, "storage",
     QT_TRANSLATE_NOOP("motcua::Error", "The central system had an internal error.")},
    {Error::Kind::Crypto, 500, "crypto",
     QT_TRANSLATE_NOOP("motcua::Error", "The central system had an internal error.")},
};

//! Problems whose own message helps more than the kind's (shown in the outbox).
constexpr struct
{
    const char *code;
    const char *message;
} kCodeMessages[] = {
    {"action.acted_at_future",
     QT_TRANSLATE_NOOP("motcua::Error",
                       "The action is dated later than the server's time: check this "
                       "computer's clock and time zone, then do the action again.")},
    {"action.acted_at_too_old",
     QT_TRANSLATE_NOOP("motcua::Error",
                       "The action was done offline longer ago than the province allows: it "
                       "can no longer be recorded with that date. Do it again now.")},
    {"action.acted_at_before_version",
     QT_TRANSLATE_NOOP("motcua::Error",
                       "The action is dated before the version of the dossier it was done on: "
                       "check this computer's clock.")},
    {"action.acted_at_before_signing",
     QT_TRANSLATE_NOOP("motcua::Error",
                       "The result is dated before its own signature: check this computer's "
                       "clock.")},
    {"action.acted_at_invalid",
     QT_TRANSLATE_NOOP("motcua::Error", "The time the action was done is not valid.")},
};

const KindStatus &byKind(Error::Kind k)
{
    for (const KindStatus &e : kTable) {
        if (e.kind == k)
            return e;
    }
    return kTable[8];
}
} // namespace

const char *messageForCode(const QString &code)
{
    for (const auto &m : kCodeMessages) {
        if (code == QLatin1String(m.code))
            return m.message;
    }
    return nullptr;
}

int httpStatus(Error::Kind kind)
{
    return byKind(kind).status;
}

QJsonObject toProblemJson(const Error &error)
{
    const KindStatus &e = byKind(error.kind);
    const QString title = error.englishMessage();
    QJsonObject o {
        {QStringLiteral("type"), QStringLiteral("https://motcua.invalid/problems/") + QLatin1String(e.slug)},
        {QStringLiteral("title"), title},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("detail"), error.detail.isEmpty() ? title : error.detail},
        {QStringLiteral("code"), error.code}};
    if (!error.path.isEmpty())
        o.insert(QStringLiteral("path"), error.path);
    return o;
}

Error errorFromProblemJson(const QJsonObject &problem, int status)
{
    Error::Kind kind = Error::Kind::Internal;
    if (status == 400)
        kind = Error::Kind::Invalid;
    for (const KindStatus &e : kTable) {
        if (e.status == status) {
            kind = e.kind;
            break;
        }
    }
    QString code = problem.value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        code = QStringLiteral("http.%1").arg(status);
    const char *specific = messageForCode(code);
    const char *message = specific ? specific : byKind(kind).message;
    Error err = Error::make(kind, code, message, {}, problem.value(QStringLiteral("path")).toString());
    const QString title = problem.value(QStringLiteral("title")).toString();
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    err.detail = detail.isEmpty() || detail == title ? title : title + QStringLiteral(": ") + detail;
    return err;
}

} // namespace motcua::json
