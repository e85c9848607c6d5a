// SPDX-License-Identifier: GPL-3.0-or-later
//! `motcua due`: the due date and each step of its computation (docs/deadlines.md),
//! from the shipped calendar files (no server, no profile needed).
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace motcua::test;

namespace {
const QString kCal2026 = QStringLiteral(MOTCUA_SOURCE_DIR "/resources/calendars/vn-2026.json");
} // namespace

class TestCliDue : public QObject
{
    Q_OBJECT
    CliProfile m_cli;

private Q_SLOTS:
    //! R3 + R4: same-day at 10:00 is due 17:00; at 15:30 the next working day at 17:00.
    void sameDayAndCutoff()
    {
        CliRun r = m_cli.run({QStringLiteral("due"), QStringLiteral("--received"),
                              QStringLiteral("2026-11-23 10:00"), QStringLiteral("--days"),
                              QStringLiteral("0"), QStringLiteral("--calendar"), kCal2026});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Due: Monday 2026-11-23 17:00 (UTC+7)"), r.out.constData());
        QVERIFY2(r.out.contains("Same-day procedure"), r.out.constData());
        r = m_cli.run({QStringLiteral("due"), QStringLiteral("--received"),
                       QStringLiteral("2026-11-23 15:30"), QStringLiteral("--days"), QStringLiteral("0"),
                       QStringLiteral("--calendar"), kCal2026});
        QVERIFY2(r.out.contains("Due: Tuesday 2026-11-24 17:00"), r.out.constData());
        QVERIFY2(r.out.contains("after the receipt cut-off 15:00"), r.out.constData());
    }

    //! Steps across Tết 2026 with a pause resumed after the cut-off, as JSON.
    void stepsAcrossTetWithAPause()
    {
        const CliRun r
            = m_cli.run({QStringLiteral("due"), QStringLiteral("--received"),
                         QStringLiteral("2026-02-11 15:30"), QStringLiteral("--days"), QStringLiteral("3"),
                         QStringLiteral("--pause"), QStringLiteral("2026-02-12 10:00/2026-02-23 15:30"),
                         QStringLiteral("--calendar"), kCal2026, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QStringList rules;
        for (const QJsonValue &s : o.value(QStringLiteral("steps")).toArray())
            rules << s.toObject().value(QStringLiteral("rule")).toString();
        QVERIFY(rules.contains(QStringLiteral("holiday")));
        QCOMPARE(rules.count(QStringLiteral("holiday")), 5); // 16-20/02
        QVERIFY(rules.contains(QStringLiteral("pause")));
        QVERIFY(!o.value(QStringLiteral("provisional")).toBool());
        // Without the pause: Thu 12, Fri 13, (Tết), Mon 23/02 17:00. Paused Thu 10:00 .. Tue 24/02 07:30
        // (received after 15:00): 7 + 9.5 + 9.5 = 26 h, so Tue 24 + Wed 25 + 7 h: Thu 26/02 14:30.
        QCOMPARE(o.value(QStringLiteral("due_at")).toString(), QStringLiteral("2026-02-26T07:30:00Z"));
    }

    void badInputIsAClearError()
    {
        CliRun r = m_cli.run({QStringLiteral("due"), QStringLiteral("--received"), QStringLiteral("tomorrow"),
                              QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--calendar"),
                              kCal2026});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--received"));
        r = m_cli.run({QStringLiteral("due"), QStringLiteral("--received"),
                       QStringLiteral("2028-01-03 09:00"), QStringLiteral("--days"), QStringLiteral("2"),
                       QStringLiteral("--calendar"), kCal2026});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("PROVISIONAL"), r.out.constData()); // 2028 is not in the file
    }
};

QTEST_GUILESS_MAIN(TestCliDue)
#include "tst_cli_due.moc"
