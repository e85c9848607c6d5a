// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklistmodel.h"
#include "core/dossier.h"
#include "dossierheader.h"
#include "historymodel.h"
#include "uierror.h"

#include <QObject>
#include <QQmlEngine>

class Workspace;

//! One dossier for the dossier screen, read from the local cache: the header
//! (DossierHeader), the deadline texts at the workspace's "now", the component
//! checklist and the history timeline. Reloads when the
//! cache changes (a sync) and retranslates on a language switch.
class DossierController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString dossierId READ dossierId WRITE setDossierId NOTIFY dossierIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(UiError error READ error NOTIFY changed)
    //! Code, procedure, applicant, agency and state texts.
    Q_PROPERTY(DossierHeader *header READ header CONSTANT)
    Q_PROPERTY(QString receivedText READ receivedText NOTIFY changed)
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY changed)
    Q_PROPERTY(bool overdue READ overdue NOTIFY changed)
    Q_PROPERTY(ChecklistModel *checklist READ checklist CONSTANT)
    Q_PROPERTY(HistoryModel *history READ history CONSTANT)

public:
    explicit DossierController(QObject *parent = nullptr);
    DossierController(Workspace *workspace, QObject *parent);

    [[nodiscard]] QString dossierId() const { return m_id; }
    void setDossierId(const QString &id);

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] UiError error() const { return m_error; }
    [[nodiscard]] DossierHeader *header() { return &m_header; }
    [[nodiscard]] QString receivedText() const;
    [[nodiscard]] QString dueText() const;
    [[nodiscard]] QString remainingText() const;
    [[nodiscard]] bool overdue() const;
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
    UiError m_error;
    motcua::Dossier m_dossier;
    DossierHeader m_header;
    ChecklistModel m_checklist;
    HistoryModel m_history;
};
