// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchprogress.h"

#include <QCoreApplication>
#include <algorithm>

using motcua::batch::ItemState;

BatchProgress::BatchProgress(QObject *parent)
    : QObject(parent)
{ }

void BatchProgress::setJob(qint64 jobId)
{
    if (jobId == m_jobId)
        return;
    m_jobId = jobId;
    Q_EMIT changed();
}

void BatchProgress::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT changed();
}

void BatchProgress::count(const QList<BatchItemModel::Row> &rows)
{
    int total = 0, signedN = 0, approved = 0, failed = 0, open = 0;
    if (m_jobId > 0) {
        for (const BatchItemModel::Row &r : rows) {
            if (!r.itemState || *r.itemState == ItemState::Excluded)
                continue;
            ++total;
            switch (*r.itemState) {
            case ItemState::Pending:
                ++open;
                break;
            case ItemState::Signed:
                ++open;
                ++signedN;
                break;
            case ItemState::Queued:
                ++signedN;
                break;
            case ItemState::Done:
                ++signedN;
                ++approved;
                break;
            case ItemState::Failed:
                ++failed;
                break;
            case ItemState::Excluded:
                break;
            }
        }
    }
    m_total = total;
    m_signed = signedN;
    m_approved = approved;
    m_failed = failed;
    m_open = open;
    Q_EMIT changed();
}

void BatchProgress::startTiming(const QList<BatchItemModel::Row> &rows)
{
    m_leftAtStart = int(std::count_if(rows.cbegin(), rows.cend(), [](const BatchItemModel::Row &r) {
        return r.itemState == ItemState::Pending;
    }));
    m_doneThisRun = 0;
    m_runTimer.start();
    Q_EMIT changed();
}

//! The texts keep the context "BatchController", where they were translated first.
QString BatchProgress::timeLeftText() const
{
    if (!m_running || m_doneThisRun == 0)
        return m_running ? QCoreApplication::translate("BatchController", "estimating…") : QString();
    const qint64 perItem = m_runTimer.elapsed() / m_doneThisRun;
    const qint64 seconds = perItem * std::max(0, m_leftAtStart - m_doneThisRun) / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("BatchController", "%n second(s) left", nullptr, int(seconds));
    //! Rounded up in a variable of its own: lupdate 6.4 loops forever on the nested
    //! parentheses of a numerus argument that wraps onto the next line.
    const int minutes = int((seconds + 59) / 60);
    return QCoreApplication::translate("BatchController", "%n minute(s) left", nullptr, minutes);
}

QString BatchProgress::statusText() const
{
    if (m_jobId <= 0)
        return {};
    if (m_running)
        return QCoreApplication::translate("BatchController", "Signing %1 of %2…")
            .arg(std::min(m_signed + m_failed + 1, m_total))
            .arg(m_total);
    if (resumable())
        return QCoreApplication::translate(
                   "BatchController", "Unfinished batch: %1 of %2 signed, %3 approved. Resume to continue.")
            .arg(m_signed)
            .arg(m_total)
            .arg(m_approved);
    if (m_approved + m_failed < m_total)
        return QCoreApplication::translate(
            "BatchController", "All signed; the approvals are sent with the next synchronization.");
    return QCoreApplication::translate("BatchController", "Batch finished: %1 approved, %2 failed.")
        .arg(m_approved)
        .arg(m_failed);
}
