// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfobject.h"

#include <cstring>

namespace motcua::signing {

PdfObject PdfObject::makeInt(qint64 v)
{
    PdfObject o;
    o.type = Type::Number;
    o.number = double(v);
    o.token = QByteArray::number(v);
    return o;
}

PdfObject PdfObject::makeName(const QByteArray &n)
{
    PdfObject o;
    o.type = Type::Name;
    o.token = n;
    return o;
}

PdfObject PdfObject::makeString(const QByteArray &s)
{
    PdfObject o;
    o.type = Type::String;
    o.token = s;
    return o;
}

PdfObject PdfObject::makeRef(int num, int gen)
{
    PdfObject o;
    o.type = Type::Ref;
    o.refNum = num;
    o.refGen = gen;
    return o;
}

PdfObject PdfObject::makeArray(std::vector<PdfObject> items)
{
    PdfObject o;
    o.type = Type::Array;
    o.array = std::move(items);
    return o;
}

PdfObject PdfObject::makeDict()
{
    PdfObject o;
    o.type = Type::Dict;
    return o;
}

bool PdfObject::isName(const char *n) const
{
    return type == Type::Name && (!n || token == n);
}

qint64 PdfObject::toInt(qint64 fallback) const
{
    if (type != Type::Number)
        return fallback;
    bool ok = false;
    const qint64 v = token.toLongLong(&ok);
    if (ok)
        return v;
    // A real or an overflowing token: only a value that fits converts (a double
    // outside qint64's range would be undefined behaviour).
    if (!(number > -9.2e18 && number < 9.2e18))
        return fallback;
    return qint64(number);
}

const PdfObject &PdfObject::get(const char *key) const
{
    static const PdfObject null;
    if (type != Type::Dict)
        return null;
    for (const auto &kv : dict) {
        if (kv.first == key)
            return kv.second;
    }
    return null;
}

bool PdfObject::has(const char *key) const
{
    return !get(key).isNull();
}

void PdfObject::set(const QByteArray &key, PdfObject value)
{
    for (size_t i = 0; i < dict.size(); ++i) {
        if (dict[i].first == key) {
            dict.at(i).second = std::move(value);
            return;
        }
    }
    dict.emplace_back(key, std::move(value));
}

void PdfObject::remove(const char *key)
{
    for (size_t i = 0; i < dict.size(); ++i) {
        if (dict[i].first == key) {
            dict.eraseAt(i);
            return;
        }
    }
}

QByteArray pdfHex(const QByteArray &bytes)
{
    return bytes.toHex().toUpper();
}

static void writeName(QByteArray &out, const QByteArray &n)
{
    out += '/';
    for (const char c : n) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7e || std::strchr("#()<>[]{}/%", c)) {
            out += '#';
            out += QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
        } else {
            out += c;
        }
    }
}

void PdfObject::serializeTo(QByteArray &out) const
{
    switch (type) {
    case Type::Null:
        out += "null";
        break;
    case Type::Bool:
        out += boolean ? "true" : "false";
        break;
    case Type::Number:
        out += token;
        break;
    case Type::String:
        out += '<';
        out += pdfHex(token);
        out += '>';
        break;
    case Type::Name:
        writeName(out, token);
        break;
    case Type::Ref:
        out += QByteArray::number(refNum) + ' ' + QByteArray::number(refGen) + " R";
        break;
    case Type::Array:
        out += '[';
        for (size_t i = 0; i < array.size(); ++i) {
            if (i)
                out += ' ';
            array[i].serializeTo(out);
        }
        out += ']';
        break;
    case Type::Dict:
        out += "<<";
        for (const auto &kv : dict) {
            writeName(out, kv.first);
            out += ' ';
            kv.second.serializeTo(out);
        }
        out += ">>";
        break;
    }
}

QByteArray PdfObject::serialize() const
{
    QByteArray out;
    serializeTo(out);
    return out;
}

} // namespace motcua::signing
