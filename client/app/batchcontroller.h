// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchitemmodel.h"
#include "batchprogress.h"
#include "batchworker.h"
#include "uierror.h"

#include <QObject>
#include <QQmlEngine>
#include <QThread>
#include <QUrl>
#include <QVariantList>

class Workspace;

//! The batch approval screen: which dossiers (awaiting approval at the
//! official's agency, filtered by procedure, overdue and search text; only those
//! with a draft result can be selected), the signer chosen in Settings, one PIN,
//! and the run on a worker thread with cancel, per-item failures and retry
//! (where it stands: BatchProgress). An unfinished job found at start is shown
//! with what was done and can be resumed.
class BatchController : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(BatchItemModel *model READ model CONSTANT)
    //! The job on screen: running, unfinished, finished, counts and time left.
    Q_PROPERTY(BatchProgress *progress READ progress CONSTANT)
    //! [{code, name}] of the procedures of the candidates, for the filter.
    Q_PROPERTY(QVariantList procedures READ procedures NOTIFY candidatesChanged)
    Q_PROPERTY(QString procedureFilter READ procedureFilter WRITE setProcedureFilter NOTIFY filterChanged)
    Q_PROPERTY(bool overdueOnly READ overdueOnly WRITE setOverdueOnly NOTIFY filterChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    //! A signer is configured in Settings (group "signing").
    Q_PROPERTY(bool signerReady READ signerReady NOTIFY signerChanged)
    Q_PROPERTY(QString signerText READ signerText NOTIFY signerChanged)
    //! The last error (wrong PIN, token missing, the cache unreadable...).
    Q_PROPERTY(UiError error READ error NOTIFY errorChanged)

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
    [[nodiscard]] BatchProgress *progress() { return &m_progress; }
    [[nodiscard]] UiError error() const { return m_error; }

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
    //! The official read the error (or acts again): it goes away.
    Q_INVOKABLE void clearError() { setError({}); }

    [[nodiscard]] qint64 jobId() const { return m_progress.jobId(); }

Q_SIGNALS:
    void candidatesChanged();
    void filterChanged();
    void signerChanged();
    void errorChanged();
    void runFinished(bool ok);
    //! Internal: to the worker thread.
    void runRequested(const QStringList &ids, const motcua::signing::SignerSpec &spec, const QByteArray &pin,
                      const QUrl &tsaUrl, bool online);
    void retryRequested(const QString &dossierId);

private:
    void launch(const QStringList &ids, const QString &pin);
    void loadCandidates();
    void loadJob();
    void setError(const UiError &e);
    void onItemChanged(const QString &dossierId, const QString &state, const QString &error);
    [[nodiscard]] Workspace *workspace() const;
    [[nodiscard]] QString draftPathOf(const motcua::Dossier &dossier) const;

    BatchItemModel m_model;
    QVariantList m_procedures;
    QString m_procedureFilter;
    bool m_overdueOnly = false;
    QString m_searchText;
    BatchProgress m_progress;
    UiError m_error;
    int m_lastClicked = -1;
    QThread m_thread;
    BatchWorker *m_worker = nullptr;
};
