// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchitemmodel.h"
#include "batchworker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QThread>
#include <QUrl>
#include <QVariantList>

class Workspace;

//! The batch approval screen: which dossiers (awaiting approval at the
//! official's agency, filtered by procedure, overdue and search text), the
//! signer chosen in Settings, one PIN, and the run on a worker thread with
//! progress, cancel, per-item failures and retry. An unfinished job found at
//! start is shown with what was done and can be resumed.
class BatchController : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(BatchItemModel *model READ model CONSTANT)
    //! [{code, name}] of the procedures of the candidates, for the filter.
    Q_PROPERTY(QVariantList procedures READ procedures NOTIFY candidatesChanged)
    Q_PROPERTY(QString procedureFilter READ procedureFilter WRITE setProcedureFilter NOTIFY filterChanged)
    Q_PROPERTY(bool overdueOnly READ overdueOnly WRITE setOverdueOnly NOTIFY filterChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    //! A signer is configured in Settings (group "signing").
    Q_PROPERTY(bool signerReady READ signerReady NOTIFY signerChanged)
    Q_PROPERTY(QString signerText READ signerText NOTIFY signerChanged)
    //! A job is on screen (running, unfinished or just finished) rather than the selection.
    Q_PROPERTY(bool jobShown READ jobShown NOTIFY progressChanged)
    Q_PROPERTY(bool running READ running NOTIFY progressChanged)
    //! An unfinished job waits for Resume.
    Q_PROPERTY(bool resumable READ resumable NOTIFY progressChanged)
    //! Every item approved, failed or excluded: a new batch can start.
    Q_PROPERTY(bool finished READ finished NOTIFY progressChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY progressChanged)
    Q_PROPERTY(int signedCount READ signedCount NOTIFY progressChanged)
    Q_PROPERTY(int approvedCount READ approvedCount NOTIFY progressChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY progressChanged)
    Q_PROPERTY(QString timeLeftText READ timeLeftText NOTIFY progressChanged)
    //! One line about the job (e.g. "Unfinished batch: 37 of 100 signed").
    Q_PROPERTY(QString statusText READ statusText NOTIFY progressChanged)
    //! The last error (wrong PIN, token missing...) in the UI language.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit BatchController(QObject *parent = nullptr);
    ~BatchController() override;

    void classBegin() override { }
    void componentComplete() override;

    [[nodiscard]] BatchItemModel *model() { return &m_model; }
    [[nodiscard]] QVariantList procedures() const { return m_procedures; }
    [[nodiscard]] QString procedureFilter() const { return m_procedureFilter; }
    void setProcedureFilter(const QString &code);
    [[nodiscard]] bool overdueOnly() const { return m_overdueOnly; }
    void setOverdueOnly(bool on);
    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] bool signerReady() const;
    [[nodiscard]] QString signerText() const;
    [[nodiscard]] bool jobShown() const { return m_jobId > 0; }
    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] bool resumable() const;
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
    [[nodiscard]] QString message() const { return m_message; }

    //! Re-reads the candidates or the open job from the local store.
    Q_INVOKABLE void reload();
    //! A click on a row's check box; with shift, the range from the last clicked row.
    Q_INVOKABLE void toggle(int row, bool shift);
    Q_INVOKABLE void selectAll(bool selected);
    //! Signs and approves the selected dossiers with one PIN entry.
    Q_INVOKABLE void start(const QString &pin);
    //! Continues the unfinished job (the PIN is only used if something is left to sign).
    Q_INVOKABLE void resume(const QString &pin);
    //! Stops after the current item; the rest stays pending.
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void retry(int row);
    //! Leaves a pending item out of the unfinished job (or takes an excluded one back).
    Q_INVOKABLE void exclude(int row);
    //! Leaves a finished job (with failures) and shows the selection again.
    Q_INVOKABLE void closeJob();
    Q_INVOKABLE void reloadSigner() { Q_EMIT signerChanged(); }

    [[nodiscard]] qint64 jobId() const { return m_jobId; }

Q_SIGNALS:
    void candidatesChanged();
    void filterChanged();
    void signerChanged();
    void progressChanged();
    void messageChanged();
    void runFinished(bool ok);
    //! Internal: to the worker thread.
    void runRequested(const QStringList &ids, const motcua::signing::SignerSpec &spec, const QByteArray &pin,
                      const QUrl &tsaUrl, bool online);
    void retryRequested(const QString &dossierId);

private:
    void launch(const QStringList &ids, const QString &pin);
    void loadCandidates();
    void loadJob();
    void recount();
    void setMessage(const QString &m);
    [[nodiscard]] Workspace *workspace() const;
    [[nodiscard]] QString stateText(const QString &state) const;
    [[nodiscard]] QString draftPathOf(const QString &dossierId) const;

    BatchItemModel m_model;
    QVariantList m_procedures;
    QString m_procedureFilter;
    bool m_overdueOnly = false;
    QString m_searchText;
    QString m_message;
    qint64 m_jobId = 0;
    bool m_running = false;
    int m_total = 0;
    int m_signed = 0;
    int m_approved = 0;
    int m_failed = 0;
    int m_doneThisRun = 0;
    int m_leftAtStart = 0;
    QElapsedTimer m_runTimer;
    int m_lastClicked = -1;
    QThread m_thread;
    BatchWorker *m_worker = nullptr;
};
