// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dossier.h"

#include <QObject>
#include <QQmlEngine>

//! The applicant on the reception screen: typed by the official or filled from the
//! central API's citizen lookup (GET /citizens/{id}, the stand-in for the national
//! population database), always editable. `verified` is true only while every field
//! still holds what the records said; an edit makes it "typed by hand".
class ReceptionApplicant : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by ReceptionController")
    Q_PROPERTY(QString idNumber READ idNumber WRITE setIdNumber NOTIFY changed)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY changed)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY changed)
    Q_PROPERTY(QString email READ email WRITE setEmail NOTIFY changed)
    Q_PROPERTY(bool verified READ verified NOTIFY changed)
    //! Where the details came from, or why the lookup gave nothing (translated).
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY changed)
    Q_PROPERTY(bool lookingUp READ lookingUp NOTIFY changed)

public:
    explicit ReceptionApplicant(QObject *parent = nullptr);

    [[nodiscard]] QString idNumber() const { return m_typed.idNumber; }
    [[nodiscard]] QString name() const { return m_typed.name; }
    [[nodiscard]] QString address() const { return m_typed.address; }
    [[nodiscard]] QString phone() const { return m_typed.phone; }
    [[nodiscard]] QString email() const { return m_typed.email; }
    void setIdNumber(const QString &v);
    void setName(const QString &v) { set(m_typed.name, v); }
    void setAddress(const QString &v) { set(m_typed.address, v); }
    void setPhone(const QString &v) { set(m_typed.phone, v); }
    void setEmail(const QString &v) { set(m_typed.email, v); }
    [[nodiscard]] bool verified() const { return m_records && *m_records == m_typed; }
    [[nodiscard]] QString sourceText() const;
    [[nodiscard]] bool lookingUp() const { return m_lookingUp; }

    [[nodiscard]] motcua::Applicant applicant() const { return m_typed; }
    //! The lookup started (true) or answered nothing usable (false, with the reason).
    void setLookingUp(bool on, const QString &message = {});
    //! The records' answer for `idNumber` (ignored when the official moved on to another id).
    void fill(const motcua::Applicant &records);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void set(QString &field, const QString &v);

    motcua::Applicant m_typed;
    std::optional<motcua::Applicant> m_records;
    QString m_message;
    bool m_lookingUp = false;
};
