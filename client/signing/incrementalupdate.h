// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <map>
#include <utility>

namespace motcua::signing {

class PdfFile;

//! The objects of one incremental update (number → generation, body) and how
//! they are written after the original bytes: the objects, then a
//! cross-reference section of the file's own kind (classic table or stream),
//! the trailer (/Root, /Info, /ID of the file, /Prev) and startxref. Shared by
//! the signer and the annotation writer; the original bytes are never touched.
struct IncrementalUpdate
{
    std::map<int, std::pair<int, QByteArray>> objects;
    int next = 0; //!< the next free object number (start at the file's /Size)
    //! An empty update of `file`: its new objects are numbered from the file's /Size.
    [[nodiscard]] static IncrementalUpdate of(const PdfFile &file);
    int alloc() { return next++; }
    void put(int num, int gen, const QByteArray &body) { objects[num] = {gen, body}; }

    //! Appends the update to `out`, whose first byte is at offset `base` of the
    //! resulting file. `starts` (optional) receives each object's position in
    //! `out`. Returns false when an offset does not fit a cross-reference
    //! stream's 4-byte field (a file over 4 GB); `out` is then unusable.
    [[nodiscard]] bool appendTo(QByteArray &out, qint64 base, const PdfFile &file,
                                std::map<int, qsizetype> *starts = nullptr);
};

} // namespace motcua::signing
