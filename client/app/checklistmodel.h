// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dossier.h"
#include "core/procedure.h"
#include "rolelistmodel.h"

#include <QQmlEngine>
#include <functional>
#include <optional>

class Workspace;

//! A dossier's components against its procedure's required-component list:
//! one row per required document (present or missing) and one per extra
//! component the dossier holds (results, apology letters, additions).
class ChecklistModel : public RoleListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DossierController")
    Q_PROPERTY(int missingCount READ missingCount NOTIFY changed)

public:
    //! QML names (RoleListModel): name, documentCode, mandatory, present, componentId, sha256,
    //! pages, signed, kind ("input", "result", "apology"), downloaded, filePath.
    enum Role {
        NameRole = Qt::UserRole + 1,
        DocumentCodeRole,
        MandatoryRole, //!< a required document of the procedure
        PresentRole,
        ComponentIdRole,
        Sha256Role,
        PagesRole,
        SignedRole,
        KindRole,
        DownloadedRole,
        FilePathRole,
    };
    Q_ENUM(Role)

    explicit ChecklistModel(QObject *parent = nullptr);

    //! blobPath(sha256) gives the local file of a downloaded document, or "".
    void reset(const motcua::Dossier &dossier, const std::optional<motcua::Procedure> &procedure,
               const std::function<QString(const QString &)> &blobPath);

    [[nodiscard]] int missingCount() const;

    //! The first row that has a downloaded document, -1 if none.
    Q_INVOKABLE int firstViewableRow() const;
    Q_INVOKABLE QString filePathAt(int row) const;
    Q_INVOKABLE QString componentIdAt(int row) const;
    Q_INVOKABLE QString sha256At(int row) const;

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] int size() const override { return int(m_rows.size()); }
    [[nodiscard]] QVariant rowData(int row, int role) const override;

    struct Row
    {
        QString name;
        QString documentCode;
        bool required = false;
        bool present = false;
        motcua::Component component;
        QString filePath;
    };
    QList<Row> m_rows;
};
