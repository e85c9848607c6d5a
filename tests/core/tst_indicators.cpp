// SPDX-License-Identifier: GPL-3.0-or-later
//! Every indicator formula on hand-built dossier sets, with the edge cases of
//! Decision 766: supplement pauses, apology letters, withdrawn and rejected
//! dossiers, a forward between agencies counted once; periods, trend, scores.
#include "core/indicators.h"
#include "core/json.h"
#include "core/workflow.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {

IndicatorDefinition def(const QString &id, IndicatorGroup g, IndicatorUnit unit, PeriodRule period,
                        const QString &num, const QString &den, double weight, double target)
{
    IndicatorDefinition d;
    d.id = id;
    d.group = g;
    d.name = id;
    d.unit = unit;
    d.period = period;
    d.numerator = num;
    d.denominator = den;
    d.weight = weight;
    d.target = target;
    return d;
}

IndicatorSet set(QList<IndicatorDefinition> defs)
{
    IndicatorSet s;
    s.province = QStringLiteral("H19");
    s.indicators = std::move(defs);
    return s;
}

const IndicatorDefinition kOnline
    = def(QStringLiteral("online_dossiers"), IndicatorGroup::Online, IndicatorUnit::Dossier,
          PeriodRule::Received, QStringLiteral("online"), QStringLiteral("received"), 12, 50);
const IndicatorDefinition kOnTime
    = def(QStringLiteral("on_time"), IndicatorGroup::Progress, IndicatorUnit::Dossier, PeriodRule::Finished,
          QStringLiteral("on_time"), QStringLiteral("finished"), 12, 100);

//! A dossier received at `received` (UTC), due five days later, with one input.
Dossier make(const QString &id, const QDateTime &received)
{
    Dossier d = dossier(DossierState::Received);
    d.id = id;
    d.receivedAt = received;
    d.dueAt = received.addDays(5);
    d.stepDueAt = d.dueAt;
    d.components = {component(id + QStringLiteral("-c1"), ComponentKind::Input, false)};
    return d;
}

Dossier finish(Dossier d, const QDateTime &at, DossierState state = DossierState::Returned)
{
    d.state = state;
    d.finishedAt = at;
    if (state == DossierState::ResultIssued || state == DossierState::Returned)
        d.components.append(component(d.id + QStringLiteral("-kq"), ComponentKind::Result, true));
    return d;
}

const IndicatorResult &result(const IndicatorReport &r, const QString &id)
{
    for (const IndicatorResult &x : r.results)
        if (x.definition.id == id)
            return x;
    qFatal("no indicator %s", qPrintable(id));
}

Period period(const QString &text)
{
    auto p = Period::parse(text);
    if (!p)
        qFatal("bad period %s", qPrintable(text));
    return *p;
}

} // namespace

class TstIndicators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void periods();
    void badPeriod();
    void onlineRateCountsReceivedOnly();
    void onTimeWithSupplementPausesWithdrawnAndRejected();
    void apologyOfLateDossiers();
    void forwardCountedOnce();
    void paymentReuseResultsSyncSatisfaction();
    void monthsTrendScoresAndRag();
    void drillDownListsExactlyTheDossiersBehindANumber();
    void definitionCodec();
    void wireNamesAreTheContracts();
    void dossierServiceRecordCodec();
    void workflowRecordsTransfersPaymentAndReuse();
};

void TstIndicators::periods()
{
    const Period q3 = period(QStringLiteral("2026-Q3"));
    QCOMPARE(q3.first, QDate(2026, 7, 1));
    QCOMPARE(q3.last, QDate(2026, 9, 30));
    QCOMPARE(q3.months(), (QList<QDate> {QDate(2026, 7, 1), QDate(2026, 8, 1), QDate(2026, 9, 1)}));
    QCOMPARE(q3.previous().first, QDate(2026, 4, 1));
    QCOMPARE(q3.previous().last, QDate(2026, 6, 30));
    QCOMPARE(period(QStringLiteral("2026-02")).last, QDate(2026, 2, 28));
    QCOMPARE(period(QStringLiteral("2026-01")).previous().first, QDate(2025, 12, 1));
    QCOMPARE(period(QStringLiteral("2026")).previous().last, QDate(2025, 12, 31));
    const Period custom = period(QStringLiteral("2026-07-10..2026-07-19"));
    QCOMPARE(custom.previous().first, QDate(2026, 6, 30));
    QCOMPARE(custom.previous().last, QDate(2026, 7, 9));
    QCOMPARE(custom.months().size(), 1);
    //! The day is Vietnam's: 17:00 UTC on 30 June is 1 July 00:00 in Hà Nội.
    QVERIFY(q3.contains(utc(2026, 6, 30, 17, 0)));
    QVERIFY(!q3.contains(utc(2026, 6, 30, 16, 59)));
    QVERIFY(!q3.contains(utc(2026, 9, 30, 17, 0)));
    QVERIFY(!q3.contains(QDateTime()));
}

void TstIndicators::badPeriod()
{
    for (const QString &bad : {QStringLiteral("2026-Q5"), QStringLiteral("2026-13"), QStringLiteral("Q3"),
                               QStringLiteral("2026-09-30..2026-07-01"), QString()}) {
        auto p = Period::parse(bad);
        QVERIFY2(!p, qPrintable(bad));
        QCOMPARE(p.error().code, QStringLiteral("indicators.bad_period"));
    }
}

void TstIndicators::onlineRateCountsReceivedOnly()
{
    QList<Dossier> ds;
    for (int i = 0; i < 3; ++i) {
        Dossier d = make(QStringLiteral("ON%1").arg(i), utc(2026, 7, 2 + i, 2, 0));
        d.service.channel = SubmissionChannel::Online;
        ds.append(d);
    }
    Dossier postal = make(QStringLiteral("PO"), utc(2026, 7, 5, 2, 0));
    postal.service.channel = SubmissionChannel::Postal;
    ds.append(postal);
    ds.append(make(QStringLiteral("DESK"), utc(2026, 8, 5, 2, 0)));
    Dossier refused = make(QStringLiteral("REF"), utc(2026, 8, 6, 2, 0)); // never received
    refused.service.channel = SubmissionChannel::Online;
    refused.state = DossierState::Rejected;
    refused.rejectedAtReception = true;
    ds.append(refused);
    Dossier before = make(QStringLiteral("OLD"), utc(2026, 6, 30, 16, 0)); // 23:00 on 30 June in Vietnam
    before.service.channel = SubmissionChannel::Online;
    ds.append(before);
    Dossier gone = make(QStringLiteral("TOMB"), utc(2026, 7, 9, 2, 0));
    gone.deleted = true;
    ds.append(gone);
    Dossier withdrawn = make(QStringLiteral("WD"), utc(2026, 9, 1, 2, 0)); // received: counts here
    withdrawn.state = DossierState::Withdrawn;
    withdrawn.finishedAt = utc(2026, 9, 2, 2, 0);
    ds.append(withdrawn);

    const IndicatorReport r = computeIndicators(set({kOnline}), ds, period(QStringLiteral("2026-Q3")));
    const IndicatorResult &online = result(r, QStringLiteral("online_dossiers"));
    QCOMPARE(online.total, (Tally {3, 6}));
    QCOMPARE(*online.total.percent(), 50.0);
    QCOMPARE(online.previous, (Tally {1, 1}));
    QCOMPARE(online.months, (QList<Tally> {{3, 4}, {0, 1}, {0, 1}}));
}

void TstIndicators::onTimeWithSupplementPausesWithdrawnAndRejected()
{
    const WorkingCalendar cal;
    const Procedure proc = procedure(5);
    Official specialist = official(Role::Specialist);
    specialist.roles = {Role::Specialist, Role::Supervisor, Role::DeskStaff};
    auto run = [&](Dossier d, ActionKind kind, const QDateTime &at, QJsonObject payload = {}) {
        Action a;
        a.kind = kind;
        a.dossierId = d.id;
        a.createdAt = at;
        a.payload = payload;
        auto out = Workflow::run(d, a, specialist, cal, proc, at);
        if (!out)
            qFatal("%s", qPrintable(out.error().toString()));
        return out->dossier;
    };
    const QJsonObject reason {{QStringLiteral("reason"), QStringLiteral("Thiếu giấy tờ")}};
    //! Received Mon 6 July 2026 08:00 (Vietnam), due after 5 working days.
    Dossier base = Workflow::receive(dossier(DossierState::Received), proc, cal, vn(2026, 7, 6, 8, 0));
    base = run(base, ActionKind::StartReview, vn(2026, 7, 6, 9, 0));
    const QDateTime due = base.dueAt;

    //! One pause of 3 working days: finishing 2 working days after the original
    //! due date is still on time, because the due date moved out by the pause.
    Dossier paused = run(base, ActionKind::RequestSupplement, vn(2026, 7, 7, 9, 0), reason);
    paused = run(paused, ActionKind::ReceiveSupplement, vn(2026, 7, 10, 9, 0));
    QVERIFY(paused.dueAt > due);
    paused.id = QStringLiteral("PAUSED");
    paused = finish(paused, cal.addWorkingSeconds(due, 2 * 8 * 3600));
    QVERIFY(paused.finishedAt > due);

    //! Two supplement requests: late by rule whatever the dates.
    Dossier twice = run(base, ActionKind::RequestSupplement, vn(2026, 7, 7, 9, 0), reason);
    twice = run(twice, ActionKind::ReceiveSupplement, vn(2026, 7, 7, 10, 0));
    twice = run(twice, ActionKind::RequestSupplement, vn(2026, 7, 7, 11, 0), reason);
    twice = run(twice, ActionKind::ReceiveSupplement, vn(2026, 7, 7, 12, 0));
    twice.id = QStringLiteral("TWICE");
    twice = finish(twice, vn(2026, 7, 8, 9, 0));

    Dossier quick = base;
    quick.id = QStringLiteral("QUICK");
    quick = finish(quick, vn(2026, 7, 8, 9, 0));
    Dossier slow = base;
    slow.id = QStringLiteral("SLOW");
    slow = finish(slow, due.addSecs(60));
    Dossier stopped
        = base; // rejected during processing: finished, neither on time nor late (legal clock R-rules)
    stopped.id = QStringLiteral("STOP");
    stopped = run(stopped, ActionKind::Reject, vn(2026, 7, 9, 9, 0), reason);
    Dossier withdrawn = base; // withdrawn: no outcome of the agency, not counted
    withdrawn.id = QStringLiteral("WD");
    withdrawn.state = DossierState::Withdrawn;
    withdrawn.finishedAt = due.addDays(3);
    Dossier refused = Workflow::receive(dossier(DossierState::Received), proc, cal, vn(2026, 7, 6, 8, 0));
    refused.id = QStringLiteral("REF");
    refused = run(refused, ActionKind::Reject, vn(2026, 7, 6, 9, 0), reason);
    QVERIFY(refused.rejectedAtReception);
    Dossier open = base; // not finished: not in the denominator
    open.id = QStringLiteral("OPEN");

    const IndicatorDefinition late
        = def(QStringLiteral("late"), IndicatorGroup::Progress, IndicatorUnit::Dossier, PeriodRule::Finished,
              QStringLiteral("late"), QStringLiteral("finished"), 0, 0);
    const QList<Dossier> ds {paused, twice, quick, slow, stopped, withdrawn, refused, open};
    const IndicatorReport r = computeIndicators(set({kOnTime, late}), ds, period(QStringLiteral("2026-07")));
    QCOMPARE(result(r, QStringLiteral("on_time")).total, (Tally {2, 5}));
    QCOMPARE(result(r, QStringLiteral("late")).total, (Tally {2, 5}));
    QCOMPARE(indicatorDossierIds(set({kOnTime}), QStringLiteral("on_time"), ds,
                                 period(QStringLiteral("2026-07")), DrillDown::Missing),
             (QStringList {QStringLiteral("TWICE"), QStringLiteral("SLOW"), QStringLiteral("STOP")}));
}

void TstIndicators::apologyOfLateDossiers()
{
    const IndicatorDefinition apology
        = def(QStringLiteral("apology"), IndicatorGroup::Progress, IndicatorUnit::Dossier,
              PeriodRule::Finished, QStringLiteral("late_apology"), QStringLiteral("late"), 4, 100);
    Dossier lateWithLetter
        = finish(make(QStringLiteral("L1"), utc(2026, 7, 1, 2, 0)), utc(2026, 7, 20, 2, 0));
    lateWithLetter.components.append(component(QStringLiteral("L1-xl"), ComponentKind::Apology, false));
    Dossier lateWithout = finish(make(QStringLiteral("L2"), utc(2026, 7, 1, 2, 0)), utc(2026, 7, 20, 2, 0));
    Dossier onTimeWithLetter
        = finish(make(QStringLiteral("T1"), utc(2026, 7, 1, 2, 0)), utc(2026, 7, 2, 2, 0));
    onTimeWithLetter.components.append(component(QStringLiteral("T1-xl"), ComponentKind::Apology, false));
    const IndicatorReport r = computeIndicators(
        set({apology}), {lateWithLetter, lateWithout, onTimeWithLetter}, period(QStringLiteral("2026-Q3")));
    const IndicatorResult &a = result(r, QStringLiteral("apology"));
    QCOMPARE(a.total, (Tally {1, 2}));
    QCOMPARE(a.rag, Rag::Red);
}

void TstIndicators::forwardCountedOnce()
{
    const IndicatorDefinition transfers = def(
        QStringLiteral("electronic_transfer"), IndicatorGroup::Progress, IndicatorUnit::Transfer,
        PeriodRule::Transferred, QStringLiteral("electronic_transfer"), QStringLiteral("transfer"), 4, 80);
    Dossier d = make(QStringLiteral("FW"), utc(2026, 7, 1, 2, 0));
    d.agencyCode = QStringLiteral("H19.03");
    d.service.transfers
        = {{QStringLiteral("H19.01"), QStringLiteral("H19.02"), utc(2026, 7, 2, 2, 0), true},
           {QStringLiteral("H19.02"), QStringLiteral("H19.03"), utc(2026, 7, 3, 2, 0), false}};
    Dossier local = make(QStringLiteral("LOC"), utc(2026, 7, 1, 3, 0));
    local.agencyCode = QStringLiteral("H19.01");
    const IndicatorReport r = computeIndicators(set({transfers, kOnline}), {d, local},
                                                period(QStringLiteral("2026-07")), Breakdown::Agency);
    const IndicatorResult &t = result(r, QStringLiteral("electronic_transfer"));
    QCOMPARE(t.total, (Tally {1, 2}));
    //! Each forward under the agency that sent it, once.
    QCOMPARE(t.byKey.value(QStringLiteral("H19.01")), (Tally {1, 1}));
    QCOMPARE(t.byKey.value(QStringLiteral("H19.02")), (Tally {0, 1}));
    QVERIFY(!t.byKey.contains(QStringLiteral("H19.03")));
    //! The forwarded dossier is one dossier: counted once, at the agency holding it.
    const IndicatorResult &o = result(r, QStringLiteral("online_dossiers"));
    QCOMPARE(o.total.denominator, 2);
    QCOMPARE(o.byKey.value(QStringLiteral("H19.03")).denominator, 1);
    QCOMPARE(o.byKey.value(QStringLiteral("H19.01")).denominator, 1);
    QCOMPARE(o.byKey.size(), 2);
    QCOMPARE(indicatorDossierIds(set({transfers}), QStringLiteral("electronic_transfer"), {d, local},
                                 period(QStringLiteral("2026-07")), DrillDown::Missing, Breakdown::Agency,
                                 QStringLiteral("H19.02")),
             QStringList {QStringLiteral("FW")});
}

void TstIndicators::paymentReuseResultsSyncSatisfaction()
{
    const QList<IndicatorDefinition> defs {
        def(QStringLiteral("online_payment"), IndicatorGroup::Online, IndicatorUnit::Dossier,
            PeriodRule::Received, QStringLiteral("paid_online"), QStringLiteral("paid"), 10, 45),
        def(QStringLiteral("reuse"), IndicatorGroup::Digitization, IndicatorUnit::Component,
            PeriodRule::Received, QStringLiteral("reused_component"), QStringLiteral("input_component"), 4,
            50),
        def(QStringLiteral("digitized"), IndicatorGroup::Digitization, IndicatorUnit::Dossier,
            PeriodRule::Received, QStringLiteral("digitized"), QStringLiteral("received"), 8, 100),
        def(QStringLiteral("e_results"), IndicatorGroup::Digitization, IndicatorUnit::Dossier,
            PeriodRule::Finished, QStringLiteral("result_electronic"), QStringLiteral("result_issued"), 6,
            100),
        def(QStringLiteral("signed"), IndicatorGroup::Digitization, IndicatorUnit::Dossier,
            PeriodRule::Finished, QStringLiteral("result_signed"), QStringLiteral("result_electronic"), 4,
            100),
        def(QStringLiteral("sync"), IndicatorGroup::Publicity, IndicatorUnit::Dossier, PeriodRule::Received,
            QStringLiteral("synced"), QStringLiteral("received"), 18, 100),
        def(QStringLiteral("satisfaction"), IndicatorGroup::Satisfaction, IndicatorUnit::Dossier,
            PeriodRule::Finished, QStringLiteral("satisfied"), QStringLiteral("rated"), 18, 90),
    };
    IndicatorDefinition land = defs.last();
    land.id = QStringLiteral("satisfaction_land");
    land.procedures = {QStringLiteral("1.000001")};
    land.target = 85;

    Dossier a = finish(make(QStringLiteral("A"), utc(2026, 7, 1, 2, 0)), utc(2026, 7, 3, 2, 0));
    a.service.payment = PaymentMethod::Online;
    a.components.append(component(QStringLiteral("A-c2"), ComponentKind::Input, false));
    a.service.reusedComponents = {QStringLiteral("A-c2"), QStringLiteral("not-an-input")};
    a.service.nationalSyncedAt = utc(2026, 7, 3, 3, 0); // after it finished
    a.service.satisfaction = Satisfaction::VerySatisfied;
    a.procedureCode = QStringLiteral("1.000001");
    Dossier b = finish(make(QStringLiteral("B"), utc(2026, 7, 1, 2, 0)), utc(2026, 7, 3, 2, 0));
    b.service.payment = PaymentMethod::Desk;
    b.service.paperComponents = 1; // one required component kept on paper
    b.service.nationalSyncedAt = utc(2026, 7, 2, 2, 0); // before it finished: result not synchronised
    b.service.satisfaction = Satisfaction::Dissatisfied;
    b.service.resultOnPaper = true;
    Dossier c = finish(make(QStringLiteral("C"), utc(2026, 7, 1, 2, 0)), utc(2026, 7, 3, 2, 0));
    c.components.last().isSigned = false; // electronic result, unsigned
    c.service.satisfaction = Satisfaction::Satisfied;
    Dossier d = make(QStringLiteral("D"), utc(2026, 7, 1, 2, 0)); // free, open, synced
    d.service.nationalSyncedAt = utc(2026, 7, 1, 3, 0);

    QList<IndicatorDefinition> all = defs;
    all.append(land);
    const IndicatorReport r = computeIndicators(set(all), {a, b, c, d}, period(QStringLiteral("2026-07")));
    QCOMPARE(result(r, QStringLiteral("online_payment")).total, (Tally {1, 2}));
    QCOMPARE(result(r, QStringLiteral("reuse")).total,
             (Tally {1, 6})); // A: 2 inputs, B: 1 + 1 on paper, C, D
    QCOMPARE(result(r, QStringLiteral("digitized")).total, (Tally {3, 4}));
    QCOMPARE(result(r, QStringLiteral("e_results")).total, (Tally {2, 3}));
    QCOMPARE(result(r, QStringLiteral("signed")).total, (Tally {1, 2}));
    QCOMPARE(result(r, QStringLiteral("sync")).total, (Tally {2, 4}));
    QCOMPARE(result(r, QStringLiteral("satisfaction")).total, (Tally {2, 3}));
    QCOMPARE(result(r, QStringLiteral("satisfaction_land")).total, (Tally {1, 1}));
}

void TstIndicators::monthsTrendScoresAndRag()
{
    QList<Dossier> ds;
    //! June: 1 of 4 online; July: 3 of 5; August: 0 of 0; September: 2 of 2.
    auto add = [&](int month, int day, bool online) {
        Dossier d = make(QStringLiteral("M%1").arg(ds.size()), utc(2026, month, day, 2, 0));
        if (online)
            d.service.channel = SubmissionChannel::Online;
        ds.append(d);
    };
    for (int i = 0; i < 4; ++i)
        add(6, 2 + i, i == 0);
    for (int i = 0; i < 5; ++i)
        add(7, 2 + i, i < 3);
    add(9, 2, true);
    add(9, 3, true);
    IndicatorDefinition amber = kOnline;
    amber.id = QStringLiteral("amber");
    amber.target = 75; // 5 of 7 = 71.4%: within 10 points
    IndicatorDefinition red = kOnline;
    red.id = QStringLiteral("red");
    red.target = 90; // 71.4% is more than 10 points below
    red.group = IndicatorGroup::Publicity;
    red.weight = 18;
    IndicatorDefinition empty = kOnTime; // nothing finished: no data
    const IndicatorReport r
        = computeIndicators(set({kOnline, amber, red, empty}), ds, period(QStringLiteral("2026-Q3")));
    const IndicatorResult &o = result(r, QStringLiteral("online_dossiers"));
    QCOMPARE(o.total, (Tally {5, 7}));
    QCOMPARE(o.previous, (Tally {1, 4}));
    QCOMPARE(o.months, (QList<Tally> {{3, 5}, {0, 0}, {2, 2}}));
    QVERIFY(!o.months[1].percent().has_value());
    QCOMPARE(o.rag, Rag::Green);
    QCOMPARE(*o.score, 12.0);
    QCOMPARE(result(r, QStringLiteral("amber")).rag, Rag::Amber);
    QCOMPARE(result(r, QStringLiteral("red")).rag, Rag::Red);
    QCOMPARE(result(r, QStringLiteral("on_time")).rag, Rag::NoData);
    QVERIFY(!result(r, QStringLiteral("on_time")).score);
    const double redScore = 18 * (500.0 / 7) / 90;
    QCOMPARE(*result(r, QStringLiteral("red")).score, redScore);
    //! Online group: 12 (green) + 12 * 71.43/75; Progress has no data and is left out
    //! of the total, which is scaled to 100 over the groups that have data.
    double onlineGroup = 0, publicity = 0;
    for (const GroupScore &g : r.groups) {
        if (g.group == IndicatorGroup::Online)
            onlineGroup = *g.score;
        if (g.group == IndicatorGroup::Publicity)
            publicity = *g.score;
        if (g.group == IndicatorGroup::Progress)
            QVERIFY(!g.score);
    }
    QCOMPARE(onlineGroup, 12 + 12 * (500.0 / 7) / 75);
    QCOMPARE(publicity, redScore);
    QCOMPARE(*r.score, (onlineGroup + publicity) * 100 / (24 + 18));
}

void TstIndicators::drillDownListsExactlyTheDossiersBehindANumber()
{
    QList<Dossier> ds;
    for (int i = 0; i < 6; ++i) {
        Dossier d = make(QStringLiteral("X%1").arg(i), utc(2026, 7, 1 + i, 2, 0));
        d.service.channel = i % 2 ? SubmissionChannel::Online : SubmissionChannel::InPerson;
        d.assignee = i < 3 ? QStringLiteral("chuyenvien1") : QStringLiteral("chuyenvien2");
        ds.append(d);
    }
    const IndicatorSet s = set({kOnline});
    const Period p = period(QStringLiteral("2026-07"));
    QCOMPARE(indicatorDossierIds(s, kOnline.id, ds, p, DrillDown::Numerator),
             (QStringList {QStringLiteral("X1"), QStringLiteral("X3"), QStringLiteral("X5")}));
    QCOMPARE(indicatorDossierIds(s, kOnline.id, ds, p, DrillDown::Missing),
             (QStringList {QStringLiteral("X0"), QStringLiteral("X2"), QStringLiteral("X4")}));
    QCOMPARE(indicatorDossierIds(s, kOnline.id, ds, p, DrillDown::Denominator).size(), 6);
    QCOMPARE(indicatorDossierIds(s, kOnline.id, ds, p, DrillDown::Missing, Breakdown::Official,
                                 QStringLiteral("chuyenvien2")),
             QStringList {QStringLiteral("X4")});
    const IndicatorReport r = computeIndicators(s, ds, p, Breakdown::Official);
    QCOMPARE(result(r, kOnline.id).byKey.value(QStringLiteral("chuyenvien1")), (Tally {1, 3}));
    QCOMPARE(result(r, kOnline.id).byKey.value(QStringLiteral("chuyenvien2")), (Tally {2, 3}));
    QVERIFY(indicatorDossierIds(s, QStringLiteral("nope"), ds, p, DrillDown::Numerator).isEmpty());
}

void TstIndicators::definitionCodec()
{
    IndicatorDefinition d = kOnline;
    d.procedures = {QStringLiteral("1.000001")};
    d.source = QStringLiteral("Chỉ thị 06/CT-UBND");
    const IndicatorSet s = set({d, kOnTime});
    auto back = json::parse<IndicatorSet>(json::toJson(s));
    QVERIFY(back);
    QCOMPARE(*back, s);
    QJsonObject bad = json::toJson(s);
    QJsonArray items = bad.value(QStringLiteral("indicators")).toArray();
    QJsonObject first = items.at(0).toObject();
    first.insert(QStringLiteral("numerator"), QStringLiteral("transfer")); // a transfer predicate on dossiers
    items[0] = first;
    bad.insert(QStringLiteral("indicators"), items);
    auto err = json::parse<IndicatorSet>(bad);
    QVERIFY(!err);
    QCOMPARE(err.error().path, QStringLiteral("indicators[0].numerator"));
    first.insert(QStringLiteral("numerator"), QStringLiteral("online"));
    first.insert(QStringLiteral("target"), 150);
    items[0] = first;
    bad.insert(QStringLiteral("indicators"), items);
    QCOMPARE(json::parse<IndicatorSet>(bad).error().code, QStringLiteral("json.range"));
}

//! The names are fixed by docs/api (indicators, drill-down, report): each one
//! maps to its value and back, the groups keep the order of Decision 766, and
//! an unknown or wrongly cased name is refused.
void TstIndicators::wireNamesAreTheContracts()
{
    const QStringList groups
        = {QStringLiteral("publicity"), QStringLiteral("progress"), QStringLiteral("digitization"),
           QStringLiteral("online"), QStringLiteral("satisfaction")};
    QCOMPARE(allIndicatorGroups().size(), groups.size());
    for (int i = 0; i < groups.size(); ++i) {
        QCOMPARE(toWire(allIndicatorGroups().at(i)), groups.at(i));
        QCOMPARE(indicatorGroupFromWire(groups.at(i)), allIndicatorGroups().at(i));
    }
    QCOMPARE(toWire(Rag::NoData), QStringLiteral("no_data"));
    QCOMPARE(toWire(Rag::Red), QStringLiteral("red"));
    QCOMPARE(toWire(Rag::Amber), QStringLiteral("amber"));
    QCOMPARE(toWire(Rag::Green), QStringLiteral("green"));
    for (Breakdown b : {Breakdown::None, Breakdown::Agency, Breakdown::Procedure, Breakdown::Official})
        QCOMPARE(breakdownFromWire(toWire(b)), b);
    QCOMPARE(toWire(Breakdown::Official), QStringLiteral("official"));
    QVERIFY(!indicatorGroupFromWire(u"Online"));
    QVERIFY(!breakdownFromWire(u""));
    QVERIFY(!breakdownFromWire(u"officials"));

    // Units and period rules travel inside a definition: each one survives
    // the codec and an unknown one is a json.enum error at its path.
    const QList<std::pair<IndicatorUnit, QString>> units
        = {{IndicatorUnit::Dossier, QStringLiteral("dossier")},
           {IndicatorUnit::Component, QStringLiteral("component")},
           {IndicatorUnit::Transfer, QStringLiteral("transfer")}};
    const QList<std::pair<PeriodRule, QString>> rules
        = {{PeriodRule::Received, QStringLiteral("received")},
           {PeriodRule::Finished, QStringLiteral("finished")},
           {PeriodRule::Transferred, QStringLiteral("transferred")}};
    for (const auto &[u, unitName] : units) {
        for (const auto &[p, ruleName] : rules) {
            IndicatorDefinition d = kOnline;
            d.unit = u;
            d.period = p;
            d.numerator = indicatorPredicates(u).constFirst();
            d.denominator = indicatorPredicates(u).constFirst();
            const QJsonObject o = json::toJson(set({d}));
            const QJsonObject item = o.value(QStringLiteral("indicators")).toArray().at(0).toObject();
            QCOMPARE(item.value(QStringLiteral("unit")).toString(), unitName);
            QCOMPARE(item.value(QStringLiteral("period")).toString(), ruleName);
            const auto back = json::parse<IndicatorSet>(o);
            QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
            QCOMPARE(back->indicators.at(0).unit, u);
            QCOMPARE(back->indicators.at(0).period, p);
        }
    }
    for (const QString &key : {QStringLiteral("unit"), QStringLiteral("period")}) {
        QJsonObject o = json::toJson(set({kOnline}));
        QJsonArray items = o.value(QStringLiteral("indicators")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(key, QStringLiteral("Dossier"));
        items[0] = first;
        o.insert(QStringLiteral("indicators"), items);
        const auto err = json::parse<IndicatorSet>(o);
        QVERIFY(!err);
        QCOMPARE(err.error().code, QStringLiteral("json.enum"));
        QCOMPARE(err.error().path, QStringLiteral("indicators[0].") + key);
    }
}

void TstIndicators::dossierServiceRecordCodec()
{
    Dossier d = dossier();
    d.service.channel = SubmissionChannel::Postal;
    d.service.payment = PaymentMethod::Online;
    d.service.reusedComponents = {QStringLiteral("c1")};
    d.service.paperComponents = 2;
    d.service.resultOnPaper = true;
    d.service.transfers
        = {{QStringLiteral("H19.01"), QStringLiteral("H19.02"), utc(2026, 7, 2, 2, 0), false}};
    d.service.nationalSyncedAt = utc(2026, 7, 3, 2, 0);
    d.service.satisfaction = Satisfaction::Dissatisfied;
    const QJsonObject o = json::toJson(d);
    QCOMPARE(o.value(QStringLiteral("channel")).toString(), QStringLiteral("postal"));
    QCOMPARE(o.value(QStringLiteral("satisfaction")).toString(), QStringLiteral("dissatisfied"));
    auto back = json::parse<Dossier>(o);
    QVERIFY(back);
    QCOMPARE(*back, d);
    //! An older server or cache without the fields reads as the defaults.
    QJsonObject old = o;
    for (const char *k : {"channel", "payment", "reused_components", "paper_components", "result_on_paper",
                          "transfers", "national_synced_at", "satisfaction"})
        old.remove(QLatin1String(k));
    auto plain = json::parse<Dossier>(old);
    QVERIFY(plain);
    QCOMPARE(plain->service, ServiceRecord());
    QJsonObject wrong = o;
    wrong.insert(QStringLiteral("channel"), QStringLiteral("fax"));
    auto e = json::parse<Dossier>(wrong);
    QVERIFY(!e);
    QCOMPARE(e.error().path, QStringLiteral("channel"));
    wrong = o;
    QJsonArray t = wrong.value(QStringLiteral("transfers")).toArray();
    QJsonObject t0 = t.at(0).toObject();
    t0.remove(QStringLiteral("at"));
    t[0] = t0;
    wrong.insert(QStringLiteral("transfers"), t);
    QCOMPARE(json::parse<Dossier>(wrong).error().path, QStringLiteral("transfers[0].at"));
}

void TstIndicators::workflowRecordsTransfersPaymentAndReuse()
{
    const WorkingCalendar cal;
    const Procedure proc = procedure(5);
    Dossier d = dossier(DossierState::InReview);
    Action fw;
    fw.kind = ActionKind::Forward;
    fw.dossierId = d.id;
    fw.payload = {{QStringLiteral("to_agency"), QStringLiteral("H19.02")},
                  {QStringLiteral("transfer"), QStringLiteral("paper")}};
    const QDateTime at = utc(2026, 11, 24, 2, 0);
    auto out = Workflow::run(d, fw, official(Role::Specialist), cal, proc, at);
    QVERIFY(out);
    QCOMPARE(out->dossier.service.transfers,
             (QList<Transfer> {{QStringLiteral("H19.01"), QStringLiteral("H19.02"), at, false}}));
    fw.payload.insert(QStringLiteral("transfer"), QStringLiteral("fax"));
    auto bad = Workflow::run(d, fw, official(Role::Specialist), cal, proc, at);
    QVERIFY(!bad);
    QCOMPARE(bad.error().path, QStringLiteral("payload.transfer"));
    fw.payload.remove(QStringLiteral("transfer"));
    QVERIFY(Workflow::run(d, fw, official(Role::Specialist), cal, proc, at)
                ->dossier.service.transfers.first()
                .electronic);

    Dossier pay = dossier(DossierState::AwaitingPayment);
    Action confirm;
    confirm.kind = ActionKind::ConfirmPayment;
    confirm.dossierId = pay.id;
    confirm.payload = {{QStringLiteral("method"), QStringLiteral("online")}};
    auto paid = Workflow::run(pay, confirm, official(Role::DeskStaff), cal, proc, at);
    QVERIFY2(paid, paid ? "" : qPrintable(paid.error().toString()));
    QCOMPARE(paid->dossier.service.payment, PaymentMethod::Online);
    confirm.payload = {};
    QCOMPARE(Workflow::run(pay, confirm, official(Role::DeskStaff), cal, proc, at)->dossier.service.payment,
             PaymentMethod::Desk);

    Action attach;
    attach.kind = ActionKind::AttachDocument;
    attach.dossierId = d.id;
    attach.payload = validPayload(ActionKind::AttachDocument, d);
    auto reused = Workflow::run(d, attach, official(Role::Specialist), cal, proc, at);
    QVERIFY2(reused, reused ? "" : qPrintable(reused.error().toString()));
    QVERIFY(!reused->dossier.service.reusedComponents.isEmpty());
    for (const QString &id : reused->dossier.service.reusedComponents)
        QVERIFY(std::any_of(reused->dossier.components.cbegin(), reused->dossier.components.cend(),
                            [&](const Component &c) { return c.id == id; }));
}

QTEST_GUILESS_MAIN(TstIndicators)
#include "tst_indicators.moc"
