// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/sortkey.h"

#include <QCollator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace motcua;

namespace {

QCollator vietnameseCollator()
{
    return QCollator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
}

int sign(int v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

} // namespace

class TestSortKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    //! Vietnamese dictionaries sort đ after d, and the tones in the order
    //! ngang, huyền, hỏi, ngã, sắc, nặng.
    void dictionaryOrder()
    {
        const QStringList expected = {
            QStringLiteral("Dung"),  QStringLiteral("Dương"), QStringLiteral("Đào"),  QStringLiteral("Đặng"),
            QStringLiteral("Le"),    QStringLiteral("Lê"),    QStringLiteral("Lề"),   QStringLiteral("Lể"),
            QStringLiteral("Lễ"),    QStringLiteral("Lế"),    QStringLiteral("Lệ"),   QStringLiteral("Lê An"),
            QStringLiteral("Nguyễn Văn"), QStringLiteral("Nguyễn Văn Đạt"), QStringLiteral("Nguyễn Vân"),
        };
        QStringList shuffled = expected;
        std::reverse(shuffled.begin(), shuffled.end());
        std::sort(shuffled.begin(), shuffled.end(),
                  [](const QString &a, const QString &b) { return sortkey::vietnamese(a) < sortkey::vietnamese(b); });
        QCOMPARE(shuffled, expected);
        // And QCollator (ICU vi) agrees on this table, so the key is not our invention.
        QCollator c = vietnameseCollator();
        for (int i = 1; i < expected.size(); ++i)
            QVERIFY2(c.compare(expected.at(i - 1), expected.at(i)) < 0, qPrintable(expected.at(i)));
    }

    //! Random Vietnamese-looking names: the key orders every pair as QCollator does.
    void agreesWithQCollator()
    {
        const QStringList syllables = {
            QStringLiteral("Nguyễn"), QStringLiteral("nguyên"), QStringLiteral("Trần"), QStringLiteral("tran"),
            QStringLiteral("Lê"),     QStringLiteral("Lệ"),     QStringLiteral("Phạm"), QStringLiteral("Hoàng"),
            QStringLiteral("Huỳnh"),  QStringLiteral("Võ"),     QStringLiteral("Vo"),   QStringLiteral("Đặng"),
            QStringLiteral("Dương"),  QStringLiteral("Dung"),   QStringLiteral("Bùi"),  QStringLiteral("Đỗ"),
            QStringLiteral("Hồ"),     QStringLiteral("Ngô"),    QStringLiteral("Văn"),  QStringLiteral("Vân"),
            QStringLiteral("Thị"),    QStringLiteral("THỊ"),    QStringLiteral("Ánh"),  QStringLiteral("Ảnh"),
            QStringLiteral("ẩn"),     QStringLiteral("Ơn"),     QStringLiteral("Ôn"),   QStringLiteral("On"),
            QStringLiteral("Ưng"),    QStringLiteral("Ung"),    QStringLiteral("Đạt"),  QStringLiteral("Dat"),
            QStringLiteral("Quý"),    QStringLiteral("Quỳ"),    QStringLiteral("Yến"),  QStringLiteral("Ý"),
            QStringLiteral("A"),      QStringLiteral("Ă"),      QStringLiteral("Â"),    QStringLiteral("Ấ"),
        };
        QCollator c = vietnameseCollator();
        QRandomGenerator rng(20261123);
        auto name = [&]() {
            QStringList parts;
            const int n = 1 + int(rng.bounded(3));
            for (int i = 0; i < n; ++i)
                parts << syllables.at(int(rng.bounded(qsizetype(syllables.size()))));
            return parts.join(QLatin1Char(' '));
        };
        int checked = 0;
        for (int i = 0; i < 4000; ++i) {
            const QString a = name();
            const QString b = name();
            const int expected = sign(c.compare(a, b));
            const QByteArray ka = sortkey::vietnamese(a);
            const QByteArray kb = sortkey::vietnamese(b);
            const int actual = ka < kb ? -1 : (kb < ka ? 1 : 0);
            if (expected != actual)
                QFAIL(qPrintable(QStringLiteral("%1 vs %2: QCollator %3, key %4").arg(a, b).arg(expected).arg(actual)));
            ++checked;
        }
        QCOMPARE(checked, 4000);
    }

    //! SQLite orders the BLOB keys the same way (memcmp, shorter prefix first).
    void sqliteOrdersKeys()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("keys.sqlite")));
        QVERIFY(db.open().ok());
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t(name TEXT, k BLOB)")).ok());
        const QStringList names = {QStringLiteral("Đặng"), QStringLiteral("Dương"), QStringLiteral("Lê An"),
                                   QStringLiteral("Lê"), QStringLiteral("lê"), QStringLiteral("Đào"), QStringLiteral("Le")};
        for (const QString &n : names)
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (?, ?)"), {n, sortkey::vietnamese(n)}).ok());
        auto q = db.run(QStringLiteral("SELECT name FROM t ORDER BY k"));
        QVERIFY(q.ok());
        QStringList sorted;
        while ((*q)->next())
            sorted << (*q)->value(0).toString();
        QStringList expected = names;
        QCollator c = vietnameseCollator();
        std::sort(expected.begin(), expected.end(), [&](const QString &a, const QString &b) { return c.compare(a, b) < 0; });
        QCOMPARE(sorted, expected);
        QCOMPARE(sorted.first(), QStringLiteral("Dương"));
    }
};

QTEST_GUILESS_MAIN(TestSortKey)
#include "tst_sortkey.moc"
