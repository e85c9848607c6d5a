// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dossier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>

namespace fixtures {

inline QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

inline motcua::Dossier dossier(const QString &id, qint64 version, const QString &applicant = QStringLiteral("Nguyễn Văn An"))
{
    motcua::Dossier d;
    d.id = id;
    d.code = QStringLiteral("000.00.04.H19-261123-") + id.rightJustified(4, QLatin1Char('0'));
    d.procedureCode = QStringLiteral("1.001234");
    d.applicant.name = applicant;
    d.applicant.idNumber = QStringLiteral("0010900") + id.rightJustified(5, QLatin1Char('0'));
    d.applicant.address = QStringLiteral("Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội");
    d.state = motcua::DossierState::InReview;
    d.agencyCode = QStringLiteral("H19.01");
    d.receivedAt = utc("2026-11-16T02:00:00");
    d.dueAt = utc("2026-11-30T10:00:00");
    d.version = version;
    motcua::Component c;
    c.id = id + QStringLiteral("-c1");
    c.name = QStringLiteral("Đơn đề nghị");
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex());
    c.size = 1234;
    c.mime = QStringLiteral("application/pdf");
    c.pages = 2;
    d.components = {c};
    return d;
}

inline motcua::Dossier tombstone(const QString &id, qint64 version)
{
    motcua::Dossier d;
    d.id = id;
    d.version = version;
    d.deleted = true;
    return d;
}

} // namespace fixtures
