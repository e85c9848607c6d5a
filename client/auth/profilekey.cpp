// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilekey.h"

#include <QDir>
#include <QRandomGenerator>

namespace motcua {

QString profileKeyName(const QString &profileDir)
{
    return QStringLiteral("profile-key:") + QDir(profileDir).absolutePath();
}

Result<QByteArray> loadOrCreateProfileKey(CredentialStore &store, const QString &profileDir, bool *created)
{
    const QString name = profileKeyName(profileDir);
    auto existing = store.read(name);
    if (existing && existing->size() == 64) {
        if (created)
            *created = false;
        return QByteArray::fromHex(*existing);
    }
    if (!existing && existing.error().kind != Error::Kind::NotFound)
        return existing.error(); // the keychain is unavailable: never silently make a new key
    QByteArray key(32, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()),
                                         reinterpret_cast<quint32 *>(key.data() + key.size()));
    if (Status s = store.write(name, key.toHex()); !s)
        return s.error();
    if (created)
        *created = true;
    return key;
}

Status forgetProfileKey(CredentialStore &store, const QString &profileDir)
{
    return store.remove(profileKeyName(profileDir));
}

} // namespace motcua
