// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dossier.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

//! Who and what a dossier is, for the dossier screen's header: code, procedure,
//! applicant, the agency holding it, its state (in the UI language: re-read on a
//! language switch). DossierController owns one and fills it on reload; the
//! deadline texts stay with the controller (they follow the workspace's clock).
class DossierHeader : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by DossierController")
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString procedureText READ procedureText NOTIFY changed)
    Q_PROPERTY(QString applicantText READ applicantText NOTIFY changed)
    Q_PROPERTY(QString applicantAddress READ applicantAddress NOTIFY changed)
    Q_PROPERTY(QString agencyName READ agencyName NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString nationalStatusText READ nationalStatusText NOTIFY changed)
    Q_PROPERTY(QString assignee READ assignee NOTIFY changed)

public:
    explicit DossierHeader(QObject *parent = nullptr);

    //! `dossier` nullptr: nothing loaded (every text empty).
    void update(const motcua::Dossier *dossier, const QString &procedureName, const QString &agencyName);
    void retranslate() { Q_EMIT changed(); }

    [[nodiscard]] QString code() const { return m_dossier.code; }
    [[nodiscard]] QString procedureText() const;
    [[nodiscard]] QString applicantText() const;
    [[nodiscard]] QString applicantAddress() const { return m_dossier.applicant.address; }
    [[nodiscard]] QString agencyName() const { return m_agencyName; }
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString nationalStatusText() const;
    [[nodiscard]] QString assignee() const { return m_dossier.assignee; }

Q_SIGNALS:
    void changed();

private:
    bool m_loaded = false;
    motcua::Dossier m_dossier;
    QString m_procedureName;
    QString m_agencyName;
};
