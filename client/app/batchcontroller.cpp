// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchcontroller.h"

#include "appcontroller.h"
#include "batch/batchrepository.h"
#include "batchworker.h"
#include "core/permissions.h"
#include "displaytext.h"
#include "signersettings.h"
#include "signing/tsaclient.h"
#include "store/localstore.h"
#include "sync/profile.h"
#include "synccontroller.h"
#include "workspace.h"

#include <QSet>
#include <algorithm>

using namespace motcua;
using motcua::batch::BatchRepository;

BatchController::BatchController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<motcua::signing::SignerSpec>();
}

BatchController::~BatchController()
{
    if (m_worker)
        m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

Workspace *BatchController::workspace() const
{
    Workspace *ws = Workspace::instance();
    return ws && ws->isOpen() ? ws : nullptr;
}

void BatchController::componentComplete()
{
    if (Workspace *ws = Workspace::instance()) {
        connect(ws, &Workspace::cacheChanged, this, [this]() {
            if (!m_progress.running())
                reload();
        });
        connect(ws, &Workspace::identityChanged, this, &BatchController::reload);
    }
    //! The rows' summaries are made in the UI language: make them again (not mid-run,
    //! where the state texts, translated when read, are enough).
    connect(AppController::instance(), &AppController::languageChanged, this, [this] {
        m_model.retranslate();
        m_progress.retranslate();
        Q_EMIT signerChanged();
        Q_EMIT errorChanged();
        if (!m_progress.running())
            reload();
    });
    reload();
}

void BatchController::setProcedureFilter(const QString &code)
{
    if (code == m_procedureFilter)
        return;
    m_procedureFilter = code;
    Q_EMIT filterChanged();
    reload();
}

void BatchController::setOverdueOnly(bool on)
{
    if (on == m_overdueOnly)
        return;
    m_overdueOnly = on;
    Q_EMIT filterChanged();
    reload();
}

void BatchController::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    Q_EMIT filterChanged();
    reload();
}

bool BatchController::signerReady() const
{
    return SignerSettings::spec().isComplete();
}

QString BatchController::signerText() const
{
    const signing::SignerSpec spec = SignerSettings::spec();
    if (!spec.isComplete())
        return tr("Choose a signer in Settings.");
    if (spec.kind == signing::SignerSpec::Kind::Pkcs12)
        return tr("Certificate file %1").arg(spec.p12.section(QLatin1Char('/'), -1));
    return spec.token.isEmpty() ? tr("Token (%1)").arg(spec.module.section(QLatin1Char('/'), -1))
                                : tr("Token %1").arg(spec.token);
}

void BatchController::setError(const UiError &e)
{
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}

QString BatchController::draftPathOf(const Dossier &dossier) const
{
    Workspace *ws = workspace();
    const Component *draft = draftResult(dossier);
    return ws && draft ? ws->store()->blobs().localFile(draft->sha256) : QString();
}

void BatchController::reload()
{
    Workspace *ws = workspace();
    if (!ws)
        return;
    BatchRepository repo(ws->store()->database());
    auto open = repo.openJob();
    if (!open) {
        setError(UiError(open.error()));
        return;
    }
    if (!m_progress.running())
        m_progress.setJob(*open ? (*open)->id : 0);
    if (m_progress.jobShown())
        loadJob();
    else
        loadCandidates();
}

void BatchController::loadCandidates()
{
    Workspace *ws = workspace();
    InboxQuery q;
    q.view = InboxView::AwaitingApproval;
    q.agencyCode = ws->agencyCode();
    q.search = m_searchText.trimmed().size() >= 2 ? m_searchText.trimmed() : QString();
    q.limit = 0;
    q.now = ws->now();
    auto list = ws->store()->dossiers().list(q);
    if (!list) {
        setError(UiError(list.error()));
        return;
    }
    QList<BatchItemModel::Row> rows;
    QVariantList procedures;
    QSet<QString> seen;
    const QDateTime now = ws->now();
    for (const InboxItem &i : *list) {
        const Dossier &d = i.dossier;
        if (d.state != DossierState::AwaitingApproval || d.agencyCode != ws->agencyCode() || i.pendingSync)
            continue;
        if (!seen.contains(d.procedureCode)) {
            seen.insert(d.procedureCode);
            procedures.append(QVariantMap {{QStringLiteral("code"), d.procedureCode},
                                           {QStringLiteral("name"), ws->procedureName(d.procedureCode)}});
        }
        const bool overdue = d.isOverdue(now);
        if (!m_procedureFilter.isEmpty() && d.procedureCode != m_procedureFilter)
            continue;
        if (m_overdueOnly && !overdue)
            continue;
        BatchItemModel::Row r;
        r.dossierId = d.id;
        r.code = d.code;
        r.applicantName = d.applicant.name;
        r.procedureName = ws->procedureName(d.procedureCode);
        r.overdue = overdue;
        //! The due date first: long procedure names are elided, never the date.
        r.summary = tr("Due %1 · %2 · %3")
                        .arg(displaytext::dateTime(d.dueAt), d.applicant.name,
                             r.procedureName.isEmpty() ? d.procedureCode : r.procedureName);
        r.hasDraft = draftResult(d) != nullptr;
        r.draftPath = draftPathOf(d);
        rows.append(r);
    }
    std::sort(procedures.begin(), procedures.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(QStringLiteral("name")).toString()
            < b.toMap().value(QStringLiteral("name")).toString();
    });
    m_model.setRows(rows);
    m_procedures = procedures;
    m_progress.count({});
    Q_EMIT candidatesChanged();
}

void BatchController::loadJob()
{
    Workspace *ws = workspace();
    BatchRepository repo(ws->store()->database());
    auto items = repo.items(m_progress.jobId());
    if (!items) {
        setError(UiError(items.error()));
        return;
    }
    QList<BatchItemModel::Row> rows;
    for (const batch::BatchItem &i : *items) {
        BatchItemModel::Row r;
        r.dossierId = i.dossierId;
        r.code = i.code;
        auto d = ws->store()->dossiers().get(i.dossierId);
        if (!d) {
            setError(UiError(d.error()));
            return;
        }
        if (*d) {
            r.applicantName = (**d).applicant.name;
            r.procedureName = ws->procedureName((**d).procedureCode);
            r.summary = tr("%1 · %2").arg(r.applicantName, r.procedureName);
            r.draftPath = draftPathOf(**d);
        }
        r.itemState = i.state;
        r.error = i.error;
        rows.append(r);
    }
    m_model.setRows(rows);
    m_progress.count(m_model.rows());
}

void BatchController::onItemChanged(const QString &dossierId, const QString &state, const QString &error)
{
    const auto parsed = batch::itemStateFromWire(state);
    if (!parsed)
        return; //!< the worker only sends batch::toWire() ids
    m_model.setItemState(dossierId, *parsed, error);
    if (*parsed == batch::ItemState::Signed || *parsed == batch::ItemState::Failed)
        m_progress.itemDone();
    m_progress.count(m_model.rows());
}

void BatchController::toggle(int row, bool shift)
{
    if (row < 0 || row >= m_model.rowCount())
        return;
    const bool target = !m_model.rows().at(row).selected;
    if (shift && m_lastClicked >= 0)
        m_model.setRangeSelected(m_lastClicked, row, target);
    else
        m_model.setSelected(row, target);
    m_lastClicked = row;
}

void BatchController::selectAll(bool selected)
{
    m_model.setAllSelected(selected);
}

void BatchController::start(const QString &pin)
{
    const QStringList ids = m_model.selectedIds();
    if (ids.isEmpty()) {
        setError(UiError::translated(QStringLiteral("batch.nothing_selected"),
                                     tr("Select at least one dossier.")));
        return;
    }
    launch(ids, pin);
}

void BatchController::resume(const QString &pin)
{
    launch({}, pin);
}

void BatchController::launch(const QStringList &ids, const QString &pin)
{
    Workspace *ws = workspace();
    if (!ws || m_progress.running())
        return;
    const signing::SignerSpec spec = SignerSettings::spec();
    if (!spec.isComplete()) {
        setError(UiError::translated(QStringLiteral("batch.no_signer"), tr("Choose a signer in Settings.")));
        return;
    }
    setError({});
    Profile profile(ws->profileDir());
    QUrl tsa;
    if (profile.load().ok())
        tsa = signing::TsaClient::centralUrl(profile.server());
    const bool online = SyncController::instance() ? SyncController::instance()->online() : false;
    if (!m_worker) {
        m_worker = new BatchWorker(ws->profileDir());
        const auto type = Qt::QueuedConnection;
        m_worker->moveToThread(&m_thread);
        m_thread.setObjectName(QStringLiteral("batch-signing"));
        m_thread.start();
        connect(this, &BatchController::runRequested, m_worker, &BatchWorker::run, type);
        connect(this, &BatchController::retryRequested, m_worker, &BatchWorker::retry, type);
        connect(
            m_worker, &BatchWorker::jobStarted, this,
            [this](qint64 jobId, int) {
                m_progress.setJob(jobId);
                loadJob();
                m_progress.startTiming(m_model.rows());
            },
            type);
        connect(m_worker, &BatchWorker::itemChanged, this, &BatchController::onItemChanged, type);
        connect(
            m_worker, &BatchWorker::finished, this,
            [this](bool ok, bool cancelled, const QString &message) {
                m_progress.setRunning(false);
                if (!ok && !cancelled)
                    setError(UiError::translated(QStringLiteral("batch.run_failed"), message));
                //! The outbox announced the queued items (views reloaded, a sync started:
                //! the sync worker time-stamps offline signatures, then pushes).
                reload();
                Q_EMIT runFinished(ok);
            },
            type);
    }
    m_progress.setRunning(true);
    Q_EMIT runRequested(ids, spec, pin.toUtf8(), tsa, online);
}

void BatchController::cancel()
{
    if (m_worker && m_progress.running())
        m_worker->cancel();
}

void BatchController::retry(int row)
{
    if (row < 0 || row >= m_model.rowCount() || m_progress.running() || !m_worker) {
        if (!m_worker && row >= 0 && row < m_model.rowCount() && workspace()) {
            //! No run yet in this session (a job found at start): retry on this thread.
            BatchWorker local(workspace()->profileDir());
            connect(&local, &BatchWorker::itemChanged, this, &BatchController::onItemChanged);
            local.retry(m_model.rows().at(row).dossierId);
        }
        return;
    }
    Q_EMIT retryRequested(m_model.rows().at(row).dossierId);
}

void BatchController::exclude(int row)
{
    Workspace *ws = workspace();
    if (!ws || m_progress.running() || !m_progress.jobShown() || row < 0 || row >= m_model.rowCount())
        return;
    const BatchItemModel::Row &r = m_model.rows().at(row);
    const bool excluded = r.itemState != batch::ItemState::Excluded;
    if (Status s = BatchRepository(ws->store()->database()).setExcluded(jobId(), r.dossierId, excluded); !s) {
        setError(UiError(s.error()));
        return;
    }
    loadJob();
}

void BatchController::closeJob()
{
    Workspace *ws = workspace();
    if (!ws || m_progress.running() || !m_progress.jobShown())
        return;
    if (!m_progress.finished()) {
        //! Queued approvals (and offline signatures still to be time-stamped) belong to the open job.
        setError(UiError::translated(
            QStringLiteral("batch.not_finished"),
            tr("This batch is not finished: its approvals are sent with the next synchronization.")));
        return;
    }
    if (Status s = BatchRepository(ws->store()->database()).close(jobId()); !s) {
        setError(UiError(s.error()));
        return;
    }
    m_progress.setJob(0);
    reload();
}
