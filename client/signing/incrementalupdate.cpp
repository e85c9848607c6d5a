// SPDX-License-Identifier: GPL-3.0-or-later
#include "incrementalupdate.h"

#include "pdffile.h"
#include "pdfobject.h"

#include <vector>

namespace motcua::signing {

namespace {
using Offsets = std::map<int, std::pair<qint64, int>>; // num -> (offset, gen)

//! Runs of consecutive object numbers: (start, count).
std::vector<std::pair<int, int>> subsections(const Offsets &offsets)
{
    std::vector<std::pair<int, int>> runs;
    for (const auto &kv : offsets) {
        if (!runs.empty() && runs.back().first + runs.back().second == kv.first)
            ++runs.back().second;
        else
            runs.emplace_back(kv.first, 1);
    }
    return runs;
}
} // namespace

IncrementalUpdate IncrementalUpdate::of(const PdfFile &file)
{
    IncrementalUpdate up;
    up.next = file.size();
    return up;
}

bool IncrementalUpdate::appendTo(QByteArray &out, qint64 base, const PdfFile &file,
                                 std::map<int, qsizetype> *starts)
{
    Offsets offsets;
    for (const auto &[n, v] : objects) {
        offsets[n] = {base + out.size(), v.first};
        if (starts)
            (*starts)[n] = out.size();
        out += QByteArray::number(n) + ' ' + QByteArray::number(v.first) + " obj\n" + v.second + "\nendobj\n";
    }
    const qint64 xrefOffset = base + out.size();
    PdfObject trailer = PdfObject::makeDict();
    for (const char *key : {"Root", "Info", "ID"}) {
        if (file.trailer().has(key))
            trailer.set(key, file.trailer().get(key));
    }
    trailer.set("Prev", PdfObject::makeInt(file.startXref()));
    if (file.lastXrefIsStream()) {
        if (xrefOffset > 0xffffffffLL)
            return false;
        const int xrefNum = alloc();
        offsets[xrefNum] = {xrefOffset, 0};
        QByteArray rows;
        PdfObject index = PdfObject::makeArray();
        for (const auto &[start, count] : subsections(offsets)) {
            index.array.push_back(PdfObject::makeInt(start));
            index.array.push_back(PdfObject::makeInt(count));
            for (int n = start; n < start + count; ++n) {
                const auto [off, gen] = offsets[n];
                rows += char(1);
                for (int s = 24; s >= 0; s -= 8)
                    rows += char((off >> s) & 0xff);
                rows += char((gen >> 8) & 0xff);
                rows += char(gen & 0xff);
            }
        }
        trailer.set("Type", PdfObject::makeName("XRef"));
        trailer.set("Size", PdfObject::makeInt(next));
        trailer.set(
            "W", PdfObject::makeArray({PdfObject::makeInt(1), PdfObject::makeInt(4), PdfObject::makeInt(2)}));
        trailer.set("Index", index);
        trailer.set("Length", PdfObject::makeInt(rows.size()));
        out += QByteArray::number(xrefNum) + " 0 obj\n" + trailer.serialize() + "\nstream\n" + rows
            + "\nendstream\nendobj\n";
    } else {
        out += "xref\n";
        for (const auto &[start, count] : subsections(offsets)) {
            out += QByteArray::number(start) + ' ' + QByteArray::number(count) + '\n';
            for (int n = start; n < start + count; ++n) {
                const auto [off, gen] = offsets[n];
                out += QByteArray::number(off).rightJustified(10, '0') + ' '
                    + QByteArray::number(gen).rightJustified(5, '0') + " n\r\n";
            }
        }
        trailer.set("Size", PdfObject::makeInt(next));
        out += "trailer\n" + trailer.serialize() + '\n';
    }
    out += "startxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return true;
}

} // namespace motcua::signing
