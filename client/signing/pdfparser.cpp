// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfparser.h"

#include <QHash>
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <zlib.h>

namespace motcua::signing {

namespace {
constexpr int kMaxDepth = 64;
//! Items of one array or keys of one dictionary (a parsed item costs ~150 bytes).
constexpr qint64 kMaxCollection = 250'000;
} // namespace

PdfParser::PdfParser(const QByteArray &data, qint64 pos, qint64 end)
    : m_data(data)
    , m_pos(pos)
    , m_end(end < 0 || end > data.size() ? data.size() : end)
{
    if (m_pos < 0)
        m_pos = m_end;
}

bool PdfParser::isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool PdfParser::isDelimiter(char c)
{
    return c && std::strchr("()<>[]{}/%", c) != nullptr;
}

Error PdfParser::syntaxError(const char *what) const
{
    return Error::make(Error::Kind::Invalid, QStringLiteral("pdf.syntax"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The PDF file is damaged (%1 at byte %2)."),
                       {QString::fromLatin1(what), QString::number(m_pos)});
}

void PdfParser::skipWhitespace()
{
    while (m_pos < m_end) {
        const char c = m_data[m_pos];
        if (isWhitespace(c)) {
            ++m_pos;
        } else if (c == '%') {
            while (m_pos < m_end && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
                ++m_pos;
        } else {
            break;
        }
    }
}

QByteArray PdfParser::peekKeyword()
{
    const qint64 save = m_pos;
    QByteArray k = readKeyword();
    m_pos = save;
    return k;
}

QByteArray PdfParser::readKeyword()
{
    skipWhitespace();
    const qint64 start = m_pos;
    while (m_pos < m_end && !isWhitespace(m_data[m_pos]) && !isDelimiter(m_data[m_pos])
           && m_pos - start < 256)
        ++m_pos;
    return m_data.mid(start, m_pos - start);
}

static bool isInteger(const QByteArray &t)
{
    if (t.isEmpty() || t.size() > 18)
        return false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (!(c >= '0' && c <= '9') && !(i == 0 && (c == '+' || c == '-')))
            return false;
    }
    return t != "+" && t != "-";
}

Result<std::pair<int, int>> PdfParser::parseObjectHeader()
{
    const QByteArray n = readKeyword();
    const QByteArray g = readKeyword();
    const QByteArray kw = readKeyword();
    if (!isInteger(n) || !isInteger(g) || kw != "obj")
        return syntaxError("expected an object header");
    return std::pair<int, int>(n.toInt(), g.toInt());
}

Result<PdfObject> PdfParser::parseObject(int depth)
{
    if (depth > kMaxDepth)
        return pdfTooComplex(QStringLiteral("objects nested more than %1 deep").arg(kMaxDepth));
    skipWhitespace();
    if (m_pos >= m_end)
        return syntaxError("unexpected end of data");
    const char c = m_data[m_pos];
    if (c == '/')
        return parseName();
    if (c == '(')
        return parseLiteralString();
    if (c == '<') {
        if (m_pos + 1 < m_end && m_data[m_pos + 1] == '<') {
            m_pos += 2;
            PdfObject d = PdfObject::makeDict();
            //! Keys already seen, once the dictionary is big enough for a linear
            //! search per key to matter (a 100k-key dictionary must not be quadratic).
            QHash<QByteArray, size_t> index;
            for (;;) {
                skipWhitespace();
                if (m_pos + 1 < m_end && m_data[m_pos] == '>' && m_data[m_pos + 1] == '>') {
                    m_pos += 2;
                    return d;
                }
                if (m_pos >= m_end || m_data[m_pos] != '/')
                    return syntaxError("expected a name as dictionary key");
                auto key = parseName();
                if (!key)
                    return key.error();
                auto value = parseObject(depth + 1);
                if (!value)
                    return value.error();
                if (qint64(d.dict.size()) >= kMaxCollection)
                    return pdfTooComplex(
                        QStringLiteral("a dictionary with more than %1 keys").arg(kMaxCollection));
                if (d.dict.size() < 16) {
                    d.set(key->token, std::move(value.value()));
                    continue;
                }
                if (index.isEmpty()) {
                    index.reserve(qsizetype(d.dict.size()) * 2);
                    for (size_t i = 0; i < d.dict.size(); ++i)
                        index.insert(d.dict[i].first, i);
                }
                // A repeated key: the last one wins (as PdfObject::set does).
                if (auto it = index.constFind(key->token); it != index.constEnd()) {
                    d.dict[it.value()].second = std::move(value.value());
                } else {
                    index.insert(key->token, d.dict.size());
                    d.dict.emplace_back(key->token, std::move(value.value()));
                }
            }
        }
        return parseHexString();
    }
    if (c == '[') {
        ++m_pos;
        PdfObject a = PdfObject::makeArray();
        for (;;) {
            skipWhitespace();
            if (m_pos < m_end && m_data[m_pos] == ']') {
                ++m_pos;
                return a;
            }
            auto item = parseObject(depth + 1);
            if (!item)
                return item.error();
            if (qint64(a.array.size()) >= kMaxCollection)
                return pdfTooComplex(QStringLiteral("an array with more than %1 items").arg(kMaxCollection));
            a.array.push_back(std::move(item.value()));
        }
    }
    if (isDelimiter(c))
        return syntaxError("unexpected delimiter");
    const QByteArray tok = readKeyword();
    if (tok == "true" || tok == "false") {
        PdfObject b;
        b.type = PdfObject::Type::Bool;
        b.boolean = tok == "true";
        return b;
    }
    if (tok == "null")
        return PdfObject();
    if (isInteger(tok)) {
        // Possibly "N G R".
        const qint64 save = m_pos;
        const QByteArray g = readKeyword();
        if (isInteger(g) && !g.startsWith('-') && !tok.startsWith('-')) {
            const QByteArray r = readKeyword();
            if (r == "R")
                return PdfObject::makeRef(tok.toInt(), g.toInt());
        }
        m_pos = save;
        PdfObject n;
        n.type = PdfObject::Type::Number;
        n.token = tok;
        n.number = tok.toDouble();
        return n;
    }
    bool ok = false;
    const double d = tok.toDouble(&ok);
    if (ok
        || (tok.size() > 0 && tok.size() < 40
            && std::strspn(tok.constData(), "+-.0123456789") == size_t(tok.size()))) {
        PdfObject n;
        n.type = PdfObject::Type::Number;
        n.token = tok;
        n.number = ok ? d : 0;
        return n;
    }
    return syntaxError("unknown token");
}

Result<PdfObject> PdfParser::parseName()
{
    ++m_pos; // '/'
    QByteArray name;
    while (m_pos < m_end && !isWhitespace(m_data[m_pos]) && !isDelimiter(m_data[m_pos])) {
        char c = m_data[m_pos++];
        if (c == '#' && m_pos + 1 < m_end) {
            bool ok = false;
            const int v = m_data.mid(m_pos, 2).toInt(&ok, 16);
            if (ok) {
                c = char(v);
                m_pos += 2;
            }
        }
        name += c;
        if (name.size() > 4096)
            return syntaxError("name too long");
    }
    return PdfObject::makeName(name);
}

Result<PdfObject> PdfParser::parseLiteralString()
{
    ++m_pos; // '('
    QByteArray s;
    int nesting = 1;
    while (m_pos < m_end) {
        char c = m_data[m_pos++];
        if (c == '\\') {
            if (m_pos >= m_end)
                break;
            const char e = m_data[m_pos++];
            switch (e) {
            case 'n':
                s += '\n';
                break;
            case 'r':
                s += '\r';
                break;
            case 't':
                s += '\t';
                break;
            case 'b':
                s += '\b';
                break;
            case 'f':
                s += '\f';
                break;
            case '\r':
                if (m_pos < m_end && m_data[m_pos] == '\n')
                    ++m_pos;
                break;
            case '\n':
                break;
            default:
                if (e >= '0' && e <= '7') {
                    int v = e - '0';
                    for (int k = 0; k < 2 && m_pos < m_end && m_data[m_pos] >= '0' && m_data[m_pos] <= '7';
                         ++k)
                        v = v * 8 + (m_data[m_pos++] - '0');
                    s += char(v & 0xff);
                } else {
                    s += e;
                }
            }
            continue;
        }
        if (c == '(')
            ++nesting;
        else if (c == ')' && --nesting == 0)
            return PdfObject::makeString(s);
        s += c;
    }
    return syntaxError("unterminated string");
}

Result<PdfObject> PdfParser::parseHexString()
{
    ++m_pos; // '<'
    QByteArray hex;
    while (m_pos < m_end && m_data[m_pos] != '>') {
        const char c = m_data[m_pos++];
        if (isWhitespace(c))
            continue;
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return syntaxError("bad hex string");
        hex += c;
    }
    if (m_pos >= m_end)
        return syntaxError("unterminated hex string");
    ++m_pos;
    if (hex.size() % 2)
        hex += '0';
    return PdfObject::makeString(QByteArray::fromHex(hex));
}

Error pdfTooComplex(const QString &what)
{
    return Error::make(Error::Kind::Invalid, QStringLiteral("pdf.too_complex"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The PDF file is too complex to check (%1)."),
                       {what});
}

static Error decodeError(const char *what)
{
    return Error::make(
        Error::Kind::Invalid, QStringLiteral("pdf.stream"),
        QT_TRANSLATE_NOOP("motcua::Error", "A compressed stream in the PDF file is damaged (%1)."),
        {QString::fromLatin1(what)});
}

Result<QByteArray> pdfInflate(const QByteArray &in, const PdfObject &decodeParms, qint64 maxOut)
{
    z_stream zs {};
    if (inflateInit(&zs) != Z_OK)
        return decodeError("zlib init");
    QByteArray out;
    char buf[65536];
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, qsizetype(sizeof buf - zs.avail_out));
        if (out.size() > maxOut) {
            inflateEnd(&zs);
            return pdfTooComplex(QStringLiteral("a stream inflates to more than %1 bytes").arg(maxOut));
        }
        if (rc == Z_STREAM_END)
            break;
        if (rc != Z_OK) {
            // Tolerate a truncated tail if we got data (as viewers do); otherwise fail.
            if ((rc == Z_BUF_ERROR || rc == Z_DATA_ERROR) && !out.isEmpty())
                break;
            inflateEnd(&zs);
            return decodeError("inflate");
        }
    }
    inflateEnd(&zs);

    const qint64 predictor = decodeParms.get("Predictor").toInt(1);
    if (predictor < 10)
        return out;
    const qint64 colors = decodeParms.get("Colors").toInt(1);
    const qint64 bpc = decodeParms.get("BitsPerComponent").toInt(8);
    const qint64 columns = decodeParms.get("Columns").toInt(1);
    if (colors < 1 || colors > 32 || bpc < 1 || bpc > 16 || columns < 1 || columns > 1'000'000)
        return decodeError("bad predictor parameters");
    const qint64 bpp = std::max<qint64>(1, (colors * bpc + 7) / 8);
    const qint64 rowLen = (colors * bpc * columns + 7) / 8;
    QByteArray result;
    QByteArray prev(rowLen, '\0');
    qint64 p = 0;
    while (p + 1 + rowLen <= out.size()) {
        const int filter = static_cast<unsigned char>(out[p]);
        QByteArray row = out.mid(p + 1, rowLen);
        for (qint64 i = 0; i < rowLen; ++i) {
            const int a = i >= bpp ? static_cast<unsigned char>(row[i - bpp]) : 0;
            const int b = static_cast<unsigned char>(prev[i]);
            const int cc = i >= bpp ? static_cast<unsigned char>(prev[i - bpp]) : 0;
            int x = static_cast<unsigned char>(row[i]);
            switch (filter) {
            case 0:
                break;
            case 1:
                x += a;
                break;
            case 2:
                x += b;
                break;
            case 3:
                x += (a + b) / 2;
                break;
            case 4: {
                const int pa = std::abs(b - cc), pb = std::abs(a - cc), pc = std::abs(a + b - 2 * cc);
                x += (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : cc);
                break;
            }
            default:
                return decodeError("unknown PNG predictor");
            }
            row[i] = char(x & 0xff);
        }
        result += row;
        prev = row;
        p += 1 + rowLen;
    }
    return result;
}

QByteArray pdfDeflate(const QByteArray &in)
{
    uLongf len = compressBound(uLong(in.size()));
    QByteArray out(qsizetype(len), '\0');
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &len,
                  reinterpret_cast<const Bytef *>(in.constData()), uLong(in.size()), 6)
        != Z_OK)
        return {};
    out.resize(qsizetype(len));
    return out;
}

} // namespace motcua::signing
