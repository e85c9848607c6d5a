// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

namespace motcua {

//! CredentialStore backed by the OS keychain through QtKeychain (libsecret on
//! Linux, Credential Manager on Windows, Keychain on macOS). Calls block on a
//! local event loop until the keychain answers (a few milliseconds).
class KeychainCredentialStore : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("motcua-desk"));

    Status write(const QString &key, const QByteArray &secret) override;
    Result<QByteArray> read(const QString &key) override;
    Status remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace motcua
