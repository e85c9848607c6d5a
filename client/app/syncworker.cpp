// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"

#include "auth/authsession.h"
#include "auth/keychaincredentialstore.h"
#include "batch/batchrunner.h"
#include "batch/queuedtimestamps.h"
#include "signersettings.h"
#include "signing/tsaclient.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/syncstaterepository.h"
#include "sync/apiclient.h"
#include "sync/profile.h"
#include "sync/receptiondesk.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace motcua;

SyncWorker::SyncWorker(QString profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(std::move(profileDir))
{ }

SyncWorker::~SyncWorker() = default;

Status SyncWorker::openStore()
{
    if (m_db)
        return {};
    m_profile = std::make_unique<Profile>(m_profileDir);
    if (Status s = m_profile->ensureExists(); !s.ok())
        return s;
    auto db = Database::openFile(m_profile->databasePath());
    if (!db.ok())
        return db.error();
    m_db = std::move(db).value();
    m_blobs = std::make_unique<FileBlobStore>(m_profile->blobDir(), m_db.get());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_credentials = std::make_unique<KeychainCredentialStore>();
    return {};
}

void SyncWorker::startSession(const QUrl &server, const QString &username)
{
    m_engine.reset();
    m_api.reset();
    m_auth = std::make_unique<AuthSession>(m_nam.get(), m_credentials.get(), server, username);
    m_api = std::make_unique<ApiClient>(m_nam.get(), m_auth.get());
    m_engine = std::make_unique<SyncEngine>(*m_db, *m_blobs, *m_api);
    //! Results signed offline (a batch's or one at a time) get their time stamps from
    //! the centre, with the long-term evidence the sign dialog adds, before any push.
    m_engine->setBeforePush(
        batch::stampBeforePush(*m_db, *m_blobs, signing::TsaClient::centralUrl(server),
                               [dir = m_profileDir] { return SignerSettings::resultLongTerm(dir); }));
    connect(m_engine.get(), &SyncEngine::progress, this,
            [this](qint64 done, qint64 total, SyncEngine::Phase phase) {
                Q_EMIT progress(int(phase), done, total);
            });
}

QString SyncWorker::messageFor(const Error &e) const
{
    //! The typed error names the cause; these are the ones an official can act on.
    if (e.kind == Error::Kind::Unauthorized)
        return QCoreApplication::translate("SyncWorker", "Wrong user name or password.");
    if (e.kind == Error::Kind::Network) {
        if (e.code.contains(QLatin1String("ssl")) || e.code.contains(QLatin1String("tls"))
            || e.detail.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
            || e.detail.contains(QLatin1String("certificate"), Qt::CaseInsensitive))
            return QCoreApplication::translate(
                "SyncWorker",
                "The server's certificate is not trusted. Check the address or ask your IT staff.");
        return QCoreApplication::translate(
            "SyncWorker", "Cannot reach the server. Check the address and the network connection.");
    }
    return e.userMessage();
}

void SyncWorker::signIn(const QUrl &server, const QString &username, const QString &password, bool remember)
{
    if (Status s = openStore(); !s.ok()) {
        Q_EMIT signInFailed(s.error().userMessage());
        return;
    }
    m_remember = remember;
    startSession(server, username);
    if (Status s = m_auth->login(password); !s.ok()) {
        qCInfo(lcApp) << "sign-in failed:" << s.error().toString();
        Q_EMIT signInFailed(messageFor(s.error()));
        return;
    }
    m_profile->setAccount(server, username);
    if (Status s = m_profile->save(); !s.ok()) {
        Q_EMIT signInFailed(s.error().userMessage());
        return;
    }
    afterSignIn();
}

void SyncWorker::afterSignIn()
{
    auto me = m_engine->refreshMe();
    if (!me.ok()) {
        Q_EMIT signInFailed(messageFor(me.error()));
        return;
    }
    (void)m_engine->refreshDirectory();
    SyncStateRepository state(*m_db);
    auto cached = state.me();
    const QString agencyName = cached.ok() && cached.value() ? cached.value()->agency.name : QString();
    Q_EMIT onlineChanged(true);
    Q_EMIT signedIn(me.value().fullName, agencyName, me.value().agencyCode, me.value().username);
    if (!m_remember) {
        //! "Remember me" off: the session lasts while the app runs; the keychain
        //! entry is removed now and the access token stays in memory.
        (void)m_credentials->remove(m_auth->keychainKey());
    }
    syncNow();
}

void SyncWorker::resume()
{
    if (Status s = openStore(); !s.ok()) {
        Q_EMIT signInFailed(s.error().userMessage());
        return;
    }
    if (Status s = m_profile->load(); !s.ok())
        return; // nobody signed in with this profile: the sign-in screen stays
    startSession(m_profile->server(), m_profile->username());
    publishOutbox();
    Status s = m_auth->refresh();
    if (s.ok()) {
        afterSignIn();
        return;
    }
    SyncStateRepository state(*m_db);
    auto cached = state.me();
    const bool haveCache = cached.ok() && cached.value().has_value();
    if (s.error().kind == Error::Kind::Network && haveCache) {
        //! Remote commune, link down: work on the cached session and cache.
        Q_EMIT onlineChanged(false);
        Q_EMIT signedInOffline(cached.value()->official.fullName, cached.value()->agency.name);
        return;
    }
    Q_EMIT signInFailed(
        s.error().kind == Error::Kind::Network
            ? messageFor(s.error())
            : QCoreApplication::translate("SyncWorker", "Your session has ended. Sign in again."));
}

void SyncWorker::signOut()
{
    if (m_auth)
        (void)m_auth->logout();
    m_engine.reset();
    m_api.reset();
    m_auth.reset();
}

void SyncWorker::closeStore()
{
    m_engine.reset();
    m_api.reset();
    m_auth.reset();
    m_blobs.reset();
    m_db.reset();
    Q_EMIT storeClosed();
}

void SyncWorker::syncNow()
{
    if (!m_engine) {
        Q_EMIT syncFinished(false, QCoreApplication::translate("SyncWorker", "Sign in to sync."), {});
        return;
    }
    m_api->resetCancel();
    Q_EMIT progress(-1, 0, 0);
    SyncEngine::Options options;
    options.prefetch = true;
    auto report = m_engine->syncOnce(options);
    (void)batch::BatchRunner::settleOpenJob(*m_db, *m_blobs);
    publishOutbox();
    Q_EMIT cacheChanged();
    SyncStateRepository state(*m_db);
    auto last = state.lastSync();
    const QDateTime lastSync = last.ok() ? last.value() : QDateTime();
    if (!report.ok()) {
        const bool offline = report.error().kind == Error::Kind::Network;
        Q_EMIT onlineChanged(!offline);
        Q_EMIT syncFinished(false, messageFor(report.error()), lastSync);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    (void)state.setLastSync(now);
    Q_EMIT onlineChanged(true);
    Q_EMIT syncFinished(true, {}, now);
}

void SyncWorker::cancel()
{
    if (m_api)
        m_api->cancel();
}

void SyncWorker::lookUpCitizen(const QString &idNumber)
{
    if (!m_api) {
        Q_EMIT citizenLookedUp(idNumber, false, {}, {}, {}, {},
                               QCoreApplication::translate("SyncWorker", "Sign in to look up citizens."));
        return;
    }
    auto found = ReceptionDesk::lookUpCitizen(*m_api, idNumber);
    if (!found) {
        const QString message = found.error().kind == Error::Kind::NotFound
            ? QCoreApplication::translate("SyncWorker",
                                          "No citizen with this ID number in the population records: type "
                                          "the details by hand.")
            : messageFor(found.error());
        Q_EMIT citizenLookedUp(idNumber, false, {}, {}, {}, {}, message);
        return;
    }
    Q_EMIT citizenLookedUp(idNumber, true, found->name, found->address, found->phone, found->email, {});
}

void SyncWorker::publishOutbox()
{
    OutboxRepository outbox(*m_db);
    auto open = outbox.list(false);
    if (!open.ok())
        return;
    int pending = 0, failed = 0, conflicts = 0;
    for (const OutboxEntry &e : open.value()) {
        if (e.state == OutboxState::Failed)
            ++failed;
        else if (e.state == OutboxState::Conflict)
            ++conflicts;
        else
            ++pending;
    }
    Q_EMIT outboxCounts(pending, failed, conflicts);
}
