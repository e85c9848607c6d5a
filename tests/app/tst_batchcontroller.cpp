// SPDX-License-Identifier: GPL-3.0-or-later
// BatchController and BatchItemModel over a real cache with real draft PDFs in
// the blob store, a real PKCS#12 signer (test CA) and the real outbox: filters,
// shift-click ranges, a run on the worker thread, cancel after the current
// item, resume, and the one-line state per item. The model is checked by
// QAbstractItemModelTester throughout.
#include "appcontroller.h"
#include "batch/batchrepository.h"
#include "batchcontroller.h"
#include "cachefixture.h"
#include "signing/pdfsignaturevalidator.h"
#include "signingfixture.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {

constexpr int kCount = 16;

QString fillForBatch(LocalStore &store, const QByteArray &pdf)
{
    json::Me me;
    me.official.id = QStringLiteral("u-lanhdao");
    me.official.username = QStringLiteral("lanhdao1");
    me.official.fullName = QStringLiteral("Trần Văn Lãnh");
    me.official.agencyCode = cachefixture::kAgency;
    me.official.roles = {Role::Supervisor};
    me.agency.code = cachefixture::kAgency;
    me.agency.name = QStringLiteral("Sở Tư pháp tỉnh Quảng Nam");
    me.agency.level = QStringLiteral("department");
    if (auto s = store.syncState().setMe(me); !s.ok())
        return s.error().toString();
    if (auto s = store.reference().replaceAgencies({me.agency}); !s.ok())
        return s.error().toString();
    if (auto s = store.reference().replaceProcedures(cachefixture::procedures()); !s.ok())
        return s.error().toString();
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    if (auto s = store.blobs().put(sha, pdf); !s.ok())
        return s.error().toString();
    QList<Dossier> all;
    const QStringList procs {QStringLiteral("1.001193"), QStringLiteral("1.000894")};
    for (int i = 0; i < kCount; ++i) {
        Dossier d = cachefixture::dossier(200 + i, QStringLiteral("Người nộp %1").arg(i), procs.at(i % 2),
                                          DossierState::AwaitingApproval, i < 2 ? -2 : 5);
        d.version = 3;
        Component c;
        c.id = d.id + QStringLiteral("-kq");
        c.name = QStringLiteral("Dự thảo kết quả");
        c.sha256 = sha;
        c.size = pdf.size();
        c.mime = QStringLiteral("application/pdf");
        c.kind = ComponentKind::Result;
        d.components.append(c);
        all.append(d);
    }
    //! One dossier in another state: never a candidate.
    all.append(cachefixture::dossier(300, QStringLiteral("Khác"), procs.at(0), DossierState::InReview, 5));
    auto page = store.dossiers().applyChangesPage(all, QStringLiteral("c1"));
    return page.ok() ? QString() : page.error().toString();
}

} // namespace

class TestBatchController : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SigningFixture m_fx;
    Workspace *m_ws = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MotCuaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_batchcontroller"));
        AppController::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(m_fx.setUp());
        QSettings().remove(QStringLiteral("signing"));
        auto store = LocalStore::open(m_dir.path());
        QVERIFY(store.ok());
        const QString err
            = fillForBatch(*store.value(), SigningFixture::makePdf(2, QStringLiteral("Quyết định")));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_ws = new Workspace(this);
        m_ws->adopt(std::move(store).value());
        m_ws->setIdentity(QStringLiteral("lanhdao1"), cachefixture::kAgency);
        m_ws->setNow(cachefixture::now());
        Workspace::setInstance(m_ws);
    }

    void candidatesFiltersAndSelection()
    {
        BatchController c;
        QAbstractItemModelTester tester(c.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.componentComplete();
        QVERIFY(!c.progress()->jobShown());
        QCOMPARE(c.model()->rowCount(), kCount);
        QCOMPARE(c.procedures().size(), 2);
        QVERIFY(!c.signerReady());
        QCOMPARE(c.signerText(), QStringLiteral("Choose a signer in Settings."));
        const QModelIndex first = c.model()->index(0);
        QVERIFY(c.model()
                    ->data(first, BatchItemModel::SummaryRole)
                    .toString()
                    .startsWith(QStringLiteral("Due ")));
        QVERIFY(!c.model()->data(first, BatchItemModel::DraftPathRole).toString().isEmpty());

        c.setOverdueOnly(true);
        QCOMPARE(c.model()->rowCount(), 2);
        c.setOverdueOnly(false);
        c.setProcedureFilter(QStringLiteral("1.000894"));
        QCOMPARE(c.model()->rowCount(), kCount / 2);
        c.setProcedureFilter({});
        c.setSearchText(QStringLiteral("nop 3")); // diacritics optional
        QCOMPARE(c.model()->rowCount(), 1);
        c.setSearchText({});
        QCOMPARE(c.model()->rowCount(), kCount);

        //! Click row 1, shift-click row 4: rows 1..4 selected; select all, none.
        c.toggle(1, false);
        c.toggle(4, true);
        QCOMPARE(c.model()->selectedCount(), 4);
        QVERIFY(!c.model()->data(c.model()->index(0), BatchItemModel::SelectedRole).toBool());
        QVERIFY(c.model()->data(c.model()->index(3), BatchItemModel::SelectedRole).toBool());
        c.selectAll(true);
        QCOMPARE(c.model()->selectedCount(), kCount);
        c.selectAll(false);
        QCOMPARE(c.model()->selectedCount(), 0);

        //! Without a signer nothing starts.
        c.toggle(0, false);
        c.start(QStringLiteral("x"));
        QVERIFY(!c.progress()->running());
        QCOMPARE(c.error().message(), QStringLiteral("Choose a signer in Settings."));
        QCOMPARE(c.error().code(), QStringLiteral("batch.no_signer"));
    }

    //! Issue 20 item 7: a dossier awaiting approval without a draft result is listed
    //! with the reason, and no click, range or "select all" puts it in a batch.
    void onlyDossiersWithADraftCanBeSelected()
    {
        Dossier bare = cachefixture::dossier(400, QStringLiteral("Không có dự thảo"),
                                             QStringLiteral("1.001193"), DossierState::AwaitingApproval, 5);
        bare.version = 3;
        QVERIFY(m_ws->store()->dossiers().applyChangesPage({bare}, QStringLiteral("c2")).ok());
        BatchController c;
        QAbstractItemModelTester tester(c.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.componentComplete();
        BatchItemModel *m = c.model();
        QCOMPARE(m->rowCount(), kCount + 1);
        QCOMPARE(m->selectableCount(), kCount);
        int row = -1;
        for (int i = 0; i < m->rowCount(); ++i)
            if (m->data(m->index(i), BatchItemModel::DossierIdRole).toString() == bare.id)
                row = i;
        QVERIFY(row >= 0);
        const QModelIndex at = m->index(row);
        QVERIFY(!m->data(at, BatchItemModel::SelectableRole).toBool());
        QVERIFY(m->data(at, BatchItemModel::BlockedReasonRole)
                    .toString()
                    .contains(QStringLiteral("No draft result")));
        QVERIFY(!(m->flags(at) & Qt::ItemIsUserCheckable));
        QVERIFY(m->data(m->index(row == 0 ? 1 : 0), BatchItemModel::SelectableRole).toBool());
        c.toggle(row, false);
        QCOMPARE(m->selectedCount(), 0);
        QVERIFY(!m->setData(at, true, BatchItemModel::SelectedRole));
        c.toggle(0, false);
        c.toggle(m->rowCount() - 1, true); // a range over every row
        QCOMPARE(m->selectedCount(), kCount);
        QVERIFY(!m->data(at, BatchItemModel::SelectedRole).toBool());
        c.selectAll(false);
        c.selectAll(true);
        QCOMPARE(m->selectedCount(), kCount);
        QVERIFY(!m->selectedIds().contains(bare.id));
    }

    //! A cache that fails while the screen reads it: the error is shown (code and
    //! message), the rows on screen stay, nothing crashes; the next read works.
    void storeFaultsAreShown()
    {
        BatchController c;
        QAbstractItemModelTester tester(c.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.componentComplete();
        const int rows = c.model()->rowCount();
        QVERIFY(rows > 0);
        QVERIFY(!c.error().shown());
        int failures = 0;
        for (int n = 1;; ++n) {
            QVERIFY2(n < 100, "the reload never succeeded");
            m_ws->store()->database().failNthQuery(n, 13);
            c.reload();
            m_ws->store()->database().failNthQuery(0);
            if (!c.error().shown())
                break;
            ++failures;
            QCOMPARE(c.error().code(), QStringLiteral("store.disk_full"));
            QVERIFY(!c.error().message().isEmpty());
            QCOMPARE(c.model()->rowCount(), rows);
            c.clearError();
        }
        QVERIFY(failures >= 2); // the open job, the candidates
        QCOMPARE(c.model()->rowCount(), rows);
    }

    void runCancelResume()
    {
        QSettings s;
        s.beginGroup(QStringLiteral("signing"));
        s.setValue(QStringLiteral("kind"), QStringLiteral("pkcs12"));
        s.setValue(QStringLiteral("p12"), m_fx.p12());
        s.endGroup();
        s.sync();

        BatchController c;
        QAbstractItemModelTester tester(c.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.componentComplete();
        QVERIFY(c.signerReady());
        c.selectAll(true);
        QSignalSpy finished(&c, &BatchController::runFinished);
        //! Cancel as soon as the first dossier is signed: the worker finishes that
        //! item (signs and queues it) and leaves the rest pending.
        bool cancelled = false;
        connect(c.model(), &QAbstractItemModel::dataChanged, this, [&]() {
            if (!cancelled && c.progress()->signedCount() >= 1) {
                cancelled = true;
                c.cancel();
            }
        });
        c.start(QString::fromLatin1(m_fx.p12Password()));
        QVERIFY(c.progress()->running());
        QVERIFY(finished.wait(60000));
        QVERIFY(!c.progress()->running());
        QVERIFY(c.progress()->jobShown());
        QVERIFY(c.progress()->signedCount() >= 1);
        QVERIFY2(c.progress()->signedCount() < kCount, "cancel stops after the current item");
        QVERIFY(c.progress()->resumable());
        QVERIFY(c.progress()->statusText().startsWith(QStringLiteral("Unfinished batch")));
        //! Made when read: a language switch shows it in Vietnamese (issue 20 item 9).
        QSignalSpy retranslated(c.progress(), &BatchProgress::changed);
        AppController::instance()->setLanguage(QStringLiteral("vi"));
        QVERIFY(!retranslated.isEmpty());
        QVERIFY2(!c.progress()->statusText().startsWith(QStringLiteral("Unfinished batch")),
                 qPrintable(c.progress()->statusText()));
        AppController::instance()->setLanguage(QStringLiteral("en"));

        //! A new controller (the app restarted) finds the unfinished job.
        BatchController again;
        QAbstractItemModelTester tester2(again.model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        again.componentComplete();
        QVERIFY(again.progress()->jobShown());
        QVERIFY(again.progress()->resumable());
        QCOMPARE(again.progress()->totalCount(), kCount); // never the dossier without a draft
        //! The official leaves the last (still pending) dossier out before resuming.
        const int last = again.model()->rowCount() - 1;
        QCOMPARE(again.model()->data(again.model()->index(last), BatchItemModel::ItemStateRole).toInt(),
                 int(batch::ItemState::Pending));
        QVERIFY(again.model()->data(again.model()->index(last), BatchItemModel::ExcludableRole).toBool());
        again.exclude(last);
        QCOMPARE(again.model()->data(again.model()->index(last), BatchItemModel::ItemStateRole).toInt(),
                 int(batch::ItemState::Excluded));
        QVERIFY(again.model()->data(again.model()->index(last), BatchItemModel::ExcludedRole).toBool());
        QCOMPARE(again.progress()->totalCount(), kCount - 1);
        QSignalSpy finished2(&again, &BatchController::runFinished);
        again.resume(QString::fromLatin1(m_fx.p12Password()));
        QVERIFY(finished2.wait(60000));
        QCOMPARE(finished2.first().first().toBool(), true);
        QCOMPARE(again.progress()->signedCount(), kCount - 1);
        QCOMPARE(again.progress()->failedCount(), 0);
        QVERIFY(!again.progress()->resumable());
        //! Offline here (no sync controller): all queued, approvals wait for the sync.
        for (int i = 0; i < last; ++i)
            QCOMPARE(again.model()->data(again.model()->index(i), BatchItemModel::ItemStateRole).toInt(),
                     int(batch::ItemState::Queued));
        QCOMPARE(again.model()->data(again.model()->index(last), BatchItemModel::ItemStateRole).toInt(),
                 int(batch::ItemState::Excluded));
        auto outbox = m_ws->store()->outbox().list();
        QVERIFY(outbox.ok());
        QCOMPARE(outbox->size(), 2 * (kCount - 1)); // approve + sign_result each, never twice
        //! Not sent yet: the job stays open (its offline signatures get time stamps before the push).
        QVERIFY(!again.progress()->finished());
        again.closeJob();
        QVERIFY(again.progress()->jobShown());
        QCOMPARE(again.error().code(), QStringLiteral("batch.not_finished"));

        //! Each signed result is a valid PAdES signature (B-B, room left for the time stamp).
        batch::BatchRepository repo(m_ws->store()->database());
        auto items = repo.items(again.jobId());
        QVERIFY(items.ok());
        signing::PdfSignatureValidator validator;
        QVERIFY(validator.addTrusted(m_fx.caPem()).ok());
        for (const batch::BatchItem &i : *items) {
            if (i.state == batch::ItemState::Excluded)
                continue;
            auto pdf = m_ws->store()->blobs().read(i.signedSha256);
            QVERIFY(pdf.ok());
            auto report = validator.validate(*pdf);
            QVERIFY(report.ok());
            QCOMPARE(report->verdict, signing::Verdict::Valid);
        }
    }
};

QTEST_MAIN(TestBatchController)
#include "tst_batchcontroller.moc"
