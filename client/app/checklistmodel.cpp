// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistmodel.h"

ChecklistModel::ChecklistModel(QObject *parent)
    : RoleListModel(parent)
{ }

void ChecklistModel::reset(const motcua::Dossier &dossier, const std::optional<motcua::Procedure> &procedure,
                           const std::function<QString(const QString &)> &blobPath)
{
    beginResetModel();
    m_rows.clear();
    QList<bool> used(dossier.components.size(), false);
    if (procedure) {
        for (const motcua::RequiredComponent &req : procedure->requiredComponents) {
            Row row;
            row.name = req.name;
            row.documentCode = req.documentCode;
            row.required = req.required;
            for (qsizetype i = 0; i < dossier.components.size(); ++i) {
                if (!used[i] && dossier.components.at(i).documentCode == req.documentCode) {
                    used[i] = true;
                    row.present = true;
                    row.component = dossier.components.at(i);
                    break;
                }
            }
            m_rows.append(row);
        }
    }
    //! Components the procedure does not list (results, apology letters, additions).
    for (qsizetype i = 0; i < dossier.components.size(); ++i) {
        if (used[i])
            continue;
        Row row;
        row.component = dossier.components.at(i);
        row.name = row.component.name;
        row.documentCode = row.component.documentCode;
        row.present = true;
        m_rows.append(row);
    }
    for (Row &row : m_rows)
        if (row.present && blobPath)
            row.filePath = blobPath(row.component.sha256);
    endResetModel();
    Q_EMIT changed();
}

QVariant ChecklistModel::rowData(int row, int role) const
{
    const Row &r = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case DocumentCodeRole:
        return r.documentCode;
    case MandatoryRole:
        return r.required;
    case PresentRole:
        return r.present;
    case ComponentIdRole:
        return r.component.id;
    case Sha256Role:
        return r.component.sha256;
    case PagesRole:
        return r.component.pages;
    case SignedRole:
        return r.component.isSigned;
    case KindRole:
        return motcua::toWire(r.component.kind);
    case DownloadedRole:
        return !r.filePath.isEmpty();
    case FilePathRole:
        return r.filePath;
    default:
        return {};
    }
}

int ChecklistModel::missingCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        if (r.required && !r.present)
            ++n;
    return n;
}

int ChecklistModel::firstViewableRow() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (!m_rows.at(i).filePath.isEmpty())
            return i;
    return -1;
}

QString ChecklistModel::filePathAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).filePath : QString();
}

QString ChecklistModel::componentIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).component.id : QString();
}

QString ChecklistModel::sha256At(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).component.sha256 : QString();
}
