// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskcontroller.h"

#include "receptioncontroller.h"
#include "reconnector.h"
#include "sessioncontroller.h"
#include "sync/syncengine.h"
#include "synccontroller.h"
#include "syncworker.h"
#include "workspace.h"

DeskController::DeskController(Workspace *workspace, const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_thread.setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker(profileDir);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    SessionController *session = SessionController::instance();
    SyncController *sync = SyncController::instance();

    connect(this, &DeskController::requestSignIn, m_worker, &SyncWorker::signIn);
    connect(this, &DeskController::requestResume, m_worker, &SyncWorker::resume);
    connect(this, &DeskController::requestSync, m_worker, &SyncWorker::syncNow);
    connect(this, &DeskController::requestSignOut, m_worker, &SyncWorker::signOut);
    connect(session, &SessionController::signInRequested, this, &DeskController::requestSignIn);
    connect(session, &SessionController::signOutRequested, this, &DeskController::requestSignOut);
    //! Forget this computer (issue 19): the worker lets go of the profile, then it is erased.
    connect(this, &DeskController::requestCloseStore, m_worker, &SyncWorker::closeStore);
    connect(session, &SessionController::forgetRequested, this, &DeskController::requestCloseStore);
    connect(m_worker, &SyncWorker::storeClosed, this, [this] {
        if (m_workspace)
            (void)m_workspace->forgetProfile();
    });
    connect(sync, &SyncController::syncRequested, this, &DeskController::requestSync);
    m_reconnector = new Reconnector(sync, this);
    connect(m_reconnector, &Reconnector::probeRequested, this, &DeskController::requestSync);
    connect(session, &SessionController::signedInChanged, m_reconnector,
            [this, session] { m_reconnector->setActive(session->signedIn()); });
    m_reconnector->setActive(session->signedIn());

    connect(m_worker, &SyncWorker::signedIn, this,
            [this, session](const QString &name, const QString &agency, const QString &agencyCode,
                            const QString &username) {
                if (m_workspace) {
                    m_workspace->setIdentity(username, agencyCode);
                    (void)m_workspace->reloadReference();
                }
                session->setErrorText({});
                session->setSignedIn(true, name, agency);
            });
    connect(
        m_worker, &SyncWorker::signedInOffline, this,
        [session](const QString &name, const QString &agency) { session->setSignedIn(true, name, agency); });
    connect(m_worker, &SyncWorker::signInFailed, this, [session](const QString &message) {
        session->setBusy(false);
        session->setErrorText(message);
    });
    connect(m_worker, &SyncWorker::onlineChanged, sync, &SyncController::setOnline);
    connect(m_worker, &SyncWorker::progress, this, [sync](int phase, qint64 done, qint64 total) {
        SyncController::Phase p = SyncController::Phase::Connecting;
        switch (phase) {
        case int(motcua::SyncEngine::Phase::Push):
            p = SyncController::Phase::Pushing;
            break;
        case int(motcua::SyncEngine::Phase::Pull):
            p = SyncController::Phase::Pulling;
            break;
        case int(motcua::SyncEngine::Phase::Prefetch):
            p = SyncController::Phase::Downloading;
            break;
        default:
            break;
        }
        sync->setProgress(p, done, total);
    });
    connect(m_worker, &SyncWorker::syncFinished, this,
            [sync](bool ok, const QString &message, const QDateTime &lastSync) {
                sync->setProgress(SyncController::Phase::Idle, 0, 0);
                sync->setLastError(ok ? QString() : message);
                if (lastSync.isValid())
                    sync->setLastSyncAt(lastSync);
            });
    connect(m_worker, &SyncWorker::outboxCounts, sync, &SyncController::setOutboxCounts);
    connect(m_worker, &SyncWorker::cacheChanged, this, [this] {
        if (!m_workspace)
            return;
        (void)m_workspace->reloadReference();
        m_workspace->notifyCacheChanged();
    });
    //! The reception screen's citizen lookup runs on the worker (it holds the API client).
    ReceptionController *reception = ReceptionController::instance();
    connect(reception, &ReceptionController::lookupRequested, m_worker, &SyncWorker::lookUpCitizen);
    connect(
        m_worker, &SyncWorker::citizenLookedUp, reception,
        [reception](const QString &id, bool found, const QString &name, const QString &address,
                    const QString &phone, const QString &email, const QString &message) {
            reception->applyLookup(id, found, motcua::Applicant {name, id, address, phone, email}, message);
        });
    m_thread.start();
}

DeskController::~DeskController()
{
    m_worker->cancel(); //! thread-safe: ends a running request quickly
    m_thread.quit();
    m_thread.wait();
}

void DeskController::resumeSession()
{
    Q_EMIT requestResume();
}
