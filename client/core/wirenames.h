// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <cstddef>
#include <optional>

namespace motcua {

//! One value of an enum with its name on the wire (API, SQLite, reports) and,
//! where the UI shows it, an English label marked with QT_TRANSLATE_NOOP.
template<typename E> struct WireName
{
    E value;
    const char *wire;
    const char *label = nullptr;
};

//! The lookups every enum of the domain needs, over one table a type: the name
//! and the value are read from the same row in both directions, so the two can
//! no longer drift apart as a switch and a chain of comparisons could. The first
//! row answers for a value missing from the table (never the case for a table
//! that lists the whole enum).
namespace wire {

template<typename E, std::size_t N> const WireName<E> &row(const WireName<E> (&table)[N], E value)
{
    for (const WireName<E> &r : table) {
        if (r.value == value)
            return r;
    }
    return table[0];
}

template<typename E, std::size_t N> QString name(const WireName<E> (&table)[N], E value)
{
    return QString::fromLatin1(row(table, value).wire);
}

template<typename E, std::size_t N> std::optional<E> parse(const WireName<E> (&table)[N], QStringView text)
{
    for (const WireName<E> &r : table) {
        if (text == QLatin1String(r.wire))
            return r.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QList<E> values(const WireName<E> (&table)[N])
{
    QList<E> out;
    for (const WireName<E> &r : table)
        out.append(r.value);
    return out;
}

//! The label in the UI language; `context` is the one given to QT_TRANSLATE_NOOP.
template<typename E, std::size_t N> QString label(const char *context, const WireName<E> (&table)[N], E value)
{
    return QCoreApplication::translate(context, row(table, value).label);
}

} // namespace wire
} // namespace motcua

//! Defines the two functions an enum with a wire table declares in its header:
//! `QString toWire(Enum)` and `std::optional<Enum> parseFn(QStringView)`.
#define MOTCUA_WIRE_FUNCTIONS(Enum, parseFn, table)                                                          \
    QString toWire(Enum value)                                                                               \
    {                                                                                                        \
        return ::motcua::wire::name(table, value);                                                           \
    }                                                                                                        \
    std::optional<Enum> parseFn(QStringView text)                                                            \
    {                                                                                                        \
        return ::motcua::wire::parse(table, text);                                                           \
    }

//! The same, with the list of all values and the label in the UI language (`context`
//! as given to QT_TRANSLATE_NOOP in the table).
#define MOTCUA_WIRE_LABEL_FUNCTIONS(Enum, allFn, parseFn, context, table)                                    \
    MOTCUA_WIRE_FUNCTIONS(Enum, parseFn, table)                                                              \
    QList<Enum> allFn()                                                                                      \
    {                                                                                                        \
        return ::motcua::wire::values(table);                                                                \
    }                                                                                                        \
    QString displayName(Enum value)                                                                          \
    {                                                                                                        \
        return ::motcua::wire::label(context, table, value);                                                 \
    }
