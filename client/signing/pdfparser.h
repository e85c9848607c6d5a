// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "pdfobject.h"

#include <QByteArray>

namespace motcua::signing {

//! Tokeniser and object parser over a byte buffer. Every read is bounds
//! checked; nesting is limited so that hostile files cannot exhaust the stack.
class PdfParser
{
public:
    PdfParser(const QByteArray &data, qint64 pos = 0, qint64 end = -1);

    [[nodiscard]] qint64 pos() const { return m_pos; }
    void setPos(qint64 p) { m_pos = p; }
    [[nodiscard]] bool atEnd() const { return m_pos >= m_end; }

    void skipWhitespace();
    //! Reads a bare keyword or number token (no delimiters); empty at a delimiter.
    QByteArray peekKeyword();
    QByteArray readKeyword();
    Result<PdfObject> parseObject(int depth = 0);
    //! Parses "N G obj" and returns N and G.
    Result<std::pair<int, int>> parseObjectHeader();

    [[nodiscard]] static bool isWhitespace(char c);
    [[nodiscard]] static bool isDelimiter(char c);

private:
    Result<PdfObject> parseLiteralString();
    Result<PdfObject> parseHexString();
    Result<PdfObject> parseName();
    [[nodiscard]] qint64 integerAt(qint64 p) const;
    //! The first position at or after `p` that is not whitespace or a comment.
    [[nodiscard]] qint64 spaceEnd(qint64 p) const;
    [[nodiscard]] Error syntaxError(const char *what) const;

    //! Shared (never copied: const, so indexing cannot detach mapped data), and kept
    //! alive by the parser itself.
    const QByteArray m_data;
    qint64 m_pos;
    qint64 m_end;
};

//! "The PDF file is too complex to check (%1)" (code pdf.too_complex): a limit
//! on size, nesting or time was reached.
Error pdfTooComplex(const QString &what);

//! FlateDecode with an output cap (beyond it: pdf.too_complex) and optional PNG/TIFF predictors from
//! /DecodeParms.
Result<QByteArray> pdfInflate(const QByteArray &in, const PdfObject &decodeParms, qint64 maxOut);
//! zlib-compress (for streams we write).
QByteArray pdfDeflate(const QByteArray &in);

} // namespace motcua::signing
