// SPDX-License-Identifier: GPL-3.0-or-later
//! The indicator columns of the cache (indicator_dossiers, indicator_transfers):
//! written with every dossier, replaced on update, gone with the dossier,
//! backfilled for a cache from before them, and read back (both ways) as exactly
//! what core's one derivation gives for the cached dossiers.
#include "core/indicators.h"
#include "fixtures.h"
#include "store/indicatorsource.h"
#include "store/localstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {
#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().toString()));                                 \
    } while (false)

//! Dossiers covering every input: channels, payments, ratings, states, paper,
//! reuse, results (signed or not), apologies, rejection at reception, transfers.
QList<Dossier> varied()
{
    QList<Dossier> out;
    for (int i = 0; i < 24; ++i) {
        Dossier d = fixtures::dossier(QString::number(100 + i), 1);
        d.agencyCode = i % 3 ? QStringLiteral("H19.01") : QStringLiteral("H19.X01");
        d.assignee = i % 4 ? QStringLiteral("chuyenvien%1").arg(i % 4) : QString();
        d.procedureCode = i % 2 ? QStringLiteral("1.009972") : QStringLiteral("1.001234");
        d.receivedAt = fixtures::utc("2026-07-01T16:30:00").addDays(i * 5); //!< 23:30 in Vietnam
        d.dueAt = d.receivedAt.addDays(10);
        d.service.channel = SubmissionChannel(i % 3);
        d.service.payment = PaymentMethod((i / 3) % 3);
        d.service.satisfaction = Satisfaction(i % 4);
        d.service.paperComponents = i % 5 == 0 ? 2 : 0;
        if (i % 2)
            d.service.reusedComponents = {d.components.first().id};
        d.rejectedAtReception = i == 7;
        if (i % 4 != 1) {
            d.state = i % 6 == 0 ? DossierState::Rejected
                : i % 6 == 2     ? DossierState::Withdrawn
                                 : DossierState::Returned;
            d.finishedAt = d.receivedAt.addDays(i % 3 ? 4 : 14);
            d.supplementCount = i % 11 == 0 ? 2 : 0;
            Component r = d.components.first();
            r.id = d.id + QStringLiteral("-kq");
            r.kind = ComponentKind::Result;
            r.isSigned = i % 5 != 0;
            d.components.append(r);
            d.service.resultOnPaper = i % 7 == 0;
            if (i % 3 == 0) {
                Component a = r;
                a.id = d.id + QStringLiteral("-xl");
                a.kind = ComponentKind::Apology;
                d.components.append(a);
            }
        }
        if (i % 2 == 0)
            d.service.nationalSyncedAt
                = d.finishedAt.isValid() ? d.finishedAt.addSecs(i % 4 ? 60 : -60) : d.receivedAt.addSecs(600);
        for (int t = 0; t < i % 3; ++t)
            d.service.transfers.append({QStringLiteral("H19.0%1").arg(t + 2), d.agencyCode,
                                        d.receivedAt.addDays(t + 1), (i + t) % 2 == 0});
        out.append(d);
    }
    return out;
}

IndicatorScope expected(QList<Dossier> ds)
{
    std::sort(ds.begin(), ds.end(), [](const Dossier &a, const Dossier &b) { return a.id < b.id; });
    return indicatorScope(ds);
}
} // namespace

class TestIndicatorColumns : public QObject
{
    Q_OBJECT
private:
    void compareScope(LocalStore &store, const QList<Dossier> &dossiers)
    {
        auto fast = indicatorsource::cachedScope(store.database());
        VERIFY_OK(fast);
        auto viaQt = indicatorsource::cachedScope(store.database(), indicatorsource::ScanApi::QtSql);
        VERIFY_OK(viaQt);
        const IndicatorScope want = expected(dossiers);
        QCOMPARE(fast->dossiers.size(), want.dossiers.size());
        for (qsizetype i = 0; i < want.dossiers.size(); ++i)
            QVERIFY2(fast->dossiers.at(i) == want.dossiers.at(i), qPrintable(want.dossiers.at(i).id));
        QCOMPARE(fast->transfers, want.transfers);
        QVERIFY(*viaQt == *fast);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writtenWithEveryDossier()
    {
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.path());
        VERIFY_OK(store);
        QList<Dossier> ds = varied();
        //! A page (the sync's path) and single upserts write the same columns.
        VERIFY_OK((*store)->dossiers().applyChangesPage(ds.mid(0, 12), QStringLiteral("c1")));
        for (const Dossier &d : ds.mid(12))
            VERIFY_OK((*store)->dossiers().upsert(d));
        compareScope(**store, ds);
        const IndicatorScope scope = expected(ds);
        QVERIFY(scope.transfers.size() > 10);
        QVERIFY(std::any_of(scope.dossiers.cbegin(), scope.dossiers.cend(), [](const IndicatorDossier &d) {
            return d.outcome == deadline::Outcome::Late && d.apology;
        }));
        //! The day is Vietnam's: 16:30 UTC is 23:30 on the same day there, 17:00 the next.
        QCOMPARE(dateOfEpochDay(scope.dossiers.first().receivedDay), QDate(2026, 7, 1));

        //! An update replaces the row and the transfers (one fewer), a tombstone takes them away.
        ds[5].version = 2;
        ds[5].service.transfers.removeLast();
        ds[5].service.channel = SubmissionChannel::Postal;
        ds[5].state = DossierState::ResultIssued;
        VERIFY_OK((*store)->dossiers().upsert(ds[5]));
        VERIFY_OK((*store)->dossiers().upsert(fixtures::tombstone(ds[8].id, 5)));
        ds.removeAt(8);
        compareScope(**store, ds);
        auto left = (*store)->database().scalar(
            QStringLiteral("SELECT count(*) FROM indicator_transfers WHERE dossier_id = ?"),
            {QStringLiteral("108")});
        VERIFY_OK(left);
        QCOMPARE(left->toInt(), 0);
    }

    void backfilledForAnOlderCache()
    {
        QTemporaryDir dir;
        const QList<Dossier> ds = varied();
        {
            auto store = LocalStore::open(dir.path());
            VERIFY_OK(store);
            VERIFY_OK((*store)->dossiers().applyChangesPage(ds, QStringLiteral("c1")));
            //! As a cache written before the columns existed: rows without inputs, no marker.
            Database &db = (*store)->database();
            VERIFY_OK(db.exec(QStringLiteral("DELETE FROM indicator_transfers")));
            VERIFY_OK(db.exec(QStringLiteral("DELETE FROM indicator_dossiers")));
            VERIFY_OK(db.exec(QStringLiteral("DELETE FROM sync_state WHERE key = ?"),
                              {indicatorsource::kInputsKey}));
            auto none = indicatorsource::cachedScope(db);
            VERIFY_OK(none);
            QVERIFY(none->dossiers.isEmpty());
        }
        auto store = LocalStore::open(dir.path());
        VERIFY_OK(store);
        compareScope(**store, ds);
        //! Once: the marker is there now, a second run does nothing.
        auto again = indicatorsource::backfill((*store)->database());
        VERIFY_OK(again);
        QCOMPARE(*again, 0);
    }

    void computesLikeTheDossiers()
    {
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.path());
        VERIFY_OK(store);
        const QList<Dossier> ds = varied();
        VERIFY_OK((*store)->dossiers().applyChangesPage(ds, QStringLiteral("c1")));
        auto scope = indicatorsource::cachedScope((*store)->database());
        VERIFY_OK(scope);
        IndicatorSet set;
        for (const QString &pred :
             {QStringLiteral("online"), QStringLiteral("synced"), QStringLiteral("on_time")}) {
            IndicatorDefinition def;
            def.id = pred;
            def.numerator = pred;
            def.denominator
                = pred == QLatin1String("on_time") ? QStringLiteral("finished") : QStringLiteral("received");
            def.period = pred == QLatin1String("on_time") ? PeriodRule::Finished : PeriodRule::Received;
            def.weight = 10;
            set.indicators.append(def);
        }
        const Period year = Period::parse(QStringLiteral("2026")).value();
        for (Breakdown b : {Breakdown::None, Breakdown::Agency, Breakdown::Official}) {
            const IndicatorReport fromColumns = computeIndicators(set, *scope, year, b);
            const IndicatorReport fromDossiers = computeIndicators(set, ds, year, b);
            QCOMPARE(json::toJson(fromColumns), json::toJson(fromDossiers));
            QVERIFY(fromColumns.results.first().total.denominator > 10);
        }
    }
};

QTEST_GUILESS_MAIN(TestIndicatorColumns)
#include "tst_indicatorcolumns.moc"
