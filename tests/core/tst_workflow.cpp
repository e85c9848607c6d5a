// SPDX-License-Identifier: GPL-3.0-or-later
//! The workflow state machine against the table in docs/workflow.md, plus the
//! effects of the actions (forward, supplement pause, apology rule, rejection).
#include "core/workflow.h"
#include "fixtures.h"
#include "workflowtable.h"

#include <QtTest>

using namespace motcua;
using namespace motcua::test;

class TestWorkflow : public QObject
{
    Q_OBJECT

private:
    QList<Row> m_rows;
    WorkingCalendar m_cal;

    [[nodiscard]] const Row *rowFor(ActionKind k, DossierState s, Role r) const
    {
        for (const Row &row : m_rows) {
            if (row.kind == k && row.from.contains(s) && row.roles.contains(r))
                return &row;
        }
        return nullptr;
    }
    [[nodiscard]] bool anyRow(ActionKind k, DossierState s) const
    {
        return std::any_of(m_rows.cbegin(), m_rows.cend(),
                           [&](const Row &row) { return row.kind == k && row.from.contains(s); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_rows = readTable(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_rows.size(), 20);
    }

    void everyCombination_data()
    {
        QTest::addColumn<DossierState>("state");
        QTest::addColumn<ActionKind>("kind");
        QTest::addColumn<Role>("role");
        for (DossierState s : allDossierStates())
            for (ActionKind k : allActionKinds())
                for (Role r : allRoles())
                    QTest::addRow("%s/%s/%s", qPrintable(toWire(s)), qPrintable(toWire(k)),
                                  qPrintable(toWire(r)))
                        << s << k << r;
    }

    //! state x action x role, checked against the documented table.
    void everyCombination()
    {
        QFETCH(DossierState, state);
        QFETCH(ActionKind, kind);
        QFETCH(Role, role);
        const Dossier d = fixtureFor(state);
        const Action a = action(kind, d);
        const Official o = official(role);
        const Row *row = rowFor(kind, state, role);

        QCOMPARE(Workflow::roleMay(role, kind, state), row != nullptr);
        QCOMPARE(Workflow::legalIn(kind, state), anyRow(kind, state));
        const Status st = Workflow::check(d, a, o);
        const Result<Workflow::Outcome> out = Workflow::run(d, a, o, m_cal, procedure(), a.createdAt);
        if (!row) {
            QVERIFY(!st.ok());
            QVERIFY(!out.ok());
            if (anyRow(kind, state)) {
                QCOMPARE(st.error().code, QStringLiteral("workflow.role"));
                QCOMPARE(st.error().kind, Error::Kind::Forbidden);
            } else {
                QCOMPARE(st.error().code, QStringLiteral("workflow.illegal_transition"));
                QCOMPARE(st.error().kind, Error::Kind::Conflict);
                QVERIFY2(st.error().englishMessage().contains(displayName(state)),
                         qPrintable(st.error().englishMessage()));
            }
            QVERIFY(!Workflow::allowed(d, o, a.createdAt).contains(kind));
            return;
        }
        QVERIFY2(st.ok(), qPrintable(st.error().toString()));
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        const DossierState expected = row->to == QStringLiteral("=") ? state : *dossierStateFromWire(row->to);
        QCOMPARE(out->dossier.state, expected);
        QCOMPARE(Workflow::targetState(kind, state), expected);
        QCOMPARE(out->dossier.version, d.version + 1);
        QCOMPARE(out->step.fromState, state);
        QCOMPARE(out->step.toState, expected);
        QCOMPARE(out->step.action, kind);
        QCOMPARE(out->step.actor, o.username);
        QCOMPARE(out->step.agencyCode, d.agencyCode);
        QVERIFY(Workflow::allowed(d, o, a.createdAt).contains(kind));

        //! The same action by the same role from another agency is refused.
        const Official stranger = official(role, QStringLiteral("H19.99"));
        const Status other = Workflow::check(d, a, stranger);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("workflow.agency"));
        QCOMPARE(other.error().kind, Error::Kind::Forbidden);
    }

    //! Every payload field of every action replaced by wrong values: a typed Invalid
    //! error naming the field (or acceptance), never a crash.
    void payloadJunk()
    {
        const QList<QJsonValue> junk {
            QJsonValue(QJsonValue::Null), 0, -1, 1.5, QString(), true, QJsonArray {}, QJsonObject {},
            QStringLiteral("H19.01")};
        for (const Row &row : std::as_const(m_rows)) {
            const Dossier d = fixtureFor(row.from.first());
            const Official o = official(row.roles.first());
            const Action base = action(row.kind, d);
            QStringList keys = base.payload.keys();
            keys << QStringLiteral("note");
            for (const QString &key : std::as_const(keys)) {
                for (const QJsonValue &v : junk) {
                    Action a = base;
                    a.payload.insert(key, v);
                    const auto r = Workflow::run(d, a, o, m_cal, procedure(), a.createdAt);
                    if (r.ok())
                        continue;
                    QVERIFY2(r.error().path.startsWith(QStringLiteral("payload.") + key),
                             qPrintable(toWire(row.kind) + QLatin1Char(' ') + key + QStringLiteral(": ")
                                        + r.error().toString()));
                    QVERIFY(r.error().kind == Error::Kind::Invalid
                            || r.error().kind == Error::Kind::Conflict);
                }
            }
        }
    }

    void terminalStatesAllowNothing()
    {
        for (DossierState s : {DossierState::Returned, DossierState::Rejected, DossierState::Withdrawn}) {
            Official all = official(Role::Admin);
            all.roles = allRoles();
            QVERIFY(Workflow::allowed(fixtureFor(s), all, utc(2026, 11, 24, 2, 0)).isEmpty());
        }
    }

    void multipleRolesCombine()
    {
        Official o = official(Role::Specialist);
        const Dossier d = fixtureFor(DossierState::Received);
        QCOMPARE(Workflow::check(d, action(ActionKind::Reject, d), o).error().code,
                 QStringLiteral("workflow.role"));
        o.roles.append(Role::DeskStaff);
        QVERIFY(Workflow::check(d, action(ActionKind::Reject, d), o).ok());
    }

    void missingReasonAndTarget_data()
    {
        QTest::addColumn<ActionKind>("kind");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        const auto S = [](const char *s) { return QString::fromUtf8(s); };
        QTest::newRow("reject no reason")
            << ActionKind::Reject << QJsonObject {} << S("workflow.reason_required") << S("payload.reason");
        QTest::newRow("reject blank reason") << ActionKind::Reject << QJsonObject {{S("reason"), S("  ")}}
                                             << S("workflow.reason_required") << S("payload.reason");
        QTest::newRow("reject reason number")
            << ActionKind::Reject << QJsonObject {{S("reason"), 5}} << S("json.type") << S("payload.reason");
        QTest::newRow("supplement no reason") << ActionKind::RequestSupplement << QJsonObject {}
                                              << S("workflow.reason_required") << S("payload.reason");
        QTest::newRow("forward no target") << ActionKind::Forward << QJsonObject {{S("note"), S("x")}}
                                           << S("workflow.target_required") << S("payload.to_agency");
        QTest::newRow("forward bad step_days")
            << ActionKind::Forward << QJsonObject {{S("to_agency"), S("H19.02")}, {S("step_days"), -1}}
            << S("json.range") << S("payload.step_days");
        QTest::newRow("note not string") << ActionKind::SubmitForApproval << QJsonObject {{S("note"), true}}
                                         << S("json.type") << S("payload.note");
        QTest::newRow("comment empty") << ActionKind::Comment << QJsonObject {{S("text"), S("")}}
                                       << S("workflow.text_required") << S("payload.text");
        QTest::newRow("assign no assignee")
            << ActionKind::Assign << QJsonObject {} << S("workflow.target_required") << S("payload.assignee");
    }

    void missingReasonAndTarget()
    {
        QFETCH(ActionKind, kind);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, code);
        QFETCH(QString, path);
        const Dossier d = fixtureFor(DossierState::InReview);
        Action a = action(kind, d);
        a.payload = payload;
        Official o = official(Role::Supervisor);
        o.roles.append(Role::Admin);
        const Status st = Workflow::check(d, a, o);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind, Error::Kind::Invalid);
        QCOMPARE(st.error().code, code);
        QCOMPARE(st.error().path, path);
    }

    void signResultNeedsSignedResultComponent()
    {
        const Dossier d = dossier(DossierState::Approved);
        const Official boss = official(Role::Supervisor);
        Action a = action(ActionKind::SignResult, d);
        a.payload = {{QStringLiteral("component"),
                      json::toJson(component(QStringLiteral("r2"), ComponentKind::Result, false))}};
        Status st = Workflow::check(d, a, boss);
        QCOMPARE(st.error().code, QStringLiteral("workflow.unsigned_result"));
        QCOMPARE(st.error().path, QStringLiteral("payload.component.signed"));

        a.payload = {{QStringLiteral("component"),
                      json::toJson(component(QStringLiteral("r2"), ComponentKind::Input, true))}};
        QCOMPARE(Workflow::check(d, a, boss).error().path, QStringLiteral("payload.component.kind"));

        QJsonObject c = json::toJson(component(QStringLiteral("r2"), ComponentKind::Result, true));
        c.insert(QStringLiteral("sha256"), QStringLiteral("XYZ"));
        a.payload = {{QStringLiteral("component"), c}};
        st = Workflow::check(d, a, boss);
        QCOMPARE(st.error().code, QStringLiteral("json.format"));
        QCOMPARE(st.error().path, QStringLiteral("payload.component.sha256"));

        // A result may not take the id of an application document.
        a.payload = {{QStringLiteral("component"),
                      json::toJson(component(QStringLiteral("c1"), ComponentKind::Result, true))}};
        st = Workflow::check(d, a, boss);
        QCOMPARE(st.error().code, QStringLiteral("workflow.component_id_taken"));
        QCOMPARE(st.error().path, QStringLiteral("payload.component.id"));

        a.payload = validPayload(ActionKind::SignResult, d);
        const auto out = Workflow::run(d, a, boss, WorkingCalendar(), procedure(), utc(2026, 11, 25, 3, 0));
        QVERIFY(out.ok());
        QCOMPARE(out->dossier.state, DossierState::ResultIssued);
        QVERIFY(out->dossier.hasSignedResult());
        QCOMPARE(out->dossier.finishedAt, utc(2026, 11, 25, 3, 0));
        QCOMPARE(out->dossier.nationalStatus(), 9);
    }

    void forwardMovesDossierToReceivingAgency()
    {
        const Dossier d = dossier(DossierState::InReview);
        const Official spec = official(Role::Specialist);
        Action a = action(ActionKind::Forward, d);
        a.payload.insert(QStringLiteral("step_days"), 2);
        const QDateTime now = vn(2026, 11, 27, 14, 0); // Friday 14:00 in Vietnam
        const auto out = Workflow::run(d, a, spec, m_cal, procedure(), now);
        QVERIFY2(out.ok(), qPrintable(out.error().toString()));
        QCOMPARE(out->dossier.state, DossierState::InReview);
        QCOMPARE(out->dossier.agencyCode, QStringLiteral("H19.02"));
        QVERIFY(out->dossier.assignee.isEmpty());
        // Fri 14:00 + 2 working days (9.5 h each) over the weekend = Tuesday 14:00.
        QCOMPARE(out->dossier.stepDueAt, vn(2026, 12, 1, 14, 0));
        QCOMPARE(out->dossier.dueAt, d.dueAt);
        QCOMPARE(out->step.toAgencyCode, QStringLiteral("H19.02"));
        QCOMPARE(out->step.stepDueAt, vn(2026, 12, 1, 14, 0));
        // Forwarded after the 15:00 cut-off (R3): the step counts from Monday 07:30 -> Tuesday 17:00.
        const auto late = Workflow::run(d, a, spec, m_cal, procedure(), vn(2026, 11, 27, 16, 0));
        QVERIFY(late.ok());
        QCOMPARE(late->dossier.stepDueAt, vn(2026, 12, 1, 17, 0));
        QCOMPARE(out->step.note, QStringLiteral("Liên thông"));

        // The sending agency may no longer act; the receiving one may.
        const Dossier moved = out->dossier;
        const Action comment = action(ActionKind::Comment, moved);
        QCOMPARE(Workflow::check(moved, comment, spec).error().code, QStringLiteral("workflow.agency"));
        QVERIFY(Workflow::check(moved, comment, official(Role::Specialist, QStringLiteral("H19.02"))).ok());

        // Forwarding to the holding agency itself is a conflict.
        Action back = action(ActionKind::Forward, moved);
        back.payload[QStringLiteral("to_agency")] = QStringLiteral("H19.02");
        const Status same
            = Workflow::check(moved, back, official(Role::Specialist, QStringLiteral("H19.02")));
        QCOMPARE(same.error().code, QStringLiteral("workflow.same_agency"));

        // Without step_days the step shares the dossier's due date.
        const auto plain = Workflow::run(d, action(ActionKind::Forward, d), spec, m_cal, procedure(), now);
        QCOMPARE(plain->dossier.stepDueAt, d.dueAt);
    }

    void supplementPauseMovesDueDateAcrossHoliday()
    {
        WorkingCalendar cal; // Tết 2026: Mon 16 - Fri 20 Feb are holidays (off Sat 14 - Sun 22)
        for (int day = 16; day <= 20; ++day)
            cal.addHoliday(QDate(2026, 2, day));
        const Official spec = official(Role::Specialist);
        const Official desk = official(Role::DeskStaff);
        Dossier d = Workflow::receive(dossier(), procedure(5), cal, vn(2026, 2, 9, 9, 0)); // Monday 09:00
        // Mon 9 Feb 09:00 + 5 working days: Tue..Fri, then the Tết week -> Mon 23 Feb 09:00.
        QCOMPARE(d.dueAt, vn(2026, 2, 23, 9, 0));
        d = Workflow::apply(d, action(ActionKind::StartReview, d), spec, cal, procedure(),
                            vn(2026, 2, 9, 9, 5))
                .value();
        // Paused from Friday 13 Feb 15:00 to Tuesday 24 Feb 09:00:
        // Fri 2 h + Mon 23 9.5 h + Tue 1.5 h = 13 h of working time (the Tết week does not count).
        d = Workflow::apply(d, action(ActionKind::RequestSupplement, d), spec, cal, procedure(),
                            vn(2026, 2, 13, 15, 0))
                .value();
        QCOMPARE(d.state, DossierState::SupplementRequested);
        QCOMPARE(d.supplementCount, 1);
        QCOMPARE(d.pausedAt, vn(2026, 2, 13, 15, 0));
        QCOMPARE(d.nationalStatus(), 5);
        QVERIFY(!d.isOverdue(vn(2026, 3, 30, 10, 0))); // the clock is stopped
        d = Workflow::apply(d, action(ActionKind::ReceiveSupplement, d), desk, cal, procedure(),
                            vn(2026, 2, 24, 9, 0))
                .value();
        QCOMPARE(d.state, DossierState::InReview);
        QCOMPARE(d.pausedSeconds, 13 * 3600);
        QVERIFY(!d.pausedAt.isValid());
        // Mon 23 Feb 09:00 + 13 h of working time: 8 h to Monday's close, 5 h from
        // Tuesday's opening -> Tue 24 Feb 12:30.
        QCOMPARE(d.dueAt, vn(2026, 2, 24, 12, 30));
        QCOMPARE(d.stepDueAt, d.dueAt);
        QVERIFY(!d.isLate(vn(2026, 2, 24, 12, 0)));
        QVERIFY(d.isLate(vn(2026, 2, 24, 13, 0)));
    }

    void supplementBringsInputComponents()
    {
        Dossier d = dossier(DossierState::SupplementRequested);
        d.pausedAt = utc(2026, 11, 23, 3, 0);
        Action a = action(ActionKind::ReceiveSupplement, d);
        const Component extra = component(QStringLiteral("c7"), ComponentKind::Input, false);
        a.payload = {{QStringLiteral("components"), QJsonArray {json::toJson(extra)}}};
        const auto r
            = Workflow::apply(d, a, official(Role::DeskStaff), m_cal, procedure(), utc(2026, 11, 24, 2, 0));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->components.size(), 2);
        QCOMPARE(r->components.last(), extra);
        // A signed "result" smuggled in with a supplement is refused.
        a.payload
            = {{QStringLiteral("components"),
                QJsonArray {json::toJson(extra),
                            json::toJson(component(QStringLiteral("r7"), ComponentKind::Result, true))}}};
        const Status st = Workflow::check(d, a, official(Role::DeskStaff));
        QCOMPARE(st.error().code, QStringLiteral("json.enum"));
        QCOMPARE(st.error().path, QStringLiteral("payload.components[1].kind"));
        Dossier withResult = d;
        withResult.components.append(component(QStringLiteral("r7"), ComponentKind::Result, true));
        a.payload
            = {{QStringLiteral("components"),
                QJsonArray {json::toJson(component(QStringLiteral("r7"), ComponentKind::Input, false))}}};
        QCOMPARE(Workflow::check(withResult, a, official(Role::DeskStaff)).error().path,
                 QStringLiteral("payload.components[0].id"));
    }

    void forwardAttachmentsTravelWithTheDossier()
    {
        const Dossier d = dossier(DossierState::InReview);
        Action a = action(ActionKind::Forward, d);
        const Component memo = component(QStringLiteral("c8"), ComponentKind::Input, false);
        a.payload.insert(QStringLiteral("attachments"), QJsonArray {json::toJson(memo)});
        const auto r
            = Workflow::apply(d, a, official(Role::Specialist), m_cal, procedure(), utc(2026, 11, 24, 2, 0));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->components.size(), d.components.size() + 1);
        QCOMPARE(r->components.last(), memo);
        // Only application documents: a result smuggled in as an attachment is refused.
        a.payload[QStringLiteral("attachments")]
            = QJsonArray {json::toJson(component(QStringLiteral("r8"), ComponentKind::Result, true))};
        const Status st = Workflow::check(d, a, official(Role::Specialist));
        QCOMPARE(st.error().code, QStringLiteral("json.enum"));
        QCOMPARE(st.error().path, QStringLiteral("payload.attachments[0].kind"));
    }

    void secondSupplementRequestMakesItLateAndNeedsApology()
    {
        const Official spec = official(Role::Specialist);
        const Official desk = official(Role::DeskStaff);
        const Official boss = official(Role::Supervisor);
        Dossier d = Workflow::receive(dossier(), procedure(10), m_cal, vn(2026, 11, 23, 8, 0));
        auto step = [&](ActionKind k, const Official &o, const QDateTime &at) {
            auto r = Workflow::apply(d, action(k, d, at), o, m_cal, procedure(), at);
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            d = r.value();
        };
        step(ActionKind::StartReview, spec, vn(2026, 11, 23, 9, 0));
        step(ActionKind::RequestSupplement, spec, vn(2026, 11, 23, 10, 0));
        step(ActionKind::ReceiveSupplement, desk, vn(2026, 11, 24, 10, 0));
        QVERIFY(!d.isLate(vn(2026, 11, 24, 10, 0)));
        step(ActionKind::RequestSupplement, spec, vn(2026, 11, 24, 11, 0));
        step(ActionKind::ReceiveSupplement, desk, vn(2026, 11, 25, 11, 0));
        QCOMPARE(d.supplementCount, 2);
        QVERIFY(d.isLate(vn(2026, 11, 25, 11, 0)));
        step(ActionKind::SubmitForApproval, spec, vn(2026, 11, 25, 12, 0));
        step(ActionKind::Approve, boss, vn(2026, 11, 25, 13, 0));
        step(ActionKind::SignResult, boss, vn(2026, 11, 25, 14, 0));
        QVERIFY(d.finishedAt < d.dueAt); // finished before the due date, still late
        QVERIFY(!d.isOnTime());

        const Status refused = Workflow::check(d, action(ActionKind::ReturnResult, d), desk);
        QCOMPARE(refused.error().code, QStringLiteral("workflow.apology_required"));
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY(!Workflow::allowed(d, desk, vn(2026, 11, 25, 15, 0)).contains(ActionKind::ReturnResult));
        QVERIFY(Workflow::allowed(d, desk, vn(2026, 11, 25, 15, 0)).contains(ActionKind::IssueApology));
        step(ActionKind::IssueApology, desk, vn(2026, 11, 25, 15, 0));
        QVERIFY(d.hasApology());
        step(ActionKind::ReturnResult, desk, vn(2026, 11, 25, 16, 0));
        QCOMPARE(d.state, DossierState::Returned);
        QCOMPARE(d.nationalStatus(), 10);
    }

    void onTimeDossierReturnsWithoutApology()
    {
        const Official desk = official(Role::DeskStaff);
        Dossier d = dossier(DossierState::ResultIssued);
        d.finishedAt = d.dueAt.addSecs(-3600);
        QCOMPARE(Workflow::check(d, action(ActionKind::ReturnResult, d), desk).error().code,
                 QStringLiteral("workflow.result_missing"));
        d.components.append(component(QStringLiteral("r1"), ComponentKind::Result, true));
        QVERIFY(Workflow::check(d, action(ActionKind::ReturnResult, d), desk).ok());
        QCOMPARE(Workflow::check(d, action(ActionKind::IssueApology, d), desk).error().code,
                 QStringLiteral("workflow.not_late"));
        // Finished after the due date: late, apology needed.
        d.finishedAt = d.dueAt.addSecs(60);
        QCOMPARE(Workflow::check(d, action(ActionKind::ReturnResult, d), desk).error().code,
                 QStringLiteral("workflow.apology_required"));
        QVERIFY(Workflow::check(d, action(ActionKind::IssueApology, d), desk).ok());
    }

    //! R12: the apology may come as soon as lateness is foreseen, before the due date.
    void overdueDossierMayGetApologyBeforeFinishing()
    {
        const Official desk = official(Role::DeskStaff);
        const Dossier d = dossier(DossierState::InReview);
        QVERIFY(Workflow::check(d, action(ActionKind::IssueApology, d, d.dueAt.addSecs(-1)), desk).ok());
        QVERIFY(Workflow::check(d, action(ActionKind::IssueApology, d, d.dueAt.addSecs(1)), desk).ok());
    }

    void rejectionAtReceptionAndDuringProcessing()
    {
        const Dossier received = dossier(DossierState::Received);
        auto r1 = Workflow::apply(received, action(ActionKind::Reject, received), official(Role::DeskStaff),
                                  m_cal, procedure(), utc(2026, 11, 24, 2, 0));
        QVERIFY(r1.ok());
        QVERIFY(r1->rejectedAtReception);
        QCOMPARE(r1->nationalStatus(), 3);
        QCOMPARE(r1->finishedAt, utc(2026, 11, 24, 2, 0));

        const Dossier inReview = dossier(DossierState::InReview);
        auto r2 = Workflow::apply(inReview, action(ActionKind::Reject, inReview), official(Role::Specialist),
                                  m_cal, procedure(), utc(2026, 11, 24, 2, 0));
        QVERIFY(r2.ok());
        QVERIFY(!r2->rejectedAtReception);
        QCOMPARE(r2->nationalStatus(), 8);
    }

    void happyPathNationalStatuses()
    {
        const Official spec = official(Role::Specialist);
        const Official boss = official(Role::Supervisor);
        const Official desk = official(Role::DeskStaff);
        Dossier d = Workflow::receive(dossier(), procedure(3), m_cal, vn(2026, 11, 23, 8, 0));
        QCOMPARE(d.state, DossierState::Received);
        QCOMPARE(d.version, 1);
        QCOMPARE(d.nationalStatus(), 2);
        QCOMPARE(d.dueAt, vn(2026, 11, 26, 8, 0));
        const QList<std::pair<ActionKind, const Official *>> path {
            {ActionKind::StartReview, &spec},     {ActionKind::RequestPayment, &desk},
            {ActionKind::ConfirmPayment, &desk},  {ActionKind::SubmitForApproval, &spec},
            {ActionKind::ReturnForRework, &boss}, {ActionKind::SubmitForApproval, &spec},
            {ActionKind::Approve, &boss},         {ActionKind::SignResult, &boss},
            {ActionKind::ReturnResult, &desk}};
        const QList<int> national {4, 6, 4, 4, 4, 4, 4, 9, 10};
        QDateTime at = vn(2026, 11, 23, 9, 0);
        for (qsizetype i = 0; i < path.size(); ++i) {
            auto r
                = Workflow::apply(d, action(path[i].first, d, at), *path[i].second, m_cal, procedure(), at);
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            QCOMPARE(r->version, d.version + 1);
            d = r.value();
            QCOMPARE(d.nationalStatus(), national[i]);
            at = at.addSecs(600);
        }
        QCOMPARE(d.assignee, QStringLiteral("chuyenvien1")); // assigned beforehand, kept
        QVERIFY(d.isOnTime());
    }

    void startReviewTakesUnassignedDossier()
    {
        Dossier d = dossier(DossierState::Received);
        d.assignee.clear();
        const auto r = Workflow::apply(d, action(ActionKind::StartReview, d), official(Role::Specialist),
                                       m_cal, procedure(), utc(2026, 11, 24, 2, 0));
        QCOMPARE(r->assignee, QStringLiteral("specialist1"));
    }

    void actionForAnotherDossierIsRefused()
    {
        const Dossier fresh = dossier();
        QCOMPARE(Workflow::run(fresh, action(ActionKind::Comment, fresh), official(Role::Specialist), m_cal,
                               procedure(), QDateTime())
                     .error()
                     .code,
                 QStringLiteral("workflow.no_time"));
        const Dossier d = dossier();
        Action a = action(ActionKind::Comment, d);
        a.dossierId = QStringLiteral("D-0002");
        QCOMPARE(Workflow::check(d, a, official(Role::Specialist)).error().code,
                 QStringLiteral("workflow.dossier_mismatch"));
        Dossier gone = d;
        gone.deleted = true;
        QCOMPARE(
            Workflow::check(gone, action(ActionKind::Comment, d), official(Role::Specialist)).error().kind,
            Error::Kind::NotFound);
    }

    void annotationMustBelongToTheDossier()
    {
        const Dossier d = dossier();
        Action a = action(ActionKind::Annotate, d);
        QVERIFY(Workflow::check(d, a, official(Role::Specialist)).ok());
        Annotation an = annotation(d);
        an.componentId = QStringLiteral("nope");
        a.payload = {{QStringLiteral("annotation"), json::toJson(an)}};
        QCOMPARE(Workflow::check(d, a, official(Role::Specialist)).error().path,
                 QStringLiteral("payload.annotation.component_id"));
    }

    void annotationChangesOnlyByTheAuthor()
    {
        const Dossier d = dossier();
        Official author = official(Role::Specialist);
        Annotation stored = annotation(d);
        stored.author = author.username;
        Annotation edit = stored;
        edit.version = stored.version + 1;
        edit.text = QStringLiteral("Đã sửa");
        // New: fine when the author is the official (or left for the server to fill).
        QVERIFY(Workflow::checkAnnotationChange(std::nullopt, stored, author).ok());
        Annotation anonymous = stored;
        anonymous.author.clear();
        QVERIFY(Workflow::checkAnnotationChange(std::nullopt, anonymous, author).ok());
        // The author edits and deletes their own.
        QVERIFY(Workflow::checkAnnotationChange(stored, edit, author).ok());
        edit.deleted = true;
        QVERIFY(Workflow::checkAnnotationChange(stored, edit, author).ok());
        // Another official may not, even claiming the author's name.
        const Official other = official(Role::Supervisor);
        auto e = Workflow::checkAnnotationChange(stored, edit, other);
        QCOMPARE(e.error().kind, Error::Kind::Forbidden);
        QCOMPARE(e.error().code, QStringLiteral("workflow.annotation_owner"));
        Annotation claimed = edit;
        claimed.author = other.username;
        QCOMPARE(Workflow::checkAnnotationChange(stored, claimed, other).error().code,
                 QStringLiteral("workflow.annotation_owner"));
        QCOMPARE(Workflow::checkAnnotationChange(std::nullopt, stored, other).error().code,
                 QStringLiteral("workflow.annotation_owner"));
        // Not a newer version: stale.
        edit.version = stored.version;
        QCOMPARE(Workflow::checkAnnotationChange(stored, edit, author).error().code,
                 QStringLiteral("workflow.annotation_stale"));
        // The id cannot jump to another document.
        edit.version = stored.version + 1;
        edit.componentId = QStringLiteral("c-other");
        QCOMPARE(Workflow::checkAnnotationChange(stored, edit, author).error().code,
                 QStringLiteral("workflow.annotation_moved"));
    }

    void allowedForSpecialistInReview()
    {
        const QList<ActionKind> got
            = Workflow::allowed(dossier(), official(Role::Specialist), utc(2026, 11, 24, 2, 0));
        const QList<ActionKind> want {ActionKind::Annotate,          ActionKind::Comment,
                                      ActionKind::Forward,           ActionKind::RequestSupplement,
                                      ActionKind::SubmitForApproval, ActionKind::Reject,
                                      ActionKind::AttachDocument};
        QCOMPARE(got, want);
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
