// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/textfold.h"

#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestTextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << QStringLiteral("Nguyễn Văn Đạt") << QStringLiteral("nguyen van dat");
        QTest::newRow("upper") << QStringLiteral("NGUYỄN VĂN ĐẠT") << QStringLiteral("nguyen van dat");
        QTest::newRow("a tones") << QStringLiteral("a à ả ã á ạ") << QStringLiteral("a a a a a a");
        QTest::newRow("ă tones") << QStringLiteral("ă ằ ẳ ẵ ắ ặ Ă Ằ Ẳ Ẵ Ắ Ặ") << QStringLiteral("a a a a a a a a a a a a");
        QTest::newRow("â tones") << QStringLiteral("â ầ ẩ ẫ ấ ậ Â Ầ Ẩ Ẫ Ấ Ậ") << QStringLiteral("a a a a a a a a a a a a");
        QTest::newRow("e ê") << QStringLiteral("è ẻ ẽ é ẹ ê ề ể ễ ế ệ Ê Ệ") << QStringLiteral("e e e e e e e e e e e e e");
        QTest::newRow("i y") << QStringLiteral("ì ỉ ĩ í ị ỳ ỷ ỹ ý ỵ Ỳ Ỵ") << QStringLiteral("i i i i i y y y y y y y");
        QTest::newRow("o ô ơ") << QStringLiteral("ò ỏ õ ó ọ ô ồ ổ ỗ ố ộ ơ ờ ở ỡ ớ ợ Ơ Ợ")
                               << QStringLiteral("o o o o o o o o o o o o o o o o o o o");
        QTest::newRow("u ư") << QStringLiteral("ù ủ ũ ú ụ ư ừ ử ữ ứ ự Ư Ự") << QStringLiteral("u u u u u u u u u u u u u");
        QTest::newRow("đ Đ") << QStringLiteral("đ Đ đường ĐỨC") << QStringLiteral("d d duong duc");
        // Precomposed and decomposed input fold the same.
        QTest::newRow("nfd input") << QStringLiteral("Nguye\u0302\u0303n") << QStringLiteral("nguyen");
        QTest::newRow("digits") << QStringLiteral("001234-Hà Nội") << QStringLiteral("001234-ha noi");
        QTest::newRow("empty") << QString() << QString();
    }

    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(textfold::fold(input), expected);
    }

    void ftsQueryQuotesEveryToken_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << QStringLiteral("Nguyễn Văn Đạt") << QStringLiteral("\"nguyen\" \"van\" \"dat\"*");
        QTest::newRow("quote") << QStringLiteral("nguy\"en") << QStringLiteral("\"nguy\" \"en\"*");
        QTest::newRow("column filter") << QStringLiteral("applicant:dat") << QStringLiteral("\"applicant\" \"dat\"*");
        QTest::newRow("operators") << QStringLiteral("dat OR van NOT nguyen") << QStringLiteral("\"dat\" \"or\" \"van\" \"not\" \"nguyen\"*");
        QTest::newRow("star and parens") << QStringLiteral("* (dat) NEAR(a b)") << QStringLiteral("\"dat\" \"near\" \"a\" \"b\"*");
        QTest::newRow("only punctuation") << QStringLiteral("\"*:^()") << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << QString();
        QTest::newRow("many words") << QStringLiteral("a ").repeated(100) + QStringLiteral("b")
                                    << (QStringLiteral("\"a\" ").repeated(15) + QStringLiteral("\"a\"*"));
    }

    void ftsQueryQuotesEveryToken()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(textfold::ftsQuery(input), expected);
    }

    //! Every hostile input is a valid FTS5 query that matches only literal words.
    void ftsInjectionAgainstRealFts5()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("fts.sqlite")));
        QVERIFY(db.open().ok());
        const QStringList rows = {QStringLiteral("Nguyễn Văn Đạt"), QStringLiteral("Trần Thị Or"),
                                  QStringLiteral("Lê Applicant")};
        for (int i = 0; i < rows.size(); ++i)
            QVERIFY(db.exec(QStringLiteral("INSERT INTO dossier_fts(rowid, applicant, code) VALUES (?, ?, 'x')"),
                            {i + 1, textfold::fold(rows.at(i))})
                        .ok());
        auto matches = [&](const QString &user) -> QList<int> {
            QList<int> ids;
            auto q = db.run(QStringLiteral("SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH ? ORDER BY rowid"),
                            {textfold::ftsQuery(user)});
            if (!q) {
                ids << -1;
                return ids;
            }
            while ((*q)->next())
                ids << (*q)->value(0).toInt();
            return ids;
        };
        QCOMPARE(matches(QStringLiteral("nguyen van dat")), QList<int>{1});
        QCOMPARE(matches(QStringLiteral("NGUYỄN văn ĐẠT")), QList<int>{1});
        QCOMPARE(matches(QStringLiteral("nguy")), QList<int>{1}); // prefix on the last token
        QCOMPARE(matches(QStringLiteral("van nguyen")), QList<int>{1});
        QCOMPARE(matches(QStringLiteral("tran")), QList<int>{2});
        // "OR" is a word, not an operator: only row 2 has it.
        QCOMPARE(matches(QStringLiteral("tran OR nguyen")), QList<int>{});
        QCOMPARE(matches(QStringLiteral("thi OR")), QList<int>{2});
        // A column filter typed by the user is two words, not a filter on column "applicant".
        QCOMPARE(matches(QStringLiteral("applicant:le")), QList<int>{3});
        QCOMPARE(matches(QStringLiteral("code:x")), QList<int>{});
        QCOMPARE(matches(QStringLiteral("\"nguyen")), QList<int>{1});
        QCOMPARE(matches(QStringLiteral("nguyen\" OR \"tran")), QList<int>{});
        QCOMPARE(matches(QStringLiteral("dat*")), QList<int>{1});
        QCOMPARE(matches(QStringLiteral("NEAR(nguyen dat)")), QList<int>{});
        QCOMPARE(matches(QStringLiteral("^nguyen")), QList<int>{1});
        QCOMPARE(matches(QStringLiteral("- van")), QList<int>{1});
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
