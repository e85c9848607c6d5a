// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <utility>
#include <vector>

namespace motcua::signing {

//! A parsed PDF object: just enough of the model to read the structure that
//! signing and validation need and to write it back unchanged in an update.
//! Numbers keep their original token so that re-serialising a dictionary never
//! changes a value through float formatting.
struct PdfObject
{
    enum class Type { Null, Bool, Number, String, Name, Array, Dict, Ref };

    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    QByteArray token; //!< number token as written, string bytes (decoded) or name (without '/', decoded)
    int refNum = 0;
    int refGen = 0;
    std::vector<PdfObject> array;
    std::vector<std::pair<QByteArray, PdfObject>> dict;

    [[nodiscard]] static PdfObject makeInt(qint64 v);
    [[nodiscard]] static PdfObject makeName(const QByteArray &n);
    [[nodiscard]] static PdfObject makeString(const QByteArray &s);
    [[nodiscard]] static PdfObject makeRef(int num, int gen = 0);
    [[nodiscard]] static PdfObject makeArray(std::vector<PdfObject> items = {});
    [[nodiscard]] static PdfObject makeDict();

    [[nodiscard]] bool isNull() const { return type == Type::Null; }
    [[nodiscard]] bool isDict() const { return type == Type::Dict; }
    [[nodiscard]] bool isArray() const { return type == Type::Array; }
    [[nodiscard]] bool isRef() const { return type == Type::Ref; }
    [[nodiscard]] bool isName(const char *n = nullptr) const;
    [[nodiscard]] bool isNumber() const { return type == Type::Number; }
    [[nodiscard]] bool isString() const { return type == Type::String; }
    [[nodiscard]] qint64 toInt(qint64 fallback = 0) const;

    //! Dictionary lookup; returns a Null object when absent or not a dictionary.
    [[nodiscard]] const PdfObject &get(const char *key) const;
    [[nodiscard]] bool has(const char *key) const;
    void set(const QByteArray &key, PdfObject value);
    void remove(const char *key);

    //! PDF syntax for this object (strings as hex, names escaped).
    [[nodiscard]] QByteArray serialize() const;
    void serializeTo(QByteArray &out) const;
};

//! Hex-encode bytes as a PDF hex string body (upper case).
QByteArray pdfHex(const QByteArray &bytes);

} // namespace motcua::signing
