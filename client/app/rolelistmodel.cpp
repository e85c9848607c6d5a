// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolelistmodel.h"

#include <QMetaEnum>

int RoleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : size();
}

QVariant RoleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return rowData(index.row(), role);
}

QHash<int, QByteArray> RoleListModel::roleNames() const
{
    const QMetaObject *meta = metaObject();
    const int roles = meta->indexOfEnumerator("Role");
    if (roles < 0)
        return QAbstractListModel::roleNames();
    const QMetaEnum e = meta->enumerator(roles);
    QHash<int, QByteArray> names;
    for (int i = 0; i < e.keyCount(); ++i) {
        QByteArray name(e.key(i));
        if (name.endsWith("Role"))
            name.chop(4);
        if (!name.isEmpty())
            name[0] = char(QChar::toLower(uint(uchar(name.at(0)))));
        names.insert(e.value(i), name);
    }
    return names;
}
