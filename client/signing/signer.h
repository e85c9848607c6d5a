// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>

namespace motcua::signing {

//! A key that can sign, with its certificate chain. Implementations: a PKCS#12
//! file, a PKCS#11 token (Cryptoki), the Windows certificate store.
class Signer
{
public:
    virtual ~Signer() = default;

    //! The signer's certificate (DER) first, then the rest of the chain (DER).
    [[nodiscard]] virtual QList<QByteArray> certificateChain() const = 0;
    //! Signs `data` with SHA-256 and the key's scheme (RSA PKCS#1 v1.5 or
    //! ECDSA, DER-encoded), returning the raw signature value.
    [[nodiscard]] virtual Result<QByteArray> sign(const QByteArray &data) = 0;
    //! Upper bound of a signature's size in bytes (for sizing /Contents).
    [[nodiscard]] virtual int maxSignatureSize() const = 0;
};

} // namespace motcua::signing
