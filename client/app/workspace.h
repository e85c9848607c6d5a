// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/workingcalendar.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <memory>

namespace motcua {
class LocalStore;
}

//! The open profile for the screens: its local store, who is signed in
//! (username, agency) and the reference data the lists show by name
//! (procedure and agency names, the working calendar). Models read through it;
//! nothing here talks to the network.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    //! The workspace the QML-created models use (set by main() or a test).
    static Workspace *instance();
    static void setInstance(Workspace *workspace);

    //! Opens (creating if needed) the profile's store; reads identity and reference data.
    motcua::Status open(const QString &profileDir);
    //! Uses a store opened elsewhere (tests, or the profile already open).
    void adopt(std::unique_ptr<motcua::LocalStore> store);

    [[nodiscard]] bool isOpen() const { return m_store != nullptr; }
    //! The profile's cache had been written with a key this computer no longer
    //! has (the keychain entry is gone, or the folder was copied here): it was
    //! emptied on open, the official must sign in again and everything is
    //! downloaded again. keyLostMessage() says so (Vietnamese/English).
    [[nodiscard]] bool keyWasLost() const { return m_keyWasLost; }
    [[nodiscard]] static QString keyLostMessage();

    //! "Forget this computer" (issue 19): closes the cache, erases the profile
    //! folder and the profile's key in the keychain, then opens an empty profile
    //! with a new key (the next official signs in and syncs from scratch).
    //! Emits profileForgotten.
    motcua::Status forgetProfile();
    [[nodiscard]] motcua::LocalStore *store() const { return m_store.get(); }
    [[nodiscard]] QString profileDir() const;

    [[nodiscard]] QString username() const { return m_username; }
    [[nodiscard]] QString agencyCode() const { return m_agencyCode; }
    void setIdentity(const QString &username, const QString &agencyCode);

    [[nodiscard]] const motcua::WorkingCalendar &calendar() const { return m_calendar; }
    [[nodiscard]] QString procedureName(const QString &code) const { return m_procedureNames.value(code); }
    [[nodiscard]] QString agencyName(const QString &code) const { return m_agencyNames.value(code, code); }

    //! "Now" for due dates and countdowns; tests and screenshots pin it.
    [[nodiscard]] QDateTime now() const;
    void setNow(const QDateTime &now) { m_now = now; }

    //! Re-reads identity, names and calendar from the store (after a sync).
    motcua::Status reloadReference();
    //! Tells every model that the cache changed (a sync applied a page, an action was queued).
    void notifyCacheChanged() { Q_EMIT cacheChanged(); }

    //! True from main() until the first frame is on screen: models leave what the
    //! first screen does not need (e.g. the inbox's counts per view) until
    //! startupFinished(). Always false in tests and tools.
    [[nodiscard]] bool startingUp() const { return m_startingUp; }
    void setStartingUp(bool startingUp)
    {
        const bool finished = m_startingUp && !startingUp;
        m_startingUp = startingUp;
        if (finished)
            Q_EMIT startupFinished();
    }

Q_SIGNALS:
    void profileForgotten();
    void cacheChanged();
    void identityChanged();
    void startupFinished();

private:
    std::unique_ptr<motcua::LocalStore> m_store;
    QString m_username;
    QString m_agencyCode;
    motcua::WorkingCalendar m_calendar;
    QHash<QString, QString> m_procedureNames;
    QHash<QString, QString> m_agencyNames;
    QDateTime m_now;
    bool m_startingUp = false;
    bool m_keyWasLost = false;
};
