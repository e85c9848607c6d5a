// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

//! What every flat list model of the screens shares, written once: rowCount()
//! (no children), data() that checks the index before asking the subclass for
//! one row's role, and roleNames() read from the subclass's `Role` enum
//! (Q_ENUM): `DocumentCodeRole` is "documentCode" in QML, so adding a role is
//! the enumerator and its case in rowData(), nothing else.
class RoleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const final;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const final;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const final;

protected:
    //! The number of rows.
    [[nodiscard]] virtual int size() const = 0;
    //! The value of `role` (Qt::DisplayRole too) for `row`, which is in range.
    [[nodiscard]] virtual QVariant rowData(int row, int role) const = 0;
};
