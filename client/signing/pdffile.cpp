// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdffile.h"

#include "pdfparser.h"

#include <QSet>

namespace motcua::signing {

namespace {
//! Object numbers above this are refused (they must fit an int, with room).
constexpr qint64 kMaxObjects = 10'000'000;
constexpr int kMaxSections = 10'000;
} // namespace

Error pdfError(const char *code, const char *message, const QStringList &args)
{
    return Error::make(Error::Kind::Invalid, QString::fromLatin1(code), message, args);
}

static Error structureError(const QString &what)
{
    return pdfError("pdf.structure",
                    QT_TRANSLATE_NOOP("motcua::Error", "The PDF file's structure is damaged: %1."), {what});
}

Status PdfFile::checkDeadline() const
{
    if (m_limits.deadline.hasExpired())
        return pdfTooComplex(QStringLiteral("the time limit was reached"));
    return {};
}

Result<std::shared_ptr<PdfFile>> PdfFile::parse(const QByteArray &data, const PdfLimits &limits)
{
    auto file = std::make_shared<PdfFile>();
    file->m_data = data;
    file->m_limits = limits;
    if (!data.startsWith("%PDF-") && data.indexOf("%PDF-") < 0)
        return pdfError("pdf.not_pdf", QT_TRANSLATE_NOOP("motcua::Error", "The file is not a PDF document."));
    const qsizetype tailFrom = std::max<qsizetype>(0, data.size() - 2048);
    const qsizetype sx = data.lastIndexOf("startxref", -1);
    if (sx < tailFrom || sx < 0)
        return structureError(QStringLiteral("no startxref near the end"));
    PdfParser p(data, sx + 9);
    const QByteArray offTok = p.readKeyword();
    bool ok = false;
    const qint64 off = offTok.toLongLong(&ok);
    if (!ok || off < 0 || off >= data.size())
        return structureError(QStringLiteral("startxref points outside the file"));
    file->m_startXref = off;
    if (auto st = file->readChain(off); !st)
        return st.error();
    if (file->m_trailer.get("Encrypt").type != PdfObject::Type::Null)
        return pdfError(
            "pdf.encrypted",
            QT_TRANSLATE_NOOP("motcua::Error", "Encrypted PDF files cannot be signed or validated."));
    if (!file->m_trailer.get("Root").isRef())
        return structureError(QStringLiteral("the trailer has no /Root"));
    return file;
}

Status PdfFile::addEntry(int num, const XrefEntry &e, Section &section)
{
    // Newer sections are read first: the first definition wins.
    if (!m_xref.contains(num)) {
        if (m_xref.size() >= m_limits.maxObjects)
            return pdfTooComplex(QStringLiteral("more than %1 objects").arg(m_limits.maxObjects));
        m_xref.insert(num, e);
    }
    if (e.kind != XrefEntry::Kind::Free) {
        section.objects.append(num);
        m_maxObject = std::max(m_maxObject, num);
    }
    return {};
}

Status PdfFile::readChain(qint64 offset)
{
    bool first = true;
    while (offset >= 0) {
        if (auto st = checkDeadline(); !st)
            return st;
        if (m_visited.contains(offset) || m_visited.size() > kMaxSections)
            return structureError(QStringLiteral("a loop in the cross-reference chain"));
        if (offset >= m_data.size())
            return structureError(QStringLiteral("a cross-reference offset outside the file"));
        m_visited.insert(offset);
        Section section;
        section.offset = offset;
        PdfObject trailer;
        PdfParser p(m_data, offset);
        Status st = p.peekKeyword() == "xref" ? readClassicSection(offset, section, trailer)
                                              : readStreamSection(offset, section, trailer);
        if (!st)
            return st;
        // Hybrid files: the classic table's trailer names an xref stream read right after it.
        const qint64 xrefStm = trailer.get("XRefStm").toInt(-1);
        if (!section.isStream && xrefStm >= 0 && xrefStm < m_data.size() && !m_visited.contains(xrefStm)) {
            m_visited.insert(xrefStm);
            PdfObject ignored;
            if (auto hs = readStreamSection(xrefStm, section, ignored); !hs)
                return hs;
            section.isStream = false;
        }
        if (first) {
            m_trailer = trailer;
            m_lastIsStream = section.isStream;
            const qint64 size = trailer.get("Size").toInt(-1);
            if (size < 1 || size > kMaxObjects)
                return structureError(QStringLiteral("bad /Size in the trailer"));
            m_size = int(size);
            first = false;
        }
        m_sections.append(section);
        const PdfObject &prev = trailer.get("Prev");
        if (!prev.isNumber())
            break;
        offset = prev.toInt(-1);
    }
    return {};
}

Status PdfFile::readClassicSection(qint64 offset, Section &section, PdfObject &trailer)
{
    PdfParser p(m_data, offset);
    p.readKeyword(); // xref
    for (;;) {
        const QByteArray a = p.readKeyword();
        if (a == "trailer")
            break;
        const QByteArray b = p.readKeyword();
        bool ok1 = false, ok2 = false;
        const qint64 start = a.toLongLong(&ok1);
        const qint64 count = b.toLongLong(&ok2);
        // Each bound on its own first: start + count must not overflow.
        if (!ok1 || !ok2 || start < 0 || count < 0 || start > kMaxObjects || count > kMaxObjects
            || start + count > kMaxObjects)
            return structureError(QStringLiteral("a bad cross-reference subsection header"));
        for (qint64 i = 0; i < count; ++i) {
            if ((i & 0xfff) == 0xfff) {
                if (auto st = checkDeadline(); !st)
                    return st;
            }
            const QByteArray off = p.readKeyword();
            const QByteArray gen = p.readKeyword();
            const QByteArray kind = p.readKeyword();
            bool okO = false, okG = false;
            XrefEntry e;
            e.offset = off.toLongLong(&okO);
            e.gen = gen.toInt(&okG);
            if (!okO || !okG || (kind != "n" && kind != "f"))
                return structureError(QStringLiteral("a bad cross-reference entry"));
            e.kind = kind == "n" ? XrefEntry::Kind::Offset : XrefEntry::Kind::Free;
            if (e.kind == XrefEntry::Kind::Offset && (e.offset <= 0 || e.offset >= m_data.size()))
                e.kind = XrefEntry::Kind::Free; // entries pointing outside the file behave as free
            if (auto st = addEntry(int(start + i), e, section); !st)
                return st;
        }
        if (p.atEnd())
            return structureError(QStringLiteral("no trailer"));
    }
    auto t = p.parseObject();
    if (!t || !t->isDict())
        return structureError(QStringLiteral("a bad trailer dictionary"));
    trailer = t.value();
    return {};
}

Status PdfFile::readStreamSection(qint64 offset, Section &section, PdfObject &trailer)
{
    auto ind = parseAt(offset, -1);
    if (!ind)
        return ind.error();
    if (!ind->isStream || !ind->object.get("Type").isName("XRef"))
        return structureError(
            QStringLiteral("startxref does not point at a cross-reference table or stream"));
    section.isStream = true;
    const PdfObject &dict = ind->object;
    auto data = decodedStream(ind.value());
    if (!data)
        return data.error();
    const PdfObject &w = dict.get("W");
    if (!w.isArray() || w.array.size() != 3)
        return structureError(QStringLiteral("a bad /W in an xref stream"));
    int widths[3];
    for (int i = 0; i < 3; ++i) {
        widths[i] = int(w.array[i].toInt(-1));
        if (widths[i] < 0 || widths[i] > 8)
            return structureError(QStringLiteral("a bad /W in an xref stream"));
    }
    const qint64 size = dict.get("Size").toInt(-1);
    if (size < 0 || size > kMaxObjects)
        return structureError(QStringLiteral("a bad /Size in an xref stream"));
    std::vector<qint64> index;
    const PdfObject &idx = dict.get("Index");
    if (idx.isArray()) {
        for (const auto &v : idx.array)
            index.push_back(v.toInt(-1));
    } else {
        index = {0, size};
    }
    if (index.size() % 2)
        return structureError(QStringLiteral("a bad /Index in an xref stream"));
    const int rowLen = widths[0] + widths[1] + widths[2];
    if (rowLen == 0)
        return structureError(QStringLiteral("a bad /W in an xref stream"));
    const QByteArray &bytes = data.value();
    qint64 pos = 0;
    auto field = [&](int width, qint64 fallback) {
        if (width == 0)
            return fallback;
        qint64 v = 0;
        for (int k = 0; k < width; ++k)
            v = (v << 8) | static_cast<unsigned char>(bytes[pos++]);
        return v;
    };
    for (size_t s = 0; s < index.size(); s += 2) {
        const qint64 start = index[s], count = index[s + 1];
        if (start < 0 || count < 0 || start > kMaxObjects || count > kMaxObjects
            || start + count > kMaxObjects)
            return structureError(QStringLiteral("a bad /Index in an xref stream"));
        for (qint64 i = 0; i < count; ++i) {
            if (pos + rowLen > bytes.size())
                return structureError(QStringLiteral("a truncated xref stream"));
            const qint64 type = field(widths[0], 1);
            const qint64 f2 = field(widths[1], 0);
            const qint64 f3 = field(widths[2], 0);
            XrefEntry e;
            if (type == 1 && f2 > 0 && f2 < m_data.size()) {
                e.kind = XrefEntry::Kind::Offset;
                e.offset = f2;
                e.gen = int(f3);
            } else if (type == 2 && f2 > 0 && f2 < kMaxObjects) {
                e.kind = XrefEntry::Kind::InStream;
                e.offset = f2;
                e.gen = int(f3);
            }
            if (auto st = addEntry(int(start + i), e, section); !st)
                return st;
        }
    }
    trailer = dict;
    return {};
}

Result<PdfFile::Indirect> PdfFile::parseAt(qint64 offset, int expectedNum) const
{
    PdfParser p(m_data, offset);
    auto header = p.parseObjectHeader();
    if (!header)
        return header.error();
    if (expectedNum >= 0 && header->first != expectedNum)
        return structureError(
            QStringLiteral("object %1 is not where the cross-reference says").arg(expectedNum));
    Indirect ind;
    ind.start = offset;
    auto obj = p.parseObject();
    if (!obj)
        return obj.error();
    ind.object = std::move(obj.value());
    const qint64 afterObj = p.pos();
    if (p.readKeyword() == "stream") {
        if (!ind.object.isDict())
            return structureError(QStringLiteral("a stream without a dictionary"));
        qint64 pos = p.pos();
        if (pos < m_data.size() && m_data[pos] == '\r')
            ++pos;
        if (pos < m_data.size() && m_data[pos] == '\n')
            ++pos;
        ind.isStream = true;
        ind.streamStart = pos;
        qint64 len = -1;
        const PdfObject &lenObj = ind.object.get("Length");
        if (lenObj.isNumber()) {
            len = lenObj.toInt(-1);
        } else if (lenObj.isRef() && lenObj.refNum != expectedNum) {
            const auto entry = m_xref.value(lenObj.refNum);
            if (entry.kind == XrefEntry::Kind::Offset) {
                PdfParser lp(m_data, entry.offset);
                if (lp.parseObjectHeader()) {
                    if (auto l = lp.parseObject(); l && l->isNumber())
                        len = l->toInt(-1);
                }
            }
        }
        // len comes from the file: compared with what is left, never added to pos first.
        if (len < 0 || len > m_data.size() - pos || m_data.mid(pos + len, 32).indexOf("endstream") < 0) {
            const qsizetype es = m_data.indexOf("endstream", pos);
            if (es < 0)
                return structureError(QStringLiteral("a stream without endstream"));
            len = es - pos;
        }
        ind.streamLength = len;
        PdfParser after(m_data, pos + len);
        after.readKeyword(); // endstream
        after.readKeyword(); // endobj
        ind.end = after.pos();
    } else {
        PdfParser back(m_data, afterObj);
        back.readKeyword();
        ind.end = back.pos();
    }
    return ind;
}

Result<PdfFile::Indirect> PdfFile::fromObjectStream(int streamNum, int index, int num) const
{
    auto cached = m_objStreams.find(streamNum);
    if (cached == m_objStreams.end()) {
        const auto entry = m_xref.value(streamNum);
        if (entry.kind != XrefEntry::Kind::Offset)
            return structureError(QStringLiteral("object stream %1 is missing").arg(streamNum));
        auto ind = parseAt(entry.offset, streamNum);
        if (!ind)
            return ind.error();
        if (!ind->isStream)
            return structureError(QStringLiteral("object %1 is not an object stream").arg(streamNum));
        auto data = decodedStream(ind.value());
        if (!data)
            return data.error();
        const qint64 n = ind->object.get("N").toInt(-1);
        const qint64 first = ind->object.get("First").toInt(-1);
        // Every entry takes at least four bytes ("1 0 "), so N is bounded by the data.
        if (n < 0 || n > data->size() / 4 + 1 || first < 0 || first > data->size())
            return structureError(QStringLiteral("a bad object stream header"));
        QList<std::pair<int, qint64>> offsets;
        PdfParser hp(data.value(), 0, first);
        for (qint64 i = 0; i < n; ++i) {
            bool ok1 = false, ok2 = false;
            const int on = hp.readKeyword().toInt(&ok1);
            const qint64 oo = hp.readKeyword().toLongLong(&ok2);
            if (!ok1 || !ok2 || oo < 0 || oo > data->size() - first)
                return structureError(QStringLiteral("a bad object stream header"));
            offsets.append({on, first + oo});
        }
        cached = m_objStreams.insert(streamNum, {data.value(), offsets});
    }
    const auto &[bytes, offsets] = cached.value();
    if (index < 0 || index >= offsets.size() || offsets[index].first != num)
        return structureError(QStringLiteral("object %1 is not in its object stream").arg(num));
    PdfParser p(bytes, offsets[index].second);
    auto obj = p.parseObject();
    if (!obj)
        return obj.error();
    Indirect ind;
    ind.object = std::move(obj.value());
    return ind;
}

Result<PdfFile::Indirect> PdfFile::object(int num) const
{
    if (auto it = m_cache.constFind(num); it != m_cache.constEnd())
        return it.value();
    const auto it = m_xref.constFind(num);
    if (it == m_xref.constEnd() || it->kind == XrefEntry::Kind::Free) {
        Indirect null; // a missing object is null (PDF 7.3.10)
        return null;
    }
    if (auto st = checkDeadline(); !st)
        return st.error();
    Result<Indirect> r = it->kind == XrefEntry::Kind::Offset
        ? parseAt(it->offset, num)
        : fromObjectStream(int(it->offset), it->gen, num);
    if (r && m_cache.size() < 100'000)
        m_cache.insert(num, r.value());
    return r;
}

Result<PdfObject> PdfFile::resolve(const PdfObject &o) const
{
    if (!o.isRef())
        return o;
    auto ind = object(o.refNum);
    if (!ind)
        return ind.error();
    return ind->object;
}

Result<QByteArray> PdfFile::decodedStream(const Indirect &ind) const
{
    const QByteArray raw = m_data.mid(ind.streamStart, ind.streamLength);
    PdfObject filter = ind.object.get("Filter");
    PdfObject parms = ind.object.get("DecodeParms");
    if (filter.isArray() && filter.array.size() == 1) {
        filter = filter.array[0];
        parms = parms.isArray() && parms.array.size() == 1 ? parms.array[0] : PdfObject();
    }
    if (filter.isNull())
        return raw;
    if (!filter.isName("FlateDecode"))
        return pdfError(
            "pdf.unsupported_filter",
            QT_TRANSLATE_NOOP("motcua::Error", "The PDF file uses an unsupported stream filter (%1)."),
            {QString::fromLatin1(filter.serialize())});
    const qint64 room = std::min(m_limits.maxDecodedPerStream, m_limits.maxDecodedTotal - m_decoded);
    if (room <= 0)
        return pdfTooComplex(
            QStringLiteral("its streams inflate to more than %1 bytes in all").arg(m_limits.maxDecodedTotal));
    auto out = pdfInflate(raw, parms, room);
    // A failed inflate costs its cap: retrying one bomb per object it holds must
    // not add up to a stall.
    m_decoded += out ? out->size() : room;
    return out;
}

Result<PdfObject> PdfFile::catalog() const
{
    auto root = resolve(m_trailer.get("Root"));
    if (!root)
        return root.error();
    if (!root->isDict())
        return structureError(QStringLiteral("the document catalog is missing"));
    return root;
}

std::optional<PdfObject> PdfFile::catalogDict(const char *key) const
{
    auto cat = catalog();
    if (!cat)
        return std::nullopt;
    auto entry = resolve(cat->get(key));
    if (!entry || !entry->isDict())
        return std::nullopt;
    return entry.value();
}

Result<QList<PdfObject>> PdfFile::pageRefs() const
{
    auto cat = catalog();
    if (!cat)
        return cat.error();
    QList<PdfObject> pages;
    QSet<int> seen;
    // Iterative depth-first walk with loop protection.
    QList<PdfObject> stack {cat->get("Pages")};
    while (!stack.isEmpty()) {
        const PdfObject ref = stack.takeLast();
        if (!ref.isRef() || seen.contains(ref.refNum) || seen.size() > 1'000'000)
            return structureError(QStringLiteral("a bad page tree"));
        seen.insert(ref.refNum);
        auto node = resolve(ref);
        if (!node)
            return node.error();
        const PdfObject &kids = node->get("Kids");
        if (kids.isArray()) {
            for (auto k = kids.array.rbegin(); k != kids.array.rend(); ++k)
                stack.append(*k);
        } else {
            pages.append(ref);
        }
    }
    if (pages.isEmpty())
        return structureError(QStringLiteral("the document has no pages"));
    return pages;
}

} // namespace motcua::signing
