// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotation.h"

#include "wirenames.h"

#include <QRegularExpression>

namespace motcua {

namespace {
constexpr WireName<AnnotationKind> kKinds[] = {
    {AnnotationKind::Note, "note"},           {AnnotationKind::Highlight, "highlight"},
    {AnnotationKind::Rectangle, "rectangle"}, {AnnotationKind::Ink, "ink"},
    {AnnotationKind::FreeText, "free_text"},
};
constexpr WireName<AnnotationVisibility> kVisibilities[] = {
    {AnnotationVisibility::Internal, "internal"},
    {AnnotationVisibility::Applicant, "applicant"},
};
} // namespace

MOTCUA_WIRE_FUNCTIONS(AnnotationKind, annotationKindFromWire, kKinds)

MOTCUA_WIRE_FUNCTIONS(AnnotationVisibility, annotationVisibilityFromWire, kVisibilities)

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
