// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchcontroller.h"

#include "batch/batchrepository.h"
#include "batchworker.h"
#include "displaytext.h"
#include "signersettings.h"
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
            if (!m_running)
                reload();
        });
        connect(ws, &Workspace::identityChanged, this, &BatchController::reload);
    }
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

bool BatchController::resumable() const
{
    if (m_jobId <= 0 || m_running)
        return false;
    for (const BatchItemModel::Row &r : m_model.rows())
        if (r.itemState == QLatin1String("pending") || r.itemState == QLatin1String("signed"))
            return true;
    return false;
}

QString BatchController::timeLeftText() const
{
    if (!m_running || m_doneThisRun == 0)
        return m_running ? tr("estimating…") : QString();
    const qint64 perItem = m_runTimer.elapsed() / m_doneThisRun;
    const qint64 seconds = perItem * std::max(0, m_leftAtStart - m_doneThisRun) / 1000;
    if (seconds < 60)
        return tr("%n second(s) left", nullptr, int(seconds));
    return tr("%n minute(s) left", nullptr, int((seconds + 59) / 60));
}

QString BatchController::statusText() const
{
    if (m_jobId <= 0)
        return {};
    if (m_running)
        return tr("Signing %1 of %2…").arg(std::min(m_signed + m_failed + 1, m_total)).arg(m_total);
    if (resumable())
        return tr("Unfinished batch: %1 of %2 signed, %3 approved. Resume to continue.")
            .arg(m_signed)
            .arg(m_total)
            .arg(m_approved);
    if (m_approved + m_failed < m_total)
        return tr("All signed; the approvals are sent with the next synchronization.");
    return tr("Batch finished: %1 approved, %2 failed.").arg(m_approved).arg(m_failed);
}

void BatchController::setMessage(const QString &m)
{
    if (m == m_message)
        return;
    m_message = m;
    Q_EMIT messageChanged();
}

QString BatchController::stateText(const QString &state) const
{
    if (state == QLatin1String("pending"))
        return tr("Waiting");
    if (state == QLatin1String("signed"))
        return tr("Signed");
    if (state == QLatin1String("queued"))
        return tr("Signed, approval not sent yet");
    if (state == QLatin1String("done"))
        return tr("Approved");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("excluded"))
        return tr("Excluded");
    return {};
}

QString BatchController::draftPathOf(const QString &dossierId) const
{
    Workspace *ws = workspace();
    if (!ws)
        return {};
    auto d = ws->store()->dossiers().get(dossierId);
    if (!d || !*d)
        return {};
    QString sha;
    for (const Component &c : (**d).components)
        if (c.kind == ComponentKind::Result && (sha.isEmpty() || c.id == dossierId + QStringLiteral("-kq")))
            sha = c.sha256;
    if (sha.isEmpty())
        return {};
    return ws->store()->blobs().localFile(sha);
}

void BatchController::reload()
{
    Workspace *ws = workspace();
    if (!ws)
        return;
    BatchRepository repo(ws->store()->database());
    auto open = repo.openJob();
    if (!m_running)
        m_jobId = open && *open ? (*open)->id : 0;
    if (m_jobId > 0)
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
        setMessage(list.error().userMessage());
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
        r.draftPath = draftPathOf(d.id);
        rows.append(r);
    }
    std::sort(procedures.begin(), procedures.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(QStringLiteral("name")).toString()
            < b.toMap().value(QStringLiteral("name")).toString();
    });
    m_model.setRows(rows);
    m_procedures = procedures;
    m_total = m_signed = m_approved = m_failed = 0;
    Q_EMIT candidatesChanged();
    Q_EMIT progressChanged();
}

void BatchController::loadJob()
{
    Workspace *ws = workspace();
    BatchRepository repo(ws->store()->database());
    auto items = repo.items(m_jobId);
    if (!items) {
        setMessage(items.error().userMessage());
        return;
    }
    QList<BatchItemModel::Row> rows;
    for (const batch::BatchItem &i : *items) {
        BatchItemModel::Row r;
        r.dossierId = i.dossierId;
        r.code = i.code;
        auto d = ws->store()->dossiers().get(i.dossierId);
        if (d && *d) {
            r.applicantName = (**d).applicant.name;
            r.procedureName = ws->procedureName((**d).procedureCode);
            r.summary = tr("%1 · %2").arg(r.applicantName, r.procedureName);
        }
        r.itemState = batch::toWire(i.state);
        r.stateText = stateText(r.itemState);
        r.error = i.error;
        r.draftPath = draftPathOf(i.dossierId);
        rows.append(r);
    }
    m_model.setRows(rows);
    recount();
}

void BatchController::recount()
{
    int total = 0, signedN = 0, approved = 0, failed = 0;
    for (const BatchItemModel::Row &r : m_model.rows()) {
        if (r.itemState == QLatin1String("excluded"))
            continue;
        ++total;
        signedN += r.itemState == QLatin1String("signed") || r.itemState == QLatin1String("queued")
            || r.itemState == QLatin1String("done");
        approved += r.itemState == QLatin1String("done");
        failed += r.itemState == QLatin1String("failed");
    }
    m_total = total;
    m_signed = signedN;
    m_approved = approved;
    m_failed = failed;
    Q_EMIT progressChanged();
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
        setMessage(tr("Select at least one dossier."));
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
    if (!ws || m_running)
        return;
    const signing::SignerSpec spec = SignerSettings::spec();
    if (!spec.isComplete()) {
        setMessage(tr("Choose a signer in Settings."));
        return;
    }
    setMessage({});
    Profile profile(ws->profileDir());
    QUrl tsa;
    if (profile.load().ok()) {
        tsa = profile.server();
        tsa.setPath(tsa.path() + QStringLiteral("/api/v1/tsa"));
    }
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
                m_jobId = jobId;
                loadJob();
                m_leftAtStart = 0;
                for (const BatchItemModel::Row &r : m_model.rows())
                    m_leftAtStart += r.itemState == QLatin1String("pending");
                m_doneThisRun = 0;
                m_runTimer.start();
                Q_EMIT progressChanged();
            },
            type);
        connect(
            m_worker, &BatchWorker::itemChanged, this,
            [this](const QString &id, const QString &state, const QString &error) {
                m_model.setItemState(id, state, stateText(state), error);
                if (state == QLatin1String("signed") || state == QLatin1String("failed"))
                    ++m_doneThisRun;
                recount();
            },
            type);
        connect(
            m_worker, &BatchWorker::finished, this,
            [this](bool ok, bool cancelled, const QString &message) {
                m_running = false;
                if (!ok && !cancelled)
                    setMessage(message);
                if (Workspace *w = workspace())
                    w->notifyCacheChanged();
                reload();
                //! The sync worker time-stamps offline signatures, then pushes.
                if (SyncController *sync = SyncController::instance(); sync && sync->online())
                    sync->syncNow();
                Q_EMIT runFinished(ok);
            },
            type);
    }
    m_running = true;
    Q_EMIT progressChanged();
    Q_EMIT runRequested(ids, spec, pin.toUtf8(), tsa, online);
}

void BatchController::cancel()
{
    if (m_worker && m_running)
        m_worker->cancel();
}

void BatchController::retry(int row)
{
    if (row < 0 || row >= m_model.rowCount() || m_running || !m_worker) {
        if (!m_worker && row >= 0 && row < m_model.rowCount() && workspace()) {
            //! No run yet in this session (a job found at start): retry on this thread.
            BatchWorker local(workspace()->profileDir());
            connect(&local, &BatchWorker::itemChanged, this,
                    [this](const QString &id, const QString &state, const QString &error) {
                        m_model.setItemState(id, state, stateText(state), error);
                        recount();
                    });
            local.retry(m_model.rows().at(row).dossierId);
        }
        return;
    }
    Q_EMIT retryRequested(m_model.rows().at(row).dossierId);
}

void BatchController::exclude(int row)
{
    Workspace *ws = workspace();
    if (!ws || m_running || m_jobId <= 0 || row < 0 || row >= m_model.rowCount())
        return;
    const BatchItemModel::Row &r = m_model.rows().at(row);
    const bool excluded = r.itemState != QLatin1String("excluded");
    if (Status s = BatchRepository(ws->store()->database()).setExcluded(m_jobId, r.dossierId, excluded); !s) {
        setMessage(s.error().userMessage());
        return;
    }
    loadJob();
}

void BatchController::closeJob()
{
    Workspace *ws = workspace();
    if (!ws || m_running || m_jobId <= 0)
        return;
    if (!finished()) {
        //! Queued approvals (and offline signatures still to be time-stamped) belong to the open job.
        setMessage(tr("This batch is not finished: its approvals are sent with the next synchronization."));
        return;
    }
    if (Status s = BatchRepository(ws->store()->database()).close(m_jobId); !s) {
        setMessage(s.error().userMessage());
        return;
    }
    m_jobId = 0;
    reload();
}
