// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoseeder.h"

#include "actionservice.h"
#include "bulkinserter.h"
#include "calendarstore.h"
#include "core/json.h"
#include "core/workflow.h"
#include "demodata.h"
#include "demosigner.h"
#include "documenthandlers.h"
#include "dossierstore.h"
#include "indicatorhandlers.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>

namespace motcua::server {

namespace {

constexpr quint32 kSeed = 20261123;
//! Demo accounts all have the password "demo"; they share one PBKDF2 hash
//! (one salt) so that seeding stays fast. Real accounts get their own salt.
constexpr int kDemoIterations = 60000;

QString toStr(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Official seedOfficial(const QString &agency, Role role)
{
    Official o;
    o.id = QStringLiteral("seed-") + agency;
    //! The demo accounts act on their own agencies' dossiers; other agencies get
    //! role-named accounts that exist only in the history.
    const int n = agency == demo::agencyA() ? 1 : agency == demo::agencyB() ? 2 : 0;
    if (n > 0)
        o.username = (role == Role::DeskStaff        ? QStringLiteral("motcua%1")
                          : role == Role::Supervisor ? QStringLiteral("lanhdao%1")
                                                     : QStringLiteral("chuyenvien%1"))
                         .arg(n);
    else
        o.username = (role == Role::DeskStaff        ? QStringLiteral("motcua.")
                          : role == Role::Supervisor ? QStringLiteral("lanhdao.")
                                                     : QStringLiteral("chuyenvien."))
            + agency.toLower();
    o.agencyCode = agency;
    o.roles = {role};
    //! History shows people's names: the demo account's, or the role's title.
    for (const demo::DemoUser &u : demo::users()) {
        if (u.username == o.username)
            o.fullName = u.fullName;
    }
    if (o.fullName.isEmpty())
        o.fullName = role == Role::DeskStaff ? QStringLiteral("Cán bộ Một cửa")
            : role == Role::Supervisor       ? QStringLiteral("Lãnh đạo")
                                             : QStringLiteral("Chuyên viên");
    return o;
}

QJsonObject componentJson(const QString &id, const DemoPdf &pdf, bool isSigned)
{
    Component c;
    c.id = id;
    c.name = pdf.name;
    c.documentCode = pdf.kind == QLatin1String("result") ? QStringLiteral("KQ") : QStringLiteral("VBXL");
    c.sha256 = pdf.sha256;
    c.size = pdf.bytes.size();
    c.mime = QStringLiteral("application/pdf");
    c.pages = pdf.pages;
    c.kind = *componentKindFromWire(pdf.kind);
    c.isSigned = isSigned;
    return json::toJson(c);
}

//! How an agency serves, for the indicators' demo figures: the provincial
//! table's own figures where it gives them (Sở Tư pháp 27.74% online and
//! 27.51% online payment, Sở Xây dựng 1.8%, Sở Công Thương 12.3%, Sở Nông
//! nghiệp và Môi trường 23.25%; 70.29% synchronised), a good commune and a
//! middling default otherwise. Percentages.
struct ServiceProfile
{
    int online = 40;
    int postal = 5;
    int paidOnline = 30;
    int synced = 75;
    int paperComponent = 8;
    int reused = 20;
    int resultOnPaper = 6;
    int paperTransfer = 20;
    int satisfied = 90;
};

ServiceProfile profileOf(const QString &agency)
{
    ServiceProfile p;
    if (agency == demo::agencyA()) // a commune that does well
        p = {62, 3, 55, 92, 2, 45, 1, 8, 95};
    else if (agency == QLatin1String("H19.01")) // Sở Tư pháp
        p = {28, 6, 28, 70, 10, 18, 4, 25, 88};
    else if (agency == QLatin1String("H19.02")) // Sở Xây dựng
        p = {35, 8, 2, 66, 20, 10, 12, 30, 82};
    else if (agency == QLatin1String("H19.04"))
        p = {45, 4, 23, 74, 12, 25, 8, 20, 84};
    else if (agency == QLatin1String("H19.08"))
        p = {50, 2, 12, 80, 6, 30, 5, 15, 91};
    return p;
}

//! The indicator fields of a demo dossier, drawn from their own generator so
//! that every other demo value stays as it was.
void drawService(Dossier &d, QRandomGenerator &g, const ServiceProfile &p)
{
    auto pct = [&g](int percent) { return int(g.bounded(100)) < percent; };
    const int roll = g.bounded(100);
    d.service.channel = roll < p.online ? SubmissionChannel::Online
        : roll < p.online + p.postal    ? SubmissionChannel::Postal
                                        : SubmissionChannel::InPerson;
    for (const Component &c : std::as_const(d.components))
        if (pct(p.reused))
            d.service.reusedComponents.append(c.id);
    d.service.paperComponents = pct(p.paperComponent) ? 1 : 0;
}

void drawOutcome(Dossier &d, QRandomGenerator &g, const ServiceProfile &p, qint64 fee, const QDateTime &last,
                 qint64 now)
{
    auto pct = [&g](int percent) { return int(g.bounded(100)) < percent; };
    const bool paid
        = fee > 0 && d.state != DossierState::AwaitingPayment && d.state != DossierState::Received;
    d.service.payment = !paid ? PaymentMethod::None
        : pct(p.paidOnline)   ? PaymentMethod::Online
                              : PaymentMethod::Desk;
    if (d.hasSignedResult())
        d.service.resultOnPaper = pct(p.resultOnPaper);
    //! Synchronised after the last change, or only at reception (stale), or never.
    if (pct(p.synced))
        d.service.nationalSyncedAt = QDateTime::fromSecsSinceEpoch(
            std::min(now - 30, last.addSecs(3600).toSecsSinceEpoch()), Qt::UTC);
    else if (pct(50))
        d.service.nationalSyncedAt = d.receivedAt.addSecs(1800);
    if (d.state == DossierState::Returned && pct(65))
        d.service.satisfaction = pct(p.satisfied)
            ? (pct(60) ? Satisfaction::VerySatisfied : Satisfaction::Satisfied)
            : Satisfaction::Dissatisfied;
}

} // namespace

Status DemoSeeder::seedIfEmpty(int size)
{
    auto q = m_ctx.db->exec(QStringLiteral("SELECT COUNT(*) FROM agencies"));
    if (!q)
        return q.error();
    if (q->next() && q->value(0).toInt() > 0) {
        qCInfo(lcServer) << "demo data already present";
        return {};
    }
    q->finish();
    QElapsedTimer t;
    t.start();
    if (auto s = m_ctx.db->begin(); !s)
        return s;
    Status s = seedDirectory();
    if (s)
        s = seedDossiers(size);
    if (!s) {
        m_ctx.db->rollback();
        return s;
    }
    if (auto c = m_ctx.db->commit(); !c)
        return c;
    // Fresh statistics after a bulk load, so the planner uses the feed index.
    if (auto a = m_ctx.db->exec(QStringLiteral("ANALYZE")); !a)
        qCWarning(lcServer) << a.error().toString();
    qCInfo(lcServer) << "seeded" << size << "demo dossiers in" << t.elapsed() << "ms";
    return {};
}

Status DemoSeeder::seedDirectory()
{
    Database *db = m_ctx.db;
    for (const Agency &a : demo::agencies()) {
        auto r = db->exec(
            QStringLiteral(
                "INSERT INTO agencies (code, name, parent_code, level, kind) VALUES (?, ?, ?, ?, ?)"),
            {a.code, a.name,
             a.parentCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.parentCode),
             a.level, a.kind});
        if (!r)
            return r.error();
    }
    for (const Procedure &p : demo::procedures()) {
        auto r = db->exec(QStringLiteral("INSERT INTO procedures (code, name, data) VALUES (?, ?, ?)"),
                          {p.code, p.name, toStr(json::toJson(p))});
        if (!r)
            return r.error();
    }
    const PasswordHash pw = AuthService::hashPassword(QStringLiteral("demo"), kDemoIterations,
                                                      QByteArrayLiteral("motcua-demo-salt"));
    for (const auto &u : demo::users()) {
        auto r = db->exec(
            QStringLiteral("INSERT INTO officials (id, username, full_name, agency_code, roles, pw_salt, "
                           "pw_hash, pw_iterations) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("u-") + u.username, u.username, u.fullName, u.agencyCode,
             u.roles.join(QLatin1Char(',')), pw.salt, pw.hash, pw.iterations});
        if (!r)
            return r.error();
    }
    if (auto st = storeIndicatorSet(db, demo::indicatorSet()); !st)
        return st;
    //! The real published 2025 and 2026 schedules and the 2027 projection (resources/calendars).
    auto years = CalendarStore::shipped();
    if (!years)
        return years.error();
    return CalendarStore(db).write(*years, QStringLiteral("demo"), m_ctx.clock.now());
}

Status DemoSeeder::seedDossiers(int size)
{
    Database *db = m_ctx.db;
    const QList<DemoPdf> pool = demoPdfPool();
    for (const DemoPdf &p : pool) {
        auto r = storeDocument(m_ctx, p.sha256, p.bytes);
        if (!r)
            return r.error();
    }
    QList<DemoPdf> inputs, results, apologies;
    for (const DemoPdf &p : pool)
        (p.kind == QLatin1String("result")        ? results
             : p.kind == QLatin1String("apology") ? apologies
                                                  : inputs)
            .append(p);

    //! Issued results are really signed (a demo CA and key in <data-dir>/demo-signing),
    //! so the desktop's badges show a valid signature once the demo root is trusted.
    //! Apology letters of late dossiers too: returning late needs a signed letter.
    DemoPdf signedResult = results.value(0);
    DemoPdf signedApology = apologies.value(0);
    if (!results.isEmpty() || !apologies.isEmpty()) {
        auto signer = DemoSigner::loadOrCreate(DemoSigner::directory(m_ctx.config.dataDir));
        if (!signer)
            return signer.error();
        for (DemoPdf *pdf : {&signedResult, &signedApology}) {
            if (pdf->bytes.isEmpty())
                continue;
            auto bytes = signer.value()->sign(pdf->bytes, m_ctx.clock.now());
            if (!bytes)
                return bytes.error();
            pdf->bytes = bytes.value();
            pdf->sha256 = QString::fromLatin1(
                QCryptographicHash::hash(pdf->bytes, QCryptographicHash::Sha256).toHex());
            if (auto r = storeDocument(m_ctx, pdf->sha256, pdf->bytes); !r)
                return r.error();
        }
    }

    ActionService actions(db, m_store);
    if (auto s = actions.reload(); !s)
        return s;
    const WorkingCalendar &cal = actions.calendar();
    const QList<Procedure> procs = demo::procedures();
    const QList<Agency> agencies = demo::agencies();
    QStringList others;
    for (const Agency &a : agencies) {
        if (a.code != demo::agencyA() && a.code != demo::agencyB() && a.level != QLatin1String("province"))
            others.append(a.code);
    }
    others << QStringLiteral("H19.20") << QStringLiteral("H19.21") << QStringLiteral("H19.22");
    auto levelOf = [&](const QString &code) {
        for (const Agency &a : agencies)
            if (a.code == code)
                return a.level;
        return QString();
    };

    QRandomGenerator rng(kSeed);
    const QStringList fam = demo::familyNames(), mid = demo::middleNames(), giv = demo::givenNames(),
                      str = demo::streets();
    //! Timestamps are relative to the seeding day (midnight UTC) so that due dates,
    //! overdue flags and the dashboard look current; everything else is fixed.
    const QDateTime base = QDateTime(m_ctx.clock.now().date(), QTime(0, 0), Qt::UTC);
    auto seqQ = db->exec(QStringLiteral("SELECT value FROM feed_counter WHERE id = 1"));
    if (!seqQ || !seqQ->next())
        return Database::storageError(QStringLiteral("feed_counter"), QStringLiteral("missing"));
    qint64 seq = seqQ->value(0).toLongLong();
    seqQ->finish();

    BulkInserter insD(db->db(), QStringLiteral("dossiers"),
                      {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("agency_code"),
                       QStringLiteral("state"), QStringLiteral("version"), QStringLiteral("applicant_id"),
                       QStringLiteral("updated_at"), QStringLiteral("data")});
    BulkInserter insH(db->db(), QStringLiteral("history"),
                      {QStringLiteral("dossier_id"), QStringLiteral("at"), QStringLiteral("data")});
    BulkInserter insC(db->db(), QStringLiteral("changes"),
                      {QStringLiteral("agency_code"), QStringLiteral("dossier_id"), QStringLiteral("seq"),
                       QStringLiteral("deleted"), QStringLiteral("version"), QStringLiteral("changed_at")});
    BulkInserter insW(db->db(), QStringLiteral("citizen_documents"),
                      {QStringLiteral("id_number"), QStringLiteral("sha256"), QStringLiteral("dossier_id"),
                       QStringLiteral("name"), QStringLiteral("document_code"), QStringLiteral("kind"),
                       QStringLiteral("issued_at")},
                      QStringLiteral("ON CONFLICT DO NOTHING"));
    BulkInserter insL(db->db(), QStringLiteral("dossier_documents"),
                      {QStringLiteral("sha256"), QStringLiteral("dossier_id")},
                      QStringLiteral("ON CONFLICT DO NOTHING"));
    auto run = [](BulkInserter &b, const QVariantList &row) { return b.add(row); };

    static const QList<QPair<DossierState, int>> mix {{DossierState::Received, 15},
                                                      {DossierState::InReview, 25},
                                                      {DossierState::SupplementRequested, 8},
                                                      {DossierState::AwaitingPayment, 5},
                                                      {DossierState::AwaitingApproval, 10},
                                                      {DossierState::Approved, 7},
                                                      {DossierState::ResultIssued, 8},
                                                      {DossierState::Returned, 12},
                                                      {DossierState::Rejected, 5},
                                                      {DossierState::Withdrawn, 5}};
    const qint64 now = m_ctx.clock.now().toSecsSinceEpoch();

    //! Citizens who already received a result (in the e-data warehouse): some of
    //! the dossiers still open come from them again, so the reuse panel has
    //! something to offer. Chosen without the random generator, so every other
    //! demo value stays as it was.
    QList<Applicant> returning;
    QRandomGenerator service(kSeed + 766);
    for (int i = 0; i < size; ++i) {
        const int pick = rng.bounded(10);
        const QString agency = pick < 4 ? demo::agencyA()
            : pick < 6                  ? demo::agencyB()
                                        : others[rng.bounded(others.size())];
        QList<Procedure> fit;
        for (const Procedure &p : procs)
            if (p.level == levelOf(agency)
                || (agency == demo::agencyB() && p.code == QLatin1String("1.001612")))
                fit.append(p);
        if (fit.isEmpty())
            fit = procs;
        const Procedure proc = fit[rng.bounded(fit.size())];
        int roll = rng.bounded(100);
        DossierState target = DossierState::Received;
        for (const auto &m : mix) {
            if (roll < m.second) {
                target = m.first;
                break;
            }
            roll -= m.second;
        }
        const bool forwarded = target == DossierState::InReview && rng.bounded(4) == 0;
        const QString startAgency
            = forwarded ? (agency == demo::agencyA() ? demo::agencyB() : demo::agencyA()) : agency;

        Dossier d;
        d.id = QStringLiteral("HS%1").arg(i + 1, 7, 10, QLatin1Char('0'));
        const QDateTime received = base.addSecs(-qint64(rng.bounded(45 * 24)) * 3600 - 7 * 3600 + 9 * 3600);
        d.code = QStringLiteral("%1-%2-%3")
                     .arg(startAgency, received.toString(QStringLiteral("yyMMdd")))
                     .arg(i + 1, 6, 10, QLatin1Char('0'));
        d.applicant.name = fam[rng.bounded(fam.size())] + QLatin1Char(' ') + mid[rng.bounded(mid.size())]
            + QLatin1Char(' ') + giv[rng.bounded(giv.size())];
        d.applicant.idNumber = QStringLiteral("0190%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
        d.applicant.address = QStringLiteral("Số %1, %2, tỉnh Thái Nguyên")
                                  .arg(rng.bounded(200) + 1)
                                  .arg(str[rng.bounded(str.size())]);
        d.applicant.phone = QStringLiteral("09%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
        if (rng.bounded(3) == 0)
            d.applicant.email = QStringLiteral("congdan%1@example.vn").arg(i + 1);
        const bool open = target == DossierState::Received || target == DossierState::InReview
            || target == DossierState::SupplementRequested;
        if (open && i % 4 == 0 && !returning.isEmpty())
            d.applicant = returning.at((i / 4) % returning.size());
        d.agencyCode = startAgency;
        const int ncomp = 1 + rng.bounded(3);
        for (int c = 0; c < ncomp; ++c) {
            const DemoPdf &pdf = inputs[rng.bounded(inputs.size())];
            Component comp;
            comp.id = d.id + QStringLiteral("-c%1").arg(c + 1);
            comp.name = c < proc.requiredComponents.size() ? proc.requiredComponents[c].name : pdf.name;
            comp.documentCode
                = c < proc.requiredComponents.size() ? proc.requiredComponents[c].documentCode : QString();
            comp.sha256 = pdf.sha256;
            comp.size = pdf.bytes.size();
            comp.mime = QStringLiteral("application/pdf");
            comp.pages = pdf.pages;
            d.components.append(comp);
        }
        d = Workflow::receive(d, proc, cal, received);
        const ServiceProfile profile = profileOf(agency);
        drawService(d, service, profile);
        const bool paperTransfer = int(service.bounded(100)) < profile.paperTransfer;

        QList<HistoryStep> steps;
        QDateTime at = received;
        auto act = [&](ActionKind kind, Role role, QJsonObject payload) -> bool {
            at = at.addSecs(3600 * (2 + rng.bounded(30)));
            if (at.toSecsSinceEpoch() > now)
                at = QDateTime::fromSecsSinceEpoch(now - 60, Qt::UTC);
            Action a;
            a.kind = kind;
            a.dossierId = d.id;
            a.createdAt = at;
            a.payload = std::move(payload);
            const Official who = seedOfficial(d.agencyCode, role);
            a.actor = who.username;
            auto out = Workflow::run(d, a, who, cal, proc, at);
            if (!out)
                return false;
            out->step.id = d.id + QStringLiteral("-%1").arg(steps.size() + 1);
            d = out->dossier;
            steps.append(out->step);
            return true;
        };
        const QJsonObject reason {
            {QStringLiteral("reason"), QStringLiteral("Thiếu bản sao giấy tờ tùy thân có chứng thực")}};
        bool ok = true;
        if (target == DossierState::AwaitingPayment) {
            ok = act(ActionKind::RequestPayment, Role::DeskStaff,
                     {{QStringLiteral("amount"), qMax<qint64>(proc.fee, 10000)}});
        } else if (target == DossierState::Withdrawn) {
            ok = act(ActionKind::Withdraw, Role::DeskStaff,
                     {{QStringLiteral("reason"), QStringLiteral("Công dân xin rút hồ sơ")}});
        } else if (target != DossierState::Received) {
            ok = act(ActionKind::StartReview, Role::Specialist, {});
            if (ok && forwarded)
                ok = act(
                    ActionKind::Forward, Role::Specialist,
                    {{QStringLiteral("to_agency"), agency},
                     {QStringLiteral("note"), QStringLiteral("Chuyển liên thông để phối hợp giải quyết")},
                     {QStringLiteral("transfer"),
                      paperTransfer ? QStringLiteral("paper") : QStringLiteral("electronic")}});
            if (ok && target == DossierState::SupplementRequested)
                ok = act(ActionKind::RequestSupplement, Role::Specialist, reason);
            if (ok && target == DossierState::Rejected)
                ok = act(
                    ActionKind::Reject, Role::Specialist,
                    {{QStringLiteral("reason"), QStringLiteral("Hồ sơ không đủ điều kiện theo quy định")}});
            const bool further = target == DossierState::AwaitingApproval || target == DossierState::Approved
                || target == DossierState::ResultIssued || target == DossierState::Returned;
            if (ok && further)
                ok = act(ActionKind::SubmitForApproval, Role::Specialist,
                         {{QStringLiteral("note"), QStringLiteral("Đủ điều kiện, trình lãnh đạo phê duyệt")},
                          //! the draft result the supervisor signs (same id: sign_result replaces it)
                          {QStringLiteral("component"),
                           componentJson(d.id + QStringLiteral("-kq"), results[0], false)}});
            if (ok && further && target != DossierState::AwaitingApproval)
                ok = act(ActionKind::Approve, Role::Supervisor, {});
            if (ok && (target == DossierState::ResultIssued || target == DossierState::Returned))
                ok = act(ActionKind::SignResult, Role::Supervisor,
                         {{QStringLiteral("component"),
                           componentJson(d.id + QStringLiteral("-kq"), signedResult, true)}});
            if (ok && target == DossierState::Returned) {
                if (!act(ActionKind::ReturnResult, Role::DeskStaff, {})) {
                    //! The desk drafts the letter with a new date, the supervisor signs it.
                    ok = act(ActionKind::IssueApology, Role::DeskStaff,
                             {{QStringLiteral("component"),
                               componentJson(d.id + QStringLiteral("-xl"), apologies[0], false)},
                              {QStringLiteral("extra_days"), 10}})
                        && act(ActionKind::IssueApology, Role::Supervisor,
                               {{QStringLiteral("component"),
                                 componentJson(d.id + QStringLiteral("-xl"), signedApology, true)}})
                        && act(ActionKind::ReturnResult, Role::DeskStaff, {});
                }
            }
        }
        if (!ok)
            qCDebug(lcServer) << "demo dossier" << d.id << "stopped at" << toWire(d.state);
        drawOutcome(d, service, profile, proc.fee, at, now);

        if (auto s = run(insD,
                         {d.id, d.code, d.agencyCode, toWire(d.state), d.version, d.applicant.idNumber, now,
                          QString::fromUtf8(DossierStore::encode(d))});
            !s)
            return s;
        for (const HistoryStep &h : steps) {
            if (auto s = run(insH, {d.id, h.at.toSecsSinceEpoch(), toStr(json::toJson(h))}); !s)
                return s;
        }
        if (forwarded) {
            if (auto s = run(insC, {startAgency, d.id, ++seq, 1, d.version, now}); !s)
                return s;
        }
        if (auto s = run(insC, {d.agencyCode, d.id, ++seq, 0, d.version, now}); !s)
            return s;
        if (d.hasSignedResult())
            returning.append(d.applicant);
        QSet<QString> linked;
        for (const Component &c : d.components) {
            if (!linked.contains(c.sha256)) {
                linked.insert(c.sha256);
                if (auto s = run(insL, {c.sha256, d.id}); !s)
                    return s;
            }
            if (c.kind != ComponentKind::Result)
                continue;
            if (auto s = run(insW,
                             {d.applicant.idNumber, c.sha256, d.id, c.name, c.documentCode, toWire(c.kind),
                              at.toSecsSinceEpoch()});
                !s)
                return s;
        }
    }
    for (BulkInserter *b : {&insD, &insH, &insC, &insW, &insL}) {
        if (auto s = b->flush(); !s)
            return s;
    }
    auto u = db->exec(QStringLiteral("UPDATE feed_counter SET value = ? WHERE id = 1"), {seq});
    if (!u)
        return u.error();
    return {};
}

} // namespace motcua::server
