// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "appcontroller.h"
#include "displaytext.h"
#include "outboxwork.h"

#include <QCoreApplication>

namespace {
SyncController *s_instance = nullptr;
}

SyncController::SyncController(QObject *parent)
    : QObject(parent)
{
    if (!s_instance)
        s_instance = this;
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
    if (s_instance == this)
        s_instance = nullptr;
}

SyncController *SyncController::instance()
{
    if (!s_instance)
        s_instance = new SyncController(QCoreApplication::instance());
    return s_instance;
}

SyncController *SyncController::create(QQmlEngine *, QJSEngine *)
{
    SyncController *c = instance();
    QJSEngine::setObjectOwnership(c, QJSEngine::CppOwnership);
    return c;
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
    if (m_phase == phase && m_done == done && m_total == total)
        return;
    m_phase = phase;
    m_done = done;
    m_total = total;
    Q_EMIT progressChanged();
}

void SyncController::setLastSyncAt(const QDateTime &at)
{
    if (m_lastSyncAt == at)
        return;
    m_lastSyncAt = at;
    Q_EMIT lastSyncChanged();
}

void SyncController::setOutboxCounts(int pending, int failed, int conflicts)
{
    if (m_pending == pending && m_failed == failed && m_conflicts == conflicts)
        return;
    m_pending = pending;
    m_failed = failed;
    m_conflicts = conflicts;
    Q_EMIT outboxChanged();
}

void SyncController::setLastError(const QString &message)
{
    if (m_lastError == message)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}

void SyncController::syncNow()
{
    if (!syncing())
        Q_EMIT syncRequested();
}
