// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsingleton.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

//! What the status bar shows about the link to the central server: online or
//! offline, when the cache was last synced, how many actions wait in the
//! outbox, and the progress of a running sync. The sync layer (SyncEngine)
//! pushes its state in through the setters; QML only reads.
class SyncController : public QObject, public AppSingleton<SyncController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY progressChanged)
    //! 0..1 while the total is known, -1 while indeterminate.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString phaseText READ phaseText NOTIFY progressChanged)
    Q_PROPERTY(QDateTime lastSyncAt READ lastSyncAt NOTIFY lastSyncChanged)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY lastSyncChanged)
    Q_PROPERTY(int pendingActions READ pendingActions NOTIFY outboxChanged)
    Q_PROPERTY(int failedActions READ failedActions NOTIFY outboxChanged)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY outboxChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum class Phase { Idle, Connecting, Pulling, Pushing, Downloading };
    Q_ENUM(Phase)

    explicit SyncController(QObject *parent); //!< not default-constructible: see AppController
    ~SyncController() override;

    static SyncController *create(QQmlEngine *, QJSEngine *) { return forQml(); }

    [[nodiscard]] bool online() const { return m_online; }
    [[nodiscard]] bool syncing() const { return m_phase != Phase::Idle; }
    [[nodiscard]] double progress() const;
    [[nodiscard]] QString phaseText() const;
    [[nodiscard]] QDateTime lastSyncAt() const { return m_lastSyncAt; }
    [[nodiscard]] QString lastSyncText() const;
    [[nodiscard]] int pendingActions() const { return m_pending; }
    [[nodiscard]] int failedActions() const { return m_failed; }
    [[nodiscard]] int conflicts() const { return m_conflicts; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    void setOnline(bool online);
    void setProgress(Phase phase, qint64 done, qint64 total);
    void setLastSyncAt(const QDateTime &at);
    void setOutboxCounts(int pending, int failed, int conflicts);
    void setLastError(const QString &message);
    //! The clock used for "5 minutes ago"; tests pin it.
    void setNow(const QDateTime &now)
    {
        m_fixedNow = now;
        Q_EMIT lastSyncChanged();
    }

    //! Asks for a sync now (F5 or the status bar button); the sync layer listens.
    Q_INVOKABLE void syncNow();

Q_SIGNALS:
    void onlineChanged();
    void progressChanged();
    void lastSyncChanged();
    void outboxChanged();
    void lastErrorChanged();
    void syncRequested();

private:
    [[nodiscard]] QDateTime now() const;

    bool m_online = false;
    Phase m_phase = Phase::Idle;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QDateTime m_lastSyncAt;
    QDateTime m_fixedNow;
    int m_pending = 0;
    int m_failed = 0;
    int m_conflicts = 0;
    QString m_lastError;
    QTimer m_tick; //!< refreshes "N minutes ago" once a minute
};
