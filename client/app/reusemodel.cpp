// SPDX-License-Identifier: GPL-3.0-or-later
#include "reusemodel.h"

#include "appcontroller.h"
#include "displaytext.h"
#include "propertyhelpers.h"
#include "store/localstore.h"
#include "store/warehouserepository.h"
#include "sync/actionqueue.h"
#include "synccontroller.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

using namespace motcua;

ReuseModel::ReuseModel(Workspace *workspace, QObject *parent)
    : RoleListModel(parent)
    , m_workspace(workspace)
{
    if (m_workspace)
        connect(m_workspace, &Workspace::cacheChanged, this, &ReuseModel::reload);
    //! kindText and fetchedText are translated when read: a language switch asks QML to read them again.
    connect(AppController::instance(), &AppController::languageChanged, this, &ReuseModel::retranslate);
}

void ReuseModel::retranslate()
{
    if (!m_docs.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_docs.size()) - 1), {KindTextRole});
    Q_EMIT changed();
}

void ReuseModel::setDossierId(const QString &id)
{
    if (assignProperty(this, m_id, id, &ReuseModel::dossierIdChanged))
        reload();
}

void ReuseModel::setApplicantIdNumber(const QString &idNumber)
{
    if (m_applicantId == idNumber.trimmed())
        return;
    m_applicantId = idNumber.trimmed();
    reload();
}

void ReuseModel::setError(const QString &e)
{
    assignProperty(this, m_error, e, &ReuseModel::errorChanged);
}

QString ReuseModel::fetchedText() const
{
    if (!m_fetchedAt.isValid())
        return {};
    return QCoreApplication::translate("ReuseModel", "Updated %1").arg(displaytext::dateTime(m_fetchedAt));
}

void ReuseModel::reload()
{
    beginResetModel();
    m_docs.clear();
    m_dossierCodes.clear();
    m_dossier = Dossier();
    m_fetchedAt = QDateTime();
    m_cached = false;
    m_canAttach = false;
    QString error;
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (store && !m_id.isEmpty()) {
        auto found = store->dossiers().get(m_id);
        if (!found.ok())
            error = found.error().userMessage();
        else if (found.value())
            m_dossier = *found.value();
    }
    if (m_id.isEmpty())
        m_dossier.applicant.idNumber = m_applicantId;
    if (store && !m_dossier.applicant.idNumber.isEmpty()) {
        WarehouseRepository warehouses(store->database());
        auto w = warehouses.get(m_dossier.applicant.idNumber);
        if (!w.ok()) {
            error = w.error().userMessage();
        } else if (w.value()) {
            m_cached = true;
            m_fetchedAt = w.value()->fetchedAt;
            //! Newest first: the latest issue of a document is the one to reuse.
            m_docs = w.value()->documents;
            std::stable_sort(
                m_docs.begin(), m_docs.end(),
                [](const CitizenDocument &a, const CitizenDocument &b) { return a.issuedAt > b.issuedAt; });
            for (const CitizenDocument &d : std::as_const(m_docs)) {
                if (m_dossierCodes.contains(d.dossierId))
                    continue;
                auto issuing = store->dossiers().get(d.dossierId);
                m_dossierCodes.insert(d.dossierId,
                                      issuing.ok() && issuing.value() ? issuing.value()->code : d.dossierId);
            }
        }
        if (!m_dossier.id.isEmpty()) {
            ActionQueue queue(store->database());
            auto allowed = queue.allowed(m_dossier);
            m_canAttach = allowed.ok() && allowed.value().contains(ActionKind::AttachDocument);
        }
    }
    endResetModel();
    setError(error);
    Q_EMIT changed();
}

bool ReuseModel::attach(int row)
{
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (!store || row < 0 || row >= m_docs.size() || m_dossier.id.isEmpty()) {
        setError(QCoreApplication::translate("ReuseModel", "This document cannot be attached."));
        return false;
    }
    const CitizenDocument doc = m_docs.at(row);
    const QJsonObject payload {
        {QStringLiteral("components"), QJsonArray {json::toJson(doc.toInputComponent())}},
        {QStringLiteral("note"),
         QCoreApplication::translate("ReuseModel", "Reused from the e-data warehouse: %1").arg(doc.name)}};
    ActionQueue queue(store->database());
    auto queued = queue.queue(m_dossier, ActionKind::AttachDocument, payload, m_workspace->now());
    if (!queued.ok()) {
        setError(queued.error().userMessage());
        return false;
    }
    setError({});
    Q_EMIT attached(doc.name);
    //! The outbox announces it: every screen re-reads the cache (checklist, inbox badge), the sync starts.
    return true;
}

QVariant ReuseModel::rowData(int row, int role) const
{
    const CitizenDocument &d = m_docs.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return d.name;
    case DocumentCodeRole:
        return d.documentCode;
    case IssuingDossierRole:
        return m_dossierCodes.value(d.dossierId, d.dossierId);
    case IssuedTextRole:
        return displaytext::dateTime(d.issuedAt).left(10);
    case Sha256Role:
        return d.sha256;
    case KindTextRole:
        return d.kind == ComponentKind::Result ? QCoreApplication::translate("ReuseModel", "Result")
                                               : QCoreApplication::translate("ReuseModel", "Document");
    case AttachedRole:
        return std::any_of(m_dossier.components.cbegin(), m_dossier.components.cend(),
                           [&](const Component &c) { return c.sha256 == d.sha256; });
    default:
        return {};
    }
}
