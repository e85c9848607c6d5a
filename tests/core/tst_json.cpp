// SPDX-License-Identifier: GPL-3.0-or-later
//! Strict JSON codecs: round trips of every type and rejection of malformed
//! input with the field's JSON path.
#include "core/json.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {
//! Through bytes, as on the wire.
QJsonObject wire(const QJsonObject &o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

template<typename T> void roundTrip(const T &value)
{
    const auto back = json::parse<T>(wire(json::toJson(value)));
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QCOMPARE(back.value() == value, true);
}

//! Sets (or with Undefined removes) the value at a path like "components.1.sha256".
QJsonValue edit(const QJsonValue &node, QStringList keys, const QJsonValue &value)
{
    const QString key = keys.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        a[index] = keys.isEmpty() ? value : edit(a.at(index), keys, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (keys.isEmpty()) {
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
    } else {
        o.insert(key, edit(o.value(key), keys, value));
    }
    return o;
}

Dossier fullDossier()
{
    Dossier d = dossier(DossierState::SupplementRequested);
    d.finishedAt = utc(2026, 11, 29, 9, 15, 30);
    d.pausedAt = utc(2026, 11, 24, 3, 0);
    d.supplementCount = 1;
    d.pausedSeconds = 3600;
    d.components.append(component(QStringLiteral("c2"), ComponentKind::Input, false));
    d.components.append(component(QStringLiteral("r1"), ComponentKind::Result, true));
    return d;
}
} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips()
    {
        roundTrip(official(Role::Supervisor));
        Official multi = official(Role::Specialist);
        multi.roles = allRoles();
        roundTrip(multi);
        roundTrip(Agency {QStringLiteral("H19"),
                          QStringLiteral("UBND tỉnh Thái Nguyên"),
                          {},
                          QStringLiteral("province"),
                          QStringLiteral("people_committee")});
        roundTrip(Agency {QStringLiteral("H19.01"),
                          QStringLiteral("Sở Xây dựng"),
                          QStringLiteral("H19"),
                          QStringLiteral("department"),
                          {}});
        roundTrip(procedure());
        roundTrip(component(QStringLiteral("c1"), ComponentKind::Apology, true));
        roundTrip(annotation(dossier()));
        roundTrip(dossier().applicant);
        roundTrip(fullDossier());
        roundTrip(dossier(DossierState::Received));
        Dossier tomb;
        tomb.id = QStringLiteral("D-9");
        tomb.version = 42;
        tomb.deleted = true;
        roundTrip(tomb);
        Action a = action(ActionKind::Forward, dossier());
        roundTrip(a);
        HistoryStep s;
        s.id = QStringLiteral("s1");
        s.dossierId = QStringLiteral("D-0001");
        s.action = ActionKind::Forward;
        s.actor = QStringLiteral("chuyenvien1");
        s.agencyCode = QStringLiteral("H19.01");
        s.toAgencyCode = QStringLiteral("H19.02");
        s.fromState = DossierState::InReview;
        s.toState = DossierState::InReview;
        s.at = utc(2026, 11, 24, 2, 0);
        s.note = QStringLiteral("Chuyển liên thông");
        s.stepDueAt = utc(2026, 11, 26, 2, 0);
        roundTrip(s);
        s.toAgencyCode.clear();
        s.stepDueAt = QDateTime();
        roundTrip(s);
        //! Issue 20 item 13: the actor's full name travels with the step.
        s.actorName = QStringLiteral("Nguyễn Văn An");
        roundTrip(s);
        QCOMPARE(json::toJson(s).value(QStringLiteral("actor_name")).toString(),
                 QStringLiteral("Nguyễn Văn An"));
        CalendarYear y;
        y.year = 2026;
        y.holidays = {QDate(2026, 2, 16)};
        y.workingDays = {QDate(2026, 1, 10)};
        roundTrip(y);
        json::Me me {official(Role::DeskStaff),
                     Agency {QStringLiteral("H19.01"), QStringLiteral("Sở Xây dựng"), QStringLiteral("H19"),
                             QStringLiteral("department"), QStringLiteral("department")}};
        roundTrip(me);
    }

    void dossierWireNames()
    {
        const QJsonObject o = json::toJson(fullDossier());
        const QStringList keys {"id", "code", "procedure_code", "applicant", "state", "national_status",
                                "agency_code", "assignee", "received_at", "due_at", "finished_at",
                                "step_due_at", "version", "supplement_count", "paused_seconds", "paused_at",
                                "rejected_at_reception", "due_provisional", "appointment_at", "apology_count",
                                "components",
                                // the indicators' data (servicerecord.h)
                                "channel", "payment", "reused_components", "paper_components",
                                "result_on_paper", "transfers", "national_synced_at", "satisfaction"};
        QStringList got = o.keys();
        QStringList want = keys;
        got.sort();
        want.sort();
        QCOMPARE(got, want);
        QCOMPARE(o.value("state").toString(), QStringLiteral("supplement_requested"));
        QCOMPARE(o.value("national_status").toInt(), 5);
        QCOMPARE(o.value("received_at").toString(), QStringLiteral("2026-11-23T01:30:00Z"));
        QCOMPARE(o.value("finished_at").toString(), QStringLiteral("2026-11-29T09:15:30Z"));
        QCOMPARE(o.value("components").toArray().at(2).toObject().value("signed").toBool(), true);
        QStringList applicant = o.value("applicant").toObject().keys();
        applicant.sort();
        QCOMPARE(applicant, (QStringList {"address", "email", "id_number", "name", "phone"}));
        QStringList comp = o.value("components").toArray().at(0).toObject().keys();
        comp.sort();
        QCOMPARE(comp,
                 (QStringList {"document_code", "id", "kind", "mime", "name", "pages", "sha256", "signed",
                               "size"}));
        const QJsonObject fresh = json::toJson(dossier());
        QVERIFY(fresh.value("finished_at").isNull());
        QVERIFY(fresh.value("paused_at").isNull());
        Dossier gone;
        gone.id = QStringLiteral("X1");
        gone.version = 3;
        gone.deleted = true;
        const QJsonObject tomb = json::toJson(gone);
        QCOMPARE(tomb, (QJsonObject {{"id", "X1"}, {"deleted", true}, {"version", 3}}));
    }

    void parsesContractExample()
    {
        const QByteArray body = R"({"id":"D-1","code":"000.00.04.H19-230504-0001","procedure_code":"1.001234",
            "applicant":{"name":"Lê Văn An","id_number":"001190012345","address":"","phone":"","email":""},
            "state":"awaiting_approval","national_status":4,"agency_code":"H19.01","assignee":"",
            "received_at":"2026-11-23T08:30:00Z","due_at":"2026-11-30T08:30:00.250Z","finished_at":null,
            "step_due_at":null,"version":12,"supplement_count":0,"paused_seconds":0,"rejected_at_reception":false,
            "components":[],"some_future_field":{"x":1}})";
        const auto d = json::parse<Dossier>(QJsonDocument::fromJson(body).object());
        QVERIFY2(d.ok(), qPrintable(d.error().toString()));
        QCOMPARE(d->state, DossierState::AwaitingApproval);
        QCOMPARE(d->receivedAt, utc(2026, 11, 23, 8, 30));
        QCOMPARE(d->dueAt, utc(2026, 11, 30, 8, 30).addMSecs(250));
        QVERIFY(!d->pausedAt.isValid()); // "paused_at" may be absent
        QCOMPARE(d->version, 12);
        QCOMPARE(json::timestampToJson(d->dueAt).toString(), QStringLiteral("2026-11-30T08:30:00.250Z"));
    }

    void malformedDossier_data()
    {
        QTest::addColumn<QString>("where"); // dotted edit path, numbers index arrays
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        const QJsonValue gone(QJsonValue::Undefined);
        QTest::newRow("missing state") << "state" << gone << "json.missing"
                                       << "state";
        QTest::newRow("missing version") << "version" << gone << "json.missing"
                                         << "version";
        QTest::newRow("missing applicant name") << "applicant.name" << gone << "json.missing"
                                                << "applicant.name";
        QTest::newRow("empty id") << "id" << QJsonValue("") << "json.missing"
                                  << "id";
        QTest::newRow("id with slash") << "id" << QJsonValue("../etc") << "json.format"
                                       << "id";
        QTest::newRow("state wrong type") << "state" << QJsonValue(3) << "json.type"
                                          << "state";
        QTest::newRow("unknown state") << "state" << QJsonValue("archived") << "json.enum"
                                       << "state";
        QTest::newRow("version as string") << "version" << QJsonValue("12") << "json.type"
                                           << "version";
        QTest::newRow("version fraction") << "version" << QJsonValue(1.5) << "json.type"
                                          << "version";
        QTest::newRow("negative version") << "version" << QJsonValue(-1) << "json.range"
                                          << "version";
        QTest::newRow("huge version") << "version" << QJsonValue(1e18) << "json.range"
                                      << "version";
        QTest::newRow("negative supplement count") << "supplement_count" << QJsonValue(-2) << "json.range"
                                                   << "supplement_count";
        QTest::newRow("national status 11") << "national_status" << QJsonValue(11) << "json.range"
                                            << "national_status";
        QTest::newRow("national status mismatch") << "national_status" << QJsonValue(9) << "json.range"
                                                  << "national_status";
        QTest::newRow("received_at null") << "received_at" << QJsonValue(QJsonValue::Null) << "json.type"
                                          << "received_at";
        QTest::newRow("timestamp with space")
            << "received_at" << QJsonValue("2026-11-23 08:30:00Z") << "json.format"
            << "received_at";
        QTest::newRow("timestamp with offset")
            << "due_at" << QJsonValue("2026-11-23T08:30:00+07:00") << "json.format"
            << "due_at";
        QTest::newRow("timestamp without zone")
            << "due_at" << QJsonValue("2026-11-23T08:30:00") << "json.format"
            << "due_at";
        QTest::newRow("impossible date")
            << "finished_at" << QJsonValue("2026-02-30T08:30:00Z") << "json.format"
            << "finished_at";
        QTest::newRow("timestamp number") << "step_due_at" << QJsonValue(1700000000) << "json.type"
                                          << "step_due_at";
        QTest::newRow("paused_at garbage") << "paused_at" << QJsonValue("yesterday") << "json.format"
                                           << "paused_at";
        QTest::newRow("components not array") << "components" << QJsonValue(QJsonObject {}) << "json.type"
                                              << "components";
        QTest::newRow("component not object") << "components.1" << QJsonValue("c2") << "json.type"
                                              << "components[1]";
        QTest::newRow("sha256 uppercase")
            << "components.2.sha256" << QJsonValue(QString(64, 'B')) << "json.format"
            << "components[2].sha256";
        QTest::newRow("sha256 short")
            << "components.1.sha256" << QJsonValue(QString(63, 'a')) << "json.format"
            << "components[1].sha256";
        QTest::newRow("sha256 missing") << "components.0.sha256" << gone << "json.missing"
                                        << "components[0].sha256";
        QTest::newRow("size as string") << "components.2.size" << QJsonValue("12") << "json.type"
                                        << "components[2].size";
        QTest::newRow("negative pages") << "components.0.pages" << QJsonValue(-1) << "json.range"
                                        << "components[0].pages";
        QTest::newRow("unknown component kind") << "components.1.kind" << QJsonValue("scan") << "json.enum"
                                                << "components[1].kind";
        QTest::newRow("signed as string") << "components.2.signed" << QJsonValue("true") << "json.type"
                                          << "components[2].signed";
        QTest::newRow("applicant not object") << "applicant" << QJsonValue("Lê") << "json.type"
                                              << "applicant";
        QTest::newRow("deleted not bool") << "deleted" << QJsonValue(1) << "json.type"
                                          << "deleted";
    }

    void malformedDossier()
    {
        QFETCH(QString, where);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, path);
        const QJsonObject good = json::toJson(fullDossier());
        QVERIFY(json::parse<Dossier>(good).ok());
        const QJsonObject bad = edit(good, where.split(QLatin1Char('.')), value).toObject();
        const auto r = json::parse<Dossier>(bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().path, path);
        QVERIFY(r.error().englishMessage().contains(path));
        // With a prefix (a dossier inside a list) the path is prefixed.
        const auto nested = json::parse<Dossier>(bad, QStringLiteral("items[4]"));
        QCOMPARE(nested.error().path, QStringLiteral("items[4].") + path);
    }

    //! Every field of a dossier replaced by every kind of wrong value: never a crash,
    //! never a silent default; either still valid or an Invalid error naming the field.
    void everyFieldEveryWrongValue()
    {
        const QJsonObject good = json::toJson(fullDossier());
        const QList<QJsonValue> junk {QJsonValue(QJsonValue::Null),
                                      QJsonValue(QJsonValue::Undefined),
                                      0,
                                      -1,
                                      1.5,
                                      1e300,
                                      QString(),
                                      QStringLiteral("x"),
                                      true,
                                      QJsonArray {},
                                      QJsonObject {}};
        QStringList paths;
        for (const QString &k : good.keys())
            paths << k;
        for (const QString &k : good.value("applicant").toObject().keys())
            paths << QStringLiteral("applicant.") + k;
        for (const QString &k : good.value("components").toArray().at(1).toObject().keys())
            paths << QStringLiteral("components.1.") + k;
        int refused = 0;
        for (const QString &where : paths) {
            for (const QJsonValue &v : junk) {
                const auto r = json::parse<Dossier>(edit(good, where.split(QLatin1Char('.')), v).toObject());
                if (r.ok())
                    continue;
                ++refused;
                QCOMPARE(r.error().kind, Error::Kind::Invalid);
                QString expected = where;
                expected.replace(QStringLiteral(".1."), QStringLiteral("[1]."));
                const QString got = r.error().path;
                QVERIFY2(got == expected || got.startsWith(expected + QLatin1Char('.')),
                         qPrintable(where + QStringLiteral(" -> ") + got));
            }
        }
        QVERIFY(refused > paths.size() * 8);
    }

    void malformedOthers()
    {
        QJsonObject o = json::toJson(official(Role::Admin));
        o.insert("roles", QJsonArray {"specialist", "boss"});
        auto off = json::parse<Official>(o);
        QCOMPARE(off.error().code, QStringLiteral("json.enum"));
        QCOMPARE(off.error().path, QStringLiteral("roles[1]"));

        QJsonObject p = json::toJson(procedure());
        p.insert("processing_days", -3);
        QCOMPARE(json::parse<Procedure>(p).error().path, QStringLiteral("processing_days"));
        p = edit(json::toJson(procedure()), {"required_components", "1", "required"}, "yes").toObject();
        QCOMPARE(json::parse<Procedure>(p).error().path, QStringLiteral("required_components[1].required"));
        p = json::toJson(procedure());
        p.insert("fee", 10.5);
        QCOMPARE(json::parse<Procedure>(p).error().code, QStringLiteral("json.type"));

        QJsonObject an = edit(json::toJson(annotation(dossier())), {"rect", "w"}, 0.9).toObject();
        auto a = json::parse<Annotation>(an);
        QCOMPARE(a.error().code, QStringLiteral("json.range"));
        QCOMPARE(a.error().path, QStringLiteral("rect.w"));
        an = edit(json::toJson(annotation(dossier())), {"points", "1"}, QJsonArray {0.5}).toObject();
        QCOMPARE(json::parse<Annotation>(an).error().path, QStringLiteral("points[1]"));
        an = edit(json::toJson(annotation(dossier())), {"color"}, "red").toObject();
        QCOMPARE(json::parse<Annotation>(an).error().path, QStringLiteral("color"));
        an = edit(json::toJson(annotation(dossier())), {"kind"}, "scribble").toObject();
        QCOMPARE(json::parse<Annotation>(an).error().code, QStringLiteral("json.enum"));
        an = edit(json::toJson(annotation(dossier())), {"visibility"}, "public").toObject();
        QCOMPARE(json::parse<Annotation>(an).error().path, QStringLiteral("visibility"));
        // Older clients send no visibility: internal. free_text and applicant round-trip.
        an = json::toJson(annotation(dossier()));
        an.remove(QStringLiteral("visibility"));
        QCOMPARE(json::parse<Annotation>(an).value().visibility, AnnotationVisibility::Internal);
        Annotation ft = annotation(dossier());
        ft.kind = AnnotationKind::FreeText;
        ft.visibility = AnnotationVisibility::Applicant;
        QCOMPARE(json::toJson(ft).value(QStringLiteral("kind")).toString(), QStringLiteral("free_text"));
        QCOMPARE(json::parse<Annotation>(json::toJson(ft)).value(), ft);

        QJsonObject act = json::toJson(action(ActionKind::Approve, dossier()));
        act.insert("kind", "approve_all");
        QCOMPARE(json::parse<Action>(act).error().path, QStringLiteral("kind"));
        act = json::toJson(action(ActionKind::Approve, dossier()));
        act.insert("payload", QJsonArray {});
        QCOMPARE(json::parse<Action>(act).error().path, QStringLiteral("payload"));

        HistoryStep hs;
        hs.dossierId = QStringLiteral("D1");
        hs.at = utc(2026, 1, 1, 0, 0);
        QJsonObject step = json::toJson(hs);
        step.insert("to_state", "done");
        QCOMPARE(json::parse<HistoryStep>(step).error().path, QStringLiteral("to_state"));

        QJsonObject me
            = json::toJson(json::Me {official(Role::Admin), Agency {"H19", "UBND", {}, "province", {}}});
        me = edit(me, {"agency", "code"}, QJsonValue::Undefined).toObject();
        QCOMPARE(json::parse<json::Me>(me).error().path, QStringLiteral("agency.code"));
    }

    void malformedCalendar()
    {
        CalendarYear y;
        y.year = 2026;
        y.holidays = {QDate(2026, 2, 16)};
        const QJsonObject good = json::toJson(y);
        QCOMPARE(good.value("office_hours").toObject().value("start").toString(), QStringLiteral("07:30"));
        auto check
            = [&](const QStringList &where, const QJsonValue &v, const QString &code, const QString &path) {
                  const auto r = json::parse<CalendarYear>(edit(good, where, v).toObject());
                  QVERIFY(!r.ok());
                  QCOMPARE(r.error().code, code);
                  QCOMPARE(r.error().path, path);
              };
        check({"holidays", "0"}, "2025-02-16", "json.range", "holidays[0]");
        check({"holidays", "0"}, "16/02/2026", "json.format", "holidays[0]");
        check({"working_days"}, "2026-01-10", "json.type", "working_days");
        check({"weekend", "1"}, 8, "json.range", "weekend[1]");
        check({"weekend"}, QJsonArray {1, 2, 3, 4, 5, 6, 7}, "json.range", "weekend");
        check({"office_hours", "end"}, "07:00", "json.range", "office_hours.end");
        check({"office_hours", "start"}, "7h30", "json.format", "office_hours.start");
        check({"year"}, 99999, "json.range", "year");
    }

    void items()
    {
        QJsonArray list;
        list.append(json::toJson(Agency {"H19", "UBND tỉnh", {}, "province", {}}));
        list.append(json::toJson(Agency {"H19.01", "Sở Xây dựng", "H19", "department", {}}));
        const auto ok = json::parseItems<Agency>(QJsonObject {{"items", list}});
        QVERIFY(ok.ok());
        QCOMPARE(ok->size(), 2);
        QCOMPARE(ok->at(1).parentCode, QStringLiteral("H19"));
        QCOMPARE(ok->at(0).parentCode, QString());
        list.append(QJsonObject {{"code", "X"}});
        const auto bad = json::parseItems<Agency>(QJsonObject {{"items", list}});
        QCOMPARE(bad.error().path, QStringLiteral("items[2].name"));
        list.replace(2, 5);
        QCOMPARE(json::parseItems<Agency>(QJsonObject {{"items", list}}).error().path,
                 QStringLiteral("items[2]"));
        QCOMPARE(json::parseItems<Agency>(QJsonObject {}).error().code, QStringLiteral("json.missing"));
    }

    void actionRequestBody()
    {
        const Action a = action(ActionKind::Forward, dossier());
        const QJsonObject body = json::actionRequestBody(a);
        //! acted_at: when the official acted (offline work is timed then, docs/deadlines.md R13).
        QCOMPARE(body,
                 (QJsonObject {{"kind", "forward"},
                               {"to_agency", "H19.02"},
                               {"note", "Liên thông"},
                               {"acted_at", a.createdAt.toString(Qt::ISODate)}}));
        const auto back = json::actionFromRequestBody(body, a.dossierId, a.idempotencyKey, a.baseVersion,
                                                      a.actor, a.createdAt);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), a);
        const auto bad = json::actionFromRequestBody(QJsonObject {{"kind", "teleport"}}, "D1", "k", 1, "u",
                                                     utc(2026, 1, 1, 0, 0));
        QCOMPARE(bad.error().code, QStringLiteral("json.enum"));
        QCOMPARE(bad.error().path, QStringLiteral("kind"));
    }

    void wireIdsOfEnums()
    {
        QCOMPARE(allActionKinds().size(), 18);
        for (ActionKind k : allActionKinds())
            QCOMPARE(actionKindFromWire(toWire(k)), std::optional<ActionKind>(k));
        //! "receive" names a dossier's first history step (POST /dossiers), not an action.
        QCOMPARE(actionKindFromWire(u"receive"), std::optional<ActionKind>(ActionKind::Receive));
        QCOMPARE(toWire(ActionKind::Receive), QStringLiteral("receive"));
        QVERIFY(!allActionKinds().contains(ActionKind::Receive));
        for (Role r : allRoles())
            QCOMPARE(roleFromWire(toWire(r)), std::optional<Role>(r));
        QCOMPARE(toWire(ActionKind::ReturnForRework), QStringLiteral("return_for_rework"));
        QCOMPARE(toWire(Role::DeskStaff), QStringLiteral("desk_staff"));
        QVERIFY(!roleFromWire(u"Admin").has_value());
        QVERIFY(isValidSha256(hexDigest('0')));
        QVERIFY(!isValidSha256(QString(64, QChar(0x00e9))));
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
