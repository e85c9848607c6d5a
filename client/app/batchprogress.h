// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchitemmodel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QtQml/qqmlregistration.h>

//! Where the batch on screen stands: no job (the selection), running,
//! unfinished (resumable) or finished, the counts, the time left and one line
//! about it. Counted from the job's rows (BatchItemModel) by ItemState; the
//! texts are made when read, so they follow a language switch. BatchController
//! runs the job and tells this object what happened.
class BatchProgress : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by BatchController")
    //! A job is on screen (running, unfinished or just finished) rather than the selection.
    Q_PROPERTY(bool jobShown READ jobShown NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    //! An unfinished job waits for Resume.
    Q_PROPERTY(bool resumable READ resumable NOTIFY changed)
    //! Every item approved, failed or excluded: a new batch can start.
    Q_PROPERTY(bool finished READ finished NOTIFY changed)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY changed)
    Q_PROPERTY(int signedCount READ signedCount NOTIFY changed)
    Q_PROPERTY(int approvedCount READ approvedCount NOTIFY changed)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY changed)
    Q_PROPERTY(QString timeLeftText READ timeLeftText NOTIFY changed)
    //! One line about the job (e.g. "Unfinished batch: 37 of 100 signed").
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)

public:
    explicit BatchProgress(QObject *parent = nullptr);

    [[nodiscard]] bool jobShown() const { return m_jobId > 0; }
    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] bool resumable() const { return m_jobId > 0 && !m_running && m_open > 0; }
    [[nodiscard]] bool finished() const
    {
        return m_jobId > 0 && !m_running && m_approved + m_failed == m_total;
    }
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] int signedCount() const { return m_signed; }
    [[nodiscard]] int approvedCount() const { return m_approved; }
    [[nodiscard]] int failedCount() const { return m_failed; }
    [[nodiscard]] QString timeLeftText() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] qint64 jobId() const { return m_jobId; }

    //! The job shown (0: none, the counts go to zero on the next count()).
    void setJob(qint64 jobId);
    void setRunning(bool running);
    //! Counts the job's rows (excluded items are not part of the total).
    void count(const QList<BatchItemModel::Row> &rows);
    //! A run starts: the time left is estimated from the items signed from now on.
    void startTiming(const QList<BatchItemModel::Row> &rows);
    //! One item of this run was signed or failed.
    void itemDone() { ++m_doneThisRun; }
    //! Re-announces the texts (a language switch).
    void retranslate() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();

private:
    qint64 m_jobId = 0;
    bool m_running = false;
    int m_total = 0;
    int m_signed = 0;
    int m_approved = 0;
    int m_failed = 0;
    int m_open = 0; //!< pending or signed: what Resume continues
    int m_doneThisRun = 0;
    int m_leftAtStart = 0;
    QElapsedTimer m_runTimer;
};
