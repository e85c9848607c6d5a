// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/annotation.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace motcua::signing {

//! Writes an official's annotations into a COPY of a PDF as standard PDF
//! annotations, by incremental update: the original bytes stay the first bytes
//! of the result, so existing signatures remain valid (the update only adds
//! annotations and changes the pages' /Annots, which PAdES allows).
//!
//! Mapping: note → /Text, highlight → /Highlight with /QuadPoints, rectangle →
//! /Square, free_text → /FreeText with /DA and an appearance stream (embedded
//! TrueType font so Vietnamese renders), ink → /Ink with /InkList. Every one gets
//! /T author, /Contents text, /M date, /C colour, /NM id, /P page, /F Print.
//! Deleted annotations are skipped.
class PdfAnnotationWriter
{
public:
    //! The annotated document: `pdf` followed by the update. An annotation on a
    //! page the document does not have is refused ("annotation.bad_page").
    //! `fontPath` empty = SignatureAppearance::defaultFontPath().
    [[nodiscard]] static Result<QByteArray> write(const QByteArray &pdf, const QList<Annotation> &annotations,
                                                  const QString &fontPath = {});

    //! A normalized page point (0..1 from the top-left of the page as displayed,
    //! i.e. after /Rotate) in PDF user space, for the page's visible `box`
    //! (CropBox else MediaBox, lower-left origin as in the file) and `rotate`
    //! (0, 90, 180 or 270, clockwise).
    [[nodiscard]] static QPointF toUserSpace(QPointF normalized, const QRectF &box, int rotate);
    //! The user-space rectangle covering a normalized rectangle.
    [[nodiscard]] static QRectF toUserSpace(const QRectF &normalized, const QRectF &box, int rotate);
};

} // namespace motcua::signing
