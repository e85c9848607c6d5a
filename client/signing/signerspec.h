// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "signer.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>

namespace motcua::signing {

//! Which key signs: a PKCS#11 token (vendor module loaded at run time) or a
//! PKCS#12 file. Chosen once in Settings and shared by the sign dialog, the
//! batch screen and the command-line tools. Holds no secret.
//!
//! Persisted by the desktop app in QSettings group "signing":
//! kind ("pkcs11" | "pkcs12"), module, token, key, p12.
struct SignerSpec
{
    enum class Kind { Pkcs11, Pkcs12 };
    Kind kind = Kind::Pkcs11;
    QString module; //!< PKCS#11 library path
    QString token; //!< token label; empty = the first token with a key
    QString key; //!< key label; empty = the first private key with a certificate
    QString p12; //!< PKCS#12 file path

    [[nodiscard]] bool isComplete() const
    {
        return kind == Kind::Pkcs11 ? !module.isEmpty() : !p12.isEmpty();
    }
    bool operator==(const SignerSpec &) const = default;
};

//! Opens the signer. The PIN (token) or password (PKCS#12) comes from `secret`,
//! called only when needed (a token logs in once for all later signatures of
//! this signer); the returned bytes are wiped after use, never stored or logged.
//! Errors: a wrong PIN, a locked or missing token, an unreadable file, each typed.
[[nodiscard]] Result<std::unique_ptr<Signer>> openSigner(const SignerSpec &spec,
                                                         const std::function<QByteArray()> &secret);

} // namespace motcua::signing
