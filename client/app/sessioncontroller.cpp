// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {
SessionController *s_instance = nullptr;

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
    if (!s_instance)
        s_instance = this;
}

SessionController::~SessionController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

SessionController *SessionController::instance()
{
    if (!s_instance)
        s_instance = new SessionController(QCoreApplication::instance());
    return s_instance;
}

SessionController *SessionController::create(QQmlEngine *, QJSEngine *)
{
    SessionController *c = instance();
    QJSEngine::setObjectOwnership(c, QJSEngine::CppOwnership);
    return c;
}

void SessionController::setServerUrl(const QString &url)
{
    if (m_serverUrl == url)
        return;
    m_serverUrl = url;
    Q_EMIT serverUrlChanged();
}

void SessionController::setUsername(const QString &name)
{
    if (m_username == name)
        return;
    m_username = name;
    Q_EMIT usernameChanged();
}

void SessionController::setRememberUser(bool remember)
{
    if (m_remember == remember)
        return;
    m_remember = remember;
    Q_EMIT rememberUserChanged();
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
    Q_EMIT signInRequested(url, username.trimmed(), password, remember);
    return true;
}

void SessionController::signOut()
{
    Q_EMIT signOutRequested();
    setSignedIn(false);
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
    if (m_signedIn == signedIn)
        return;
    m_signedIn = signedIn;
    Q_EMIT signedInChanged();
}

void SessionController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SessionController::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}
