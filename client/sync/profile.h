// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QUrl>

namespace motcua {

//! One official's local profile: a directory shared by the desktop app and the
//! `motcua` command. Layout: `account.json` (server URL and user name, no
//! secrets), `cache.sqlite` (the store), `blobs/` (documents by SHA-256).
//! The refresh token is in the OS keychain, never here.
class Profile
{
public:
    explicit Profile(QString dir);

    //! QStandardPaths::AppDataLocation of the application "motcua-desk".
    [[nodiscard]] static QString defaultDir();

    [[nodiscard]] const QString &dir() const { return m_dir; }
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString blobDir() const;

    [[nodiscard]] Status ensureExists() const;
    //! Reads account.json; NotFound ("profile.not_signed_in") when nobody signed in.
    [[nodiscard]] Status load();
    [[nodiscard]] Status save() const;

    [[nodiscard]] const QUrl &server() const { return m_server; }
    [[nodiscard]] const QString &username() const { return m_username; }
    void setAccount(const QUrl &server, const QString &username);

private:
    QString m_dir;
    QUrl m_server;
    QString m_username;
};

} // namespace motcua
