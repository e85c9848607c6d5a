// SPDX-License-Identifier: GPL-3.0-or-later
// DossierController, ChecklistModel and HistoryModel over a real cache (with a
// real PDF in the blob store), checked by QAbstractItemModelTester.
#include "appcontroller.h"
#include "cachefixture.h"
#include "dossiercontroller.h"
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
        QCOMPARE(c.code(), QStringLiteral("000.00.04.H19-261120-0003"));
        QCOMPARE(c.procedureText(), QStringLiteral("2.000815 — Chứng thực bản sao từ bản chính"));
        QCOMPARE(c.applicantText(), QStringLiteral("Lê Văn Bình (001090000003)"));
        QCOMPARE(c.agencyName(), QStringLiteral("Sở Tư pháp tỉnh Quảng Nam"));
        QCOMPARE(c.stateText(), QStringLiteral("In review"));
        QCOMPARE(c.nationalStatusText(), QStringLiteral("National status 4 — Being processed"));
        QVERIFY(c.overdue());
        QCOMPARE(c.remainingText(), QStringLiteral("3 working days late"));
        // Wednesday 18 November 2026, 09:00 in Vietnam.
        //! The fixture's cache holds no calendar year: the due date is provisional (docs/deadlines.md R11).
        QCOMPARE(c.dueText(),
                 QStringLiteral("18/11/2026 09:00 · Provisional: the 2026 calendar is not published"));
        AppController::instance()->setLanguage(QStringLiteral("vi"));
        QCOMPARE(c.nationalStatusText(), QStringLiteral("Trạng thái quốc gia 4 — Đang xử lý"));
        QCOMPARE(c.remainingText(), QStringLiteral("Trễ 3 ngày làm việc"));
        AppController::instance()->setLanguage(QStringLiteral("en"));
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
        QCOMPARE(m->data(m->index(1), ChecklistModel::RequiredRole).toBool(), true);
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
        QCOMPARE(c.error(), QStringLiteral("This dossier is no longer in the local cache."));
        QCOMPARE(c.checklist()->rowCount(), 0);
        QCOMPARE(c.history()->rowCount(), 0);
        QVERIFY(c.code().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDossierController)
#include "tst_dossiercontroller.moc"
