// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsingleton.h"

#include <QByteArray>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

//! Sign-in state for QML: the server and user to pre-fill, whether a session is
//! open (online, or offline on the cached session), and a clear error message
//! when signing in fails. The network and keychain work is done by the sync and
//! auth layers; this class only wires them to the screen.
class SessionController : public QObject, public AppSingleton<SessionController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QString username READ username WRITE setUsername NOTIFY usernameChanged)
    Q_PROPERTY(bool rememberUser READ rememberUser WRITE setRememberUser NOTIFY rememberUserChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString officialName READ officialName NOTIFY officialChanged)
    Q_PROPERTY(QString agencyName READ agencyName NOTIFY officialChanged)
    //! The desk is locked after idleLockMinutes without keyboard or mouse input:
    //! the screens are hidden and the password is asked again (shared desk PCs).
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    //! 0 = never lock. Kept in QSettings ("session/idle_lock_minutes").
    Q_PROPERTY(
        int idleLockMinutes READ idleLockMinutes WRITE setIdleLockMinutes NOTIFY idleLockMinutesChanged)

public:
    explicit SessionController(QObject *parent); //!< not default-constructible: see AppController
    ~SessionController() override;

    static SessionController *create(QQmlEngine *, QJSEngine *) { return forQml(); }

    [[nodiscard]] QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString &url);
    [[nodiscard]] QString username() const { return m_username; }
    void setUsername(const QString &name);
    [[nodiscard]] bool rememberUser() const { return m_remember; }
    void setRememberUser(bool remember);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool signedIn() const { return m_signedIn; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QString officialName() const { return m_officialName; }
    [[nodiscard]] QString agencyName() const { return m_agencyName; }

    //! Checks the form and returns the message to show, or an empty string when
    //! it is complete. Pure: used by signIn() and by tests.
    [[nodiscard]] static QString validate(const QString &serverUrl, const QString &username,
                                          const QString &password);
    //! The server URL as typed, normalised ("host:port" gets http:// for loopback,
    //! https:// otherwise; a trailing slash is dropped).
    [[nodiscard]] static QUrl normalizedServerUrl(const QString &typed);

    //! Starts signing in; returns false (and sets errorText) when the form is incomplete.
    Q_INVOKABLE bool signIn(const QString &serverUrl, const QString &username, const QString &password,
                            bool remember);
    //! Ends the session and forgets everything the form and the lock knew
    //! (password verifier, error, busy, names; the user name too unless
    //! "remember me" was ticked): the next official starts from a blank form.
    Q_INVOKABLE void signOut();
    //! "Forget this computer": signs out, then the desk erases the profile (its
    //! cached dossiers and documents) and its key in the keychain (issue 19).
    Q_INVOKABLE void signOutAndForget();
    Q_INVOKABLE void clearError();

    [[nodiscard]] bool locked() const { return m_locked; }
    [[nodiscard]] int idleLockMinutes() const { return m_idleMinutes; }
    void setIdleLockMinutes(int minutes);
    //! Locks now (also what the idle timer does).
    Q_INVOKABLE void lock();
    //! Unlocks with the signed-in official's password: checked here against the
    //! verifier kept in memory since sign-in (works offline); a session resumed
    //! from the keychain has none, then the password is checked by signing in
    //! again and the lock opens when that succeeds. False with errorText set
    //! when the password is wrong or missing.
    Q_INVOKABLE bool unlock(const QString &password);
    //! Tests: the idle delay in milliseconds instead of idleLockMinutes.
    void setIdleIntervalForTest(int ms);
    //! Installed on the application: input restarts the idle delay; while
    //! locked, shortcut events are swallowed.
    bool eventFilter(QObject *watched, QEvent *event) override;

    //! Called by the wiring when a session is open (online or from the cache).
    void setSignedIn(bool signedIn, const QString &officialName = {}, const QString &agencyName = {});
    void setBusy(bool busy);
    void setErrorText(const QString &text);

Q_SIGNALS:
    void serverUrlChanged();
    void usernameChanged();
    void rememberUserChanged();
    void busyChanged();
    void signedInChanged();
    void errorTextChanged();
    void officialChanged();
    //! Emitted after validation; the wiring performs the network sign-in.
    void signInRequested(const QUrl &server, const QString &username, const QString &password, bool remember);
    void signOutRequested();
    //! After signOutRequested, when the official also chose "forget this computer".
    void forgetRequested();
    void lockedChanged();
    void idleLockMinutesChanged();

private:
    void setLocked(bool locked);
    void restartIdleTimer();
    [[nodiscard]] QByteArray verifierFor(const QString &password) const;

    QString m_serverUrl;
    QString m_username;
    bool m_remember = true;
    bool m_busy = false;
    bool m_signedIn = false;
    QString m_errorText;
    QString m_officialName;
    QString m_agencyName;
    bool m_locked = false;
    int m_idleMinutes = 0;
    int m_idleTestMs = 0;
    QTimer m_idle;
    //! PBKDF2 of the password of the last sign-in, in memory only (never on disk).
    mutable QByteArray m_salt; //!< made on first use

    QByteArray m_verifier;
    QByteArray m_pendingVerifier; //!< of a sign-in under way, kept when it succeeds
    bool m_unlocking = false; //!< an unlock is being checked by signing in again
};
