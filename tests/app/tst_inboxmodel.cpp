// SPDX-License-Identifier: GPL-3.0-or-later
// InboxModel over a real SQLite cache filled through the store API, checked
// by QAbstractItemModelTester while views, search, sort and paging change.
#include "appcontroller.h"
#include "cachefixture.h"
#include "inboxmodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestInboxModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace *m_ws = nullptr;
    static constexpr int kFillers = 250;

    QStringList column(const InboxModel &m, int role)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i)
            out << m.data(m.index(i), role).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppController::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        auto store = LocalStore::open(m_dir.path());
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        const QString err = cachefixture::fill(*store.value(), kFillers);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_ws = new Workspace(this);
        m_ws->adopt(std::move(store).value());
        QCOMPARE(m_ws->username(), cachefixture::kUser);
        QCOMPARE(m_ws->agencyCode(), cachefixture::kAgency);
    }

    void lazyLoadingInPages()
    {
        InboxModel m(m_ws, nullptr);
        m.setNow(cachefixture::now());
        m.setView(QStringLiteral("all"));
        QCOMPARE(m.totalCount(), 7 + kFillers);
        QCOMPARE(m.rowCount(), InboxModel::kPageSize);
        QVERIFY(m.canFetchMore({}));
        m.fetchMore({});
        QCOMPARE(m.rowCount(), 2 * InboxModel::kPageSize);
        while (m.canFetchMore({}))
            m.fetchMore({});
        QCOMPARE(m.rowCount(), 7 + kFillers);
        QVERIFY(!m.canFetchMore({}));
        // Every id once: paging neither skips nor repeats rows.
        const QStringList ids = column(m, InboxModel::DossierIdRole);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 7 + kFillers);
        QVERIFY(m.error().isEmpty());
    }

    //! The tester fetches more on every change by itself: paging under it.
    void pagingPassesTheModelTester()
    {
        InboxModel m(m_ws, nullptr);
        m.setNow(cachefixture::now());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setView(QStringLiteral("all"));
        while (m.canFetchMore({}))
            m.fetchMore({});
        QCOMPARE(m.rowCount(), 7 + kFillers);
        m.setSort(QStringLiteral("received"));
        m.fetchMore({});
        m.setView(QStringLiteral("agency"));
        QVERIFY(m.rowCount() >= InboxModel::kPageSize);
    }

    void viewsAndCounts()
    {
        InboxModel m(m_ws, nullptr);
        m.setNow(cachefixture::now());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.refresh();
        QCOMPARE(m.view(), QStringLiteral("agency"));
        QCOMPARE(m.totalCount(), 6 + kFillers); // dossier 5 is at another agency
        const QVariantMap counts = m.viewCounts();
        QCOMPARE(counts.value(QStringLiteral("mine")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("overdue")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("awaiting_approval")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("supplement_requested")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("pending_sync")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("conflicts")).toInt(), 1);
        QVERIFY(!m.cacheEmpty());

        m.setView(QStringLiteral("mine"));
        QCOMPARE(m.rowCount(), 2);
        m.setView(QStringLiteral("overdue"));
        QCOMPARE(column(m, InboxModel::ApplicantNameRole), QStringList {QStringLiteral("Lê Văn Bình")});
        QCOMPARE(m.data(m.index(0), InboxModel::OverdueRole).toBool(), true);
        QCOMPARE(m.data(m.index(0), InboxModel::DaysLateRole).toInt(), 3);
        QCOMPARE(m.data(m.index(0), InboxModel::RemainingTextRole).toString(),
                 QStringLiteral("3 working days late"));
        m.setView(QStringLiteral("due_soon"));
        QCOMPARE(column(m, InboxModel::ApplicantNameRole), QStringList {QStringLiteral("Phạm Thị Ánh")});
        QCOMPARE(m.data(m.index(0), InboxModel::DueSoonRole).toBool(), true);
        QCOMPARE(m.data(m.index(0), InboxModel::RemainingTextRole).toString(),
                 QStringLiteral("1 working day left"));
        QCOMPARE(m.data(m.index(0), InboxModel::StateTextRole).toString(),
                 QStringLiteral("Awaiting approval"));
        m.setView(QStringLiteral("supplement_requested"));
        QCOMPARE(m.data(m.index(0), InboxModel::RemainingTextRole).toString(),
                 QStringLiteral("Clock paused: waiting for the supplement"));
        QCOMPARE(m.data(m.index(0), InboxModel::DueSoonRole).toBool(), false);
        m.setView(QStringLiteral("pending_sync"));
        QCOMPARE(column(m, InboxModel::SyncStateRole), QStringList {QStringLiteral("pending")});
        QCOMPARE(m.data(m.index(0), InboxModel::SyncTextRole).toString(), QStringLiteral("Not sent yet"));
        m.setView(QStringLiteral("conflicts"));
        QCOMPARE(column(m, InboxModel::SyncStateRole), QStringList {QStringLiteral("conflict")});
        QCOMPARE(column(m, InboxModel::ApplicantNameRole), QStringList {QStringLiteral("Hoàng Thị Én")});

        // An unknown view is refused and the current one kept.
        m.setView(QStringLiteral("drop table"));
        QCOMPARE(m.view(), QStringLiteral("conflicts"));
    }

    void searchIsDiacriticInsensitive()
    {
        InboxModel m(m_ws, nullptr);
        m.setNow(cachefixture::now());
        m.setSearchDelay(0);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setView(QStringLiteral("all"));
        m.setSearchText(QStringLiteral("nguyen van dat"));
        QCOMPARE(column(m, InboxModel::ApplicantNameRole), QStringList {QStringLiteral("Nguyễn Văn Đạt")});
        m.setSearchText(QStringLiteral("ĐẶNG VĂN DŨNG"));
        QCOMPARE(column(m, InboxModel::ApplicantNameRole), QStringList {QStringLiteral("Đặng Văn Dũng")});
        // Search by ID number and by procedure name.
        m.setSearchText(QStringLiteral("001090000004"));
        QCOMPARE(column(m, InboxModel::ApplicantNameRole), QStringList {QStringLiteral("Phạm Thị Ánh")});
        m.setSearchText(QStringLiteral("ket hon"));
        QCOMPARE(m.totalCount(), 2);
        // Hostile input is text, not query syntax.
        m.setSearchText(QStringLiteral("\" OR * applicant:"));
        QVERIFY(m.error().isEmpty());
        QCOMPARE(m.totalCount(), 0);
        // The counts per view follow once typing pauses.
        QTRY_COMPARE(m.viewCounts().value(QStringLiteral("all")).toInt(), 0);
        QCOMPARE(m.viewCounts().value(QStringLiteral("agency")).toInt(), 0);
        m.setSearchText(QString());
        QCOMPARE(m.totalCount(), 7 + kFillers);
        // One character does not filter yet; two do.
        m.setSearchText(QStringLiteral("h"));
        QCOMPARE(m.totalCount(), 7 + kFillers);
        m.setSearchText(QStringLiteral("ho"));
        QVERIFY(m.totalCount() < 7 + kFillers);
    }

    void broadSearchIsCountedOffTheGuiThread()
    {
        InboxModel m(m_ws, nullptr);
        m.setNow(cachefixture::now());
        m.setSearchDelay(0);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setView(QStringLiteral("all"));
        // "26" is a prefix of every code's date part: more than a page matches.
        InboxQuery q;
        q.view = InboxView::All;
        q.search = QStringLiteral("26");
        const int expected = m_ws->store()->dossiers().count(q).valueOr(-1);
        QVERIFY(expected > InboxModel::kPageSize);
        QSignalSpy totals(&m, &InboxModel::totalCountChanged);
        m.setSearchText(QStringLiteral("26"));
        QCOMPARE(m.rowCount(), InboxModel::kPageSize);
        // The first page is there at once; the total follows from the counting thread.
        QTRY_COMPARE(m.totalCount(), expected);
        QVERIFY(totals.count() >= 1);
        while (m.canFetchMore({}))
            m.fetchMore({});
        QCOMPARE(m.rowCount(), expected);
        // A narrower search that fits a page is exact at once (no count needed).
        m.setSearchText(QStringLiteral("ket hon"));
        QCOMPARE(m.totalCount(), 2);
        // A count superseded by the next keystroke never lands.
        m.setSearchText(QStringLiteral("26"));
        m.setSearchText(QStringLiteral("nguyen van dat"));
        QCOMPARE(m.totalCount(), 1);
        QTest::qWait(200);
        QCOMPARE(m.totalCount(), 1);
    }

    void searchKeystrokesAreCoalesced()
    {
        InboxModel m(m_ws, nullptr);
        m.setSearchDelay(200);
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        m.setSearchText(QStringLiteral("ho")); // leading edge: at once
        QCOMPARE(resets.count(), 1);
        m.setSearchText(QStringLiteral("hoa")); // within the delay: waits
        m.setSearchText(QStringLiteral("hoà"));
        QCOMPARE(resets.count(), 1);
        QTRY_COMPARE(resets.count(), 2); // one query for the burst
        QCOMPARE(m.searchText(), QStringLiteral("hoà"));
        QVERIFY(column(m, InboxModel::ApplicantNameRole).contains(QStringLiteral("Trần Thị Hoà")));
    }

    void sortsInVietnameseOrder()
    {
        InboxModel m(m_ws, nullptr);
        m.setNow(cachefixture::now());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setView(QStringLiteral("all"));
        m.setSearchDelay(0);
        m.setSearchText(QStringLiteral("van"));
        m.setSort(QStringLiteral("applicant"));
        QCOMPARE(m.sort(), QStringLiteral("applicant"));
        // Vietnamese dictionaries put Đ after D: Dương < Đặng.
        QCOMPARE(column(m, InboxModel::ApplicantNameRole),
                 (QStringList {QStringLiteral("Đặng Văn Dũng"), QStringLiteral("Lê Văn Bình"),
                               QStringLiteral("Nguyễn Văn Đạt")}));
        m.setSort(QStringLiteral("due"));
        QCOMPARE(column(m, InboxModel::ApplicantNameRole).first(),
                 QStringLiteral("Lê Văn Bình")); // overdue first
        m.setSort(QStringLiteral("sideways"));
        QCOMPARE(m.sort(), QStringLiteral("due"));
        m.setSearchText(QString());
        m.setSort(QStringLiteral("applicant"));
        const QStringList names = column(m, InboxModel::ApplicantNameRole);
        QVERIFY(names.indexOf(QStringLiteral("Dương Minh Châu"))
                < names.indexOf(QStringLiteral("Đặng Văn Dũng")));
    }

    void retranslatesRows()
    {
        InboxModel m(m_ws, nullptr);
        m.setNow(cachefixture::now());
        m.setView(QStringLiteral("awaiting_approval"));
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        AppController::instance()->setLanguage(QStringLiteral("vi"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m.data(m.index(0), InboxModel::StateTextRole).toString(), QStringLiteral("Chờ phê duyệt"));
        QCOMPARE(m.data(m.index(0), InboxModel::RemainingTextRole).toString(),
                 QStringLiteral("Còn 1 ngày làm việc"));
        AppController::instance()->setLanguage(QStringLiteral("en"));
    }

    void refreshesWhenTheCacheChanges()
    {
        InboxModel m(m_ws, nullptr);
        m.setView(QStringLiteral("mine"));
        QCOMPARE(m.totalCount(), 2);
        Dossier d
            = cachefixture::dossier(900, QStringLiteral("Vũ Thị Xuân"), QStringLiteral("1.001193"),
                                    DossierState::InReview, 4, cachefixture::kAgency, cachefixture::kUser);
        auto r = m_ws->store()->dossiers().upsert(d);
        QVERIFY(r.ok() && r.value());
        m_ws->notifyCacheChanged();
        QCOMPARE(m.totalCount(), 3);
        d.deleted = true;
        d.version = 4;
        QVERIFY(m_ws->store()->dossiers().upsert(d).ok());
        m_ws->notifyCacheChanged();
        QCOMPARE(m.totalCount(), 2);
    }

    void noWorkspaceIsEmptyNotACrash()
    {
        InboxModel m(static_cast<Workspace *>(nullptr), nullptr);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(!m.canFetchMore({}));
        m.setSearchText(QStringLiteral("x"));
        QCOMPARE(m.dossierIdAt(0), QString());
    }

    //! Issue 20 item 13: once the result is issued the row keeps its lateness
    //! mark (red, days late), as the dossier's header and the return dialog do;
    //! on time says so; a refused dossier is never "on time".
    void finishedRowsKeepTheirLatenessMark()
    {
        Dossier late = cachefixture::dossier(910, QStringLiteral("Đỗ Văn Nam"), QStringLiteral("2.000815"),
                                             DossierState::ResultIssued, -3);
        late.finishedAt = cachefixture::now();
        Dossier onTime = cachefixture::dossier(911, QStringLiteral("Vũ Thị Hoa"), QStringLiteral("2.000815"),
                                               DossierState::Returned, 4);
        onTime.finishedAt = cachefixture::now();
        Dossier refused = cachefixture::dossier(912, QStringLiteral("Lý Văn Sơn"), QStringLiteral("2.000815"),
                                                DossierState::Rejected, 4);
        refused.finishedAt = cachefixture::now();
        for (const Dossier &d : {late, onTime, refused})
            QVERIFY(m_ws->store()->dossiers().upsert(d).ok());
        InboxModel m(m_ws, nullptr);
        m.setNow(cachefixture::now());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setView(QStringLiteral("finished"));
        QHash<QString, int> row;
        for (int i = 0; i < m.rowCount(); ++i)
            row.insert(m.data(m.index(i), InboxModel::DossierIdRole).toString(), i);
        QVERIFY(row.contains(late.id) && row.contains(onTime.id) && row.contains(refused.id));
        const QModelIndex l = m.index(row.value(late.id));
        QCOMPARE(m.data(l, InboxModel::RemainingTextRole).toString(),
                 QStringLiteral("Finished — 3 working days late"));
        QCOMPARE(m.data(l, InboxModel::OverdueRole).toBool(), true);
        QCOMPARE(m.data(l, InboxModel::DaysLateRole).toInt(), 3);
        const QModelIndex o = m.index(row.value(onTime.id));
        QCOMPARE(m.data(o, InboxModel::RemainingTextRole).toString(), QStringLiteral("Finished on time"));
        QCOMPARE(m.data(o, InboxModel::OverdueRole).toBool(), false);
        const QModelIndex r = m.index(row.value(refused.id));
        QCOMPARE(m.data(r, InboxModel::RemainingTextRole).toString(), QString());
        QCOMPARE(m.data(r, InboxModel::OverdueRole).toBool(), false);
        AppController::instance()->setLanguage(QStringLiteral("vi"));
        QCOMPARE(m.data(l, InboxModel::RemainingTextRole).toString(),
                 QStringLiteral("Đã hoàn thành — Trễ 3 ngày làm việc"));
        AppController::instance()->setLanguage(QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
