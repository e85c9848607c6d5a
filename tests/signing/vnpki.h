// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpfileserver.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

//! A test PKI in the Vietnamese shape, made by the test with the openssl CLI:
//! a national root CA; a licensed CA under it whose officials' certificates
//! carry AIA (OCSP) and CDP (CRL) URLs on loopback; an OCSP responder
//! certificate; a TSA certificate under the root. The OCSP responder is a real
//! `openssl ocsp -index` process on a free port chosen by binding a socket;
//! the CRL is served by an HttpFileServer on an OS-assigned port.
//!
//! Officials (PKCS#12 `<name>.p12`, password "secret", with the chain):
//! "official" (OCSP + CRL, good), "revoked" (OCSP + CRL, revoked), "crlgood"
//! and "crlrevoked" (CRL only), "expired" (OCSP + CRL, expired in 2021),
//! "later" (good until a test revokes it).
class VnPki
{
public:
    ~VnPki();
    bool setUp();

    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString rootPem() const { return path(QStringLiteral("root.pem")); }
    [[nodiscard]] QString licensedCaPem() const { return path(QStringLiteral("lca.pem")); }
    //! The province bundle: root and licensed CA in one PEM file.
    [[nodiscard]] QString bundlePem() const { return path(QStringLiteral("bundle.pem")); }
    [[nodiscard]] QString p12(const QString &official) const
    {
        return path(official + QStringLiteral(".p12"));
    }
    [[nodiscard]] QString certPem(const QString &official) const
    {
        return path(official + QStringLiteral(".pem"));
    }
    [[nodiscard]] QByteArray password() const { return "secret"; }
    [[nodiscard]] QString tsaCertPem() const { return path(QStringLiteral("tsa.pem")); }
    [[nodiscard]] QString tsaKeyPem() const { return path(QStringLiteral("tsa.key")); }

    //! Revokes an official's certificate now (index for OCSP, new CRL served).
    bool revoke(const QString &official);
    //! Starts `openssl ocsp` and waits until its port accepts connections.
    bool startOcsp();
    void stopOcsp();
    bool startCrl() { return m_crl.start(); }
    void stopCrl() { m_crl.stop(); }
    [[nodiscard]] int crlRequests() const { return m_crl.requests(); }
    [[nodiscard]] quint16 ocspPort() const { return m_ocspPort; }

private:
    bool ca(const QStringList &args);
    bool issue(const QString &name, const QString &subject, const QString &ext,
               const QStringList &extra = {});
    QTemporaryDir m_dir;
    HttpFileServer m_crl;
    QProcess m_ocsp;
    quint16 m_ocspPort = 0;
};
