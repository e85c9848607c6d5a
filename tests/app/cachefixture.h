// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real profile cache filled through the store API, shared by the app's C++
// and Quick tests. "Now" is Monday 2026-11-23 09:00 in Vietnam (02:00 UTC).

#include "core/citizendocument.h"
#include "core/json.h"
#include "store/localstore.h"
#include "store/warehouserepository.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUuid>

namespace cachefixture {

inline const QString kAgency = QStringLiteral("000.00.04.H19");
inline const QString kOtherAgency = QStringLiteral("000.00.12.H19");
inline const QString kUser = QStringLiteral("chuyenvien1");

inline QDateTime now()
{
    return QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
}

inline QString fakeSha(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex());
}

//! A dossier with sane fields. due is counted in working days from now (negative = overdue).
inline motcua::Dossier dossier(int n, const QString &applicant, const QString &procedure,
                               motcua::DossierState state, int dueInWorkingDays,
                               const QString &agency = kAgency, const QString &assignee = QStringLiteral(""))
{
    motcua::WorkingCalendar cal;
    motcua::Dossier d;
    d.id = QStringLiteral("d-%1").arg(n, 6, 10, QLatin1Char('0'));
    d.code = QStringLiteral("000.00.04.H19-261120-%1").arg(n, 4, 10, QLatin1Char('0'));
    d.procedureCode = procedure;
    d.applicant.name = applicant;
    d.applicant.idNumber = QStringLiteral("0010900%1").arg(n, 5, 10, QLatin1Char('0'));
    d.applicant.address = QStringLiteral("Số %1 đường Trần Hưng Đạo, phường Hải Châu").arg(n);
    d.state = state;
    d.agencyCode = agency;
    d.assignee = assignee;
    d.receivedAt = now().addDays(-10 - (n % 7));
    if (dueInWorkingDays >= 0) {
        d.dueAt = cal.addWorkingDays(now(), dueInWorkingDays);
    } else {
        // Due |n| working days before now: walk back day by day.
        QDateTime t = now();
        int left = -dueInWorkingDays;
        while (left > 0) {
            t = t.addDays(-1);
            if (cal.isWorkingDay(motcua::WorkingCalendar::localDate(t)))
                --left;
        }
        d.dueAt = t;
    }
    if (state == motcua::DossierState::SupplementRequested) {
        d.supplementCount = 1;
        d.pausedAt = now().addDays(-2);
    }
    d.version = 3;
    motcua::Component c;
    c.id = QStringLiteral("c-%1-1").arg(n);
    c.name = QStringLiteral("Tờ khai");
    c.documentCode = QStringLiteral("TK01");
    c.sha256 = fakeSha(d.id);
    c.size = 1000;
    c.mime = QStringLiteral("application/pdf");
    c.pages = 1;
    c.kind = motcua::ComponentKind::Input;
    d.components = {c};
    return d;
}

inline QList<motcua::Procedure> procedures()
{
    auto p = [](const char *code, const char *name, int days) {
        motcua::Procedure pr;
        pr.code = QString::fromUtf8(code);
        pr.name = QString::fromUtf8(name);
        pr.processingDays = days;
        pr.requiredComponents = {{QStringLiteral("TK01"), QStringLiteral("Tờ khai"), true},
                                 {QStringLiteral("CCCD"), QStringLiteral("Căn cước công dân"), true}};
        pr.level = QStringLiteral("province");
        return pr;
    };
    return {p("1.001193", "Đăng ký khai sinh", 3), p("1.000894", "Cấp giấy phép xây dựng", 15),
            p("2.000815", "Chứng thực bản sao từ bản chính", 1), p("1.000656", "Đăng ký kết hôn", 5)};
}

//! The named dossiers the tests look for, plus `fillers` plain ones in the
//! agency for paging (applicants "Người nộp 0001"...).
inline QList<motcua::Dossier> dossiers(int fillers)
{
    using S = motcua::DossierState;
    QList<motcua::Dossier> list = {
        dossier(1, QStringLiteral("Nguyễn Văn Đạt"), QStringLiteral("1.001193"), S::InReview, 5, kAgency,
                kUser),
        dossier(2, QStringLiteral("Trần Thị Hoà"), QStringLiteral("1.000894"), S::SupplementRequested, 8),
        dossier(3, QStringLiteral("Lê Văn Bình"), QStringLiteral("2.000815"), S::InReview, -3, kAgency,
                kUser),
        dossier(4, QStringLiteral("Phạm Thị Ánh"), QStringLiteral("1.000656"), S::AwaitingApproval, 1),
        dossier(5, QStringLiteral("Đặng Văn Dũng"), QStringLiteral("1.001193"), S::Received, 4, kOtherAgency),
        dossier(6, QStringLiteral("Dương Minh Châu"), QStringLiteral("1.000894"), S::InReview, 10),
        dossier(7, QStringLiteral("Hoàng Thị Én"), QStringLiteral("1.000656"), S::InReview, 6),
    };
    for (int i = 0; i < fillers; ++i)
        list.append(dossier(100 + i, QStringLiteral("Người nộp %1").arg(i, 4, 10, QLatin1Char('0')),
                            QStringLiteral("2.000815"), S::InReview, 12 + i % 20));
    return list;
}

inline motcua::Action comment(const motcua::Dossier &d, const QString &key)
{
    motcua::Action a;
    a.kind = motcua::ActionKind::Comment;
    a.dossierId = d.id;
    a.idempotencyKey = key;
    a.baseVersion = d.version;
    a.payload = QJsonObject {{QStringLiteral("text"), QStringLiteral("Đã kiểm tra")}};
    a.createdAt = now();
    a.actor = kUser;
    return a;
}

//! Fills the store: me, agencies, procedures, dossiers, one pending action on
//! dossier 6 and one conflict on dossier 7. Returns an empty string or the error.
inline QString fill(motcua::LocalStore &store, int fillers, const QString &pdfForDossier1 = {})
{
    motcua::json::Me me;
    me.official.id = QStringLiteral("u1");
    me.official.username = kUser;
    me.official.fullName = QStringLiteral("Nguyễn Thị Thu Hà");
    me.official.agencyCode = kAgency;
    me.official.roles = {motcua::Role::Specialist};
    me.agency.code = kAgency;
    me.agency.name = QStringLiteral("Sở Tư pháp tỉnh Quảng Nam");
    me.agency.level = QStringLiteral("department");
    me.agency.parentCode = QStringLiteral("000.00.00.H19");
    if (auto s = store.syncState().setMe(me); !s.ok())
        return s.error().toString();
    motcua::Agency other;
    other.code = kOtherAgency;
    other.name = QStringLiteral("UBND xã Điện Phước");
    other.level = QStringLiteral("commune");
    other.parentCode = QStringLiteral("000.00.00.H19");
    if (auto s = store.reference().replaceAgencies({me.agency, other}); !s.ok())
        return s.error().toString();
    if (auto s = store.reference().replaceProcedures(procedures()); !s.ok())
        return s.error().toString();
    QList<motcua::Dossier> all = dossiers(fillers);
    if (!pdfForDossier1.isEmpty()) {
        //! A real document in the blob store, so the viewer has something to open.
        QFile f(pdfForDossier1);
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read ") + pdfForDossier1;
        const QByteArray pdf = f.readAll();
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        if (auto s = store.blobs().put(sha, pdf); !s.ok())
            return s.error().toString();
        all[0].components[0].sha256 = sha;
        all[0].components[0].size = pdf.size();
    }
    for (qsizetype i = 0; i < all.size(); i += 1000) {
        auto page = store.dossiers().applyChangesPage(all.mid(i, 1000), QStringLiteral("c%1").arg(i));
        if (!page.ok())
            return page.error().toString();
    }
    //! Dossier 1's history: received at the desk, forwarded, then in review here.
    auto step
        = [&](int n, motcua::ActionKind kind, const QString &agency, const QString &to,
              motcua::DossierState from, motcua::DossierState toState, int daysAgo, const QString &note) {
              motcua::HistoryStep h;
              h.id = QStringLiteral("h%1").arg(n);
              h.dossierId = all.at(0).id;
              h.action = kind;
              h.actor = n == 1 ? QStringLiteral("motcua1") : kUser;
              h.agencyCode = agency;
              h.toAgencyCode = to;
              h.fromState = from;
              h.toState = toState;
              h.at = now().addDays(-daysAgo);
              h.note = note;
              return h;
          };
    using S = motcua::DossierState;
    using K = motcua::ActionKind;
    const QList<motcua::HistoryStep> steps = {
        step(1, K::Comment, kOtherAgency, QStringLiteral(""), S::Received, S::Received, 6,
             QStringLiteral("Tiếp nhận tại Bộ phận Một cửa xã")),
        step(2, K::Forward, kOtherAgency, kAgency, S::Received, S::InReview, 5,
             QStringLiteral("Chuyển Sở Tư pháp")),
        step(3, K::Comment, kAgency, QStringLiteral(""), S::InReview, S::InReview, 1,
             QStringLiteral("Đã đối chiếu bản chính")),
    };
    if (auto s = store.dossiers().replaceHistory(all.at(0).id, steps); !s.ok())
        return s.error().toString();
    const motcua::Dossier d6 = all.at(5);
    if (auto r = store.outbox().enqueue(comment(d6, QStringLiteral("k6")), d6); !r.ok())
        return r.error().toString();
    const motcua::Dossier d7 = all.at(6);
    auto r7 = store.outbox().enqueue(comment(d7, QStringLiteral("k7")), d7);
    if (!r7.ok())
        return r7.error().toString();
    if (auto s = store.outbox().markConflict(r7.value(), QStringLiteral("another official acted first"), d7);
        !s.ok())
        return s.error().toString();
    //! Dossier 6's applicant has documents in the e-data warehouse (the reuse panel):
    //! the citizen ID card its procedure requires (code CCCD, issued by dossier 4)
    //! and an older result of a dossier that is not in this cache.
    motcua::CitizenWarehouse w;
    w.idNumber = d6.applicant.idNumber;
    w.fetchedAt = now().addSecs(-3600);
    auto doc = [](const QString &name, const QString &code, const QString &dossierId, int daysAgo) {
        motcua::CitizenDocument c;
        c.sha256 = fakeSha(QStringLiteral("warehouse-") + name);
        c.dossierId = dossierId;
        c.name = name;
        c.documentCode = code;
        c.kind = motcua::ComponentKind::Result;
        c.issuedAt = now().addDays(-daysAgo);
        c.size = 2048;
        return c;
    };
    w.documents = {doc(QStringLiteral("Giấy chứng nhận kết hôn"), QStringLiteral("KH-2024-00123"),
                       QStringLiteral("srv-2024-771"), 700),
                   doc(QStringLiteral("Căn cước công dân"), QStringLiteral("CCCD"), all.at(3).id, 200)};
    if (auto s = motcua::WarehouseRepository(store.database()).put(w); !s.ok())
        return s.error().toString();
    return {};
}

//! A Workspace (child of parent) over a new cache in dir, filled by fill() and
//! with its clock at now(). Returns an error text, empty on success.
inline QString openWorkspace(const QString &dir, int fillers, QObject *parent, ::Workspace *&out,
                             const QString &pdfForDossier1 = {})
{
    auto store = motcua::LocalStore::open(dir);
    if (!store.ok())
        return store.error().toString();
    if (const QString err = fill(*store.value(), fillers, pdfForDossier1); !err.isEmpty())
        return err;
    out = new ::Workspace(parent);
    out->adopt(std::move(store).value());
    out->setNow(now());
    return {};
}

} // namespace cachefixture
