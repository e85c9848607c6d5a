// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/historystep.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <functional>

//! A dossier's history across agencies, oldest first, for the timeline. People
//! are shown by their full name (the login only for steps stored before names
//! travelled with them); a run of annotation changes by one official with
//! nothing else between them is one row ("Annotated (5 changes)").
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DossierController")

public:
    //! QML names: at (text, Vietnam time), action (wire id), actionText, actor (full name),
    //! agencyName, toAgencyName, fromStateText, toStateText, note, stepDueText.
    enum Role {
        AtRole = Qt::UserRole + 1,
        ActionRole,
        ActionTextRole,
        ActorRole,
        AgencyNameRole,
        ToAgencyNameRole,
        FromStateTextRole,
        ToStateTextRole,
        NoteRole,
        StepDueTextRole,
    };
    Q_ENUM(Role)

    explicit HistoryModel(QObject *parent = nullptr);

    void reset(QList<motcua::HistoryStep> steps, std::function<QString(const QString &)> agencyName);
    //! Re-emits the translated texts after a language switch.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<motcua::HistoryStep> m_steps;
    QList<int> m_counts; //!< steps folded into each row (annotations), 1 otherwise
    std::function<QString(const QString &)> m_agencyName;
};
