// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
//! Shared test data for the core tests: a small valid dossier, officials, payloads.

#include "core/action.h"
#include "core/dossier.h"
#include "core/json.h"
#include "core/official.h"
#include "core/procedure.h"
#include "core/workingcalendar.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace motcua::test {

inline QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

//! Wall-clock time in Vietnam (UTC+7).
inline QDateTime vn(int y, int mo, int d, int h, int mi)
{
    return WorkingCalendar::fromLocal(QDate(y, mo, d), QTime(h, mi));
}

inline QString hexDigest(char c)
{
    return QString(64, QLatin1Char(c));
}

inline Component component(const QString &id, ComponentKind kind, bool isSigned)
{
    Component c;
    c.id = id;
    c.name = QStringLiteral("Tờ khai %1").arg(id);
    c.documentCode = QStringLiteral("GT-%1").arg(id);
    c.sha256 = hexDigest(kind == ComponentKind::Input ? 'a' : (kind == ComponentKind::Result ? 'b' : 'c'));
    c.size = 123456;
    c.mime = QStringLiteral("application/pdf");
    c.pages = 3;
    c.kind = kind;
    c.isSigned = isSigned;
    return c;
}

inline Dossier dossier(DossierState state = DossierState::InReview)
{
    Dossier d;
    d.id = QStringLiteral("D-0001");
    d.code = QStringLiteral("000.00.04.H19-261123-0001");
    d.procedureCode = QStringLiteral("1.001234");
    d.applicant = {QStringLiteral("Nguyễn Thị Hà"), QStringLiteral("001190012345"),
                   QStringLiteral("12 Lê Lợi, phường Bến Thành, TP. Hồ Chí Minh"),
                   QStringLiteral("0901234567"), QStringLiteral("ha.nguyen@example.vn")};
    d.state = state;
    d.agencyCode = QStringLiteral("H19.01");
    d.assignee = QStringLiteral("chuyenvien1");
    d.receivedAt = utc(2026, 11, 23, 1, 30);
    d.dueAt = utc(2026, 11, 30, 1, 30);
    d.stepDueAt = d.dueAt;
    d.version = 7;
    d.components = {component(QStringLiteral("c1"), ComponentKind::Input, false)};
    return d;
}

inline Official official(Role role, const QString &agency = QStringLiteral("H19.01"))
{
    Official o;
    o.id = QStringLiteral("u-%1").arg(toWire(role));
    o.username = toWire(role) + QStringLiteral("1");
    o.fullName = QStringLiteral("Trần Văn Bình");
    o.agencyCode = agency;
    o.roles = {role};
    return o;
}

inline Procedure procedure(int days = 5)
{
    Procedure p;
    p.code = QStringLiteral("1.001234");
    p.name = QStringLiteral("Cấp giấy phép xây dựng");
    p.processingDays = days;
    p.requiredComponents = {{QStringLiteral("GT-01"), QStringLiteral("Đơn đề nghị"), true},
                            {QStringLiteral("GT-02"), QStringLiteral("Bản vẽ thiết kế"), false}};
    p.retentionYears = 20;
    p.fee = 150000;
    p.level = QStringLiteral("province");
    return p;
}

inline Annotation annotation(const Dossier &d)
{
    Annotation a;
    a.id = QStringLiteral("an-1");
    a.dossierId = d.id;
    a.componentId = d.components.first().id;
    a.page = 1;
    a.kind = AnnotationKind::Ink;
    a.rect = QRectF(0.25, 0.5, 0.5, 0.25);
    a.points = {QPointF(0.25, 0.5), QPointF(0.75, 0.75)};
    a.text = QStringLiteral("Thiếu chữ ký");
    a.color = QStringLiteral("#ff0000");
    a.author = QStringLiteral("chuyenvien1");
    a.createdAt = utc(2026, 11, 23, 2, 0);
    a.updatedAt = utc(2026, 11, 23, 2, 5);
    a.version = 2;
    return a;
}

//! A payload that passes validation for `kind` on `d`.
inline QJsonObject validPayload(ActionKind kind, const Dossier &d)
{
    switch (kind) {
    case ActionKind::Assign:
        return {{QStringLiteral("assignee"), QStringLiteral("chuyenvien2")}};
    case ActionKind::Annotate:
        return {{QStringLiteral("annotation"), json::toJson(annotation(d))}};
    case ActionKind::Comment:
        return {{QStringLiteral("text"), QStringLiteral("Đã kiểm tra")}};
    case ActionKind::Forward:
        return {{QStringLiteral("to_agency"), QStringLiteral("H19.02")},
                {QStringLiteral("note"), QStringLiteral("Liên thông")}};
    case ActionKind::RequestSupplement:
    case ActionKind::ReturnForRework:
    case ActionKind::Reject:
        return {{QStringLiteral("reason"), QStringLiteral("Thiếu bản vẽ")}};
    case ActionKind::SignResult:
        return {{QStringLiteral("component"),
                 json::toJson(component(QStringLiteral("r9"), ComponentKind::Result, true))}};
    case ActionKind::IssueApology:
        return {{QStringLiteral("component"),
                 json::toJson(component(QStringLiteral("ap9"), ComponentKind::Apology, true))},
                {QStringLiteral("extra_days"), 3}};
    case ActionKind::AttachDocument:
        return {{QStringLiteral("components"),
                 QJsonArray {json::toJson(component(QStringLiteral("reuse9"), ComponentKind::Input, true))}}};
    default:
        return {};
    }
}

inline Action action(ActionKind kind, const Dossier &d, const QDateTime &at = utc(2026, 11, 24, 2, 0))
{
    Action a;
    a.kind = kind;
    a.dossierId = d.id;
    a.idempotencyKey = QStringLiteral("key-") + toWire(kind);
    a.baseVersion = d.version;
    a.payload = validPayload(kind, d);
    a.createdAt = at;
    a.actor = QStringLiteral("someone");
    return a;
}

} // namespace motcua::test
