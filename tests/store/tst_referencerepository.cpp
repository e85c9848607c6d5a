// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "store/localstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestReferenceRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    int m_profile = 0;

    static Procedure procedure(const char *code, const QString &name)
    {
        Procedure p;
        p.code = QString::fromLatin1(code);
        p.name = name;
        p.processingDays = 10;
        p.retentionYears = 20;
        p.fee = 50000;
        p.level = QStringLiteral("department");
        p.requiredComponents = {RequiredComponent{QStringLiteral("GT01"), QStringLiteral("Đơn đề nghị"), true}};
        return p;
    }

private Q_SLOTS:
    void init()
    {
        auto s = LocalStore::open(m_dir.filePath(QStringLiteral("p%1").arg(++m_profile)));
        QVERIFY(s.ok());
        m_store = std::move(*s);
    }
    void cleanup() { m_store.reset(); }

    void agenciesAreReplacedWhole()
    {
        const Agency root{QStringLiteral("H19"), QStringLiteral("UBND tỉnh Hà Tĩnh"), QString(), QStringLiteral("province"),
                          QStringLiteral("people_committee")};
        const Agency dept{QStringLiteral("H19.01"), QStringLiteral("Sở Xây dựng"), QStringLiteral("H19"),
                          QStringLiteral("department"), QStringLiteral("department")};
        const Agency commune{QStringLiteral("H19.X01"), QStringLiteral("UBND xã Đồng Lộc"), QStringLiteral("H19"),
                             QStringLiteral("commune"), QStringLiteral("people_committee")};
        QVERIFY(m_store->reference().replaceAgencies({root, dept, commune}).ok());
        QCOMPARE(m_store->reference().agencies().value(), (QList<Agency>{root, dept, commune}));
        // After the 2025 reform the directory changes: the old entries go.
        QVERIFY(m_store->reference().replaceAgencies({root, commune}).ok());
        QCOMPARE(m_store->reference().agencies().value(), (QList<Agency>{root, commune}));
        // A failed replacement keeps the previous directory.
        m_store->database().failNthQuery(4, 13);
        QVERIFY(!m_store->reference().replaceAgencies({dept}).ok());
        QCOMPARE(m_store->reference().agencies().value(), (QList<Agency>{root, commune}));
    }

    void proceduresSortAndRekeyDossiers()
    {
        Dossier a = fixtures::dossier(QStringLiteral("1"), 1);
        a.procedureCode = QStringLiteral("2.000001");
        Dossier b = fixtures::dossier(QStringLiteral("2"), 1);
        b.procedureCode = QStringLiteral("1.000002");
        QVERIFY(m_store->dossiers().upsert(a).valueOr(false));
        QVERIFY(m_store->dossiers().upsert(b).valueOr(false));
        // Without names the procedure sort uses the codes: 1.000002 first.
        InboxQuery q;
        q.sort = InboxSort::Procedure;
        auto ids = [&]() {
            QStringList out;
            const auto items = m_store->dossiers().list(q);
            for (const InboxItem &i : items.value())
                out << i.dossier.id;
            return out;
        };
        QCOMPARE(ids(), (QStringList{QStringLiteral("2"), QStringLiteral("1")}));
        const Procedure p1 = procedure("2.000001", QStringLiteral("Cấp giấy phép xây dựng"));
        const Procedure p2 = procedure("1.000002", QStringLiteral("Đăng ký kết hôn"));
        QVERIFY(m_store->reference().replaceProcedures({p2, p1}).ok());
        QCOMPARE(m_store->reference().procedures().value(), (QList<Procedure>{p1, p2})); // C before Đ
        QCOMPARE(m_store->reference().procedure(QStringLiteral("1.000002")).value(), std::optional<Procedure>(p2));
        QVERIFY(!m_store->reference().procedure(QStringLiteral("9.9")).value().has_value());
        // Cached dossiers are re-keyed: "Cấp ..." sorts before "Đăng ...", and names are searchable.
        QCOMPARE(ids(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        q.search = QStringLiteral("dang ky ket hon");
        QCOMPARE(ids(), QStringList{QStringLiteral("2")});
    }

    void calendarYearsMakeTheWorkingCalendar()
    {
        QVERIFY(m_store->reference().workingCalendar().ok()); // default calendar when none stored
        CalendarYear y;
        y.year = 2026;
        y.holidays = {QDate(2026, 11, 27)}; // a Friday off
        y.workingDays = {QDate(2026, 11, 28)}; // the Saturday worked instead
        QVERIFY(m_store->reference().setCalendarYear(y).ok());
        QVERIFY(m_store->reference().setCalendarYear(y).ok()); // replacing a year is fine
        QCOMPARE(m_store->reference().calendarYears().value(), QList<CalendarYear>{y});
        const WorkingCalendar cal = m_store->reference().workingCalendar().value();
        QVERIFY(!cal.isWorkingDay(QDate(2026, 11, 27)));
        QVERIFY(cal.isWorkingDay(QDate(2026, 11, 28)));
        QVERIFY(cal.isWorkingDay(QDate(2026, 11, 26)));
    }

    void syncStateKeepsCursorTimeAndMe()
    {
        SyncStateRepository &s = m_store->syncState();
        QCOMPARE(s.cursor().valueOr(QStringLiteral("x")), QString());
        QVERIFY(!s.value(QStringLiteral("nothing")).value().has_value());
        QVERIFY(!s.lastSync().value().isValid());
        QVERIFY(!s.me().value().has_value());
        QVERIFY(s.setCursor(QStringLiteral("opaque-42")).ok());
        QCOMPARE(s.cursor().valueOr({}), QStringLiteral("opaque-42"));
        const QDateTime at = fixtures::utc("2026-11-23T08:30:00");
        QVERIFY(s.setLastSync(at).ok());
        QCOMPARE(s.lastSync().value(), at);
        json::Me me;
        me.official.id = QStringLiteral("u1");
        me.official.username = QStringLiteral("chuyenvien1");
        me.official.fullName = QStringLiteral("Nguyễn Thị Hương");
        me.official.agencyCode = QStringLiteral("H19.X01");
        me.official.roles = {Role::Specialist};
        me.agency = Agency{QStringLiteral("H19.X01"), QStringLiteral("UBND xã Đồng Lộc"), QStringLiteral("H19"),
                           QStringLiteral("commune"), QStringLiteral("people_committee")};
        QVERIFY(s.setMe(me).ok());
        QCOMPARE(s.me().value(), std::optional<json::Me>(me));
        QVERIFY(s.remove(SyncStateRepository::kCursor).ok());
        QCOMPARE(s.cursor().valueOr(QStringLiteral("x")), QString());
    }
};

QTEST_GUILESS_MAIN(TestReferenceRepository)
#include "tst_referencerepository.moc"
