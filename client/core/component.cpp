// SPDX-License-Identifier: GPL-3.0-or-later
#include "component.h"

#include "wirenames.h"

#include <QCryptographicHash>
#include <QUuid>

namespace motcua {

namespace {
constexpr WireName<ComponentKind> kKinds[] = {
    {ComponentKind::Input, "input"},
    {ComponentKind::Result, "result"},
    {ComponentKind::Apology, "apology"},
};
} // namespace

MOTCUA_WIRE_FUNCTIONS(ComponentKind, componentKindFromWire, kKinds)

bool isValidSha256(QStringView hex)
{
    if (hex.size() != 64)
        return false;
    for (QChar c : hex) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

Component pdfComponent(const QByteArray &pdf, const QString &name, ComponentKind kind, bool isSigned)
{
    Component c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.name = name;
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    c.size = pdf.size();
    c.mime = QStringLiteral("application/pdf");
    c.kind = kind;
    c.isSigned = isSigned;
    return c;
}

} // namespace motcua
