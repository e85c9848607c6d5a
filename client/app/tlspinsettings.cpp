// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlspinsettings.h"

#include "net/tlspins.h"

#include <QDir>
#include <QSettings>

TlsPinSettings::TlsPinSettings(QObject *parent)
    : QObject(parent)
{
    const motcua::net::PinMap map = motcua::net::pins();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        QStringList shown;
        for (const QString &pin : it.value())
            shown << (pin.startsWith(QLatin1String("invalid:")) ? pin : QStringLiteral("sha256/") + pin);
        m_pins.append(QVariantMap {{QStringLiteral("host"), it.key()}, {QStringLiteral("pins"), shown}});
    }
    m_source = QDir::toNativeSeparators(
        QSettings(QSettings::SystemScope, QStringLiteral("MotCua"), QStringLiteral("motcua-desk"))
            .fileName());
}
