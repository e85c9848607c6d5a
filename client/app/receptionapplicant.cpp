// SPDX-License-Identifier: GPL-3.0-or-later
#include "receptionapplicant.h"

#include <QCoreApplication>

using namespace motcua;

ReceptionApplicant::ReceptionApplicant(QObject *parent)
    : QObject(parent)
{ }

void ReceptionApplicant::set(QString &field, const QString &v)
{
    if (field == v)
        return;
    field = v;
    Q_EMIT changed();
}

void ReceptionApplicant::setIdNumber(const QString &v)
{
    if (v.trimmed() == m_typed.idNumber)
        return;
    m_typed.idNumber = v.trimmed();
    //! Another person: the records' answer for the previous number no longer applies.
    m_records.reset();
    m_message.clear();
    Q_EMIT changed();
}

QString ReceptionApplicant::sourceText() const
{
    if (m_lookingUp)
        return QCoreApplication::translate("ReceptionController", "Looking up the population records…");
    if (!m_message.isEmpty())
        return m_message;
    if (verified())
        return QCoreApplication::translate("ReceptionController",
                                           "Verified: filled from the population records (demo stand-in "
                                           "for the national population database)");
    if (m_records)
        return QCoreApplication::translate("ReceptionController",
                                           "Edited by hand after the lookup: not verified");
    return QCoreApplication::translate("ReceptionController", "Typed by hand: not verified");
}

void ReceptionApplicant::setLookingUp(bool on, const QString &message)
{
    m_lookingUp = on;
    m_message = message;
    Q_EMIT changed();
}

void ReceptionApplicant::fill(const Applicant &records)
{
    if (records.idNumber.trimmed() != m_typed.idNumber)
        return;
    m_lookingUp = false;
    m_message.clear();
    m_records = records;
    m_typed = records;
    m_typed.idNumber = records.idNumber.trimmed();
    m_records->idNumber = m_typed.idNumber;
    Q_EMIT changed();
}

void ReceptionApplicant::clear()
{
    m_typed = {};
    m_records.reset();
    m_message.clear();
    m_lookingUp = false;
    Q_EMIT changed();
}
