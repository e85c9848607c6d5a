// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/citizendocument.h"
#include "core/dossier.h"
#include "rolelistmodel.h"
#include "workspace.h"

#include <QQmlEngine>

//! The reuse panel (tái sử dụng kết quả số hóa) of the dossier screen: the
//! applicant's previously digitized documents from the e-data warehouse, as cached
//! with the dossier's details by the last sync (usable offline). attach(row) queues
//! an `attach_document` action (motcua::ActionQueue) so the citizen is not asked
//! for the document again; the next sync sends it. Reloads when the cache changes.
class ReuseModel : public RoleListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString dossierId READ dossierId WRITE setDossierId NOTIFY dossierIdChanged)
    //! False until the applicant's warehouse was fetched once (never synced online).
    Q_PROPERTY(bool cached READ cached NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    //! Whether the signed-in official may attach now (state, role, agency).
    Q_PROPERTY(bool canAttach READ canAttach NOTIFY changed)
    //! The dossier's applicant; or, with no dossier (the reception screen), set to list a
    //! citizen's warehouse before their dossier exists (nothing to attach to then: canAttach false).
    Q_PROPERTY(QString applicantIdNumber READ applicantIdNumber WRITE setApplicantIdNumber NOTIFY changed)
    //! "Updated 30/11/2026 09:00" (Vietnam time) or "" when never fetched.
    Q_PROPERTY(QString fetchedText READ fetchedText NOTIFY changed)
    //! The last error (loading the cache or a refused attach), translated; "" if none.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    //! QML names (RoleListModel): name, documentCode, issuingDossier (code when cached, else id),
    //! issuedText (date, Vietnam time), sha256, kindText, attached (already a component).
    enum Role {
        NameRole = Qt::UserRole + 1,
        DocumentCodeRole,
        IssuingDossierRole,
        IssuedTextRole,
        Sha256Role,
        KindTextRole,
        AttachedRole,
    };
    Q_ENUM(Role)

    //! QML's reads the shared workspace; tests pass their own.
    explicit ReuseModel(Workspace *workspace = Workspace::instance(), QObject *parent = nullptr);

    [[nodiscard]] QString dossierId() const { return m_id; }
    void setDossierId(const QString &id);
    [[nodiscard]] bool cached() const { return m_cached; }
    [[nodiscard]] int count() const { return int(m_docs.size()); }
    [[nodiscard]] bool canAttach() const { return m_canAttach; }
    [[nodiscard]] QString applicantIdNumber() const { return m_dossier.applicant.idNumber; }
    void setApplicantIdNumber(const QString &idNumber);
    [[nodiscard]] QString fetchedText() const;
    [[nodiscard]] QString error() const { return m_error; }

    Q_INVOKABLE void reload();
    //! Queues attach_document for the document at `row` and asks for a sync.
    //! False (and `error` set) when the action is refused or the row is invalid.
    Q_INVOKABLE bool attach(int row);

Q_SIGNALS:
    void dossierIdChanged();
    void changed();
    void errorChanged();
    //! An attach was queued (the dossier now lists the document).
    void attached(const QString &name);

private:
    [[nodiscard]] int size() const override { return int(m_docs.size()); }
    [[nodiscard]] QVariant rowData(int row, int role) const override;
    void setError(const QString &e);
    void retranslate();

    Workspace *m_workspace = nullptr;
    QString m_id;
    QString m_applicantId; //!< without a dossier (reception)
    motcua::Dossier m_dossier;
    QList<motcua::CitizenDocument> m_docs;
    QHash<QString, QString> m_dossierCodes; //!< issuing dossier id -> code (cached ones)
    QDateTime m_fetchedAt;
    bool m_cached = false;
    bool m_canAttach = false;
    QString m_error;
};
