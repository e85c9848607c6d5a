// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossiercontroller.h"

#include "appcontroller.h"
#include "displaytext.h"
#include "store/blobstore.h"
#include "store/localstore.h"
#include "workspace.h"

#include <QCoreApplication>

using namespace motcua;

DossierController::DossierController(QObject *parent)
    : DossierController(Workspace::instance(), parent)
{ }

DossierController::DossierController(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    init();
}

void DossierController::init()
{
    if (m_workspace)
        connect(m_workspace, &Workspace::cacheChanged, this, &DossierController::reload);
    connect(AppController::instance(), &AppController::languageChanged, this, [this] {
        m_history.retranslate();
        Q_EMIT changed();
    });
}

void DossierController::setDossierId(const QString &id)
{
    if (m_id == id)
        return;
    m_id = id;
    Q_EMIT dossierIdChanged();
    reload();
}

void DossierController::reload()
{
    m_loaded = false;
    m_error.clear();
    m_dossier = Dossier();
    m_procedureName.clear();
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    std::optional<Procedure> procedure;
    if (!store || m_id.isEmpty()) {
        m_checklist.reset(m_dossier, std::nullopt, {});
        m_history.reset({}, {});
        Q_EMIT changed();
        return;
    }
    auto found = store->dossiers().get(m_id);
    if (!found.ok()) {
        m_error = found.error().userMessage();
    } else if (!found.value()) {
        m_error = QCoreApplication::translate("DossierController",
                                              "This dossier is no longer in the local cache.");
    } else {
        m_dossier = *found.value();
        m_loaded = true;
        auto p = store->reference().procedure(m_dossier.procedureCode);
        if (p.ok() && p.value()) {
            procedure = p.value();
            m_procedureName = procedure->name;
        }
    }
    motcua::BlobStore *blobs = &store->blobs();
    m_checklist.reset(m_dossier, procedure, [blobs](const QString &sha) { return blobs->localFile(sha); });
    auto steps
        = m_loaded ? store->dossiers().history(m_id) : Result<QList<HistoryStep>>(QList<HistoryStep>());
    Workspace *ws = m_workspace;
    m_history.reset(steps.ok() ? steps.value() : QList<HistoryStep>(),
                    [ws](const QString &code) { return ws->agencyName(code); });
    Q_EMIT changed();
}

QString DossierController::procedureText() const
{
    if (!m_loaded)
        return {};
    return m_procedureName.isEmpty()
        ? m_dossier.procedureCode
        : QStringLiteral("%1 — %2").arg(m_dossier.procedureCode, m_procedureName);
}

QString DossierController::applicantText() const
{
    if (!m_loaded)
        return {};
    if (m_dossier.applicant.idNumber.isEmpty())
        return m_dossier.applicant.name;
    return QStringLiteral("%1 (%2)").arg(m_dossier.applicant.name, m_dossier.applicant.idNumber);
}

QString DossierController::receivedText() const
{
    return displaytext::dateTime(m_dossier.receivedAt);
}

QString DossierController::dueText() const
{
    const QString note = m_workspace && m_loaded
        ? displaytext::deadlineNote(m_dossier, m_workspace->calendar(), m_workspace->now())
        : QString();
    return displaytext::dateTime(m_dossier.dueAt)
        + (note.isEmpty() ? QString() : QStringLiteral(" · ") + note);
}

QString DossierController::remainingText() const
{
    if (!m_loaded || !m_dossier.dueAt.isValid() || !m_workspace)
        return {};
    //! Finished: the lateness stays visible (the return dialog and the apology
    //! letter depend on it), as it is counted: at the finishing time.
    if (m_dossier.finishedAt.isValid())
        return displaytext::finishedMark(m_dossier, m_workspace->calendar(), m_workspace->now());
    if (isTerminal(m_dossier.state))
        return {};
    const QDateTime now = m_workspace->now();
    Remaining r = m_workspace->calendar().remaining(m_dossier.dueAt, now);
    r.overdue = m_dossier.isOverdue(now);
    if (m_dossier.state == DossierState::SupplementRequested && !r.overdue)
        return displaytext::clockPaused();
    return displaytext::remaining(r);
}

bool DossierController::overdue() const
{
    if (!m_loaded || !m_workspace)
        return false;
    const QDateTime now = m_workspace->now();
    return m_dossier.isOverdue(now) || (m_dossier.finishedAt.isValid() && m_dossier.isLate(now));
}

QString DossierController::agencyName() const
{
    if (!m_loaded)
        return {};
    return m_workspace ? m_workspace->agencyName(m_dossier.agencyCode) : m_dossier.agencyCode;
}

QString DossierController::stateText() const
{
    return m_loaded ? displayName(m_dossier.state) : QString();
}

QString DossierController::nationalStatusText() const
{
    return m_loaded ? displaytext::nationalStatus(m_dossier.nationalStatus()) : QString();
}
