// SPDX-License-Identifier: GPL-3.0-or-later
#include "forwardreceipt.h"

#include "appcontroller.h"
#include "core/actionpayload.h"
#include "store/dossierrepository.h"
#include "store/localstore.h"
#include "store/outboxrepository.h"
#include "synccontroller.h"
#include "workspace.h"

using namespace motcua;

ForwardReceipt::ForwardReceipt(QObject *parent)
    : ForwardReceipt(Workspace::instance(), parent)
{ }

ForwardReceipt::ForwardReceipt(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    init();
}

void ForwardReceipt::init()
{
    //! The sync worker reports outbox counts after every push: the forward may have gone out.
    connect(SyncController::instance(), &SyncController::outboxChanged, this, &ForwardReceipt::refresh);
    if (m_workspace)
        connect(m_workspace, &Workspace::cacheChanged, this, &ForwardReceipt::refresh);
    //! The texts are made here: a language switch must redo them.
    connect(AppController::instance(), &AppController::languageChanged, this, &ForwardReceipt::changed);
}

bool ForwardReceipt::capture(const QString &dossierId)
{
    clear();
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (!store || dossierId.isEmpty())
        return false;
    auto all = store->outbox().list(true);
    if (!all.ok())
        return false;
    const QList<OutboxEntry> &entries = all.value();
    //! The latest forward of this dossier: the one just queued.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->action.dossierId != dossierId || it->action.kind != ActionKind::Forward || !it->typed)
            continue;
        const auto *fields = std::get_if<payload::Forward>(&it->typed->payload.fields);
        if (!fields)
            continue;
        m_outboxId = it->id;
        m_dossierId = dossierId;
        m_toAgency = fields->toAgency;
        m_stepDays = fields->stepDays;
        m_note = it->typed->payload.note;
        for (const Component &c : fields->attachments)
            m_attachments << c.name;
        break;
    }
    if (m_outboxId == 0)
        return false;
    m_code = dossierId;
    if (auto found = store->dossiers().get(dossierId); found.ok() && found.value()) {
        m_code = found.value()->code;
        m_applicant = found.value()->applicant.name;
    }
    refresh();
    Q_EMIT changed();
    return true;
}

void ForwardReceipt::clear()
{
    if (m_outboxId == 0 && m_dossierId.isEmpty())
        return;
    m_outboxId = 0;
    m_dossierId.clear();
    m_code.clear();
    m_applicant.clear();
    m_toAgency.clear();
    m_note.clear();
    m_stepDays = 0;
    m_attachments.clear();
    m_state.clear();
    m_error.clear();
    Q_EMIT changed();
}

void ForwardReceipt::refresh()
{
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (!store || m_outboxId == 0)
        return;
    auto entry = store->outbox().get(m_outboxId);
    if (!entry.ok() || !entry.value())
        return;
    QString state;
    switch (entry.value()->state) {
    case OutboxState::Pending:
    case OutboxState::Sending:
        state = QStringLiteral("pending");
        break;
    default:
        state = toWire(entry.value()->state);
    }
    if (state == m_state && entry.value()->lastError == m_error)
        return;
    m_state = state;
    m_error = entry.value()->lastError;
    Q_EMIT changed();
}

QString ForwardReceipt::toAgencyName() const
{
    if (m_toAgency.isEmpty())
        return {};
    return m_workspace ? m_workspace->agencyName(m_toAgency) : m_toAgency;
}

QString ForwardReceipt::stepText() const
{
    if (m_outboxId == 0)
        return {};
    if (m_stepDays <= 0)
        return tr("Until the dossier's due date");
    return tr("%n working day(s) for this step", nullptr, m_stepDays);
}

QString ForwardReceipt::stateText() const
{
    if (m_state == QLatin1String("pending"))
        return tr("Waiting to be sent to the centre: it goes out by itself as soon as the desk is online.");
    if (m_state == QLatin1String("done"))
        return tr("Sent: the dossier is now in the inbox of %1.").arg(toAgencyName());
    if (m_state == QLatin1String("failed"))
        return tr("Refused by the centre (%1). The dossier stays with your agency.").arg(m_error);
    if (m_state == QLatin1String("conflict"))
        return tr("Not forwarded: another official acted first (%1).").arg(m_error);
    return {};
}
