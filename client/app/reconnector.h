// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class SyncController;

//! Brings the desk back online by itself. While SyncController says offline
//! (and nobody is signing out), it asks for a sync after a delay that grows
//! from `firstDelayMs` up to `maxDelayMs` (doubling, so a link down for a day
//! costs few requests), and at once when the operating system reports the
//! network reachable again (QNetworkInformation: NetworkManager or GLib on
//! Linux, Network List Manager on Windows; without a backend the timer alone
//! does it). A sync pushes the outbox first, so actions queued offline leave
//! as soon as the server answers. This is a trigger of its own, beside F5 and
//! the outbox's announcements of new work.
class Reconnector : public QObject
{
    Q_OBJECT
public:
    struct Delays
    {
        int firstDelayMs = 5000;
        int maxDelayMs = 120000;
    };

    explicit Reconnector(SyncController *sync, QObject *parent = nullptr);
    //! Tests make the delays short; the desk keeps the defaults.
    void setDelays(Delays delays);
    [[nodiscard]] Delays delays() const { return m_delays; }
    //! On while a session is open; off after sign-out.
    void setActive(bool active);
    [[nodiscard]] bool active() const { return m_active; }
    //! Delay before the next probe, 0 when none is planned.
    [[nodiscard]] int nextDelayMs() const { return m_timer.isActive() ? m_currentDelay : 0; }
    //! Whether the OS told us about reachability (a backend was loaded).
    [[nodiscard]] bool hasReachabilityBackend() const { return m_backend; }

    //! The OS says the network came back: probe now and start the delays over.
    void networkReachable();

Q_SIGNALS:
    //! Asks for a sync (connected to the sync worker by DeskController).
    void probeRequested();

private:
    void update();
    void probe();

    SyncController *m_sync;
    Delays m_delays;
    QTimer m_timer;
    int m_currentDelay = 0;
    bool m_active = false;
    bool m_backend = false;
};
