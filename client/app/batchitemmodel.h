// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QQmlEngine>
#include <QStringList>

//! The batch screen's list: before a run, the dossiers awaiting approval (with a
//! selection); during and after a run, the job's items with their state. Filled
//! by BatchController from the local store; the model never talks to the network.
class BatchItemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by BatchController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)

public:
    //! QML names: dossierId, code, applicantName, procedureName, summary,
    //! draftPath (local file of the draft result, "" when not downloaded),
    //! overdue, selected, itemState (wire id of the batch item, "" before a run),
    //! stateText, error.
    enum Role {
        DossierIdRole = Qt::UserRole + 1,
        CodeRole,
        ApplicantNameRole,
        ProcedureNameRole,
        SummaryRole,
        DraftPathRole,
        OverdueRole,
        SelectedRole,
        ItemStateRole,
        StateTextRole,
        ErrorRole,
    };
    Q_ENUM(Role)

    struct Row
    {
        QString dossierId;
        QString code;
        QString applicantName;
        QString procedureName;
        QString summary;
        QString draftPath;
        bool overdue = false;
        bool selected = false;
        QString itemState;
        QString stateText;
        QString error;
    };

    explicit BatchItemModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    //! Replaces the rows; the selection of dossiers still listed is kept.
    void setRows(const QList<Row> &rows);
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    //! Updates one row's batch state (no-op for an unknown dossier).
    void setItemState(const QString &dossierId, const QString &state, const QString &stateText,
                      const QString &error);

    Q_INVOKABLE void setSelected(int row, bool selected);
    //! Shift-click: rows from..to (either order) take `selected`.
    Q_INVOKABLE void setRangeSelected(int from, int to, bool selected);
    Q_INVOKABLE void setAllSelected(bool selected);
    [[nodiscard]] int selectedCount() const;
    [[nodiscard]] QStringList selectedIds() const;

Q_SIGNALS:
    void countChanged();
    void selectionChanged();

private:
    QList<Row> m_rows;
};
