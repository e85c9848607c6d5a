// SPDX-License-Identifier: GPL-3.0-or-later
//! The desktop over its synced scope and the server over the same scope give
//! identical indicator values (real server on loopback, demo data): one
//! computation, client/core/indicators, on both sides. Then an action done on
//! the desktop (a paper transfer, a forward out of the scope) changes both alike.
#include "core/indicators.h"
#include "store/dossierrepository.h"
#include "store/indicatorsource.h"
#include "syncfixture.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {
#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().toString()));                          \
    } while (false)

QStringList periodsAroundToday()
{
    const QDate today = WorkingCalendar::localDate(QDateTime::currentDateTimeUtc());
    const QDate back = today.addDays(-45);
    return {QString::number(today.year()),
            QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() - 1) / 3 + 1),
            today.toString(QStringLiteral("yyyy-MM")), back.toString(QStringLiteral("yyyy-MM")),
            back.toString(Qt::ISODate) + QStringLiteral("..") + today.toString(Qt::ISODate)};
}
} // namespace

class TestIndicatorSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorOutput()));
    }

    void clientAndServerAgree()
    {
        Client lead(m_server.port(), QStringLiteral("lanhdao1"));
        VERIFY_OK(lead.setUp());
        VERIFY_OK(compareAll(lead));

        //! The desktop forwards one dossier on paper (leaves the scope) and the
        //! server applies it: both sides still agree, and the figures moved.
        auto scope = indicatorsource::cachedScope(lead.db());
        VERIFY_OK(scope);
        QVERIFY(scope->dossiers.size() > 20);
        auto spec = Client(m_server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(spec.setUp());
        const QList<Dossier> movable = spec.commentable(200);
        const auto it = std::find_if(movable.cbegin(), movable.cend(),
                                     [](const Dossier &d) { return d.state == DossierState::InReview; });
        QVERIFY(it != movable.cend());
        auto queued = spec.engine().queueAction(*it, ActionKind::Forward,
                                                {{QStringLiteral("to_agency"), QStringLiteral("H19.01")},
                                                 {QStringLiteral("transfer"), QStringLiteral("paper")}});
        VERIFY_OK(queued);
        auto pushed = spec.engine().syncOnce();
        VERIFY_OK(pushed);
        QCOMPARE(pushed->pushed, 1);
        auto again = lead.engine().syncOnce();
        VERIFY_OK(again);
        auto after = indicatorsource::cachedScope(lead.db());
        VERIFY_OK(after);
        QCOMPARE(after->dossiers.size(), scope->dossiers.size() - 1);
        VERIFY_OK(compareAll(lead));

        //! Sở Tư pháp's supervisor now holds it, with one paper transfer more.
        Client other(m_server.port(), QStringLiteral("lanhdao2"));
        VERIFY_OK(other.setUp());
        auto theirs = indicatorsource::cachedScope(other.db());
        VERIFY_OK(theirs);
        QList<IndicatorTransfer> moved;
        std::copy_if(theirs->transfers.cbegin(), theirs->transfers.cend(), std::back_inserter(moved),
                     [&](const IndicatorTransfer &t) { return t.dossierId == it->id; });
        QVERIFY(!moved.isEmpty());
        QCOMPARE(moved.last().electronic, false);
        VERIFY_OK(compareAll(other));
    }

private:
    Status compareAll(Client &c)
    {
        SyncStateRepository state(c.db());
        auto set = indicatorsource::cachedSet(state);
        if (!set)
            return set.error();
        if (!set->has_value())
            return Error::make(Error::Kind::Internal, QStringLiteral("test.no_set"),
                               "no cached indicator set");
        auto scope = indicatorsource::cachedScope(c.db());
        if (!scope)
            return scope.error();
        //! The columns hold exactly what the one derivation gives for the cached
        //! dossiers, and both ways of reading them agree.
        auto viaQt = indicatorsource::cachedScope(c.db(), indicatorsource::ScanApi::QtSql);
        if (!viaQt)
            return viaQt.error();
        DossierRepository repo(c.db());
        QList<Dossier> cached;
        for (const QString &id : repo.allIds().valueOr(QStringList()))
            if (auto d = repo.get(id); d && d->has_value())
                cached.append(**d);
        if (*viaQt != *scope || indicatorScope(cached) != *scope)
            return Error::make(Error::Kind::Internal, QStringLiteral("test.columns"),
                               "the indicator columns differ from the cached dossiers");
        for (const QString &text : periodsAroundToday()) {
            for (Breakdown b : {Breakdown::None, Breakdown::Procedure, Breakdown::Official}) {
                auto period = Period::parse(text);
                if (!period)
                    return period.error();
                const QJsonObject local = json::toJson(computeIndicators(**set, *scope, *period, b));
                auto remote
                    = c.api().getJson(QStringLiteral("/indicators?period=%1&breakdown=%2")
                                          .arg(QString::fromUtf8(QUrl::toPercentEncoding(text)), toWire(b)));
                if (!remote)
                    return remote.error();
                QJsonObject server = *remote;
                if (server.value(QStringLiteral("dossiers")).toInt() != scope->dossiers.size())
                    return Error::make(Error::Kind::Internal, QStringLiteral("test.scope"),
                                       "scope sizes differ");
                server.remove(QStringLiteral("agency"));
                server.remove(QStringLiteral("dossiers"));
                if (server != local) {
                    qWarning().noquote()
                        << "period" << text << "breakdown" << toWire(b) << "\nclient"
                        << QJsonDocument(local).toJson(QJsonDocument::Compact).left(3000) << "\nserver"
                        << QJsonDocument(server).toJson(QJsonDocument::Compact).left(3000);
                    return Error::make(Error::Kind::Internal, QStringLiteral("test.differ"), "values differ");
                }
                //! Not trivially equal: the demo scope has data for the year.
                if (b == Breakdown::None && text.size() == 4
                    && !computeIndicators(**set, *scope, *period).score)
                    return Error::make(Error::Kind::Internal, QStringLiteral("test.empty"), "no data");
            }
        }
        return {};
    }

    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestIndicatorSync)
#include "tst_indicatorsync.moc"
