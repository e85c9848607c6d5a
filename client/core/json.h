// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"
#include "agency.h"
#include "annotation.h"
#include "component.h"
#include "dossier.h"
#include "historystep.h"
#include "official.h"
#include "procedure.h"
#include "result.h"
#include "workingcalendar.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <functional>

//! Strict JSON codecs for the domain types (wire names in snake_case; see the
//! type headers for each object's fields).
//!
//! fromJson() never fills a silent default: a missing field, a value of the wrong
//! JSON type, an out-of-range number, a malformed sha256 or timestamp or an unknown
//! enum value is an Error (kind Invalid) whose `path` names the field, e.g.
//! "components[2].sha256", prefixed by the `path` argument. Error codes:
//! "json.missing", "json.type", "json.range", "json.format", "json.enum".
//! Unknown extra fields are ignored (forward compatibility).
//! Timestamps: ISO 8601 UTC with "Z" ("2026-11-23T08:30:00Z", optional .fff
//! fraction on input), null when absent; written without fraction.
//! On failure `out` may be partly filled; use parse<T>() to get all or nothing.
namespace motcua::json {

[[nodiscard]] QJsonObject toJson(const Official &v);
[[nodiscard]] QJsonObject toJson(const Agency &v);
[[nodiscard]] QJsonObject toJson(const RequiredComponent &v);
[[nodiscard]] QJsonObject toJson(const Procedure &v);
[[nodiscard]] QJsonObject toJson(const Component &v);
[[nodiscard]] QJsonObject toJson(const Annotation &v);
[[nodiscard]] QJsonObject toJson(const Applicant &v);
//! A full dossier (with the derived "national_status"), or for a tombstone
//! {"id","deleted":true,"version"}.
[[nodiscard]] QJsonObject toJson(const Dossier &v);
[[nodiscard]] QJsonObject toJson(const Action &v);
[[nodiscard]] QJsonObject toJson(const HistoryStep &v);
[[nodiscard]] QJsonObject toJson(const CalendarYear &v);

Status fromJson(const QJsonObject &o, Official &out, const QString &path = {});
Status fromJson(const QJsonObject &o, Agency &out, const QString &path = {});
Status fromJson(const QJsonObject &o, RequiredComponent &out, const QString &path = {});
Status fromJson(const QJsonObject &o, Procedure &out, const QString &path = {});
Status fromJson(const QJsonObject &o, Component &out, const QString &path = {});
Status fromJson(const QJsonObject &o, Annotation &out, const QString &path = {});
Status fromJson(const QJsonObject &o, Applicant &out, const QString &path = {});
//! Accepts a tombstone ({"id","deleted":true,"version"}). "paused_at" may be
//! absent (null); "national_status", if present, must equal the derived code.
Status fromJson(const QJsonObject &o, Dossier &out, const QString &path = {});
Status fromJson(const QJsonObject &o, Action &out, const QString &path = {});
Status fromJson(const QJsonObject &o, HistoryStep &out, const QString &path = {});
Status fromJson(const QJsonObject &o, CalendarYear &out, const QString &path = {});

//! All or nothing: the parsed value or the first error.
template<typename T> [[nodiscard]] Result<T> parse(const QJsonObject &o, const QString &path = {})
{
    T value;
    Status st = fromJson(o, value, path);
    if (!st)
        return st.error();
    return value;
}

namespace detail {
//! Calls `each` for every element of o["items"] (which must be an array of objects).
Status readItems(const QJsonObject &o, const QString &path,
                 const std::function<Status(const QJsonObject &, const QString &)> &each);
} // namespace detail

//! {"items":[...]} lists with each item read by `parse(object, item, path)`.
template<typename T, typename Parse>
[[nodiscard]] Result<QList<T>> parseItemsWith(const QJsonObject &o, const QString &path, Parse parse)
{
    QList<T> items;
    Status st
        = detail::readItems(o, path, [&items, &parse](const QJsonObject &item, const QString &p) -> Status {
              T value;
              Status s = parse(item, value, p);
              if (s)
                  items.append(std::move(value));
              return s;
          });
    if (!st)
        return st.error();
    return items;
}

//! {"items":[...]} lists (GET /agencies, /procedures, /dossiers/{id}/history, ...).
template<typename T> [[nodiscard]] Result<QList<T>> parseItems(const QJsonObject &o, const QString &path = {})
{
    return parseItemsWith<T>(o, path, [](const QJsonObject &item, T &value, const QString &p) {
        return fromJson(item, value, p);
    });
}

//! GET /me: an official with "agency":{...} instead of "agency_code".
struct Me
{
    Official official;
    Agency agency;
    bool operator==(const Me &) const = default;
};
[[nodiscard]] QJsonObject toJson(const Me &v);
Status fromJson(const QJsonObject &o, Me &out, const QString &path = {});

//! The body of POST /dossiers/{id}/actions: the payload plus "kind".
[[nodiscard]] QJsonObject actionRequestBody(const Action &action);
//! Reads that body back (server side). Fields the body does not carry
//! (dossierId, idempotency key, base version, actor, time) come from the request.
[[nodiscard]] Result<Action> actionFromRequestBody(const QJsonObject &body, const QString &dossierId,
                                                   const QString &idempotencyKey, qint64 baseVersion,
                                                   const QString &actor, const QDateTime &createdAt);

//! Timestamps on the wire: null for a null QDateTime, else "YYYY-MM-DDTHH:MM:SSZ".
[[nodiscard]] QJsonValue timestampToJson(const QDateTime &t);
//! Strict parse of a non-null timestamp string; std error codes and `path`.
[[nodiscard]] Result<QDateTime> parseTimestamp(const QString &text, const QString &path = {});

} // namespace motcua::json
