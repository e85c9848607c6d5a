// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTime>
#include <optional>

namespace motcua::json {

//! Internal helper of the codecs: reads typed fields of one JSON object and keeps
//! the first error (with the field's full path). After an error every further read
//! is a no-op returning false, so a codec reads straight through and returns status().
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path);

    //! "parent.key" (or "key" at the root).
    [[nodiscard]] QString pathOf(const QString &key) const;
    //! "parent[index]".
    [[nodiscard]] static QString indexPath(const QString &arrayPath, qsizetype index);

    bool string(const QString &key, QString &out, bool allowEmpty = true);
    //! A string or null (null -> empty).
    bool nullableString(const QString &key, QString &out);
    bool boolean(const QString &key, bool &out);
    bool integer(const QString &key, qint64 &out, qint64 min, qint64 max);
    bool integer(const QString &key, int &out, int min, int max);
    bool number(const QString &key, double &out, double min, double max);
    bool object(const QString &key, QJsonObject &out);
    bool array(const QString &key, QJsonArray &out);
    //! Required key; the value may be null (-> null QDateTime) only if `nullable`.
    bool timestamp(const QString &key, QDateTime &out, bool nullable);
    //! Like timestamp(.., true) but the key may also be absent.
    bool optionalTimestamp(const QString &key, QDateTime &out);
    bool sha256(const QString &key, QString &out);
    bool date(const QString &key, QDate &out);
    bool date(const QJsonValue &value, const QString &path, QDate &out);
    bool time(const QString &key, QTime &out);

    template<typename E> bool enumValue(const QString &key, E &out, std::optional<E> (*parseFn)(QStringView))
    {
        QString text;
        if (!string(key, text))
            return false;
        return enumText(text, pathOf(key), out, parseFn);
    }
    template<typename E>
    bool enumText(const QString &text, const QString &path, E &out, std::optional<E> (*parseFn)(QStringView))
    {
        const std::optional<E> v = parseFn(text);
        if (!v)
            return failEnum(path, text);
        out = *v;
        return true;
    }

    //! An array of objects at `key` into `out` (cleared first), each element read by
    //! `read(object, element, path)`, a nested codec returning Status. Stops at the
    //! first error. False (out untouched) when the key is absent or not an array.
    template<typename T, typename Read> bool objects(const QString &key, QList<T> &out, Read read)
    {
        QJsonArray items;
        if (!array(key, items))
            return false;
        out.clear();
        const QString p = pathOf(key);
        for (qsizetype i = 0; i < items.size() && ok(); ++i) {
            const QString ip = indexPath(p, i);
            if (!items.at(i).isObject())
                return fail(wrongType(ip, "object"));
            T element;
            if (take(read(items.at(i).toObject(), element, ip)))
                out.append(std::move(element));
        }
        return ok();
    }

    //! Records an error from a nested codec (keeps the first).
    bool take(const Status &st);
    bool fail(Error e);

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] Status status() const;
    [[nodiscard]] const QJsonObject &object() const { return m_object; }
    [[nodiscard]] bool has(const QString &key) const { return m_object.contains(key); }

    static Error missing(const QString &path);
    static Error wrongType(const QString &path, const char *expected);
    static Error outOfRange(const QString &path, const QString &min, const QString &max);
    static Error badFormat(const QString &path, const char *what);
    static Error unknownValue(const QString &path, const QString &value);

private:
    bool failEnum(const QString &path, const QString &value);
    //! The value at key, or an error if absent.
    bool value(const QString &key, QJsonValue &out);
    //! The value at key converted, or an error if absent or not of JSON type `type`.
    template<typename T, typename Convert>
    bool typed(const QString &key, QJsonValue::Type type, const char *expected, T &out, Convert convert);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace motcua::json
