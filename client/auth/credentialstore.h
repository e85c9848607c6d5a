// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace motcua {

//! Where secrets (refresh tokens) live. The only production implementation is the
//! OS keychain; the interface exists so that the session logic does not depend on
//! QtKeychain's asynchronous job API.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    //! Stores (or replaces) the secret under \a key.
    virtual Status write(const QString &key, const QByteArray &secret) = 0;
    //! The secret under \a key; an Error of kind NotFound (code "auth.secret_missing") when absent.
    virtual Result<QByteArray> read(const QString &key) = 0;
    //! Removes the secret; removing a missing key is not an error.
    virtual Status remove(const QString &key) = 0;
};

} // namespace motcua
