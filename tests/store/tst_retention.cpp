// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: finished dossiers leave the laptop after the province's number of
// days, unless pinned for a trip or still waiting for an action; their
// documents go with them unless a kept dossier uses the same one. A fixed
// "now" (never the wall clock).
#include "fixtures.h"
#include "store/localstore.h"
#include "store/retention.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using fixtures::dossier;
using fixtures::utc;

namespace {

QString shaOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void finishedDossiersLeaveAfterTheProvincesDays()
    {
        auto opened = LocalStore::open(m_dir.filePath(QStringLiteral("p")));
        QVERIFY(opened.ok());
        LocalStore &store = **opened;
        const QDateTime now = utc("2026-11-23T02:00:00");
        const QByteArray oldPdf = "%PDF-1.7 old result";
        const QByteArray sharedPdf = "%PDF-1.7 shared form";

        auto finished = [&](const QString &id, int daysAgo, const QByteArray &pdf) {
            Dossier d = dossier(id, 1);
            d.state = DossierState::ResultIssued;
            d.finishedAt = now.addDays(-daysAgo);
            d.components.first().sha256 = shaOf(pdf);
            return d;
        };
        QVERIFY(store.dossiers().upsert(finished(QStringLiteral("old"), 40, oldPdf)).ok());
        QVERIFY(store.dossiers().upsert(finished(QStringLiteral("recent"), 10, sharedPdf)).ok());
        QVERIFY(store.dossiers().upsert(finished(QStringLiteral("pinned"), 90, "%PDF pinned")).ok());
        QVERIFY(store.dossiers().upsert(finished(QStringLiteral("waiting"), 60, "%PDF waiting")).ok());
        QVERIFY(store.dossiers().upsert(finished(QStringLiteral("shares"), 45, sharedPdf)).ok());
        Dossier open = dossier(QStringLiteral("open"), 1); // in review, received long ago
        open.receivedAt = now.addDays(-200);
        QVERIFY(store.dossiers().upsert(open).ok());
        for (const QByteArray &pdf : {oldPdf, sharedPdf})
            QVERIFY(store.blobs().put(shaOf(pdf), pdf).ok());
        QVERIFY(retention::setPinned(store.database(), QStringLiteral("pinned"), true, now).ok());
        Action act;
        act.dossierId = QStringLiteral("waiting");
        act.kind = ActionKind::Comment;
        act.payload = QJsonObject {{QStringLiteral("text"), QStringLiteral("x")}};
        act.idempotencyKey = QStringLiteral("k-waiting");
        act.baseVersion = 1;
        QVERIFY(
            store.outbox().enqueue(act, *store.dossiers().get(QStringLiteral("waiting")).valueOr({})).ok());

        // No province setting: nothing leaves.
        QCOMPARE(retention::days(store.database()).valueOr(-1), 0);
        QCOMPARE(retention::apply(store.database(), store.blobs(), now, 0).valueOr({}).dossiers, 0);
        QCOMPARE(store.dossiers().total().valueOr(-1), 6);

        QVERIFY(retention::setDays(store.database(), 30).ok());
        QCOMPARE(retention::days(store.database()).valueOr(-1), 30);
        auto gone = retention::apply(store.database(), store.blobs(), now, 30);
        QVERIFY(gone.ok());
        QCOMPARE(gone->dossiers, 2); // "old" (40 days) and "shares" (45 days)
        QCOMPARE(gone->documents, 1); // the old result; the shared form stays with "recent"
        for (const char *id : {"recent", "pinned", "waiting", "open"})
            QVERIFY2(store.dossiers().get(QString::fromLatin1(id)).valueOr({}).has_value(), id);
        for (const char *id : {"old", "shares"})
            QVERIFY2(!store.dossiers().get(QString::fromLatin1(id)).valueOr({}).has_value(), id);
        QVERIFY(!store.blobs().contains(shaOf(oldPdf)));
        QVERIFY(store.blobs().contains(shaOf(sharedPdf)));
        InboxQuery q;
        q.search = QStringLiteral("0old");
        QCOMPARE(store.dossiers().count(q).valueOr(-1), 0);

        // The day boundary: 30 days after the finish it is still there, a minute later gone.
        Dossier edge = finished(QStringLiteral("edge"), 30, "%PDF edge");
        QVERIFY(store.dossiers().upsert(edge).ok());
        QCOMPARE(retention::apply(store.database(), store.blobs(), now, 30).valueOr({}).dossiers, 0);
        QCOMPARE(retention::apply(store.database(), store.blobs(), now.addSecs(60), 30).valueOr({}).dossiers,
                 1);

        // Unpinned, the trip's dossier leaves at the next pass.
        QVERIFY(retention::setPinned(store.database(), QStringLiteral("pinned"), false, now).ok());
        QCOMPARE(retention::isPinned(store.database(), QStringLiteral("pinned")).valueOr(true), false);
        QCOMPARE(retention::apply(store.database(), store.blobs(), now, 30).valueOr({}).dossiers, 1);
        QCOMPARE(store.dossiers().total().valueOr(-1), 3); // recent, waiting, open
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
