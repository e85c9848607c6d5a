// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/backoff.h"

#include <QSet>
#include <QTest>

using namespace motcua;

class TestBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void growsWithJitterWithinBounds()
    {
        Backoff b;
        b.baseMs = 100;
        b.capMs = 5000;
        for (int attempt = 0; attempt < 12; ++attempt) {
            const qint64 ceiling = qMin<qint64>(5000, qint64(100) << attempt);
            QSet<int> seen;
            for (int i = 0; i < 200; ++i) {
                const int d = b.delayMs(attempt);
                QVERIFY2(d >= ceiling / 2 && d <= ceiling,
                         qPrintable(QStringLiteral("%1 at %2").arg(d).arg(attempt)));
                seen.insert(d);
            }
            QVERIFY2(seen.size() > 10, "delays must be jittered, not constant");
        }
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::newRow("zero") << QByteArray(" 0 ") << qint64(0);
        QTest::newRow("date") << QByteArray("Mon, 23 Nov 2026 10:00:30 GMT") << qint64(30000);
        QTest::newRow("past date") << QByteArray("Mon, 23 Nov 2026 09:00:00 GMT") << qint64(0);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 11, 23), QTime(10, 0, 0), Qt::UTC);
        const auto got = retryAfterMs(header, now);
        QCOMPARE(got.value_or(-1), expected);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
