// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "auth/keychaincredentialstore.h"
#include "auth/profilekey.h"
#include "outboxwork.h"
#include "store/blobcipher.h"
#include "store/localstore.h"

#include <QDir>
#include <QLoggingCategory>

namespace {
Workspace *s_instance = nullptr;
}

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
    //! Whoever queued an action (a dialog, the sign dialog, the batch worker): every
    //! view reloads once; nobody relays it by hand.
    onOutboxWork(this, [this] { notifyCacheChanged(); });
}

Workspace::~Workspace()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Workspace *Workspace::instance()
{
    return s_instance;
}

void Workspace::setInstance(Workspace *workspace)
{
    s_instance = workspace;
}

motcua::Status Workspace::open(const QString &profileDir)
{
    //! The profile's key (OS keychain) encrypts cached documents and the cache's
    //! personal fields; every store this process opens on the profile (sync, batch
    //! threads) gets it from ProfileKeys.
    bool keyAvailable = motcua::ProfileKeys::cipherFor(profileDir) != nullptr;
    if (!keyAvailable) {
        motcua::KeychainCredentialStore keychain;
        auto key = motcua::loadOrCreateProfileKey(keychain, profileDir);
        keyAvailable = key.ok();
        if (key)
            motcua::ProfileKeys::set(profileDir, *key);
        else
            qWarning().noquote() << "profile key unavailable, the cache stays unencrypted:"
                                 << key.error().toString();
    }
    auto store = motcua::LocalStore::open(profileDir);
    if (!store.ok())
        return store.error();
    m_keyWasLost = false;
    if (store.value()->keyLost()) {
        if (!keyAvailable) {
            //! The key may still be in a keychain that is only locked or not
            //! running: never wipe what it could open later.
            return motcua::Error::make(motcua::Error::Kind::Crypto, QStringLiteral("store.keychain"),
                                       QT_TRANSLATE_NOOP("motcua::Error",
                                                         "The saved data of this computer is locked in the "
                                                         "system keychain, which cannot be reached now."));
        }
        qWarning().noquote() << "the profile's key is gone: the cache is emptied for a re-sync" << profileDir;
        if (motcua::Status reset = store.value()->resetForResync(); !reset.ok())
            return reset.error();
        m_keyWasLost = true;
    }
    adopt(std::move(store).value());
    return {};
}

motcua::Status Workspace::forgetProfile()
{
    const QString dir = profileDir();
    if (dir.isEmpty())
        return {};
    m_store.reset();
    motcua::ProfileKeys::forget(dir);
    motcua::KeychainCredentialStore keychain;
    const motcua::Status removedKey = motcua::forgetProfileKey(keychain, dir);
    if (!removedKey.ok() && removedKey.error().kind != motcua::Error::Kind::NotFound)
        qWarning().noquote() << "forget this computer: the key stays in the keychain:"
                             << removedKey.error().toString();
    const bool erased = QDir(dir).removeRecursively();
    setIdentity({}, {});
    motcua::Status reopened = open(dir);
    Q_EMIT cacheChanged();
    Q_EMIT profileForgotten();
    if (!erased)
        return motcua::Error::make(motcua::Error::Kind::Storage, QStringLiteral("store.io"),
                                   QT_TRANSLATE_NOOP("motcua::Error", "Cannot remove the folder %1."), {dir});
    return reopened;
}

QString Workspace::keyLostMessage()
{
    return tr(
        "The saved dossiers of this computer can no longer be decrypted (the key that protected them is "
        "gone). Sign in again: everything will be downloaded again from the server.");
}

void Workspace::adopt(std::unique_ptr<motcua::LocalStore> store)
{
    m_store = std::move(store);
    (void)reloadReference();
    Q_EMIT cacheChanged();
}

QDateTime Workspace::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString Workspace::profileDir() const
{
    return m_store ? m_store->profileDir() : QString();
}

void Workspace::setIdentity(const QString &username, const QString &agencyCode)
{
    if (m_username == username && m_agencyCode == agencyCode)
        return;
    m_username = username;
    m_agencyCode = agencyCode;
    Q_EMIT identityChanged();
}

motcua::Status Workspace::reloadReference()
{
    if (!m_store)
        return {};
    auto me = m_store->syncState().me();
    if (!me.ok())
        return me.error();
    if (me.value())
        setIdentity(me.value()->official.username, me.value()->official.agencyCode);

    auto procedures = m_store->reference().procedures();
    if (!procedures.ok())
        return procedures.error();
    m_procedureNames.clear();
    for (const motcua::Procedure &p : procedures.value())
        m_procedureNames.insert(p.code, p.name);

    auto agencies = m_store->reference().agencies();
    if (!agencies.ok())
        return agencies.error();
    m_agencyNames.clear();
    for (const motcua::Agency &a : agencies.value())
        m_agencyNames.insert(a.code, a.name);

    auto calendar = m_store->reference().workingCalendar();
    if (!calendar.ok())
        return calendar.error();
    m_calendar = calendar.value();
    return {};
}
