// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionrules.h"
#include "core/actionpayload.h"
#include "core/dossier.h"
#include "core/procedure.h"
#include "core/result.h"
#include "store/outboxrepository.h"
#include "uierror.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <optional>

class Workspace;

//! The workflow actions of one dossier for the dialogs (forward, supplement,
//! approval, rework, refuse, withdraw, return, apology letter). Says which
//! actions the signed-in official may take, checks a form with the same
//! Workflow as the server (errors keyed by payload field, translated), queues
//! through motcua::ActionQueue on the UI thread's store, tells the models and
//! asks the sync worker to send it, then shows the outbox state of that action.
class ActionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString dossierId READ dossierId WRITE setDossierId NOTIFY dossierIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString applicantName READ applicantName NOTIFY changed)
    Q_PROPERTY(QString agencyCode READ agencyCode NOTIFY changed)
    Q_PROPERTY(int supplementCount READ supplementCount NOTIFY changed)
    //! A DossierState value (DossierState.None without a dossier).
    Q_PROPERTY(int state READ state NOTIFY changed)
    //! Which actions are offered, from the official's role and the dossier.
    Q_PROPERTY(ActionRules *rules READ rules CONSTANT)
    //! The procedure's components: [{code, name, required}].
    Q_PROPERTY(QVariantList requiredComponents READ requiredComponents NOTIFY changed)
    //! Field ("reason", "to_agency", "component", ...) -> translated message of the last check.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorsChanged)
    //! The last refusal that belongs to no field.
    Q_PROPERTY(UiError error READ error NOTIFY errorsChanged)
    //! An OutboxState value for the last action queued here (OutboxState.None before).
    Q_PROPERTY(int outboxState READ outboxState NOTIFY outboxChanged)
    Q_PROPERTY(QString outboxText READ outboxText NOTIFY outboxChanged)

public:
    explicit ActionController(QObject *parent = nullptr);
    ActionController(Workspace *workspace, QObject *parent);

    [[nodiscard]] QString dossierId() const { return m_id; }
    void setDossierId(const QString &id);
    [[nodiscard]] bool loaded() const { return m_dossier.has_value(); }
    [[nodiscard]] QString code() const { return m_dossier ? m_dossier->code : QString(); }
    [[nodiscard]] QString applicantName() const { return m_dossier ? m_dossier->applicant.name : QString(); }
    [[nodiscard]] QString agencyCode() const { return m_dossier ? m_dossier->agencyCode : QString(); }
    //! Wire ids of the kinds the Workflow allows now (what isAllowed() reads).
    [[nodiscard]] QStringList allowed() const { return m_allowed; }
    [[nodiscard]] int supplementCount() const { return m_dossier ? m_dossier->supplementCount : 0; }
    [[nodiscard]] int state() const { return m_dossier ? int(m_dossier->state) : -1; }
    [[nodiscard]] ActionRules *rules() { return &m_rules; }
    [[nodiscard]] const ActionRules *rules() const { return &m_rules; }
    [[nodiscard]] QVariantList requiredComponents() const;
    [[nodiscard]] QVariantMap fieldErrors() const;
    [[nodiscard]] UiError error() const { return m_error; }
    [[nodiscard]] int outboxState() const { return m_outboxState ? int(*m_outboxState) : -1; }
    [[nodiscard]] QString outboxText() const;

    Q_INVOKABLE bool isAllowed(const QString &kind) const { return m_allowed.contains(kind); }
    Q_INVOKABLE void clearErrors();
    Q_INVOKABLE void reload();

    //! Each returns true when the action was queued; false with fieldErrors/error set.
    Q_INVOKABLE bool forward(const QString &toAgency, const QString &note, int stepDays,
                             const QStringList &attachmentFiles);
    Q_INVOKABLE bool requestSupplement(const QStringList &missing, const QStringList &incorrect,
                                       const QString &text);
    Q_INVOKABLE bool receiveSupplement(const QStringList &files, const QString &note);
    Q_INVOKABLE bool submitForApproval(const QString &draftFile, const QString &note);
    Q_INVOKABLE bool approve(const QString &note);
    Q_INVOKABLE bool returnForRework(const QString &reason);
    Q_INVOKABLE bool reject(const QString &reason);
    Q_INVOKABLE bool withdraw(const QString &reason);
    Q_INVOKABLE bool returnResult(const QString &note);
    //! Generates the apology letter (new date "yyyy-MM-dd") and queues issue_apology.
    Q_INVOKABLE bool issueApology(const QString &newDate, const QString &reason);
    //! Default new date for the letter: five working days from now ("yyyy-MM-dd").
    Q_INVOKABLE QString suggestedNewDate() const;
    //! The date (YYYY-MM-DD, Vietnam) `workingDays` after the due date or the previous apology's date.
    Q_INVOKABLE QString appointmentFor(int workingDays) const;
    //! A "yyyy-MM-dd" date as the official reads it: dd/MM/yyyy in Vietnamese, the
    //! English locale's short form in English ("" for an invalid date).
    Q_INVOKABLE QString dateText(const QString &isoDate) const;
    //! Supervisor: signs the unsigned apology letter with the key chosen in Settings
    //! (QSettings group "signing") and queues issue_apology replacing it by id.
    Q_INVOKABLE bool signApology(const QString &secret);
    //! The supplement reason as combined by requestSupplement (for tests and preview).
    Q_INVOKABLE QString supplementReason(const QStringList &missing, const QStringList &incorrect,
                                         const QString &text) const;

Q_SIGNALS:
    void dossierIdChanged();
    void changed();
    void errorsChanged();
    void outboxChanged();
    void queued(const QString &kind);

private:
    void init();
    bool queue(motcua::ActionKind kind, motcua::ActionPayload payload);
    bool fail(const motcua::Error &e);
    //! A PDF file imported into the blob store; an error under `field` when it cannot be.
    std::optional<motcua::Component> pdfComponent(const QString &file, motcua::ComponentKind kind,
                                                  bool isSigned, const QString &field);
    //! The applicant's documents of a form (attachments, a supplement), imported in order.
    std::optional<QList<motcua::Component>> inputComponents(const QStringList &files, const QString &field);
    void refreshOutbox();

    Workspace *m_workspace = nullptr;
    QString m_id;
    std::optional<motcua::Dossier> m_dossier;
    std::optional<motcua::Procedure> m_procedure;
    QStringList m_allowed;
    ActionRules m_rules;
    //! Kept as errors (not text): a language switch shows them in the new language.
    QHash<QString, motcua::Error> m_fieldErrors;
    UiError m_error;
    qint64 m_outboxId = 0;
    std::optional<motcua::OutboxState> m_outboxState;
    QString m_outboxError;
};
