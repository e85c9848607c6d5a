// SPDX-License-Identifier: GPL-3.0-or-later
// DossierController, ChecklistModel and HistoryModel over a real cache (with a
// real PDF in the blob store), checked by QAbstractItemModelTester.
#include "appcontroller.h"
#include "cachefixture.h"
#include "dossiercontroller.h"
#include "historymodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestDossierController : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace *m_ws = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppController::instance()->setLanguage(QStringLiteral("en"));
        const QString err = cachefixture::openWorkspace(m_dir.path(), 0, this, m_ws,
                                                        QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf/text.pdf"));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void header()
    {
        DossierController c(m_ws, nullptr);
        QAbstractItemModelTester t1(c.checklist(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(c.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!c.loaded());
        c.setDossierId(QStringLiteral("d-000003"));
        QVERIFY(c.loaded());
        QCOMPARE(c.header()->code(), QStringLiteral("000.00.04.H19-261120-0003"));
        QCOMPARE(c.header()->procedureText(), QStringLiteral("2.000815 — Chứng thực bản sao từ bản chính"));
        QCOMPARE(c.header()->applicantText(), QStringLiteral("Lê Văn Bình (001090000003)"));
        QCOMPARE(c.header()->agencyName(), QStringLiteral("Sở Tư pháp tỉnh Quảng Nam"));
        QCOMPARE(c.header()->stateText(), QStringLiteral("In review"));
        QCOMPARE(c.header()->nationalStatusText(), QStringLiteral("National status 4 — Being processed"));
        QVERIFY(c.overdue());
        QCOMPARE(c.remainingText(), QStringLiteral("3 working days late"));
        // Wednesday 18 November 2026, 09:00 in Vietnam.
        //! The fixture's cache holds no calendar year: the due date is provisional (docs/deadlines.md R11).
        QCOMPARE(c.dueText(),
                 QStringLiteral("18/11/2026 09:00 · Provisional: the 2026 calendar is not published"));
        AppController::instance()->setLanguage(QStringLiteral("vi"));
        QCOMPARE(c.header()->nationalStatusText(), QStringLiteral("Trạng thái quốc gia 4 — Đang xử lý"));
        QCOMPARE(c.remainingText(), QStringLiteral("Trễ 3 ngày làm việc"));
        AppController::instance()->setLanguage(QStringLiteral("en"));
    }

    //! Issue 20 item 13: a result issued late keeps its lateness mark (in red).
    void lateMarkStaysAfterTheResult()
    {
        motcua::Dossier late
            = cachefixture::dossier(901, QStringLiteral("Đỗ Văn Nam"), QStringLiteral("2.000815"),
                                    motcua::DossierState::ResultIssued, -3);
        late.finishedAt = cachefixture::now();
        motcua::Dossier onTime = cachefixture::dossier(
            902, QStringLiteral("Vũ Thị Hoa"), QStringLiteral("2.000815"), motcua::DossierState::Returned, 4);
        onTime.finishedAt = cachefixture::now();
        QVERIFY(m_ws->store()->dossiers().upsert(late).ok());
        QVERIFY(m_ws->store()->dossiers().upsert(onTime).ok());
        DossierController c(m_ws, nullptr);
        c.setDossierId(late.id);
        QVERIFY(c.loaded());
        QCOMPARE(c.remainingText(), QStringLiteral("Finished — 3 working days late"));
        QVERIFY(c.overdue());
        AppController::instance()->setLanguage(QStringLiteral("vi"));
        QVERIFY(!c.remainingText().isEmpty());
        AppController::instance()->setLanguage(QStringLiteral("en"));
        c.setDossierId(onTime.id);
        QCOMPARE(c.remainingText(), QStringLiteral("Finished on time"));
        QVERIFY(!c.overdue());
    }

    void checklistAgainstTheProcedure()
    {
        DossierController c(m_ws, nullptr);
        QAbstractItemModelTester tester(c.checklist(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.setDossierId(QStringLiteral("d-000001"));
        ChecklistModel *m = c.checklist();
        QCOMPARE(m->rowCount(), 2); // TK01 present, CCCD missing
        QCOMPARE(m->data(m->index(0), ChecklistModel::DocumentCodeRole).toString(), QStringLiteral("TK01"));
        QCOMPARE(m->data(m->index(0), ChecklistModel::PresentRole).toBool(), true);
        QCOMPARE(m->data(m->index(1), ChecklistModel::DocumentCodeRole).toString(), QStringLiteral("CCCD"));
        QCOMPARE(m->data(m->index(1), ChecklistModel::PresentRole).toBool(), false);
        QCOMPARE(m->data(m->index(1), ChecklistModel::MandatoryRole).toBool(), true);
        QCOMPARE(m->missingCount(), 1);
        // The real PDF is in the blob store: its file is there to view.
        QCOMPARE(m->firstViewableRow(), 0);
        QVERIFY(QFile::exists(m->filePathAt(0)));
        QVERIFY(m->filePathAt(1).isEmpty());
        // Dossier 2's document was never downloaded: nothing to view, no crash.
        c.setDossierId(QStringLiteral("d-000002"));
        QCOMPARE(m->firstViewableRow(), -1);
        QCOMPARE(m->data(m->index(0), ChecklistModel::DownloadedRole).toBool(), false);
    }

    //! Issue 20 item 13: names, not logins; annotation changes folded into one row.
    void historyShowsNamesAndFoldsAnnotations()
    {
        using motcua::ActionKind;
        auto step = [](ActionKind kind, const QString &actor, const QString &name, int minute) {
            motcua::HistoryStep s;
            s.dossierId = QStringLiteral("d1");
            s.action = kind;
            s.actor = actor;
            s.actorName = name;
            s.agencyCode = QStringLiteral("H19.01");
            s.at = QDateTime(QDate(2026, 11, 17), QTime(2, minute), Qt::UTC);
            return s;
        };
        HistoryModel h;
        QAbstractItemModelTester tester(&h, QAbstractItemModelTester::FailureReportingMode::QtTest);
        h.reset(
            {step(ActionKind::Assign, QStringLiteral("lanhdao1"), QStringLiteral("Lê Thị Hạnh"), 0),
             step(ActionKind::Annotate, QStringLiteral("chuyenvien1"), QStringLiteral("Nguyễn Văn An"), 1),
             step(ActionKind::Annotate, QStringLiteral("chuyenvien1"), QStringLiteral("Nguyễn Văn An"), 2),
             step(ActionKind::Annotate, QStringLiteral("chuyenvien1"), QStringLiteral("Nguyễn Văn An"), 3),
             step(ActionKind::Comment, QStringLiteral("chuyenvien1"), QString(), 4),
             step(ActionKind::Annotate, QStringLiteral("chuyenvien1"), QStringLiteral("Nguyễn Văn An"), 5)},
            {});
        QCOMPARE(h.rowCount(), 4);
        QCOMPARE(h.data(h.index(0), HistoryModel::ActorRole).toString(), QStringLiteral("Lê Thị Hạnh"));
        QCOMPARE(h.data(h.index(1), HistoryModel::ActionRole).toString(), QStringLiteral("annotate"));
        QVERIFY(h.data(h.index(1), HistoryModel::ActionTextRole)
                    .toString()
                    .endsWith(QStringLiteral("(3 changes)")));
        QCOMPARE(h.data(h.index(1), HistoryModel::AtRole).toString(), QStringLiteral("17/11/2026 09:03"));
        //! A step stored before names travelled shows the login rather than nothing.
        QCOMPARE(h.data(h.index(2), HistoryModel::ActorRole).toString(), QStringLiteral("chuyenvien1"));
        QVERIFY(!h.data(h.index(3), HistoryModel::ActionTextRole).toString().contains(QLatin1Char('(')));
    }

    void historyAcrossAgencies()
    {
        DossierController c(m_ws, nullptr);
        QAbstractItemModelTester tester(c.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.setDossierId(QStringLiteral("d-000001"));
        HistoryModel *h = c.history();
        QCOMPARE(h->rowCount(), 3);
        QCOMPARE(h->data(h->index(1), HistoryModel::ActionRole).toString(), QStringLiteral("forward"));
        QCOMPARE(h->data(h->index(1), HistoryModel::AgencyNameRole).toString(),
                 QStringLiteral("UBND xã Điện Phước"));
        QCOMPARE(h->data(h->index(1), HistoryModel::ToAgencyNameRole).toString(),
                 QStringLiteral("Sở Tư pháp tỉnh Quảng Nam"));
        QCOMPARE(h->data(h->index(1), HistoryModel::ActionTextRole).toString(),
                 QStringLiteral("Forward to another agency"));
        QCOMPARE(h->data(h->index(0), HistoryModel::AtRole).toString(), QStringLiteral("17/11/2026 09:00"));
        QSignalSpy changed(h, &QAbstractItemModel::dataChanged);
        AppController::instance()->setLanguage(QStringLiteral("vi"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(h->data(h->index(1), HistoryModel::ActionTextRole).toString(),
                 QStringLiteral("Chuyển liên thông"));
        AppController::instance()->setLanguage(QStringLiteral("en"));
    }

    void unknownDossierIsAClearError()
    {
        DossierController c(m_ws, nullptr);
        c.setDossierId(QStringLiteral("no-such-dossier"));
        QVERIFY(!c.loaded());
        QCOMPARE(c.error().message(), QStringLiteral("This dossier is no longer in the local cache."));
        QCOMPARE(c.error().code(), QStringLiteral("app.dossier_gone"));
        QCOMPARE(c.checklist()->rowCount(), 0);
        QCOMPARE(c.history()->rowCount(), 0);
        QVERIFY(c.header()->code().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDossierController)
#include "tst_dossiercontroller.moc"
