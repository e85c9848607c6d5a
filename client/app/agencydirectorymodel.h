// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agency.h"
#include "rolelistmodel.h"
#include "workspace.h"

#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

//! The agency directory (cached from the centre) as an indented tree, province
//! first, then its departments and lower levels, each level sorted by code. A
//! filter keeps the agencies whose name or code holds every word typed, accents
//! optional ("so tu phap" finds "Sở Tư pháp"), with their ancestors for context.
class AgencyDirectoryModel : public RoleListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    //! The agency that holds the dossier: shown, but not selectable.
    Q_PROPERTY(QString excludeCode READ excludeCode WRITE setExcludeCode NOTIFY excludeCodeChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    //! QML names (RoleListModel): code, name, depth, level, selectable, matched.
    enum Role { CodeRole = Qt::UserRole + 1, NameRole, DepthRole, LevelRole, SelectableRole, MatchedRole };
    Q_ENUM(Role)

    //! QML's reads the shared workspace; tests pass their own.
    explicit AgencyDirectoryModel(Workspace *workspace = Workspace::instance(), QObject *parent = nullptr);

    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    [[nodiscard]] QString excludeCode() const { return m_exclude; }
    void setExcludeCode(const QString &code);

    Q_INVOKABLE void reload();
    //! Replaces the directory (tests; reload() reads it from the store).
    void setAgencies(const QList<motcua::Agency> &agencies);
    Q_INVOKABLE QString codeAt(int row) const;
    Q_INVOKABLE QString nameOf(const QString &code) const;
    //! The first selectable row that matches the filter, or -1.
    Q_INVOKABLE int firstMatch() const;

Q_SIGNALS:
    void filterChanged();
    void excludeCodeChanged();
    void countChanged();

private:
    struct Node
    {
        motcua::Agency agency;
        int depth = 0;
        QString folded;
    };
    [[nodiscard]] int size() const override { return int(m_rows.size()); }
    [[nodiscard]] QVariant rowData(int row, int role) const override;
    void rebuild();

    Workspace *m_workspace = nullptr;
    QList<Node> m_all; //!< depth-first order
    QList<int> m_rows; //!< indexes into m_all shown now
    QList<bool> m_matched; //!< per shown row
    QString m_filter;
    QString m_exclude;
};
