// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchitemmodel.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

using motcua::batch::ItemState;

BatchItemModel::BatchItemModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int BatchItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString BatchItemModel::stateText(std::optional<ItemState> state)
{
    if (!state)
        return {};
    //! Context "BatchController": where these texts were translated first.
    switch (*state) {
    case ItemState::Pending:
        return QCoreApplication::translate("BatchController", "Waiting");
    case ItemState::Signed:
        return QCoreApplication::translate("BatchController", "Signed");
    case ItemState::Queued:
        return QCoreApplication::translate("BatchController", "Signed, approval not sent yet");
    case ItemState::Done:
        return QCoreApplication::translate("BatchController", "Approved");
    case ItemState::Failed:
        return QCoreApplication::translate("BatchController", "Failed");
    case ItemState::Excluded:
        return QCoreApplication::translate("BatchController", "Excluded");
    }
    return {};
}

BatchItemModel::Tone BatchItemModel::tone(std::optional<ItemState> state)
{
    if (!state)
        return Tone::Neutral;
    switch (*state) {
    case ItemState::Done:
        return Tone::Ok;
    case ItemState::Failed:
        return Tone::Failed;
    case ItemState::Pending:
    case ItemState::Excluded:
        return Tone::Neutral;
    case ItemState::Signed:
    case ItemState::Queued:
        return Tone::Working;
    }
    return Tone::Neutral;
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
        return r.itemState ? int(*r.itemState) : -1;
    case StateTextRole:
        return stateText(r.itemState);
    case ErrorRole:
        return r.error;
    case SelectableRole:
        return r.hasDraft;
    case BlockedReasonRole:
        return r.hasDraft
            ? QString()
            : QCoreApplication::translate("BatchController",
                                          "No draft result to sign: return it for rework or sign it alone.");
    case ToneRole:
        return int(tone(r.itemState));
    case ExcludableRole:
        return r.itemState == ItemState::Pending || r.itemState == ItemState::Excluded;
    case ExcludedRole:
        return r.itemState == ItemState::Excluded;
    case RetryableRole:
        return r.itemState == ItemState::Failed;
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
            {ErrorRole, "error"},
            {SelectableRole, "selectable"},
            {BlockedReasonRole, "blockedReason"},
            {ToneRole, "tone"},
            {ExcludableRole, "excludable"},
            {ExcludedRole, "excluded"},
            {RetryableRole, "retryable"}};
}

bool BatchItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != SelectedRole && role != Qt::CheckStateRole)
        return false;
    if (!m_rows.at(index.row()).hasDraft)
        return false;
    const bool on = role == SelectedRole ? value.toBool() : value.toInt() == Qt::Checked;
    setSelected(index.row(), on);
    return true;
}

Qt::ItemFlags BatchItemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_rows.at(index.row()).hasDraft)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

void BatchItemModel::setRows(const QList<Row> &rows)
{
    QSet<QString> wasSelected;
    for (const Row &r : std::as_const(m_rows))
        if (r.selected)
            wasSelected.insert(r.dossierId);
    beginResetModel();
    m_rows = rows;
    for (Row &r : m_rows)
        r.selected = r.hasDraft && (r.selected || wasSelected.contains(r.dossierId));
    endResetModel();
    //! Also with the same number of rows: the selectable count may have changed.
    Q_EMIT countChanged();
    Q_EMIT selectionChanged();
}

void BatchItemModel::setItemState(const QString &dossierId, ItemState state, const QString &error)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.dossierId != dossierId)
            continue;
        r.itemState = state;
        r.error = error;
        const QModelIndex at = index(i);
        Q_EMIT dataChanged(
            at, at,
            {ItemStateRole, StateTextRole, ErrorRole, ToneRole, ExcludableRole, ExcludedRole, RetryableRole});
        return;
    }
}

void BatchItemModel::retranslate()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {StateTextRole, BlockedReasonRole});
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
        const bool want = selected && m_rows[i].hasDraft;
        if (m_rows[i].selected == want)
            continue;
        m_rows[i].selected = want;
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

int BatchItemModel::selectableCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.hasDraft; }));
}

QStringList BatchItemModel::selectedIds() const
{
    QStringList out;
    for (const Row &r : m_rows)
        if (r.selected)
            out << r.dossierId;
    return out;
}
