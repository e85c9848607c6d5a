// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signer.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace motcua::signing {

//! Windows only: signs with a certificate of the user's "MY" store through
//! CryptoAPI/CNG (NCryptSignHash). The token vendor's key storage provider asks
//! for the PIN itself. Compiled only on Windows (client/signing/CMakeLists.txt).
class CertStoreSigner : public Signer
{
public:
    struct Entry
    {
        QString subject;
        QString issuer;
        QByteArray sha1; //!< thumbprint, to pick the certificate
        QDateTime notAfter;
    };

    ~CertStoreSigner() override;

    //! Certificates of the user's personal store that have a private key.
    [[nodiscard]] static Result<QList<Entry>> list();
    [[nodiscard]] static Result<std::unique_ptr<CertStoreSigner>> open(const QByteArray &sha1Thumbprint);

    [[nodiscard]] QList<QByteArray> certificateChain() const override { return m_chain; }
    [[nodiscard]] Result<QByteArray> sign(const QByteArray &data) override;
    [[nodiscard]] int maxSignatureSize() const override { return m_maxSig; }

private:
    CertStoreSigner() = default;
    struct Handles;
    std::unique_ptr<Handles> m_h;
    QList<QByteArray> m_chain;
    int m_maxSig = 512;
    bool m_ecdsa = false;
};

} // namespace motcua::signing
