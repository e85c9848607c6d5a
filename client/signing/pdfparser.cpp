// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfparser.h"

#include "pngimage.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <zlib.h>

namespace motcua::signing {

namespace {
constexpr int kMaxDepth = 64;
//! Items of one array or keys of one dictionary (a parsed item costs ~150 bytes).
constexpr qint64 kMaxCollection = 250'000;

//! The names that make up most of a file's structure, shared instead of allocated
//! once per occurrence (a 20k-field form has 140k such keys).
QByteArray internedName(QByteArrayView n)
{
    static const auto names = [] {
        std::unordered_map<std::string_view, QByteArray> m;
        for (const char *s :
             {"Type",      "Subtype",     "FT",          "T",        "V",        "P",        "F",
              "Rect",      "Parent",      "Kids",        "Annots",   "AP",       "N",        "Length",
              "Filter",    "Contents",    "Resources",   "MediaBox", "CropBox",  "Count",    "Page",
              "Pages",     "Annot",       "Widget",      "Sig",      "Font",     "XObject",  "Form",
              "BBox",      "FlateDecode", "DecodeParms", "ProcSet",  "Root",     "Size",     "Info",
              "ID",        "Prev",        "Catalog",     "AcroForm", "Fields",   "SigFlags", "ByteRange",
              "SubFilter", "M",           "Reason",      "DA",       "Ff",       "MK",       "Border",
              "C",         "Matrix",      "Name",        "BaseFont", "Encoding", "Link",     "A",
              "S",         "URI",         "Dest",        "Next",     "First",    "Last",     "Title",
              "Rotate",    "Text",        "W",           "Index",    "XRef",     "ObjStm",   "Extends"})
            m.emplace(std::string_view(s), QByteArray(s));
        return m;
    }();
    const auto it = names.find(std::string_view(n.data(), size_t(n.size())));
    return it != names.end() ? it->second : n.toByteArray();
}

//! "0".."9" as shared tokens (array of coordinates and flags are full of them).
const QByteArray &smallToken(char digit)
{
    static const QList<QByteArray> tokens = [] {
        QList<QByteArray> l;
        for (char c = '0'; c <= '9'; ++c)
            l.append(QByteArray(1, c));
        return l;
    }();
    return tokens[digit - '0'];
}

//! A repeated key: the last value wins, at the first key's place (as PdfObject::set
//! does). Found by sorting once, so a 100k-key dictionary stays O(n log n) and
//! allocates no hash table.
void mergeRepeatedKeys(std::vector<std::pair<QByteArray, PdfObject>> &entries)
{
    if (entries.size() < 2)
        return;
    std::vector<size_t> order(entries.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const int c = entries[a].first.compare(entries[b].first);
        return c < 0 || (c == 0 && a < b);
    });
    std::vector<bool> drop;
    size_t runStart = 0; //!< in `order`: the first (lowest-index) entry of the current key
    for (size_t i = 1; i < order.size(); ++i) {
        if (entries[order[i]].first != entries[order[runStart]].first) {
            runStart = i;
            continue;
        }
        if (drop.empty())
            drop.resize(entries.size(), false);
        entries[order[runStart]].second = std::move(entries[order[i]].second);
        drop[order[i]] = true;
    }
    if (drop.empty())
        return;
    size_t out = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (!drop[i])
            entries[out++] = std::move(entries[i]);
    }
    entries.resize(out);
}
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
            auto &entries = d.dict.mutableVector();
            entries.reserve(8);
            for (;;) {
                skipWhitespace();
                if (m_pos + 1 < m_end && m_data[m_pos] == '>' && m_data[m_pos + 1] == '>') {
                    m_pos += 2;
                    mergeRepeatedKeys(entries);
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
                if (qint64(entries.size()) >= kMaxCollection)
                    return pdfTooComplex(
                        QStringLiteral("a dictionary with more than %1 keys").arg(kMaxCollection));
                entries.emplace_back(std::move(key->token), std::move(value.value()));
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
    //! Integers and "N G R" are most of a file's tokens: read in place, no copy until kept.
    if (const qint64 n = integerAt(m_pos); n > 0) {
        const qint64 afterNum = m_pos + n;
        const qint64 p = spaceEnd(afterNum);
        if (m_data[m_pos] != '-' && p > afterNum) {
            if (const qint64 g = integerAt(p); g > 0 && m_data[p] != '-') {
                const qint64 r = spaceEnd(p + g);
                if (r > p + g && r < m_end && m_data[r] == 'R'
                    && (r + 1 >= m_end || isWhitespace(m_data[r + 1]) || isDelimiter(m_data[r + 1]))) {
                    const int num = QByteArrayView(m_data.constData() + m_pos, n).toInt();
                    const int gen = QByteArrayView(m_data.constData() + p, g).toInt();
                    m_pos = r + 1;
                    return PdfObject::makeRef(num, gen);
                }
            }
        }
        PdfObject number;
        number.type = PdfObject::Type::Number;
        number.token = n == 1 ? smallToken(m_data[m_pos]) : m_data.mid(m_pos, n);
        number.number = n == 1 ? double(m_data[m_pos] - '0') : number.token.toDouble();
        m_pos = afterNum;
        return number;
    }
    const QByteArray tok = readKeyword();
    if (tok == "true" || tok == "false") {
        PdfObject b;
        b.type = PdfObject::Type::Bool;
        b.boolean = tok == "true";
        return b;
    }
    if (tok == "null")
        return PdfObject();
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

qint64 PdfParser::spaceEnd(qint64 p) const
{
    while (p < m_end) {
        if (isWhitespace(m_data[p])) {
            ++p;
        } else if (m_data[p] == '%') {
            while (p < m_end && m_data[p] != '\n' && m_data[p] != '\r')
                ++p;
        } else {
            break;
        }
    }
    return p;
}

qint64 PdfParser::integerAt(qint64 p) const
{
    //! The token's length when the token at `p` is an integer of at most 18 characters
    //! (as isInteger), else 0.
    qint64 e = p;
    if (e < m_end && (m_data[e] == '+' || m_data[e] == '-'))
        ++e;
    const qint64 digits = e;
    while (e < m_end && m_data[e] >= '0' && m_data[e] <= '9')
        ++e;
    if (e == digits || e - p > 18)
        return 0;
    if (e < m_end && !isWhitespace(m_data[e]) && !isDelimiter(m_data[e]))
        return 0; // "1.5", "12abc": not an integer token
    return e - p;
}

Result<PdfObject> PdfParser::parseName()
{
    ++m_pos; // '/'
    const qint64 start = m_pos;
    bool escaped = false;
    while (m_pos < m_end && !isWhitespace(m_data[m_pos]) && !isDelimiter(m_data[m_pos])) {
        escaped = escaped || m_data[m_pos] == '#';
        ++m_pos;
    }
    if (m_pos - start > 4096)
        return syntaxError("name too long");
    if (!escaped)
        return PdfObject::makeName(internedName(QByteArrayView(m_data.constData() + start, m_pos - start)));
    QByteArray name;
    name.reserve(m_pos - start);
    for (qint64 i = start; i < m_pos; ++i) {
        char c = m_data[i];
        if (c == '#' && i + 2 < m_pos) {
            bool ok = false;
            const int v = QByteArrayView(m_data.constData() + i + 1, 2).toInt(&ok, 16);
            if (ok) {
                c = char(v);
                i += 2;
            }
        }
        name += c;
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
        if (!unfilterPngRow(filter, reinterpret_cast<quint8 *>(row.data()),
                            reinterpret_cast<const quint8 *>(prev.constData()), rowLen, bpp))
            return decodeError("unknown PNG predictor");
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
