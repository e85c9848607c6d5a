// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

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

CliContext::CliContext(const QString &profileDir)
    : m_profile(profileDir)
{ }

Status CliContext::openStore()
{
    if (m_db)
        return {};
    if (Status s = m_profile.ensureExists(); !s)
        return s;
    auto db = Database::openFile(m_profile.databasePath());
    if (!db)
        return db.error();
    m_db = std::move(*db);
    m_blobs = std::make_unique<FileBlobStore>(m_profile.blobDir(), m_db.get());
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
    const QString password = qEnvironmentVariable("MOTCUA_PASSWORD");
    if (password.isEmpty())
        return s;
    return m_auth->login(password);
}

} // namespace motcua::cli
