// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

class Reconnector;
class SyncWorker;
class Workspace;

//! Wires the screens' controllers (SessionController, SyncController) and the
//! Workspace to the SyncWorker running on its own thread. Owned by main().
class DeskController : public QObject
{
    Q_OBJECT
public:
    DeskController(Workspace *workspace, const QString &profileDir, QObject *parent = nullptr);
    ~DeskController() override;

    //! Opens the profile's saved session if there is one (online, or offline on the cache).
    void resumeSession();
    //! Brings the desk back online by itself (tests shorten its delays).
    [[nodiscard]] Reconnector *reconnector() const { return m_reconnector; }

Q_SIGNALS:
    void requestSignIn(const QUrl &server, const QString &username, const QString &password, bool remember);
    void requestResume();
    void requestSync();
    void requestSignOut();
    void requestCloseStore();

private:
    Workspace *m_workspace;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    Reconnector *m_reconnector = nullptr;
};
