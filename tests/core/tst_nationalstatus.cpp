// SPDX-License-Identifier: GPL-3.0-or-later
//! National status codes (TrangThaiHoSo) derived from our states (DESIGN.md).
#include "core/dossier.h"
#include "core/states.h"

#include <QtTest>

using namespace motcua;

class TestNationalStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("atReception");
        QTest::addColumn<int>("code");
        QTest::newRow("received") << "received" << false << 2;
        QTest::newRow("rejected at reception") << "rejected" << true << 3;
        QTest::newRow("in_review") << "in_review" << false << 4;
        QTest::newRow("awaiting_approval") << "awaiting_approval" << false << 4;
        QTest::newRow("approved") << "approved" << false << 4;
        QTest::newRow("supplement_requested") << "supplement_requested" << false << 5;
        QTest::newRow("awaiting_payment") << "awaiting_payment" << false << 6;
        QTest::newRow("withdrawn") << "withdrawn" << false << 7;
        QTest::newRow("rejected during processing") << "rejected" << false << 8;
        QTest::newRow("result_issued") << "result_issued" << false << 9;
        QTest::newRow("returned") << "returned" << false << 10;
    }

    void mapping()
    {
        QFETCH(QString, state);
        QFETCH(bool, atReception);
        QFETCH(int, code);
        const auto s = dossierStateFromWire(state);
        QVERIFY(s.has_value());
        QCOMPARE(nationalStatus(*s, atReception), code);
        Dossier d;
        d.state = *s;
        d.rejectedAtReception = atReception;
        QCOMPARE(d.nationalStatus(), code);
    }

    //! The flag only matters for rejected dossiers.
    void receptionFlagOnlyAffectsRejected()
    {
        for (DossierState s : allDossierStates()) {
            if (s != DossierState::Rejected)
                QCOMPARE(nationalStatus(s, true), nationalStatus(s, false));
        }
    }

    //! Every code from 2 to 10 is reachable and the code is never 1 or outside 1..10.
    void everyCodeReachable()
    {
        QSet<int> seen;
        for (DossierState s : allDossierStates()) {
            for (bool flag : {false, true}) {
                const int c = nationalStatus(s, flag);
                QVERIFY(c >= 2 && c <= 10);
                seen.insert(c);
            }
        }
        QCOMPARE(seen, (QSet<int> {2, 3, 4, 5, 6, 7, 8, 9, 10}));
    }

    void wireIdsRoundTrip()
    {
        QCOMPARE(allDossierStates().size(), 10);
        QSet<QString> ids;
        for (DossierState s : allDossierStates()) {
            ids.insert(toWire(s));
            QCOMPARE(dossierStateFromWire(toWire(s)), std::optional<DossierState>(s));
            QVERIFY(!displayName(s).isEmpty());
        }
        QCOMPARE(ids.size(), 10);
        QVERIFY(!dossierStateFromWire(u"Received").has_value());
        QVERIFY(!dossierStateFromWire(u"").has_value());
        QCOMPARE(toWire(DossierState::SupplementRequested), QStringLiteral("supplement_requested"));
    }

    void terminalStates()
    {
        QSet<DossierState> terminal;
        for (DossierState s : allDossierStates()) {
            if (isTerminal(s))
                terminal.insert(s);
        }
        QCOMPARE(
            terminal,
            (QSet<DossierState> {DossierState::Returned, DossierState::Rejected, DossierState::Withdrawn}));
    }
};

QTEST_GUILESS_MAIN(TestNationalStatus)
#include "tst_nationalstatus.moc"
