// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace motcua {
class ApiClient;
class AuthSession;
class Database;
class FileBlobStore;
class KeychainCredentialStore;
class Profile;
class SyncEngine;
} // namespace motcua

//! The network side of the desktop app, living on its own thread: sign-in
//! (AuthSession), GET /me and the directory, and SyncEngine runs, over its
//! own Database connection to the profile's cache. Every call blocks this
//! thread only; results go back to the GUI as queued signals.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(QString profileDir, QObject *parent = nullptr);
    ~SyncWorker() override;

public Q_SLOTS:
    //! Password sign-in; on success account.json is written (server, user) and
    //! the refresh token kept in the keychain when `remember` is true.
    void signIn(const QUrl &server, const QString &username, const QString &password, bool remember);
    //! Resumes the profile's saved session (refresh token from the keychain).
    //! Unreachable server: offline on the cached session (signedInOffline).
    void resume();
    void signOut();
    //! "Forget this computer": closes this thread's connection to the profile
    //! (the desk erases it next), then emits storeClosed.
    void closeStore();
    //! Push, pull and prefetch once; emits progress and finished.
    void syncNow();
    void cancel();
    //! The reception screen's citizen lookup (GET /citizens/{id}); answers citizenLookedUp.
    void lookUpCitizen(const QString &idNumber);

Q_SIGNALS:
    void signedIn(const QString &fullName, const QString &agencyName, const QString &agencyCode,
                  const QString &username);
    //! The server could not be reached but the profile has a cached session.
    void signedInOffline(const QString &fullName, const QString &agencyName);
    void signInFailed(const QString &message);
    void onlineChanged(bool online);
    void progress(int phase, qint64 done, qint64 total);
    void syncFinished(bool ok, const QString &message, const QDateTime &lastSync);
    void cacheChanged();
    void storeClosed();
    void outboxCounts(int pending, int failed, int conflicts);
    //! found: name, address, phone, email from the records; else `message` says why (translated).
    void citizenLookedUp(const QString &idNumber, bool found, const QString &name, const QString &address,
                         const QString &phone, const QString &email, const QString &message);

private:
    motcua::Status openStore();
    void startSession(const QUrl &server, const QString &username);
    void publishOutbox();
    void afterSignIn();
    [[nodiscard]] QString messageFor(const motcua::Error &e) const;

    QString m_profileDir;
    std::unique_ptr<motcua::Profile> m_profile;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<motcua::KeychainCredentialStore> m_credentials;
    std::unique_ptr<motcua::Database> m_db;
    std::unique_ptr<motcua::FileBlobStore> m_blobs;
    std::unique_ptr<motcua::AuthSession> m_auth;
    std::unique_ptr<motcua::ApiClient> m_api;
    std::unique_ptr<motcua::SyncEngine> m_engine;
    bool m_remember = true;
};
