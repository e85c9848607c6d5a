// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

namespace motcua {

//! The per-profile key that encrypts the documents cached in a profile
//! (store/blobcipher.h), kept in the OS keychain (DPAPI-backed on Windows) under
//! "profile-key:" + the profile's absolute folder. A copy of the folder on
//! another computer, or under another path, has no key: its documents cannot be
//! read there and are fetched again after signing in.
[[nodiscard]] QString profileKeyName(const QString &profileDir);

//! The key (32 bytes); a new random one when the keychain has none (*created = true).
[[nodiscard]] Result<QByteArray> loadOrCreateProfileKey(CredentialStore &store, const QString &profileDir,
                                                        bool *created = nullptr);

//! "Forget this computer": removes the key (the profile's files go with it).
Status forgetProfileKey(CredentialStore &store, const QString &profileDir);

} // namespace motcua
