// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace motcua {

namespace {

//! Runs a QtKeychain job to completion; the job's own finished signal ends the loop.
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

Error keychainError(const QKeychain::Job &job)
{
    return Error::make(Error::Kind::Storage, QStringLiteral("auth.keychain_failed"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The system keychain is not available: %1"),
                       {job.errorString()})
        .withDetail(QStringLiteral("QKeychain error %1").arg(int(job.error())));
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{ }

Status KeychainCredentialStore::write(const QString &key, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

Result<QByteArray> KeychainCredentialStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return Error::make(
            Error::Kind::NotFound, QStringLiteral("auth.secret_missing"),
            QT_TRANSLATE_NOOP("motcua::Error", "No saved sign-in was found; please sign in again."));
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return job.binaryData();
}

Status KeychainCredentialStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}

} // namespace motcua
