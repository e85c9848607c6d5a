// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace motcua {

Profile::Profile(QString dir)
    : m_dir(std::move(dir))
{ }

QString Profile::defaultDir()
{
    //! The desktop app's identity, whatever binary asks: both share one profile.
    const QString app = QCoreApplication::applicationName();
    const QString org = QCoreApplication::organizationName();
    QCoreApplication::setApplicationName(QStringLiteral("motcua-desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(app);
    QCoreApplication::setOrganizationName(org);
    return dir;
}

QString Profile::databasePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("cache.sqlite"));
}

QString Profile::blobDir() const
{
    return QDir(m_dir).filePath(QStringLiteral("blobs"));
}

Status Profile::ensureExists() const
{
    if (!QDir().mkpath(m_dir) || !QDir().mkpath(blobDir()))
        return Error::make(Error::Kind::Storage, QStringLiteral("profile.mkdir"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Cannot create the profile folder %1."),
                           {m_dir});
    return {};
}

Status Profile::load()
{
    QFile f(QDir(m_dir).filePath(QStringLiteral("account.json")));
    if (!f.exists())
        return Error::make(
            Error::Kind::NotFound, QStringLiteral("profile.not_signed_in"),
            QT_TRANSLATE_NOOP("motcua::Error", "Nobody has signed in with this profile yet (%1)."), {m_dir});
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage, QStringLiteral("profile.read"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Cannot read %1."), {f.fileName()});
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QUrl server(o.value(QLatin1String("server")).toString());
    const QString user = o.value(QLatin1String("username")).toString();
    if (!server.isValid() || server.scheme().isEmpty() || user.isEmpty())
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("profile.corrupt"),
            QT_TRANSLATE_NOOP("motcua::Error", "The profile file %1 is damaged; please sign in again."),
            {f.fileName()});
    m_server = server;
    m_username = user;
    return {};
}

Status Profile::save() const
{
    if (Status s = ensureExists(); !s)
        return s;
    QSaveFile f(QDir(m_dir).filePath(QStringLiteral("account.json")));
    const QJsonObject o {{QStringLiteral("server"), m_server.toString()},
                         {QStringLiteral("username"), m_username}};
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit())
        return Error::make(Error::Kind::Storage, QStringLiteral("profile.write"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Cannot write %1."), {f.fileName()});
    return {};
}

void Profile::setAccount(const QUrl &server, const QString &username)
{
    m_server = server;
    m_username = username;
}

} // namespace motcua
