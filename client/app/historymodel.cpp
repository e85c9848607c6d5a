// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include "core/action.h"
#include "core/states.h"
#include "displaytext.h"

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void HistoryModel::reset(QList<motcua::HistoryStep> steps, std::function<QString(const QString &)> agencyName)
{
    beginResetModel();
    std::stable_sort(steps.begin(), steps.end(),
                     [](const motcua::HistoryStep &a, const motcua::HistoryStep &b) { return a.at < b.at; });
    m_steps.clear();
    m_counts.clear();
    for (motcua::HistoryStep &step : steps) {
        const bool annotation = step.action == motcua::ActionKind::Annotate;
        if (annotation && !m_steps.isEmpty() && m_steps.last().action == motcua::ActionKind::Annotate
            && m_steps.last().actor == step.actor && m_steps.last().agencyCode == step.agencyCode) {
            //! Folded into the row: its time becomes the last change's.
            m_steps.last().at = step.at;
            ++m_counts.last();
            continue;
        }
        m_steps.append(std::move(step));
        m_counts.append(1);
    }
    m_agencyName = std::move(agencyName);
    endResetModel();
}

void HistoryModel::retranslate()
{
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_steps.size()) - 1),
                           {Qt::DisplayRole, ActionTextRole, FromStateTextRole, ToStateTextRole});
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const motcua::HistoryStep &s = m_steps.at(index.row());
    auto agency = [this](const QString &code) { return m_agencyName ? m_agencyName(code) : code; };
    switch (role) {
    case Qt::DisplayRole:
    case ActionTextRole: {
        const int n = m_counts.value(index.row(), 1);
        //: %1 = the action ("Annotate"), %2 = how many changes (always 2 or more)
        return n > 1 ? tr("%1 (%2 changes)").arg(motcua::displayName(s.action)).arg(n)
                     : motcua::displayName(s.action);
    }
    case AtRole:
        return displaytext::actedAt(s.at, s.recordedAt);
    case ActionRole:
        return motcua::toWire(s.action);
    case ActorRole:
        return s.actorName.isEmpty() ? s.actor : s.actorName;
    case AgencyNameRole:
        return agency(s.agencyCode);
    case ToAgencyNameRole:
        return s.toAgencyCode.isEmpty() ? QString() : agency(s.toAgencyCode);
    case FromStateTextRole:
        return motcua::displayName(s.fromState);
    case ToStateTextRole:
        return motcua::displayName(s.toState);
    case NoteRole:
        return s.note;
    case StepDueTextRole:
        return displaytext::dateTime(s.stepDueAt);
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    return {{AtRole, "at"},
            {ActionRole, "action"},
            {ActionTextRole, "actionText"},
            {ActorRole, "actor"},
            {AgencyNameRole, "agencyName"},
            {ToAgencyNameRole, "toAgencyName"},
            {FromStateTextRole, "fromStateText"},
            {ToStateTextRole, "toStateText"},
            {NoteRole, "note"},
            {StepDueTextRole, "stepDueText"}};
}
