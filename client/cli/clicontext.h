// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/authsession.h"
#include "auth/keychaincredentialstore.h"
#include "core/dossier.h"
#include "core/official.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "sync/apiclient.h"
#include "sync/profile.h"
#include "sync/syncengine.h"

#include <QNetworkAccessManager>
#include <memory>

namespace motcua::cli {

//! Exit codes of `motcua` (documented in --help).
enum ExitCode { ExitOk = 0, ExitUser = 1, ExitNetwork = 2, ExitConflict = 3 };

//! The exit code an error stands for.
[[nodiscard]] int exitCodeFor(const Error &e);

//! The CLI's translations (context "motcua::cli").
[[nodiscard]] QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

//! What every command needs: the profile, its cache and blob store, and (for
//! commands that talk to the server) a session with the API.
class CliContext
{
public:
    explicit CliContext(const QString &profileDir);

    [[nodiscard]] Profile &profile() { return m_profile; }
    //! Opens the cache (creating the profile folder). Needed by every command.
    Status openStore();
    //! Loads account.json and prepares the API objects (no request yet).
    Status openSession();
    //! Makes sure an access token can be had: refresh from the keychain, or sign
    //! in again with MOTCUA_PASSWORD when the refresh token is gone or refused.
    Status signIn();
    //! A cached dossier by its code, else by its id; NotFound ("run motcua sync")
    //! when the cache has neither. Opens the cache first when it is not open.
    [[nodiscard]] Result<Dossier> findDossier(const QString &codeOrId);

    [[nodiscard]] Database &db() { return *m_db; }
    [[nodiscard]] BlobStore &blobs() { return *m_blobs; }
    [[nodiscard]] AuthSession &auth() { return *m_auth; }
    [[nodiscard]] ApiClient &api() { return *m_api; }
    [[nodiscard]] SyncEngine &engine() { return *m_engine; }
    [[nodiscard]] CredentialStore &credentials() { return m_credentials; }
    [[nodiscard]] QNetworkAccessManager &nam() { return m_nam; }

private:
    Profile m_profile;
    QNetworkAccessManager m_nam;
    KeychainCredentialStore m_credentials;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileBlobStore> m_blobs;
    std::unique_ptr<AuthSession> m_auth;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace motcua::cli
