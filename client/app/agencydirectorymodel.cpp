// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencydirectorymodel.h"

#include "propertyhelpers.h"
#include "store/localstore.h"
#include "store/textfold.h"
#include "workspace.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>

using namespace motcua;

AgencyDirectoryModel::AgencyDirectoryModel(Workspace *workspace, QObject *parent)
    : RoleListModel(parent)
    , m_workspace(workspace)
{
    reload();
}

void AgencyDirectoryModel::reload()
{
    LocalStore *store = m_workspace ? m_workspace->store() : nullptr;
    if (!store)
        return setAgencies({});
    auto all = store->reference().agencies();
    setAgencies(all.ok() ? all.value() : QList<Agency>());
}

void AgencyDirectoryModel::setAgencies(const QList<Agency> &agencies)
{
    QHash<QString, QList<Agency>> children;
    QSet<QString> codes;
    for (const Agency &a : agencies)
        codes.insert(a.code);
    QList<Agency> roots;
    for (const Agency &a : agencies) {
        //! An agency whose parent is not in the directory is shown as a root, never lost.
        if (a.parentCode.isEmpty() || !codes.contains(a.parentCode) || a.parentCode == a.code)
            roots << a;
        else
            children[a.parentCode] << a;
    }
    const auto byCode = [](const Agency &x, const Agency &y) { return x.code < y.code; };
    m_all.clear();
    QSet<QString> seen;
    std::function<void(const Agency &, int)> walk = [&](const Agency &a, int depth) {
        if (seen.contains(a.code))
            return; //!< a cycle in bad data
        seen.insert(a.code);
        m_all.append({a, depth, textfold::fold(a.name + QLatin1Char(' ') + a.code)});
        QList<Agency> kids = children.value(a.code);
        std::sort(kids.begin(), kids.end(), byCode);
        for (const Agency &k : std::as_const(kids))
            walk(k, depth + 1);
    };
    std::sort(roots.begin(), roots.end(), byCode);
    for (const Agency &r : std::as_const(roots))
        walk(r, 0);
    rebuild();
}

void AgencyDirectoryModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_matched.clear();
    const QStringList tokens = textfold::queryTokens(m_filter);
    QList<bool> keep(m_all.size(), tokens.isEmpty());
    QList<bool> match(m_all.size(), false);
    if (!tokens.isEmpty()) {
        QList<int> stack; //!< ancestors of the current node (indexes into m_all)
        for (int i = 0; i < m_all.size(); ++i) {
            while (!stack.isEmpty() && m_all.at(stack.last()).depth >= m_all.at(i).depth)
                stack.removeLast();
            const QString &text = m_all.at(i).folded;
            const bool hit = std::all_of(tokens.cbegin(), tokens.cend(),
                                         [&text](const QString &t) { return text.contains(t); });
            if (hit) {
                match[i] = true;
                keep[i] = true;
                for (int a : std::as_const(stack))
                    keep[a] = true;
            }
            stack.append(i);
        }
    }
    for (int i = 0; i < m_all.size(); ++i) {
        if (keep.at(i)) {
            m_rows.append(i);
            m_matched.append(match.at(i));
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

QVariant AgencyDirectoryModel::rowData(int row, int role) const
{
    const Node &n = m_all.at(m_rows.at(row));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return n.agency.name;
    case CodeRole:
        return n.agency.code;
    case DepthRole:
        return n.depth;
    case LevelRole:
        return n.agency.level;
    case SelectableRole:
        return n.agency.code != m_exclude;
    case MatchedRole:
        return m_matched.at(row);
    default:
        return {};
    }
}

void AgencyDirectoryModel::setFilter(const QString &filter)
{
    if (assignProperty(this, m_filter, filter, &AgencyDirectoryModel::filterChanged))
        rebuild();
}

void AgencyDirectoryModel::setExcludeCode(const QString &code)
{
    if (assignProperty(this, m_exclude, code, &AgencyDirectoryModel::excludeCodeChanged) && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {SelectableRole});
}

QString AgencyDirectoryModel::codeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_all.at(m_rows.at(row)).agency.code : QString();
}

QString AgencyDirectoryModel::nameOf(const QString &code) const
{
    for (const Node &n : m_all)
        if (n.agency.code == code)
            return n.agency.name;
    return {};
}

int AgencyDirectoryModel::firstMatch() const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const Node &n = m_all.at(m_rows.at(r));
        if ((m_filter.isEmpty() || m_matched.at(r)) && n.agency.code != m_exclude)
            return r;
    }
    return -1;
}
