// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierheader.h"

#include "displaytext.h"

using namespace motcua;

DossierHeader::DossierHeader(QObject *parent)
    : QObject(parent)
{ }

void DossierHeader::update(const Dossier *dossier, const QString &procedureName, const QString &agencyName)
{
    m_loaded = dossier != nullptr;
    m_dossier = dossier ? *dossier : Dossier();
    m_procedureName = dossier ? procedureName : QString();
    m_agencyName = dossier ? agencyName : QString();
    Q_EMIT changed();
}

QString DossierHeader::procedureText() const
{
    if (!m_loaded)
        return {};
    return m_procedureName.isEmpty()
        ? m_dossier.procedureCode
        : QStringLiteral("%1 — %2").arg(m_dossier.procedureCode, m_procedureName);
}

QString DossierHeader::applicantText() const
{
    if (!m_loaded)
        return {};
    if (m_dossier.applicant.idNumber.isEmpty())
        return m_dossier.applicant.name;
    return QStringLiteral("%1 (%2)").arg(m_dossier.applicant.name, m_dossier.applicant.idNumber);
}

QString DossierHeader::stateText() const
{
    return m_loaded ? displayName(m_dossier.state) : QString();
}

QString DossierHeader::nationalStatusText() const
{
    return m_loaded ? displaytext::nationalStatus(m_dossier.nationalStatus()) : QString();
}
