// SPDX-License-Identifier: GPL-3.0-or-later
// ReuseModel over a real cache: the applicant's cached e-data warehouse, and
// attach() queueing attach_document through ActionQueue (QAbstractItemModelTester).
#include "appcontroller.h"
#include "cachefixture.h"
#include "reusemodel.h"
#include "store/fieldcipher.h"
#include "store/warehouserepository.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestReuseModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace *m_ws = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppController::instance()->setLanguage(QStringLiteral("en"));
        const QString err = cachefixture::openWorkspace(m_dir.path(), 0, this, m_ws);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void listsTheCachedWarehouseNewestFirst()
    {
        ReuseModel m(m_ws, nullptr);
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!m.cached());
        m.setDossierId(QStringLiteral("d-000006"));
        QVERIFY(m.cached());
        QVERIFY(m.canAttach());
        QCOMPARE(m.applicantIdNumber(), QStringLiteral("001090000006"));
        QCOMPARE(m.count(), 2);
        const QModelIndex first = m.index(0);
        QCOMPARE(first.data(ReuseModel::NameRole).toString(), QStringLiteral("Căn cước công dân"));
        QCOMPARE(first.data(ReuseModel::DocumentCodeRole).toString(), QStringLiteral("CCCD"));
        // The issuing dossier is in the cache: its code is shown; otherwise its id.
        QCOMPARE(first.data(ReuseModel::IssuingDossierRole).toString(),
                 QStringLiteral("000.00.04.H19-261120-0004"));
        QCOMPARE(m.index(1).data(ReuseModel::IssuingDossierRole).toString(), QStringLiteral("srv-2024-771"));
        // 200 days before Monday 23/11/2026 09:00 (Vietnam).
        QCOMPARE(first.data(ReuseModel::IssuedTextRole).toString(), QStringLiteral("07/05/2026"));
        QCOMPARE(first.data(ReuseModel::AttachedRole).toBool(), false);
        QCOMPARE(m.fetchedText(), QStringLiteral("Updated 23/11/2026 08:00"));
    }

    void otherApplicantsAndStates()
    {
        ReuseModel m(m_ws, nullptr);
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Awaiting approval: nothing cached for this applicant, and no attaching.
        m.setDossierId(QStringLiteral("d-000004"));
        QVERIFY(!m.cached());
        QCOMPARE(m.count(), 0);
        QVERIFY(!m.canAttach());
        QVERIFY(!m.attach(0));
        QVERIFY(!m.error().isEmpty());
        // Unknown dossier: empty, no crash.
        m.setDossierId(QStringLiteral("no-such-dossier"));
        QCOMPARE(m.count(), 0);
        QVERIFY(!m.canAttach());
    }

    void attachQueuesTheActionAndUpdatesTheDossier()
    {
        ReuseModel m(m_ws, nullptr);
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDossierId(QStringLiteral("d-000006"));
        auto before = m_ws->store()->dossiers().get(QStringLiteral("d-000006"));
        QVERIFY(before.ok() && before.value());
        auto openBefore = m_ws->store()->outbox().openCount();
        QVERIFY(openBefore.ok());
        QSignalSpy cacheChanged(m_ws, &Workspace::cacheChanged);
        QSignalSpy attached(&m, &ReuseModel::attached);

        QVERIFY2(m.attach(0), qPrintable(m.error()));
        QCOMPARE(attached.size(), 1);
        QCOMPARE(cacheChanged.size(), 1);
        QVERIFY(m.error().isEmpty());
        // The optimistic dossier holds the warehouse document as an application component.
        auto after = m_ws->store()->dossiers().get(QStringLiteral("d-000006"));
        QVERIFY(after.ok() && after.value());
        QCOMPARE(after.value()->version, before.value()->version + 1);
        const QString sha = cachefixture::fakeSha(QStringLiteral("warehouse-Căn cước công dân"));
        const auto it = std::find_if(after.value()->components.cbegin(), after.value()->components.cend(),
                                     [&](const Component &c) { return c.sha256 == sha; });
        QVERIFY(it != after.value()->components.cend());
        QCOMPARE(it->kind, ComponentKind::Input);
        QCOMPARE(it->documentCode, QStringLiteral("CCCD"));
        QCOMPARE(it->size, 2048);
        // One more action waits in the outbox, of the new kind.
        QCOMPARE(m_ws->store()->outbox().openCount().value(), openBefore.value() + 1);
        auto open = m_ws->store()->outbox().list(false);
        QVERIFY(open.ok());
        QCOMPARE(open.value().last().action.kind, ActionKind::AttachDocument);
        // The model re-read the cache: the row is now marked attached.
        QCOMPARE(m.index(0).data(ReuseModel::AttachedRole).toBool(), true);
        QCOMPARE(m.index(1).data(ReuseModel::AttachedRole).toBool(), false);
        QVERIFY(!m.attach(5));
    }

    void corruptCacheIsAnErrorNotACrash()
    {
        SyncStateRepository state(m_ws->store()->database());
        //! Keyed by a token of the ID number (issue 19: no ID number on disk).
        QVERIFY(state
                    .setValue(WarehouseRepository::kKeyPrefix
                                  + fields::token(m_ws->store()->database().fieldCipher(), 'i',
                                                  QStringLiteral("001090000007")),
                              QStringLiteral("{not json"))
                    .ok());
        ReuseModel m(m_ws, nullptr);
        m.setDossierId(QStringLiteral("d-000007"));
        QCOMPARE(m.count(), 0);
        QVERIFY(!m.error().isEmpty());
        // A well-formed list for the same citizen repairs it.
        CitizenWarehouse w;
        w.idNumber = QStringLiteral("001090000007");
        QVERIFY(WarehouseRepository(m_ws->store()->database()).put(w).ok());
        m.reload();
        QVERIFY(m.error().isEmpty());
        QVERIFY(m.cached());
        QCOMPARE(m.count(), 0);
    }

    //! Issue 20: "Result" / "Document" and "Updated …" follow a language switch at run time:
    //! the model tells the views to read them again (they kept the old language).
    void textsFollowTheLanguage()
    {
        CitizenWarehouse w;
        w.idNumber = QStringLiteral("001090000777");
        w.fetchedAt = cachefixture::now().addSecs(-600);
        CitizenDocument result;
        result.sha256 = QString(64, QLatin1Char('a'));
        result.name = QStringLiteral("Giấy khai sinh");
        result.kind = ComponentKind::Result;
        result.issuedAt = cachefixture::now().addDays(-10);
        CitizenDocument input = result;
        input.sha256 = QString(64, QLatin1Char('b'));
        input.name = QStringLiteral("Sổ hộ khẩu");
        input.kind = ComponentKind::Input;
        input.issuedAt = cachefixture::now().addDays(-20);
        w.documents = {input, result};
        QVERIFY(WarehouseRepository(m_ws->store()->database()).put(w).ok());
        ReuseModel m(m_ws, nullptr);
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setApplicantIdNumber(w.idNumber);
        QCOMPARE(m.count(), 2);
        const auto kinds = [&m] {
            return QStringList {m.index(0).data(ReuseModel::KindTextRole).toString(),
                                m.index(1).data(ReuseModel::KindTextRole).toString()};
        };
        QCOMPARE(kinds(), (QStringList {QStringLiteral("Result"), QStringLiteral("Document")}));
        QVERIFY2(m.fetchedText().startsWith(QLatin1String("Updated ")), qPrintable(m.fetchedText()));
        QSignalSpy rows(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy changed(&m, &ReuseModel::changed);
        AppController::instance()->setLanguage(QStringLiteral("vi"));
        QCOMPARE(kinds(), (QStringList {QStringLiteral("Kết quả"), QStringLiteral("Tài liệu")}));
        QVERIFY2(m.fetchedText().startsWith(QStringLiteral("Cập nhật ")), qPrintable(m.fetchedText()));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(rows.first().at(1).toModelIndex().row(), 1);
        QVERIFY(rows.first().at(2).value<QList<int>>().contains(ReuseModel::KindTextRole));
        QCOMPARE(changed.size(), 1); // fetchedText
        AppController::instance()->setLanguage(QStringLiteral("en"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(kinds(), (QStringList {QStringLiteral("Result"), QStringLiteral("Document")}));
    }
};

QTEST_MAIN(TestReuseModel)
#include "tst_reusemodel.moc"
