// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconnector.h"

#include "synccontroller.h"

#include <QNetworkInformation>

Reconnector::Reconnector(SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Reconnector::probe);
    connect(m_sync, &SyncController::onlineChanged, this, &Reconnector::update);
    //! A probe that failed ends with the sync idle and still offline: plan the next one.
    connect(m_sync, &SyncController::progressChanged, this, &Reconnector::update);

    if (QNetworkInformation::instance()
        || QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        m_backend = info->supports(QNetworkInformation::Feature::Reachability);
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online
                        || r == QNetworkInformation::Reachability::Site)
                        networkReachable();
                });
    }
}

void Reconnector::setDelays(Delays delays)
{
    m_delays = delays;
    m_currentDelay = 0;
    m_timer.stop();
    update();
}

void Reconnector::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    m_currentDelay = 0;
    m_timer.stop();
    update();
}

void Reconnector::update()
{
    if (!m_active || m_sync->online()) {
        m_timer.stop();
        m_currentDelay = 0;
        return;
    }
    if (m_sync->syncing() || m_timer.isActive())
        return; // a sync (ours, F5's or the outbox's) is the probe; wait for its end
    m_currentDelay
        = m_currentDelay <= 0 ? m_delays.firstDelayMs : qMin(m_delays.maxDelayMs, m_currentDelay * 2);
    m_timer.start(m_currentDelay);
}

void Reconnector::probe()
{
    if (!m_active || m_sync->online() || m_sync->syncing())
        return;
    Q_EMIT probeRequested();
}

void Reconnector::networkReachable()
{
    if (!m_active || m_sync->online())
        return;
    m_timer.stop();
    m_currentDelay = 0;
    if (!m_sync->syncing())
        Q_EMIT probeRequested();
}
