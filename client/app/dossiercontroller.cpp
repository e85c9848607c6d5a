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
        m_header.retranslate();
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
    m_error = {};
    m_dossier = Dossier();
    QString procedureName;
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    std::optional<Procedure> procedure;
    if (!store || m_id.isEmpty()) {
        m_checklist.reset(m_dossier, std::nullopt, {});
        m_history.reset({}, {});
        m_header.update(nullptr, {}, {});
        Q_EMIT changed();
        return;
    }
    auto found = store->dossiers().get(m_id);
    if (!found.ok()) {
        m_error = UiError(found.error());
    } else if (!found.value()) {
        m_error
            = UiError::translated(QStringLiteral("app.dossier_gone"),
                                  QCoreApplication::translate(
                                      "DossierController", "This dossier is no longer in the local cache."));
    } else {
        m_dossier = *found.value();
        m_loaded = true;
        auto p = store->reference().procedure(m_dossier.procedureCode);
        if (p.ok() && p.value()) {
            procedure = p.value();
            procedureName = procedure->name;
        }
    }
    motcua::BlobStore *blobs = &store->blobs();
    m_checklist.reset(m_dossier, procedure, [blobs](const QString &sha) { return blobs->localFile(sha); });
    auto steps
        = m_loaded ? store->dossiers().history(m_id) : Result<QList<HistoryStep>>(QList<HistoryStep>());
    Workspace *ws = m_workspace;
    if (!steps.ok())
        m_error = UiError(steps.error()); //!< the header stays; the timeline is empty, and says why
    m_history.reset(steps.ok() ? steps.value() : QList<HistoryStep>(),
                    [ws](const QString &code) { return ws->agencyName(code); });
    m_header.update(m_loaded ? &m_dossier : nullptr, procedureName,
                    m_loaded ? ws->agencyName(m_dossier.agencyCode) : QString());
    Q_EMIT changed();
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
