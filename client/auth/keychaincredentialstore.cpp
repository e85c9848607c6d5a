// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include <QEventLoop>
#include <QMutex>
#include <QThread>
#include <functional>
#include <qt6keychain/keychain.h>

namespace motcua {

namespace {

//! QtKeychain's job queue (JobExecutor) is a process-wide object that is not
//! thread-safe: a job started on another thread than the queue's gets its
//! "finished" handled there later, after a stack job is gone (a crash seen with
//! the sync thread and the GUI thread both reading the keychain). So every job
//! runs on one thread of its own, and callers on any thread wait for it.
QThread *keychainThread()
{
    static QThread *thread = [] {
        auto *t = new QThread;
        t->setObjectName(QStringLiteral("keychain"));
        t->start();
        return t;
    }();
    return thread;
}

void onKeychainThread(const std::function<void()> &work)
{
    QThread *t = keychainThread();
    if (QThread::currentThread() == t) {
        work();
        return;
    }
    static QMutex serial; // one job at a time, as the queue expects
    QMutexLocker lock(&serial);
    QObject context;
    context.moveToThread(t);
    QMetaObject::invokeMethod(&context, work, Qt::BlockingQueuedConnection);
}

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
    Status out;
    onKeychainThread([&] {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(key);
        job.setBinaryData(secret);
        runJob(job);
        if (job.error() != QKeychain::NoError)
            out = keychainError(job);
    });
    return out;
}

Result<QByteArray> KeychainCredentialStore::read(const QString &key)
{
    Result<QByteArray> out = QByteArray();
    onKeychainThread([&] {
        QKeychain::ReadPasswordJob job(m_service);
        job.setKey(key);
        runJob(job);
        if (job.error() == QKeychain::EntryNotFound)
            out = Error::make(
                Error::Kind::NotFound, QStringLiteral("auth.secret_missing"),
                QT_TRANSLATE_NOOP("motcua::Error", "No saved sign-in was found; please sign in again."));
        else if (job.error() != QKeychain::NoError)
            out = keychainError(job);
        else
            out = job.binaryData();
    });
    return out;
}

Status KeychainCredentialStore::remove(const QString &key)
{
    Status out;
    onKeychainThread([&] {
        QKeychain::DeletePasswordJob job(m_service);
        job.setKey(key);
        runJob(job);
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
            out = keychainError(job);
    });
    return out;
}

} // namespace motcua
