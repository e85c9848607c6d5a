// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

class Workspace;

//! What the official sees after forwarding a dossier (issue 20 item 8): which
//! dossier went to which agency, with what note, step days and attachments, and
//! where the forward stands in the outbox (waiting, sent, refused). Everything is
//! read once from the queued action, so the receipt stays whole after the sync has
//! removed the dossier from this agency's cache; only the outbox state is followed.
class ForwardReceipt : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString dossierId READ dossierId NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString applicantName READ applicantName NOTIFY changed)
    Q_PROPERTY(QString toAgencyCode READ toAgencyCode NOTIFY changed)
    Q_PROPERTY(QString toAgencyName READ toAgencyName NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(QString stepText READ stepText NOTIFY changed)
    Q_PROPERTY(QStringList attachments READ attachments NOTIFY changed)
    //! "pending" (also while sending), "done", "failed", "conflict".
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)

public:
    explicit ForwardReceipt(QObject *parent = nullptr);
    ForwardReceipt(Workspace *workspace, QObject *parent);

    //! Reads the dossier's latest forward from the outbox; false (and inactive) when
    //! there is none.
    Q_INVOKABLE bool capture(const QString &dossierId);
    //! Forgets the receipt (the page shows the dossier again).
    Q_INVOKABLE void clear();

    [[nodiscard]] bool active() const { return m_outboxId != 0; }
    [[nodiscard]] QString dossierId() const { return m_dossierId; }
    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] QString applicantName() const { return m_applicant; }
    [[nodiscard]] QString toAgencyCode() const { return m_toAgency; }
    [[nodiscard]] QString toAgencyName() const;
    [[nodiscard]] QString note() const { return m_note; }
    [[nodiscard]] QString stepText() const;
    [[nodiscard]] QStringList attachments() const { return m_attachments; }
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] QString stateText() const;

Q_SIGNALS:
    void changed();

private:
    void init();
    void refresh();

    Workspace *m_workspace = nullptr;
    qint64 m_outboxId = 0;
    QString m_dossierId;
    QString m_code;
    QString m_applicant;
    QString m_toAgency;
    QString m_note;
    int m_stepDays = 0;
    QStringList m_attachments;
    QString m_state;
    QString m_error;
};
