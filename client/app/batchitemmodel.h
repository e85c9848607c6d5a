// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchrepository.h"

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>
#include <QStringList>
#include <optional>

//! The batch screen's list: before a run, the dossiers awaiting approval (with a
//! selection); during and after a run, the job's items with their state. Filled
//! by BatchController from the local store; the model never talks to the network.
//! The row rules (what may be selected, excluded, retried, which colour a state
//! has) are decided here so the delegate only binds (issue 17).
class BatchItemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by BatchController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
    //! Rows that may be selected (the "select all" count).
    Q_PROPERTY(int selectableCount READ selectableCount NOTIFY countChanged)

public:
    //! The colour family of a state badge.
    enum class Tone { Neutral, Working, Ok, Failed };
    Q_ENUM(Tone)

    //! QML names: dossierId, code, applicantName, procedureName, summary,
    //! draftPath (local file of the draft result, "" when not downloaded),
    //! overdue, selected, itemState (a BatchItemState value, None before a run),
    //! stateText (UI language), error, selectable (has a draft result to sign),
    //! blockedReason (why not selectable, UI language), tone (Tone of the state
    //! badge), excludable (pending or excluded: Exclude/Include), excluded,
    //! retryable (failed).
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
        SelectableRole,
        BlockedReasonRole,
        ToneRole,
        ExcludableRole,
        ExcludedRole,
        RetryableRole,
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
        //! No draft result: shown, never selected (issue 20 item 7).
        bool hasDraft = true;
        std::optional<motcua::batch::ItemState> itemState; //!< none before a run
        QString error;
    };

    explicit BatchItemModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    //! Replaces the rows; the selection of dossiers still listed (and selectable) is kept.
    void setRows(const QList<Row> &rows);
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    //! Updates one row's batch state (no-op for an unknown dossier).
    void setItemState(const QString &dossierId, motcua::batch::ItemState state, const QString &error);
    //! The texts are translated when read: tell the views after a language switch.
    void retranslate();

    //! The state's text in the UI language ("" for none).
    [[nodiscard]] static QString stateText(std::optional<motcua::batch::ItemState> state);
    [[nodiscard]] static Tone tone(std::optional<motcua::batch::ItemState> state);

    //! Rows without a draft result keep `selected` false whatever is asked.
    Q_INVOKABLE void setSelected(int row, bool selected);
    //! Shift-click: rows from..to (either order) take `selected`.
    Q_INVOKABLE void setRangeSelected(int from, int to, bool selected);
    Q_INVOKABLE void setAllSelected(bool selected);
    [[nodiscard]] int selectedCount() const;
    [[nodiscard]] int selectableCount() const;
    [[nodiscard]] QStringList selectedIds() const;

Q_SIGNALS:
    void countChanged();
    void selectionChanged();

private:
    QList<Row> m_rows;
};
