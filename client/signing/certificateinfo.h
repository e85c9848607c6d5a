// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace motcua::signing {

//! What an official needs to recognise a certificate: whose it is, who issued
//! it and when it is valid (Settings, the sign dialog, the trust store list).
struct CertificateInfo
{
    QString subjectCommonName;
    QString subject;
    QString issuerCommonName;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; //!< hex fingerprint of the DER
    bool isCa = false;

    [[nodiscard]] bool isValid() const { return !subject.isEmpty(); }
    [[nodiscard]] bool isExpired(const QDateTime &at) const { return at < notBefore || at > notAfter; }
    //! Parses a DER or PEM certificate; an invalid (empty) info if it is not one.
    [[nodiscard]] static CertificateInfo fromData(const QByteArray &derOrPem);
};

} // namespace motcua::signing
