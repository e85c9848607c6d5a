// SPDX-License-Identifier: GPL-3.0-or-later
// Run-time language switch: the compiled catalogues are in the binary and
// switching retranslates without a restart; the .ts files are complete.
#include "appcontroller.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestAppController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogsAreCompiledIn()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/motcua_vi.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/motcua_en.qm")));
    }

    void switchesLanguageAtRunTime()
    {
        AppController c(nullptr);
        QSignalSpy spy(&c, &AppController::languageChanged);
        c.setLanguage(QStringLiteral("vi"));
        QCOMPARE(c.language(), QStringLiteral("vi"));
        QCOMPARE(QCoreApplication::translate("AppShell", "Inbox"), QStringLiteral("Hồ sơ cần xử lý"));
        QCOMPARE(QCoreApplication::translate("SyncController", "Never synced"),
                 QStringLiteral("Chưa đồng bộ lần nào"));
        c.setLanguage(QStringLiteral("en"));
        QCOMPARE(c.language(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("AppShell", "Inbox"), QStringLiteral("Inbox"));
        // English plural forms come from the catalogue, not from the source text.
        QCOMPARE(QCoreApplication::translate("SyncController", "Synced %n minute(s) ago", nullptr, 1),
                 QStringLiteral("Synced 1 minute ago"));
        QCOMPARE(QCoreApplication::translate("SyncController", "Synced %n minute(s) ago", nullptr, 5),
                 QStringLiteral("Synced 5 minutes ago"));
        QCOMPARE(spy.count(), 2);
    }

    //! Issue 20 item 9: dates in dialogs follow the UI language (QLocale default).
    void localeFollowsTheLanguage()
    {
        AppController c(nullptr);
        c.setLanguage(QStringLiteral("vi"));
        QCOMPARE(QLocale().language(), QLocale::Vietnamese);
        const QDate d(2026, 12, 2); // a Wednesday
        QCOMPARE(QLocale().dayName(d.dayOfWeek()), QLocale(QLocale::Vietnamese).dayName(3));
        QVERIFY(!QLocale().toString(d, QLocale::LongFormat).contains(QLatin1String("Wednesday")));
        c.setLanguage(QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QVERIFY(QLocale().toString(d, QLocale::LongFormat).contains(QLatin1String("Wednesday")));
    }

    void unknownLanguageFallsBackToVietnamese()
    {
        AppController c(nullptr);
        c.setLanguage(QStringLiteral("fr"));
        QCOMPARE(c.language(), QStringLiteral("vi"));
        QCOMPARE(QCoreApplication::translate("AppShell", "Settings"), QStringLiteral("Cài đặt"));
    }

    void retranslatesQmlBindings()
    {
        QQmlEngine engine;
        AppController c(nullptr);
        c.setEngine(&engine);
        c.setLanguage(QStringLiteral("en"));
        QQmlComponent comp(&engine);
        comp.setData("import QtQuick\nItem { property string t: qsTranslate(\"AppShell\", \"Dashboard\") }",
                     QUrl(QStringLiteral("inline.qml")));
        std::unique_ptr<QObject> obj(comp.create());
        QVERIFY2(obj, qPrintable(comp.errorString()));
        QCOMPARE(obj->property("t").toString(), QStringLiteral("Dashboard"));
        c.setLanguage(QStringLiteral("vi"));
        QCOMPARE(obj->property("t").toString(), QStringLiteral("Bảng theo dõi"));
    }

    //! Every message of both catalogues is translated; Vietnamese ones are not
    //! left equal to the English source unless they are names.
    void catalogsAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("vi") << QStringLiteral(MOTCUA_SOURCE_DIR "/translations/motcua_vi.ts");
        QTest::newRow("en") << QStringLiteral(MOTCUA_SOURCE_DIR "/translations/motcua_en.ts");
    }
    void catalogsAreComplete()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(f.readAll());
        QVERIFY(ts.contains(QLatin1String("<message")));
        QVERIFY2(!ts.contains(QLatin1String("type=\"unfinished\"")), "unfinished translations left");
        QVERIFY2(!ts.contains(QLatin1String("<translation></translation>")), "empty translation");
        QVERIFY2(!ts.contains(QLatin1String("<translation/>")), "empty translation");
        QVERIFY2(!ts.contains(QLatin1String("type=\"vanished\"")), "vanished entries left");
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestAppController t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_appcontroller.moc"
