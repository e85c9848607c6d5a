// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "component.h"
#include "json.h"

#include <cmath>

namespace motcua::json {

namespace {
//! Integers beyond 2^53 cannot be represented exactly in a JSON number (a double).
constexpr qint64 kMaxExactInteger = (qint64(1) << 53);
} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{ }

QString JsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonReader::indexPath(const QString &arrayPath, qsizetype index)
{
    return arrayPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

Error JsonReader::missing(const QString &path)
{
    return Error::make(Error::Kind::Invalid, QStringLiteral("json.missing"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The field %1 is missing."), {path}, path);
}

Error JsonReader::wrongType(const QString &path, const char *expected)
{
    return Error::make(Error::Kind::Invalid, QStringLiteral("json.type"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The field %1 has the wrong type (expected %2)."),
                       {path, QString::fromLatin1(expected)}, path);
}

Error JsonReader::outOfRange(const QString &path, const QString &min, const QString &max)
{
    return Error::make(Error::Kind::Invalid, QStringLiteral("json.range"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The value of %1 is out of range (%2 to %3)."),
                       {path, min, max}, path);
}

Error JsonReader::badFormat(const QString &path, const char *what)
{
    return Error::make(Error::Kind::Invalid, QStringLiteral("json.format"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The field %1 is not a valid %2."),
                       {path, QString::fromLatin1(what)}, path);
}

Error JsonReader::unknownValue(const QString &path, const QString &value)
{
    return Error::make(
        Error::Kind::Invalid, QStringLiteral("json.enum"),
        QT_TRANSLATE_NOOP("motcua::Error", "The field %1 has an unknown value \u201c%2\u201d."),
        {path, value.left(64)}, path);
}

bool JsonReader::fail(Error e)
{
    if (!m_error)
        m_error = std::move(e);
    return false;
}

bool JsonReader::take(const Status &st)
{
    if (!ok())
        return false;
    if (!st)
        return fail(st.error());
    return true;
}

bool JsonReader::failEnum(const QString &path, const QString &value)
{
    return fail(unknownValue(path, value));
}

Status JsonReader::status() const
{
    if (m_error)
        return *m_error;
    return {};
}

bool JsonReader::value(const QString &key, QJsonValue &out)
{
    if (!ok())
        return false;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isUndefined())
        return fail(missing(pathOf(key)));
    out = *it;
    return true;
}

template<typename T, typename Convert>
bool JsonReader::typed(const QString &key, QJsonValue::Type type, const char *expected, T &out,
                       Convert convert)
{
    QJsonValue v;
    if (!value(key, v))
        return false;
    if (v.type() != type)
        return fail(wrongType(pathOf(key), expected));
    out = convert(v);
    return true;
}

bool JsonReader::string(const QString &key, QString &out, bool allowEmpty)
{
    QJsonValue v;
    if (!value(key, v))
        return false;
    if (!v.isString())
        return fail(wrongType(pathOf(key), "string"));
    if (!allowEmpty && v.toString().isEmpty())
        return fail(missing(pathOf(key)));
    out = v.toString();
    return true;
}

bool JsonReader::nullableString(const QString &key, QString &out)
{
    QJsonValue v;
    if (!value(key, v))
        return false;
    if (v.isNull()) {
        out.clear();
        return true;
    }
    if (!v.isString())
        return fail(wrongType(pathOf(key), "string or null"));
    out = v.toString();
    return true;
}

bool JsonReader::boolean(const QString &key, bool &out)
{
    return typed(key, QJsonValue::Bool, "boolean", out, [](const QJsonValue &v) { return v.toBool(); });
}

bool JsonReader::integer(const QString &key, qint64 &out, qint64 min, qint64 max)
{
    QJsonValue v;
    if (!value(key, v))
        return false;
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d)
        return fail(wrongType(pathOf(key), "integer"));
    if (d < double(std::max(min, -kMaxExactInteger)) || d > double(std::min(max, kMaxExactInteger)))
        return fail(outOfRange(pathOf(key), QString::number(min), QString::number(max)));
    out = qint64(d);
    return true;
}

bool JsonReader::integer(const QString &key, int &out, int min, int max)
{
    qint64 v = 0;
    if (!integer(key, v, min, max))
        return false;
    out = int(v);
    return true;
}

bool JsonReader::number(const QString &key, double &out, double min, double max)
{
    QJsonValue v;
    if (!value(key, v))
        return false;
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return fail(wrongType(pathOf(key), "number"));
    const double d = v.toDouble();
    if (d < min || d > max)
        return fail(outOfRange(pathOf(key), QString::number(min), QString::number(max)));
    out = d;
    return true;
}

bool JsonReader::object(const QString &key, QJsonObject &out)
{
    return typed(key, QJsonValue::Object, "object", out, [](const QJsonValue &v) { return v.toObject(); });
}

bool JsonReader::array(const QString &key, QJsonArray &out)
{
    return typed(key, QJsonValue::Array, "array", out, [](const QJsonValue &v) { return v.toArray(); });
}

bool JsonReader::timestamp(const QString &key, QDateTime &out, bool nullable)
{
    QJsonValue v;
    if (!value(key, v))
        return false;
    if (v.isNull() && nullable) {
        out = QDateTime();
        return true;
    }
    if (!v.isString())
        return fail(wrongType(pathOf(key), nullable ? "timestamp string or null" : "timestamp string"));
    Result<QDateTime> t = parseTimestamp(v.toString(), pathOf(key));
    if (!t)
        return fail(t.error());
    out = t.value();
    return true;
}

bool JsonReader::optionalTimestamp(const QString &key, QDateTime &out)
{
    if (!ok())
        return false;
    if (!m_object.contains(key)) {
        out = QDateTime();
        return true;
    }
    return timestamp(key, out, true);
}

bool JsonReader::sha256(const QString &key, QString &out)
{
    QString text;
    if (!string(key, text))
        return false;
    if (!isValidSha256(text))
        return fail(badFormat(pathOf(key), "SHA-256 digest (64 lowercase hex digits)"));
    out = text;
    return true;
}

bool JsonReader::date(const QJsonValue &v, const QString &path, QDate &out)
{
    if (!ok())
        return false;
    if (!v.isString())
        return fail(wrongType(path, "date string"));
    const QString text = v.toString();
    const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (text.size() != 10 || !d.isValid())
        return fail(badFormat(path, "date (YYYY-MM-DD)"));
    out = d;
    return true;
}

bool JsonReader::date(const QString &key, QDate &out)
{
    QJsonValue v;
    if (!value(key, v))
        return false;
    return date(v, pathOf(key), out);
}

bool JsonReader::time(const QString &key, QTime &out)
{
    QString text;
    if (!string(key, text))
        return false;
    const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (text.size() != 5 || !t.isValid())
        return fail(badFormat(pathOf(key), "time (HH:MM)"));
    out = t;
    return true;
}

} // namespace motcua::json
