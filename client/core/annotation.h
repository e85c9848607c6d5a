// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringView>
#include <optional>

namespace motcua {

enum class AnnotationKind {
    Note, //!< "note": a sticky note at rect's top-left
    Highlight, //!< "highlight"
    Rectangle, //!< "rectangle"
    Ink, //!< "ink": free-hand, the stroke in `points`
    FreeText, //!< "free_text": `text` written on the page inside rect
};

//! Who may see an annotation. Absent on the wire means Internal (older clients).
enum class AnnotationVisibility {
    Internal, //!< "internal": officials of the agencies only (the default)
    Applicant, //!< "applicant": may also be shown to the applicant
};

[[nodiscard]] QString toWire(AnnotationKind kind);
[[nodiscard]] std::optional<AnnotationKind> annotationKindFromWire(QStringView wire);
//! A file name stem for an exported (annotated) copy of a component, from its
//! display name only: letters of any script, digits, space, '-' and '_' (never a
//! path or a leading dot), at most 80 characters; "document" when nothing is left.
[[nodiscard]] QString safeFileStem(const QString &name);

[[nodiscard]] QString toWire(AnnotationVisibility visibility);
[[nodiscard]] std::optional<AnnotationVisibility> annotationVisibilityFromWire(QStringView wire);

//! An official's mark on one page of a component. Geometry is normalized to the
//! page (0..1 from the top-left) so it does not depend on the rendering scale.
//! Wire: {"id","dossier_id","component_id","page","kind","rect":{"x","y","w","h"},
//! "points":[[x,y],...],"text","color","author","created_at","updated_at","version","deleted",
//! "visibility"}; "visibility" is optional ("internal" when absent).
//! An edit, move or delete is the same id again with a higher version (deleted true
//! to delete); only the author may do either (Workflow::checkAnnotationChange).
struct Annotation
{
    QString id;
    QString dossierId;
    QString componentId;
    int page = 0; //!< 0-based page index
    AnnotationKind kind = AnnotationKind::Note;
    QRectF rect; //!< normalized, inside [0,1]x[0,1]
    QList<QPointF> points; //!< normalized, for Ink; empty otherwise allowed
    QString text;
    QString color; //!< "#rrggbb"
    QString author; //!< username
    QDateTime createdAt; //!< UTC
    QDateTime updatedAt; //!< UTC
    qint64 version = 0;
    bool deleted = false;
    AnnotationVisibility visibility = AnnotationVisibility::Internal;

    bool operator==(const Annotation &) const = default;
};

} // namespace motcua
