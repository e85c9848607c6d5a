// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchitemmodel.h"

#include <QSet>
#include <algorithm>

BatchItemModel::BatchItemModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int BatchItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BatchItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CodeRole:
        return r.code;
    case DossierIdRole:
        return r.dossierId;
    case ApplicantNameRole:
        return r.applicantName;
    case ProcedureNameRole:
        return r.procedureName;
    case SummaryRole:
        return r.summary;
    case DraftPathRole:
        return r.draftPath;
    case OverdueRole:
        return r.overdue;
    case Qt::CheckStateRole:
        return r.selected ? Qt::Checked : Qt::Unchecked;
    case SelectedRole:
        return r.selected;
    case ItemStateRole:
        return r.itemState;
    case StateTextRole:
        return r.stateText;
    case ErrorRole:
        return r.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> BatchItemModel::roleNames() const
{
    return {{DossierIdRole, "dossierId"},
            {CodeRole, "code"},
            {ApplicantNameRole, "applicantName"},
            {ProcedureNameRole, "procedureName"},
            {SummaryRole, "summary"},
            {DraftPathRole, "draftPath"},
            {OverdueRole, "overdue"},
            {SelectedRole, "selected"},
            {ItemStateRole, "itemState"},
            {StateTextRole, "stateText"},
            {ErrorRole, "error"}};
}

bool BatchItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != SelectedRole && role != Qt::CheckStateRole)
        return false;
    const bool on = role == SelectedRole ? value.toBool() : value.toInt() == Qt::Checked;
    setSelected(index.row(), on);
    return true;
}

Qt::ItemFlags BatchItemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

void BatchItemModel::setRows(const QList<Row> &rows)
{
    QSet<QString> wasSelected;
    for (const Row &r : std::as_const(m_rows))
        if (r.selected)
            wasSelected.insert(r.dossierId);
    const bool countChange = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    for (Row &r : m_rows)
        r.selected = r.selected || wasSelected.contains(r.dossierId);
    endResetModel();
    if (countChange)
        Q_EMIT countChanged();
    Q_EMIT selectionChanged();
}

void BatchItemModel::setItemState(const QString &dossierId, const QString &state, const QString &stateText,
                                  const QString &error)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.dossierId != dossierId)
            continue;
        r.itemState = state;
        r.stateText = stateText;
        r.error = error;
        const QModelIndex at = index(i);
        Q_EMIT dataChanged(at, at, {ItemStateRole, StateTextRole, ErrorRole});
        return;
    }
}

void BatchItemModel::setSelected(int row, bool selected)
{
    setRangeSelected(row, row, selected);
}

void BatchItemModel::setRangeSelected(int from, int to, bool selected)
{
    if (m_rows.isEmpty())
        return;
    const int a = std::clamp(std::min(from, to), 0, int(m_rows.size()) - 1);
    const int b = std::clamp(std::max(from, to), 0, int(m_rows.size()) - 1);
    bool changed = false;
    for (int i = a; i <= b; ++i) {
        if (m_rows[i].selected == selected)
            continue;
        m_rows[i].selected = selected;
        changed = true;
    }
    if (!changed)
        return;
    Q_EMIT dataChanged(index(a), index(b), {SelectedRole, Qt::CheckStateRole});
    Q_EMIT selectionChanged();
}

void BatchItemModel::setAllSelected(bool selected)
{
    setRangeSelected(0, int(m_rows.size()) - 1, selected);
}

int BatchItemModel::selectedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.selected; }));
}

QStringList BatchItemModel::selectedIds() const
{
    QStringList out;
    for (const Row &r : m_rows)
        if (r.selected)
            out << r.dossierId;
    return out;
}
