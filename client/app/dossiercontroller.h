// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklistmodel.h"
#include "core/dossier.h"
#include "historymodel.h"

#include <QObject>
#include <QQmlEngine>

class Workspace;

//! One dossier for the dossier screen, read from the local cache: the header
//! texts, the component checklist and the history timeline. Reloads when the
//! cache changes (a sync) and retranslates on a language switch.
class DossierController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString dossierId READ dossierId WRITE setDossierId NOTIFY dossierIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString procedureText READ procedureText NOTIFY changed)
    Q_PROPERTY(QString applicantText READ applicantText NOTIFY changed)
    Q_PROPERTY(QString applicantAddress READ applicantAddress NOTIFY changed)
    Q_PROPERTY(QString receivedText READ receivedText NOTIFY changed)
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY changed)
    Q_PROPERTY(bool overdue READ overdue NOTIFY changed)
    Q_PROPERTY(QString agencyName READ agencyName NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString nationalStatusText READ nationalStatusText NOTIFY changed)
    Q_PROPERTY(QString assignee READ assignee NOTIFY changed)
    Q_PROPERTY(ChecklistModel *checklist READ checklist CONSTANT)
    Q_PROPERTY(HistoryModel *history READ history CONSTANT)

public:
    explicit DossierController(QObject *parent = nullptr);
    DossierController(Workspace *workspace, QObject *parent);

    [[nodiscard]] QString dossierId() const { return m_id; }
    void setDossierId(const QString &id);

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString code() const { return m_dossier.code; }
    [[nodiscard]] QString procedureText() const;
    [[nodiscard]] QString applicantText() const;
    [[nodiscard]] QString applicantAddress() const { return m_dossier.applicant.address; }
    [[nodiscard]] QString receivedText() const;
    [[nodiscard]] QString dueText() const;
    [[nodiscard]] QString remainingText() const;
    [[nodiscard]] bool overdue() const;
    [[nodiscard]] QString agencyName() const;
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString nationalStatusText() const;
    [[nodiscard]] QString assignee() const { return m_dossier.assignee; }
    [[nodiscard]] ChecklistModel *checklist() { return &m_checklist; }
    [[nodiscard]] HistoryModel *history() { return &m_history; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void dossierIdChanged();
    void changed();

private:
    void init();

    Workspace *m_workspace = nullptr;
    QString m_id;
    bool m_loaded = false;
    QString m_error;
    motcua::Dossier m_dossier;
    QString m_procedureName;
    ChecklistModel m_checklist;
    HistoryModel m_history;
};
