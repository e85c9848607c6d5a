// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "pdfobject.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <algorithm>
#include <memory>
#include <optional>

namespace motcua::signing {

//! What a hostile file may cost at most. Exceeding a limit is the error
//! `pdf.too_complex` ("too complex to check"), never a crash or a stall.
struct PdfLimits
{
    qint64 maxDecodedPerStream = 16 * 1024 * 1024; //!< inflated bytes of one xref or object stream
    qint64 maxDecodedTotal = 48 * 1024 * 1024; //!< inflated bytes of the whole file
    int maxObjects = 1'000'000; //!< cross-reference entries
    //! Wall-clock budget for reading the file (and what the validator does with it);
    //! forever by default.
    QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever);
};

//! A read-only view of a PDF file's structure: the cross-reference chain
//! (classic tables, xref streams, hybrid files), indirect objects (also inside
//! compressed object streams) and the page tree. It never modifies the bytes.
class PdfFile
{
public:
    struct XrefEntry
    {
        enum class Kind { Free, Offset, InStream };
        Kind kind = Kind::Free;
        qint64 offset = 0; //!< byte offset (Offset) or object-stream number (InStream)
        int gen = 0; //!< generation (Offset) or index inside the object stream (InStream)
    };

    //! One cross-reference section, newest first in sections().
    struct Section
    {
        qint64 offset = 0;
        bool isStream = false;
        QList<int> objects; //!< object numbers defined (in use) by this section
    };

    struct Indirect
    {
        PdfObject object;
        bool isStream = false;
        qint64 start = -1; //!< byte offset of "N G obj" (-1 inside object streams)
        qint64 end = -1; //!< byte offset after "endobj"
        qint64 streamStart = -1; //!< first byte of raw stream data
        qint64 streamLength = 0;
    };

    //! Parses the structure of `data`. The bytes are shared (implicitly) with the caller.
    [[nodiscard]] static Result<std::shared_ptr<PdfFile>> parse(const QByteArray &data,
                                                                const PdfLimits &limits = {});

    [[nodiscard]] const PdfLimits &limits() const { return m_limits; }
    //! pdf.too_complex once the deadline has passed.
    [[nodiscard]] Status checkDeadline() const;

    [[nodiscard]] const QByteArray &data() const { return m_data; }
    [[nodiscard]] const PdfObject &trailer() const { return m_trailer; }
    [[nodiscard]] qint64 startXref() const { return m_startXref; }
    [[nodiscard]] bool lastXrefIsStream() const { return m_lastIsStream; }
    [[nodiscard]] const QList<Section> &sections() const { return m_sections; }
    //! The first free object number: /Size, or above the highest object number when
    //! /Size understates it (poppler's pdfunite writes such files).
    [[nodiscard]] int size() const { return std::max(m_size, m_maxObject + 1); }
    [[nodiscard]] const QHash<int, XrefEntry> &xref() const { return m_xref; }

    //! The indirect object `num` (its latest definition).
    [[nodiscard]] Result<Indirect> object(int num) const;
    //! Follows a reference (once); direct objects are returned as they are.
    [[nodiscard]] Result<PdfObject> resolve(const PdfObject &o) const;
    //! Decoded stream bytes (FlateDecode only).
    [[nodiscard]] Result<QByteArray> decodedStream(const Indirect &ind) const;

    [[nodiscard]] Result<PdfObject> catalog() const;
    //! The catalog's entry `key` (e.g. "DSS", "AcroForm") resolved, when it is a
    //! dictionary; nullopt when it is absent or anything on the way is broken.
    [[nodiscard]] std::optional<PdfObject> catalogDict(const char *key) const;
    //! References of all pages in order.
    [[nodiscard]] Result<QList<PdfObject>> pageRefs() const;

private:
    Status readChain(qint64 offset);
    Status readClassicSection(qint64 offset, Section &section, PdfObject &trailer);
    Status readStreamSection(qint64 offset, Section &section, PdfObject &trailer);
    Result<Indirect> parseAt(qint64 offset, int expectedNum) const;
    Result<Indirect> fromObjectStream(int streamNum, int index, int num) const;
    [[nodiscard]] Status addEntry(int num, const XrefEntry &e, Section &section);

    QByteArray m_data;
    PdfObject m_trailer;
    qint64 m_startXref = 0;
    bool m_lastIsStream = false;
    int m_size = 0;
    int m_maxObject = 0;
    QList<Section> m_sections;
    QHash<int, XrefEntry> m_xref;
    QSet<qint64> m_visited;
    PdfLimits m_limits;
    mutable qint64 m_decoded = 0; //!< inflated bytes so far (PdfLimits::maxDecodedTotal)
    mutable QHash<int, Indirect> m_cache;
    mutable QHash<int, std::pair<QByteArray, QList<std::pair<int, qint64>>>> m_objStreams;
};

Error pdfError(const char *code, const char *message, const QStringList &args = {});

} // namespace motcua::signing
