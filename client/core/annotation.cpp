// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotation.h"

#include <QRegularExpression>

namespace motcua {

QString toWire(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Note:
        return QStringLiteral("note");
    case AnnotationKind::Highlight:
        return QStringLiteral("highlight");
    case AnnotationKind::Rectangle:
        return QStringLiteral("rectangle");
    case AnnotationKind::Ink:
        return QStringLiteral("ink");
    case AnnotationKind::FreeText:
        return QStringLiteral("free_text");
    }
    return QStringLiteral("note");
}

std::optional<AnnotationKind> annotationKindFromWire(QStringView wire)
{
    if (wire == u"note")
        return AnnotationKind::Note;
    if (wire == u"highlight")
        return AnnotationKind::Highlight;
    if (wire == u"rectangle")
        return AnnotationKind::Rectangle;
    if (wire == u"ink")
        return AnnotationKind::Ink;
    if (wire == u"free_text")
        return AnnotationKind::FreeText;
    return std::nullopt;
}

QString toWire(AnnotationVisibility visibility)
{
    return visibility == AnnotationVisibility::Applicant ? QStringLiteral("applicant")
                                                         : QStringLiteral("internal");
}

std::optional<AnnotationVisibility> annotationVisibilityFromWire(QStringView wire)
{
    if (wire == u"internal")
        return AnnotationVisibility::Internal;
    if (wire == u"applicant")
        return AnnotationVisibility::Applicant;
    return std::nullopt;
}

QString safeFileStem(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N} _-]+"));
    QString base = name.normalized(QString::NormalizationForm_C);
    base.replace(unsafe, QStringLiteral("_"));
    base = base.simplified().left(80);
    while (base.startsWith(QLatin1Char('-')) || base.startsWith(QLatin1Char('_')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char(' ')))
        base.chop(1);
    //! Windows device names are devices whatever the extension ("CON.pdf" opens
    //! the console, "NUL.pdf" loses the file): never a stem.
    static const QRegularExpression device(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9\\x{00B9}\\x{00B2}\\x{00B3}]|"
                       "LPT[0-9\\x{00B9}\\x{00B2}\\x{00B3}])$"),
        QRegularExpression::CaseInsensitiveOption);
    if (device.match(base).hasMatch())
        base.append(QLatin1Char('_'));
    return base.isEmpty() ? QStringLiteral("document") : base;
}

} // namespace motcua
