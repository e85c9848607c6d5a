// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariantMap>

//! Lets a QML test put the controllers into the states the sync and auth
//! layers would put them in (signed in, offline, outbox counts).
class TestHelper : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    Q_INVOKABLE void reset();
    Q_INVOKABLE void setSignedIn(bool signedIn, const QString &name = {}, const QString &agency = {});
    Q_INVOKABLE void setOnline(bool online);
    Q_INVOKABLE void setOutbox(int pending, int failed, int conflicts);
    Q_INVOKABLE void setLastSyncMinutesAgo(int minutes);
    Q_INVOKABLE void setPulling(int done, int total);
    //! The idle lock's delay in ms (0 = back to the minutes setting, off in tests).
    Q_INVOKABLE void setIdleLockMs(int ms);
    Q_INVOKABLE void setLastError(const QString &message);
    Q_INVOKABLE int syncRequests() const { return m_syncRequests; }
    //! Action dialogs: the signed-in official's roles in the cache ("specialist", "supervisor", ...).
    Q_INVOKABLE bool setRoles(const QStringList &roles);
    //! Action dialogs: a province directory around the fixture's agencies, and a late
    //! dossier with a signed result and no apology (id "d-late"); `remove` undoes both.
    Q_INVOKABLE bool addActionFixtures(bool remove = false);
    //! The province's certificate pins of this process (net/tlspins.h): {host: [base64, ...]}.
    Q_INVOKABLE void setTlsPins(const QVariantMap &pins);
    //! Where screenshots go ($MOTCUA_SCREENSHOT_DIR), or empty: no screenshot.
    Q_INVOKABLE QString screenshotDir() const;

private:
    int m_syncRequests = 0;
    bool m_connected = false;
};
