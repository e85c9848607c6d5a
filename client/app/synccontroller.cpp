// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "appcontroller.h"
#include "displaytext.h"
#include "outboxwork.h"
#include "propertyhelpers.h"

#include <QCoreApplication>
#include <tuple>

SyncController::SyncController(QObject *parent)
    : QObject(parent)
{
    adopt(this);
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &SyncController::lastSyncChanged);
    m_tick.start();
    //! New work in the outbox starts a sync (the worker sends it, or finds us offline).
    onOutboxWork(this, [this] { syncNow(); });
    //! Texts made here (not by qsTr in QML) follow a language switch too.
    connect(AppController::instance(), &AppController::languageChanged, this, [this] {
        Q_EMIT lastSyncChanged();
        Q_EMIT progressChanged();
    });
}

SyncController::~SyncController()
{
    release(this);
}

double SyncController::progress() const
{
    if (m_phase == Phase::Idle)
        return 0.0;
    if (m_total <= 0)
        return -1.0;
    return qBound(0.0, double(m_done) / double(m_total), 1.0);
}

QString SyncController::phaseText() const
{
    switch (m_phase) {
    case Phase::Idle:
        return {};
    case Phase::Connecting:
        return tr("Connecting to the central server…");
    case Phase::Pulling:
        return m_total > 0 ? tr("Receiving dossiers %1 of %2").arg(m_done).arg(m_total)
                           : tr("Receiving dossiers (%1)").arg(m_done);
    case Phase::Pushing:
        return tr("Sending actions %1 of %2").arg(m_done).arg(m_total);
    case Phase::Downloading:
        return tr("Downloading documents %1 of %2").arg(m_done).arg(m_total);
    }
    return {};
}

QDateTime SyncController::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

QString SyncController::lastSyncText() const
{
    if (!m_lastSyncAt.isValid())
        return tr("Never synced");
    const qint64 secs = m_lastSyncAt.secsTo(now());
    //! Offline, "Synced just now" would be a lie about the present: say when the
    //! last sync that worked was.
    if (!m_online)
        return tr("Last synced at %1").arg(displaytext::dateTime(m_lastSyncAt));
    if (secs < 60)
        return tr("Synced just now");
    if (secs < 3600)
        return tr("Synced %n minute(s) ago", nullptr, int(secs / 60));
    if (secs < 24 * 3600)
        return tr("Synced %n hour(s) ago", nullptr, int(secs / 3600));
    return tr("Synced %n day(s) ago", nullptr, int(secs / 86400));
}

void SyncController::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged();
    Q_EMIT lastSyncChanged(); // its wording depends on the link
}

void SyncController::setProgress(Phase phase, qint64 done, qint64 total)
{
    auto progress = std::tie(m_phase, m_done, m_total);
    assignProperty(this, progress, std::tuple(phase, done, total), &SyncController::progressChanged);
}

void SyncController::setLastSyncAt(const QDateTime &at)
{
    assignProperty(this, m_lastSyncAt, at, &SyncController::lastSyncChanged);
}

void SyncController::setOutboxCounts(int pending, int failed, int conflicts)
{
    auto counts = std::tie(m_pending, m_failed, m_conflicts);
    assignProperty(this, counts, std::tuple(pending, failed, conflicts), &SyncController::outboxChanged);
}

void SyncController::setLastError(const QString &message)
{
    assignProperty(this, m_lastError, message, &SyncController::lastErrorChanged);
}

void SyncController::syncNow()
{
    if (!syncing())
        Q_EMIT syncRequested();
}
