// SPDX-License-Identifier: GPL-3.0-or-later
//! The server's small parsers, without a process: byte ranges, If-Match
//! versions, path ids, feed cursors, password hashing.
#include "actionservice.h"
#include "authservice.h"
#include "changefeed.h"
#include "documenthandlers.h"
#include "servercontext.h"

#include <QDateTime>
#include <QTest>

using namespace motcua::server;

class TstServerUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranges_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("first"); // -2 = unsatisfiable, -1 = whole document
        QTest::addColumn<qint64>("last");
        QTest::newRow("none") << QByteArray() << qint64(-1) << qint64(-1);
        QTest::newRow("first byte") << QByteArray("bytes=0-0") << qint64(0) << qint64(0);
        QTest::newRow("open end") << QByteArray("bytes=90-") << qint64(90) << qint64(99);
        QTest::newRow("clamped end") << QByteArray("bytes=10-5000") << qint64(10) << qint64(99);
        QTest::newRow("suffix") << QByteArray("bytes=-7") << qint64(93) << qint64(99);
        QTest::newRow("suffix longer than file") << QByteArray("bytes=-500") << qint64(0) << qint64(99);
        QTest::newRow("past the end") << QByteArray("bytes=100-") << qint64(-2) << qint64(-2);
        QTest::newRow("reversed") << QByteArray("bytes=5-2") << qint64(-2) << qint64(-2);
        QTest::newRow("zero suffix") << QByteArray("bytes=-0") << qint64(-2) << qint64(-2);
        QTest::newRow("empty spec") << QByteArray("bytes=-") << qint64(-2) << qint64(-2);
        QTest::newRow("multi range ignored") << QByteArray("bytes=0-1,5-6") << qint64(-1) << qint64(-1);
        QTest::newRow("other unit ignored") << QByteArray("pages=1-2") << qint64(-1) << qint64(-1);
        QTest::newRow("huge number") << QByteArray("bytes=99999999999999999999-") << qint64(-2) << qint64(-2);
    }
    void ranges()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const auto r = parseRange(header, 100);
        if (first == -2) {
            QVERIFY(!r.has_value());
        } else {
            QVERIFY(r.has_value());
            QCOMPARE(r->first, first);
            QCOMPARE(r->second, last);
        }
    }
    void versionTags()
    {
        QCOMPARE(parseVersionTag("\"12\""), std::optional<qint64>(12));
        QCOMPARE(parseVersionTag("12"), std::optional<qint64>(12));
        QCOMPARE(parseVersionTag("W/\"3\""), std::optional<qint64>(3));
        QVERIFY(!parseVersionTag("\"abc\"").has_value());
        QVERIFY(!parseVersionTag("\"-1\"").has_value());
        QVERIFY(!parseVersionTag("").has_value());
    }
    void ids()
    {
        QVERIFY(isSafeId(QStringLiteral("HS0000001")));
        QVERIFY(isSafeId(QStringLiteral("019090001234")));
        QVERIFY(!isSafeId(QStringLiteral("..")));
        QVERIFY(!isSafeId(QStringLiteral("a..b")));
        QVERIFY(!isSafeId(QStringLiteral("../etc")));
        QVERIFY(!isSafeId(QStringLiteral("a/b")));
        QVERIFY(!isSafeId(QStringLiteral("a\\b")));
        QVERIFY(!isSafeId(QString()));
        QVERIFY(!isSafeId(QString(101, QLatin1Char('a'))));
        QVERIFY(isSha256Hex(QString(64, QLatin1Char('a'))));
        QVERIFY(!isSha256Hex(QString(64, QLatin1Char('A'))));
        QVERIFY(!isSha256Hex(QString(63, QLatin1Char('a'))));
    }
    void cursors()
    {
        ChangeFeed feed(nullptr, 3600);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString c = ChangeFeed::encodeCursor({42, now});
        auto back = feed.decodeCursor(c);
        QVERIFY(back.ok());
        QCOMPARE(back->seq, 42);
        QCOMPARE(back->issuedAt, now);
        QCOMPARE(feed.decodeCursor(ChangeFeed::encodeCursor({42, now - 7200})).error().code,
                 QStringLiteral("feed.cursor_expired"));
        for (const QString &bad :
             {QStringLiteral("!!"), QStringLiteral("djE6"), QStringLiteral("eDox"),
              ChangeFeed::encodeCursor({-1, now}), ChangeFeed::encodeCursor({1, now + 86400}),
              QString(300, QLatin1Char('A'))})
            QCOMPARE(feed.decodeCursor(bad).error().code, QStringLiteral("feed.invalid_cursor"));
    }
    void passwords()
    {
        const PasswordHash h = AuthService::hashPassword(QStringLiteral("mật khẩu"), 1000);
        QCOMPARE(h.hash.size(), 64);
        QVERIFY(AuthService::verifyPassword(QStringLiteral("mật khẩu"), h));
        QVERIFY(!AuthService::verifyPassword(QStringLiteral("mat khau"), h));
        // Per-user salt: the same password hashes differently.
        QVERIFY(AuthService::hashPassword(QStringLiteral("mật khẩu"), 1000).hash != h.hash);
        QVERIFY(AuthService::randomToken() != AuthService::randomToken());
    }
};

QTEST_GUILESS_MAIN(TstServerUnits)
#include "tst_serverunits.moc"
