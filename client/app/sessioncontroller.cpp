// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"

#include "propertyhelpers.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHostAddress>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSettings>

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}
} // namespace

SessionController::SessionController(QObject *parent)
    : QObject(parent)
{
    adopt(this);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &SessionController::lock);
    QSettings settings;
    m_idleMinutes
        = qBound(0, settings.value(QStringLiteral("session/idle_lock_minutes"), 0).toInt(), 24 * 60);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

SessionController::~SessionController()
{
    release(this);
}

void SessionController::setServerUrl(const QString &url)
{
    assignProperty(this, m_serverUrl, url, &SessionController::serverUrlChanged);
}

void SessionController::setUsername(const QString &name)
{
    assignProperty(this, m_username, name, &SessionController::usernameChanged);
}

void SessionController::setRememberUser(bool remember)
{
    assignProperty(this, m_remember, remember, &SessionController::rememberUserChanged);
}

QUrl SessionController::normalizedServerUrl(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://"))) {
        const QString host = text.section(QLatin1Char('/'), 0, 0).section(QLatin1Char(':'), 0, 0);
        text.prepend(isLoopbackHost(host) ? QLatin1String("http://") : QLatin1String("https://"));
    }
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return QUrl(text, QUrl::StrictMode);
}

QString SessionController::validate(const QString &serverUrl, const QString &username,
                                    const QString &password)
{
    if (serverUrl.trimmed().isEmpty())
        return tr("Enter the address of the central server.");
    const QUrl url = normalizedServerUrl(serverUrl);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return tr("The server address is not valid. Example: https://motcua.example.gov.vn");
    //! Passwords travel in the clear over plain HTTP: only allowed to this machine.
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return tr("Use an https:// address: plain http is only allowed to this computer.");
    if (username.trimmed().isEmpty())
        return tr("Enter your user name.");
    if (password.isEmpty())
        return tr("Enter your password.");
    return {};
}

bool SessionController::signIn(const QString &serverUrl, const QString &username, const QString &password,
                               bool remember)
{
    if (m_busy)
        return false;
    const QString problem = validate(serverUrl, username, password);
    if (!problem.isEmpty()) {
        setErrorText(problem);
        return false;
    }
    setErrorText({});
    const QUrl url = normalizedServerUrl(serverUrl);
    setServerUrl(url.toString());
    setUsername(username.trimmed());
    setRememberUser(remember);
    setBusy(true);
    m_pendingVerifier = verifierFor(password);
    Q_EMIT signInRequested(url, username.trimmed(), password, remember);
    return true;
}

void SessionController::signOut()
{
    Q_EMIT signOutRequested();
    m_verifier.clear();
    m_pendingVerifier.clear();
    m_unlocking = false;
    setErrorText({});
    if (!m_remember)
        setUsername({});
    setSignedIn(false);
    setLocked(false);
}

void SessionController::signOutAndForget()
{
    setRememberUser(false); //!< nothing of the official stays either
    signOut();
    Q_EMIT forgetRequested();
}

void SessionController::clearError()
{
    setErrorText({});
}

void SessionController::setSignedIn(bool signedIn, const QString &officialName, const QString &agencyName)
{
    setBusy(false);
    if (m_officialName != officialName || m_agencyName != agencyName) {
        m_officialName = officialName;
        m_agencyName = agencyName;
        Q_EMIT officialChanged();
    }
    if (signedIn && !m_pendingVerifier.isEmpty()) {
        m_verifier = m_pendingVerifier;
        m_pendingVerifier.clear();
    }
    if (signedIn && m_unlocking) {
        m_unlocking = false;
        setLocked(false);
    }
    if (m_signedIn == signedIn)
        return;
    m_signedIn = signedIn;
    Q_EMIT signedInChanged();
    restartIdleTimer();
}

void SessionController::setIdleLockMinutes(int minutes)
{
    minutes = qBound(0, minutes, 24 * 60);
    if (m_idleMinutes == minutes)
        return;
    m_idleMinutes = minutes;
    QSettings().setValue(QStringLiteral("session/idle_lock_minutes"), minutes);
    Q_EMIT idleLockMinutesChanged();
    restartIdleTimer();
}

void SessionController::setIdleIntervalForTest(int ms)
{
    m_idleTestMs = ms;
    restartIdleTimer();
}

void SessionController::restartIdleTimer()
{
    const int ms = m_idleTestMs > 0 ? m_idleTestMs : m_idleMinutes * 60 * 1000;
    if (!m_signedIn || m_locked || ms <= 0) {
        m_idle.stop();
        return;
    }
    m_idle.start(ms);
}

void SessionController::lock()
{
    if (m_signedIn)
        setLocked(true);
}

void SessionController::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    if (locked)
        setErrorText({});
    Q_EMIT lockedChanged();
    restartIdleTimer();
}

QByteArray SessionController::verifierFor(const QString &password) const
{
    if (password.isEmpty())
        return {};
    if (m_salt.isEmpty()) {
        m_salt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_salt.data()), 4);
    }
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), m_salt, 20000,
                                              32);
}

bool SessionController::unlock(const QString &password)
{
    if (!m_locked)
        return true;
    if (password.isEmpty()) {
        setErrorText(tr("Enter your password."));
        return false;
    }
    if (!m_verifier.isEmpty()) {
        if (verifierFor(password) != m_verifier) {
            setErrorText(tr("The password is not correct."));
            return false;
        }
        setErrorText({});
        setLocked(false);
        return true;
    }
    //! Resumed from the keychain: nothing here knows the password; the server checks it.
    if (m_busy)
        return false;
    const QUrl url = normalizedServerUrl(m_serverUrl);
    if (!url.isValid() || m_username.isEmpty()) {
        setErrorText(tr("Sign out and sign in again."));
        return false;
    }
    m_unlocking = true;
    setErrorText({});
    setBusy(true);
    m_pendingVerifier = verifierFor(password);
    Q_EMIT signInRequested(url, m_username, password, m_remember);
    return false;
}

bool SessionController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_signedIn && !m_locked && m_idle.isActive())
            m_idle.start();
        break;
    case QEvent::Shortcut:
        //! Behind the lock no shortcut acts on the hidden screens (Ctrl+Shift+A…).
        if (m_locked)
            return true;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionController::setBusy(bool busy)
{
    assignProperty(this, m_busy, busy, &SessionController::busyChanged);
}

void SessionController::setErrorText(const QString &text)
{
    assignProperty(this, m_errorText, text, &SessionController::errorTextChanged);
}
