// SPDX-License-Identifier: GPL-3.0-or-later
//! The legal clock across the real server and real clients (issue 16), with the
//! server's clock injected (--clock, PUT /demo/clock): no sleeping, no wall clock.
//! 1. Calendars: an administrator imports a year through the API; a client syncs
//!    it; due dates of new dossiers follow it (client and server); malformed input
//!    (API and `motcua-central calendar import`) changes nothing; non-admins are refused.
//! 2. Offline work: a supervisor signs a result offline the day before the due date
//!    and syncs two days later: the dossier is on time, the history shows both times,
//!    the desk returns it without an apology; the signature made offline gets its time
//!    stamp before the push and keeps its date. An action dated a month ago or in the
//!    future is refused with a clear problem, shown in the outbox.
#include "batch/queuedtimestamps.h"
#include "core/calendarfile.h"
#include "core/deadline.h"
#include "core/json.h"
#include "core/lunarcalendar.h"
#include "core/workflow.h"
#include "signing/pdfsigner.h"
#include "signing/pkcs12signer.h"
#include "signing/signingfixture.h"
#include "signing/timestampupgrade.h"
#include "store/outboxrepository.h"
#include "store/referencerepository.h"
#include "sync/actionqueue.h"
#include "syncfixture.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().toString()));                          \
    } while (false)

namespace {
//! Monday 2 March 2026, 10:00 in Hà Nội: the server's time when the demo is seeded.
const QDateTime kT0(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC);
const QString kA = QStringLiteral("H19.X01");

QDateTime vn(int y, int mo, int d, int h, int mi)
{
    return WorkingCalendar::fromLocal(QDate(y, mo, d), QTime(h, mi));
}
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}
} // namespace

class TestE2eClock : public QObject
{
    Q_OBJECT
    TestServer m_server {
        {QStringLiteral("--demo-size"), QStringLiteral("300"), QStringLiteral("--clock"), iso(kT0)}};
    std::unique_ptr<Client> m_admin, m_sup, m_desk;

    Result<HttpReply> call(Client &c, const QByteArray &verb, const QString &path,
                           const QJsonObject &body = {})
    {
        return c.api().send(verb, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                            {{"Content-Type", "application/json"}});
    }
    void setServerClock(const QDateTime &t)
    {
        auto r = call(*m_admin, "PUT", QStringLiteral("/demo/clock"), {{QStringLiteral("now"), iso(t)}});
        QVERIFY(r.ok() && r->status == 200);
    }
    QJsonObject due(const QDateTime &received, int days)
    {
        auto r = m_admin->api().getJson(
            QStringLiteral("/calendar/due?received_at=%1&days=%2").arg(iso(received)).arg(days));
        return r ? *r : QJsonObject();
    }
    QJsonObject year(int y)
    {
        auto r = m_admin->api().getJson(QStringLiteral("/calendar?year=%1").arg(y));
        return r ? *r : QJsonObject();
    }
    Dossier server(Client &c, const QString &id)
    {
        auto o = c.api().getJson(QStringLiteral("/dossiers/%1").arg(id));
        auto d = o ? json::parse<Dossier>(*o) : Result<Dossier>(o.error());
        return d ? *d : Dossier();
    }
    QList<Dossier> cachedIn(Client &c, DossierState state)
    {
        QList<Dossier> out;
        InboxQuery q;
        q.limit = 0;
        auto items = DossierRepository(c.db()).list(q);
        if (items) {
            for (const InboxItem &i : std::as_const(*items)) {
                if (i.dossier.agencyCode == kA && i.dossier.state == state)
                    out.append(i.dossier);
            }
        }
        return out;
    }
    //! The 2027 schedule "published" by the government in this test: the projection
    //! plus a bridge Friday 12/02 swapped with Saturday 20/02.
    CalendarYear published2027()
    {
        CalendarYear y = lunar::projectedYear(2027);
        y.status = CalendarStatus::Published;
        y.source = QStringLiteral("test: published arrangement");
        y.holidays.append(QDate(2027, 2, 12));
        y.holidayNames.insert(QDate(2027, 2, 12), QStringLiteral("Nghỉ hoán đổi (làm bù thứ Bảy 20/02)"));
        y.workingDays = {QDate(2027, 2, 20)};
        return y;
    }
    int runCentral(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(MOTCUA_BIN_DIR "/motcua-central"),
                QStringList {QStringLiteral("calendar")} + args
                    + QStringList {QStringLiteral("--db"), QStringLiteral("sqlite:") + m_server.dbPath()});
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorOutput()));
        m_admin = std::make_unique<Client>(m_server.port(), QStringLiteral("admin"));
        m_sup = std::make_unique<Client>(m_server.port(), QStringLiteral("lanhdao1"));
        m_desk = std::make_unique<Client>(m_server.port(), QStringLiteral("motcua1"));
        for (Client *c : {m_admin.get(), m_sup.get(), m_desk.get()})
            VERIFY_OK(c->setUp());
    }

    //! R1, R11: the demo ships 2025-2026 published and 2027 projected; 2028 is missing.
    void shippedCalendars()
    {
        QCOMPARE(year(2026).value(QStringLiteral("status")).toString(), QStringLiteral("published"));
        QVERIFY(year(2026)
                    .value(QStringLiteral("working_days"))
                    .toArray()
                    .contains(QStringLiteral("2026-01-10")));
        QCOMPARE(year(2027).value(QStringLiteral("status")).toString(), QStringLiteral("projected"));
        QCOMPARE(year(2028).value(QStringLiteral("status")).toString(), QStringLiteral("missing"));
        auto list = m_admin->api().getJson(QStringLiteral("/admin/calendar"));
        VERIFY_OK(list);
        const QJsonArray warnings = list->value(QStringLiteral("warnings")).toArray();
        QVERIFY(!warnings.isEmpty()); // 2027 projected, 2028 missing (server year 2026)
        QVERIFY(warnings.first().toString().contains(QStringLiteral("2027")));
        // A non-admin official is refused.
        auto denied = call(*m_sup, "GET", QStringLiteral("/admin/calendar"));
        QVERIFY(denied.ok());
        QCOMPARE(denied->status, 403);
    }

    //! An administrator imports 2027; a client syncs it; new dossiers' due dates follow it.
    void adminImportsAYear()
    {
        // Received Wed 03/02/2027 09:00, 3 working days: Tết (05-11/02) in between.
        const QDateTime received = vn(2027, 2, 3, 9, 0);
        QJsonObject before = due(received, 3);
        QCOMPARE(before.value(QStringLiteral("due_at")).toString(), iso(vn(2027, 2, 15, 9, 0)));
        QVERIFY(before.value(QStringLiteral("provisional")).toBool());

        auto denied
            = call(*m_sup, "PUT", QStringLiteral("/admin/calendar/2027"), json::toJson(published2027()));
        QVERIFY(denied.ok());
        QCOMPARE(denied->status, 403);
        auto put
            = call(*m_admin, "PUT", QStringLiteral("/admin/calendar/2027"), json::toJson(published2027()));
        QVERIFY(put.ok());
        QCOMPARE(put->status, 200);

        // The server's deadlines follow it at once: 12/02 is off now, and 2027 is published.
        const QJsonObject after = due(received, 3);
        QCOMPARE(after.value(QStringLiteral("due_at")).toString(), iso(vn(2027, 2, 16, 9, 0)));
        QVERIFY(!after.value(QStringLiteral("provisional")).toBool());

        // A client syncs it and receives a new dossier with it.
        VERIFY_OK(m_desk->engine().syncOnce());
        auto years = ReferenceRepository(m_desk->db()).calendarYears();
        VERIFY_OK(years);
        bool found = false;
        for (const CalendarYear &y : *years) {
            if (y.year == 2027) {
                found = true;
                QCOMPARE(y.status, CalendarStatus::Published);
                QVERIFY(y.holidays.contains(QDate(2027, 2, 12)));
                QCOMPARE(y.workingDays, QList<QDate> {QDate(2027, 2, 20)});
            }
        }
        QVERIFY(found);
        auto cal = ReferenceRepository(m_desk->db()).workingCalendar();
        VERIFY_OK(cal);
        Procedure proc;
        proc.code = QStringLiteral("1.000894");
        proc.processingDays = 3;
        const Dossier fresh = Workflow::receive(Dossier(), proc, *cal, received);
        QCOMPARE(fresh.dueAt, vn(2027, 2, 16, 9, 0));
        QVERIFY(!fresh.dueProvisional);
        // The swapped Saturday counts: received Fri 19/02 09:00 + 1 day = Sat 20/02 09:00.
        QCOMPARE(Workflow::receive(Dossier(), proc, *cal, vn(2027, 2, 19, 9, 0)).dueAt,
                 vn(2027, 2, 23, 9, 0));
        proc.processingDays = 1;
        QCOMPARE(Workflow::receive(Dossier(), proc, *cal, vn(2027, 2, 19, 9, 0)).dueAt,
                 vn(2027, 2, 20, 9, 0));
    }

    //! Malformed calendars change nothing: the API and the command line, all or nothing.
    void malformedChangesNothing()
    {
        const QJsonObject stored = year(2027);
        QJsonObject bad = json::toJson(published2027());
        bad.insert(QStringLiteral("working_days"), QJsonArray {QStringLiteral("2027-02-22")}); // a Monday
        auto r = call(*m_admin, "PUT", QStringLiteral("/admin/calendar/2027"), bad);
        QVERIFY(r.ok());
        QCOMPARE(r->status, 400);
        QCOMPARE(r->json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("calendar.working_day_not_weekend"));
        QJsonObject noStatus = json::toJson(published2027());
        noStatus.remove(QStringLiteral("status"));
        r = call(*m_admin, "PUT", QStringLiteral("/admin/calendar/2027"), noStatus);
        QCOMPARE(r->status, 400);
        r = call(*m_admin, "PUT", QStringLiteral("/admin/calendar/2026"), json::toJson(published2027()));
        QCOMPARE(r->status, 400);
        QCOMPARE(r->json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("calendar.year_mismatch"));
        QCOMPARE(year(2027), stored);

        // A file whose second year is broken: the first (valid) one is not imported either.
        QTemporaryDir dir;
        CalendarYear y2028 = lunar::projectedYear(2028);
        CalendarYear broken = y2028;
        broken.year = 2029;
        broken.holidays = {QDate(2028, 5, 1)}; // a date of another year
        QJsonObject file = QJsonDocument::fromJson(calendarfile::write({y2028})).object();
        QJsonArray years = file.value(QStringLiteral("years")).toArray();
        QJsonObject b = json::toJson(broken);
        years.append(b);
        file.insert(QStringLiteral("years"), years);
        QFile f(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(file).toJson());
        f.close();
        QByteArray out;
        QCOMPARE(runCentral({QStringLiteral("import"), f.fileName()}, &out), 1);
        QVERIFY2(out.contains("nothing was changed") && out.contains("years[1].holidays[0]"),
                 out.constData());
        QCOMPARE(year(2028).value(QStringLiteral("status")).toString(), QStringLiteral("missing"));

        // The valid file is imported by the command line, and the running server uses it.
        QFile g(dir.filePath(QStringLiteral("good.json")));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(calendarfile::write({y2028}));
        g.close();
        QCOMPARE(runCentral({QStringLiteral("import"), g.fileName()}, &out), 0);
        QCOMPARE(year(2028).value(QStringLiteral("status")).toString(), QStringLiteral("projected"));
        // 01/01/2028 is a Saturday: made up on Monday 03/01 (Labor Code Art. 112(3)).
        QCOMPARE(due(vn(2027, 12, 31, 9, 0), 1).value(QStringLiteral("due_at")).toString(),
                 iso(vn(2028, 1, 4, 9, 0)));
        const QString exportPath = dir.filePath(QStringLiteral("export.json"));
        QCOMPARE(runCentral({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2027"),
                             QStringLiteral("--out"), exportPath}),
                 0);
        QFile e(exportPath);
        QVERIFY(e.open(QIODevice::ReadOnly));
        auto exported = calendarfile::parse(e.readAll());
        VERIFY_OK(exported);
        QCOMPARE(exported->first(), published2027());
    }

    //! R13: offline work counts when it was done.
    void offlineSignatureTheDayBeforeIsOnTime()
    {
        auto cal = ReferenceRepository(m_sup->db()).workingCalendar();
        VERIFY_OK(cal);
        // An approved dossier whose due date leaves a working day after the demo's time.
        Dossier target;
        QDateTime acted;
        for (const Dossier &d :
             cachedIn(*m_sup, DossierState::Approved) + cachedIn(*m_sup, DossierState::AwaitingApproval)) {
            QDate day = WorkingCalendar::localDate(d.dueAt).addDays(-1);
            while (!cal->isWorkingDay(day))
                day = day.addDays(-1);
            const QDateTime t = WorkingCalendar::fromLocal(day, QTime(10, 0));
            if (t > kT0 && t < d.dueAt && d.supplementCount <= 1) {
                target = d;
                acted = t;
                break;
            }
        }
        QVERIFY2(!target.id.isEmpty(), "no dossier awaiting signature due after the demo's time");
        // The signed result (the demo's signed PDF, already on the server), as a new component.
        Component result;
        for (const Dossier &d : cachedIn(*m_sup, DossierState::ResultIssued)) {
            for (const Component &c : d.components) {
                if (c.kind == ComponentKind::Result && c.isSigned)
                    result = c;
            }
        }
        QVERIFY(!result.sha256.isEmpty());
        result.id = target.id + QStringLiteral("-offline-kq");
        //! Signed offline at that time: B-B, with room kept for the time stamp.
        SigningFixture fx;
        QVERIFY(fx.setUp());
        auto signer = signing::Pkcs12Signer::open(fx.p12(), fx.p12Password());
        VERIFY_OK(signer);
        signing::SignOptions options;
        options.signingTime = acted;
        options.reserveTimestamp = true;
        auto signedPdf = signing::PdfSigner::sign(SigningFixture::makePdf(1, QStringLiteral("Kết quả")),
                                                  **signer, options);
        VERIFY_OK(signedPdf);
        QCOMPARE(signing::TimestampUpgrade::hasTimestamp(*signedPdf).valueOr(true), false);
        result.sha256
            = QString::fromLatin1(QCryptographicHash::hash(*signedPdf, QCryptographicHash::Sha256).toHex());
        result.size = signedPdf->size();
        VERIFY_OK(m_sup->blobs().put(result.sha256, *signedPdf));
        //! Offline, the supervisor approves (if not yet) and signs, the day before the due date.
        if (target.state == DossierState::AwaitingApproval) {
            VERIFY_OK(ActionQueue(m_sup->db()).queue(target, ActionKind::Approve, {}, acted));
            auto approved = DossierRepository(m_sup->db()).get(target.id);
            QVERIFY(approved.ok() && approved->has_value());
            target = **approved;
        }
        auto signedId = ActionQueue(m_sup->db())
                            .queue(target, ActionKind::SignResult,
                                   {{QStringLiteral("component"), json::toJson(result)}}, acted);
        VERIFY_OK(signedId);
        // Two days later (after the due date) the supervisor is back online.
        const QDateTime back = std::max(acted.addDays(2), target.dueAt.addDays(1));
        QVERIFY(back > target.dueAt);
        setServerClock(back);
        //! As the desk and the CLI do: the time stamp is added before the push. It says
        //! "now" (the time-stamp service's clock, months after the demo's), and still the
        //! action keeps the time the official acted: the signature was made then.
        m_sup->engine().setBeforePush(batch::stampBeforePush(
            m_sup->db(), m_sup->blobs(),
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/tsa").arg(m_server.port()))));
        VERIFY_OK(m_sup->engine().syncOnce());
        m_sup->engine().setBeforePush({});
        auto sent = OutboxRepository(m_sup->db()).get(*signedId);
        QVERIFY(sent.ok() && sent->has_value());
        QVERIFY2((*sent)->state == OutboxState::Done, qPrintable((*sent)->lastError));
        const Dossier done = server(*m_sup, target.id);
        QCOMPARE(done.state, DossierState::ResultIssued);
        QCOMPARE(done.finishedAt, acted);
        //! The server holds the stamped document: same signed bytes, a time stamp added.
        Component sentResult;
        for (const Component &c : done.components) {
            if (c.id == result.id)
                sentResult = c;
        }
        QVERIFY(sentResult.sha256 != result.sha256);
        QCOMPARE(sentResult.size, result.size);
        QVERIFY(sentResult.isSigned);
        auto onServer = m_sup->api().send("GET", QStringLiteral("/documents/") + sentResult.sha256);
        VERIFY_OK(onServer);
        QCOMPARE(onServer->status, 200);
        QVERIFY(signing::TimestampUpgrade::hasTimestamp(onServer->body).valueOr(false));
        QVERIFY(deadline::finishedOnTime(done, *cal));
        auto history = m_sup->api().getJson(QStringLiteral("/dossiers/%1/history").arg(target.id));
        VERIFY_OK(history);
        const QJsonObject last = history->value(QStringLiteral("items")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("sign_result"));
        QCOMPARE(last.value(QStringLiteral("at")).toString(), iso(acted));
        QCOMPARE(last.value(QStringLiteral("recorded_at")).toString(), iso(back));
        // The desk returns it two days "late" by the server's clock: no apology needed.
        VERIFY_OK(m_desk->engine().syncOnce());
        auto cached = DossierRepository(m_desk->db()).get(target.id);
        QVERIFY(cached.ok() && cached->has_value());
        VERIFY_OK(ActionQueue(m_desk->db()).queue(**cached, ActionKind::ReturnResult, {}, back));
        VERIFY_OK(m_desk->engine().syncOnce());
        QCOMPARE(server(*m_desk, target.id).state, DossierState::Returned);
    }

    //! Acted-at outside the bounds: a clear problem, kept in the outbox as failed.
    void actedAtOutOfBoundsIsRefused()
    {
        const QDateTime now = kT0.addDays(5);
        setServerClock(now);
        VERIFY_OK(m_sup->engine().syncOnce());
        const QList<Dossier> open = cachedIn(*m_sup, DossierState::AwaitingApproval);
        QVERIFY(open.size() >= 2);
        struct Case
        {
            QDateTime at;
            QString code;
            QString words;
        };
        const QList<Case> cases {
            {now.addDays(-30), QStringLiteral("action.acted_at_too_old"),
             QStringLiteral("longer ago than the province allows")},
            {now.addDays(1), QStringLiteral("action.acted_at_future"),
             QStringLiteral("check this computer's clock")},
        };
        for (int i = 0; i < cases.size(); ++i) {
            auto id = ActionQueue(m_sup->db())
                          .queue(open[i], ActionKind::Comment,
                                 {{QStringLiteral("text"), QStringLiteral("Đã xem")}}, cases[i].at);
            VERIFY_OK(id);
            (void)m_sup->engine().syncOnce(); //!< reports the refusal; the entry says which
            auto entry = OutboxRepository(m_sup->db()).get(*id);
            QVERIFY(entry.ok() && entry->has_value());
            QCOMPARE((*entry)->state, OutboxState::Failed);
            QCOMPARE((*entry)->serverResponse.value(QStringLiteral("code")).toString(), cases[i].code);
            QVERIFY2((*entry)->lastError.contains(cases[i].words), qPrintable((*entry)->lastError));
            // Nothing was recorded on the server.
            QCOMPARE(server(*m_sup, open[i].id).version, open[i].version);
        }
    }

    //! A result cannot be dated before its signature says it was made (/M).
    void actedAtBeforeItsSignatureIsRefused()
    {
        const QDateTime now = kT0.addDays(5);
        setServerClock(now);
        VERIFY_OK(m_sup->engine().syncOnce());
        const QList<Dossier> open = cachedIn(*m_sup, DossierState::AwaitingApproval);
        QVERIFY(!open.isEmpty());
        Dossier target = open.last();
        VERIFY_OK(ActionQueue(m_sup->db()).queue(target, ActionKind::Approve, {}, now.addDays(-2)));
        VERIFY_OK(m_sup->engine().syncOnce());
        auto approved = DossierRepository(m_sup->db()).get(target.id);
        QVERIFY(approved.ok() && approved->has_value());
        target = **approved;
        QCOMPARE(target.state, DossierState::Approved);
        SigningFixture fx;
        QVERIFY(fx.setUp());
        auto signer = signing::Pkcs12Signer::open(fx.p12(), fx.p12Password());
        VERIFY_OK(signer);
        signing::SignOptions options;
        options.signingTime = now.addSecs(-3600);
        auto signedPdf = signing::PdfSigner::sign(SigningFixture::makePdf(1, QStringLiteral("Kết quả")),
                                                  **signer, options);
        VERIFY_OK(signedPdf);
        Component result;
        result.id = target.id + QStringLiteral("-late-kq");
        result.kind = ComponentKind::Result;
        result.name = QStringLiteral("ket-qua.pdf");
        result.mime = QStringLiteral("application/pdf");
        result.isSigned = true;
        result.sha256
            = QString::fromLatin1(QCryptographicHash::hash(*signedPdf, QCryptographicHash::Sha256).toHex());
        result.size = signedPdf->size();
        VERIFY_OK(m_sup->blobs().put(result.sha256, *signedPdf));
        //! Dated a day before the signature it sends.
        auto id = ActionQueue(m_sup->db())
                      .queue(target, ActionKind::SignResult,
                             {{QStringLiteral("component"), json::toJson(result)}}, now.addDays(-1));
        VERIFY_OK(id);
        (void)m_sup->engine().syncOnce();
        auto entry = OutboxRepository(m_sup->db()).get(*id);
        QVERIFY(entry.ok() && entry->has_value());
        QCOMPARE((*entry)->state, OutboxState::Failed);
        QCOMPARE((*entry)->serverResponse.value(QStringLiteral("code")).toString(),
                 QStringLiteral("action.acted_at_before_signing"));
        QVERIFY2((*entry)->lastError.contains(QStringLiteral("cannot come before its signature")),
                 qPrintable((*entry)->lastError));
        QCOMPARE(server(*m_sup, target.id).state, DossierState::Approved);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_MAIN(TestE2eClock) // QGuiApplication: the signing fixture draws its PDFs
#include "tst_e2e_clock.moc"
