// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport.h"

#include <QStringList>

namespace motcua {

bool isLoopbackHost(const QString &hostIn)
{
    QString host = hostIn.trimmed().toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost") || host == QLatin1String("::1")
        || host == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        const uint n = p.toUInt(&ok);
        if (!ok || n > 255 || p.isEmpty() || p.size() > 3)
            return false;
    }
    return parts.first() == QLatin1String("127");
}

Status checkTransport(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        QUrl secure = url;
        secure.setScheme(QStringLiteral("https"));
        if (secure.port() == 80)
            secure.setPort(-1);
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("transport.insecure"),
            QT_TRANSLATE_NOOP("motcua::Error",
                              "Plain http:// is only allowed to this computer: it would send "
                              "passwords and documents unencrypted. Use %1 instead."),
            {secure.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)});
    }
    return Error::make(Error::Kind::Invalid, QStringLiteral("transport.unsupported"),
                       QT_TRANSLATE_NOOP("motcua::Error", "Not an https:// address: %1"),
                       {url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)});
}

QUrl normalizeServerUrl(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://"))) {
        QString host = text.section(QLatin1Char('/'), 0, 0);
        if (host.startsWith(QLatin1Char('[')))
            host = host.section(QLatin1Char(']'), 0, 0) + QLatin1Char(']');
        else
            host = host.section(QLatin1Char(':'), 0, 0);
        text.prepend(isLoopbackHost(host) ? QLatin1String("http://") : QLatin1String("https://"));
    }
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return QUrl(text, QUrl::StrictMode);
}

} // namespace motcua
