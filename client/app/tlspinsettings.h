// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

//! Settings › Secure connection: the certificate pins the province set
//! (net/tlspins.h), read only: only an administrator changes the system-wide
//! settings they come from, so an official cannot switch the check off.
class TlsPinSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    //! [{host, pins: ["sha256/…", …]}], hosts in alphabetical order.
    Q_PROPERTY(QVariantList pins READ pins CONSTANT)
    //! Where the province sets them (the system settings file or registry key).
    Q_PROPERTY(QString source READ source CONSTANT)

public:
    explicit TlsPinSettings(QObject *parent = nullptr);

    [[nodiscard]] QVariantList pins() const { return m_pins; }
    [[nodiscard]] QString source() const { return m_source; }

private:
    QVariantList m_pins;
    QString m_source;
};
