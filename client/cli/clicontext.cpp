// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "auth/profilekey.h"
#include "batch/queuedtimestamps.h"
#include "core/secrets.h"
#include "signing/tsaclient.h"
#include "store/blobcipher.h"
#include "store/cachekey.h"
#include "store/dossierrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <iostream>
#include <optional>

namespace motcua::cli {

int exitCodeFor(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::Network:
    case Error::Kind::Unauthorized:
    case Error::Kind::Internal:
        return ExitNetwork;
    case Error::Kind::Conflict:
    case Error::Kind::Stale:
        return ExitConflict;
    default:
        return ExitUser;
    }
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("motcua::cli", text, disambiguation, n);
}

Result<Dossier> CliContext::findDossier(const QString &codeOrId)
{
    if (Status s = openStore(); !s)
        return s.error();
    DossierRepository dossiers(db());
    auto found = dossiers.getByCode(codeOrId);
    if (found && !*found)
        found = dossiers.get(codeOrId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(
            Error::Kind::NotFound, QStringLiteral("cli.dossier_not_cached"),
            QT_TRANSLATE_NOOP("motcua::Error", "No dossier %1 in the local cache (run motcua sync)."),
            {codeOrId});
    return **found;
}

CliContext::CliContext(const QString &profileDir)
    : m_profile(profileDir)
{ }

Status CliContext::openStore()
{
    if (m_db)
        return {};
    if (Status s = m_profile.ensureExists(); !s)
        return s;
    //! Cached documents and the cache's personal fields are encrypted with the
    //! profile's key from the OS keychain: registered before the cache is opened.
    auto key = loadOrCreateProfileKey(m_credentials, m_profile.dir());
    if (key) {
        ProfileKeys::set(m_profile.dir(), *key);
    } else {
        std::cerr << qPrintable(
            QCoreApplication::translate("motcua::cli",
                                        "motcua: warning: the OS keychain is unavailable (%1); documents "
                                        "downloaded now are stored unencrypted.")
                .arg(key.error().userMessage()))
                  << std::endl;
    }
    auto db = Database::openFile(m_profile.databasePath());
    if (!db)
        return db.error();
    m_db = std::move(*db);
    if (m_db->keyLost() && key) {
        //! Written with a key this computer no longer has: unreadable, so start over.
        if (Status s = cachekey::reset(*m_db); !s)
            return s;
        QDir(m_profile.blobDir()).removeRecursively();
        std::cerr << qPrintable(QCoreApplication::translate(
            "motcua::cli",
            "motcua: the saved data of this profile cannot be decrypted on this computer (its "
            "key is gone); it was cleared. Sign in again with `motcua login`, then `motcua "
            "sync`."))
                  << std::endl;
    }
    m_blobs = std::make_unique<FileBlobStore>(m_profile.blobDir(), m_db.get());
    if (key)
        m_blobs->setCipher(ProfileKeys::cipherFor(m_profile.dir()));
    return {};
}

Status CliContext::openSession()
{
    if (m_api)
        return {};
    if (Status s = openStore(); !s)
        return s;
    if (Status s = m_profile.load(); !s)
        return s;
    m_auth = std::make_unique<AuthSession>(&m_nam, &m_credentials, m_profile.server(), m_profile.username());
    m_api = std::make_unique<ApiClient>(&m_nam, m_auth.get());
    const QByteArray timeout = qgetenv("MOTCUA_TRANSFER_TIMEOUT_MS");
    if (!timeout.isEmpty())
        m_api->setTransferTimeout(timeout.toInt());
    const QByteArray attempts = qgetenv("MOTCUA_MAX_ATTEMPTS");
    if (!attempts.isEmpty()) {
        Backoff b = m_api->backoff();
        b.maxAttempts = qMax(1, attempts.toInt());
        m_api->setBackoff(b);
    }
    m_engine = std::make_unique<SyncEngine>(*m_db, *m_blobs, *m_api);
    //! Results signed offline get their time stamps from the centre before any push.
    m_engine->setBeforePush(
        batch::stampBeforePush(*m_db, *m_blobs, signing::TsaClient::centralUrl(m_profile.server())));
    return {};
}

Status CliContext::signIn()
{
    if (Status s = openSession(); !s)
        return s;
    if (m_auth->hasAccessToken())
        return {};
    Status s = m_auth->refresh();
    if (s || s.error().kind == Error::Kind::Network)
        return s;
    //! The refresh token is missing or was refused (rotated by a run that was
    //! killed before saving the new one): scripts may supply the password.
    QString password = QString::fromUtf8(takeEnvironmentSecret("MOTCUA_PASSWORD"));
    if (password.isEmpty())
        return s;
    Status again = m_auth->login(password);
    wipeSecret(password);
    return again;
}

} // namespace motcua::cli
