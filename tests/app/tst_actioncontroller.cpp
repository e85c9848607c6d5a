// SPDX-License-Identifier: GPL-3.0-or-later
// ActionController and AgencyDirectoryModel over a real cache: what may be done,
// checks with errors keyed by field (nothing queued on a refusal), queueing into
// the real outbox with documents in the blob store, the apology letter (a real
// PDF read back with pdftotext).
#include "actioncontroller.h"
#include "agencydirectorymodel.h"
#include "appcontroller.h"
#include "cachefixture.h"
#include "signing/signingfixture.h"
#include "store/outboxrepository.h"
#include "synccontroller.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestActionController : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace *m_ws = nullptr;
    SigningFixture m_fx;

    int outboxCount()
    {
        auto all = m_ws->store()->outbox().list(true);
        return all.ok() ? int(all.value().size()) : -1;
    }
    Dossier cached(const QString &id)
    {
        auto d = m_ws->store()->dossiers().get(id);
        return d.ok() && d.value() ? *d.value() : Dossier();
    }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return f.fileName();
    }
    void setRoles(const QList<Role> &roles)
    {
        auto me = m_ws->store()->syncState().me();
        QVERIFY(me.ok() && me.value());
        json::Me m = *me.value();
        m.official.roles = roles;
        QVERIFY(m_ws->store()->syncState().setMe(m).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MotCuaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_actioncontroller"));
        QSettings().clear();
        QVERIFY(m_fx.setUp());
        AppController::instance()->setLanguage(QStringLiteral("en"));
        const QString err = cachefixture::openWorkspace(m_dir.path(), 0, this, m_ws,
                                                        QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf/text.pdf"));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void allowedFollowsRoleAndState()
    {
        ActionController c(m_ws, nullptr);
        c.setDossierId(QStringLiteral("d-000003")); // in review, the specialist's agency
        QVERIFY(c.loaded());
        QVERIFY(c.isAllowed(QStringLiteral("forward")));
        QVERIFY(c.isAllowed(QStringLiteral("request_supplement")));
        QVERIFY(c.isAllowed(QStringLiteral("submit_for_approval")));
        QVERIFY(!c.isAllowed(QStringLiteral("approve"))); // supervisors only
        QVERIFY(!c.isAllowed(QStringLiteral("return_result")));
        QVERIFY(!c.rules()->canApprove() && !c.rules()->canReturnResult());
        c.setDossierId(QStringLiteral("d-000005")); // held by the other agency
        QVERIFY(c.loaded());
        QVERIFY(c.allowed().isEmpty());
        c.setDossierId(QStringLiteral("missing"));
        QVERIFY(!c.loaded());
        QVERIFY(!c.forward(cachefixture::kOtherAgency, {}, 0, {}));
        QVERIFY(c.error().shown());
    }

    void refusalsNameTheFieldAndQueueNothing()
    {
        ActionController c(m_ws, nullptr);
        c.setDossierId(QStringLiteral("d-000003"));
        const int before = outboxCount();
        QVERIFY(!c.forward(QString(), QStringLiteral("note"), 0, {}));
        QCOMPARE(c.fieldErrors().value(QStringLiteral("to_agency")).toString(),
                 QStringLiteral("Choose the agency to forward the dossier to."));
        QVERIFY(!c.forward(cachefixture::kAgency, {}, 0, {})); // the holding agency
        QVERIFY(
            c.fieldErrors().value(QStringLiteral("to_agency")).toString().contains(cachefixture::kAgency));
        QVERIFY(!c.returnForRework(QStringLiteral("x"))); // not allowed: general error, no field
        QVERIFY(c.error().shown());
        QVERIFY(c.fieldErrors().isEmpty());
        QVERIFY(!c.reject(QStringLiteral("   ")));
        QCOMPARE(c.fieldErrors().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("A reason is required."));
        QVERIFY(!c.requestSupplement({}, {}, QStringLiteral(" ")));
        QVERIFY(c.fieldErrors().contains(QStringLiteral("reason")));
        const QString notPdf = writeFile(QStringLiteral("note.txt"), "plain text");
        QVERIFY(!c.forward(cachefixture::kOtherAgency, {}, 0, {notPdf}));
        QVERIFY(c.fieldErrors()
                    .value(QStringLiteral("attachments"))
                    .toString()
                    .contains(QStringLiteral("not a PDF")));
        QVERIFY(!c.forward(cachefixture::kOtherAgency, {}, 5000, {})); // step_days out of range
        QVERIFY(c.fieldErrors().contains(QStringLiteral("step_days")));
        QCOMPARE(outboxCount(), before);
        QCOMPARE(cached(QStringLiteral("d-000003")).agencyCode, cachefixture::kAgency);
        c.clearErrors();
        QVERIFY(c.fieldErrors().isEmpty() && !c.error().shown());
    }

    void forwardQueuesWithAttachments()
    {
        ActionController c(m_ws, nullptr);
        c.setDossierId(QStringLiteral("d-000003"));
        QSignalSpy sync(SyncController::instance(), &SyncController::syncRequested);
        QSignalSpy cache(m_ws, &Workspace::cacheChanged);
        QFile src(QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf/text.pdf"));
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray pdf = src.readAll();
        const QString file = writeFile(QStringLiteral("Công văn kèm theo.pdf"), pdf);
        const int before = outboxCount();
        QVERIFY2(c.forward(cachefixture::kOtherAgency, QStringLiteral("Chuyển UBND xã"), 3,
                           {QUrl::fromLocalFile(file).toString()}),
                 qPrintable(c.error().message() + c.fieldErrors().keys().join(',')));
        QCOMPARE(outboxCount(), before + 1);
        QCOMPARE(sync.count(), 1);
        QVERIFY(cache.count() >= 1);
        QCOMPARE(c.outboxState(), int(OutboxState::Pending));
        QCOMPARE(c.outboxText(), QStringLiteral("Waiting to be sent to the centre."));
        QCOMPARE(cached(QStringLiteral("d-000003")).agencyCode, cachefixture::kOtherAgency); // optimistic
        auto entries = m_ws->store()->outbox().list();
        QVERIFY(entries.ok());
        const OutboxEntry e = entries.value().last();
        QCOMPARE(e.action.kind, ActionKind::Forward);
        QCOMPARE(e.action.payload.value(QStringLiteral("step_days")).toInt(), 3);
        const QJsonObject att
            = e.action.payload.value(QStringLiteral("attachments")).toArray().at(0).toObject();
        QCOMPARE(att.value(QStringLiteral("name")).toString(), QStringLiteral("Công văn kèm theo"));
        //! Issue 20 item 9: a PDF picked from disk (attachment, draft result) keeps its page
        //! count: the checklist says "3 trang", not "0 trang".
        QCOMPARE(att.value(QStringLiteral("pages")).toInt(), 3);
        QVERIFY(m_ws->store()->blobs().contains(att.value(QStringLiteral("sha256")).toString()));
        // The dossier left this agency: nothing more to do here.
        QVERIFY(c.allowed().isEmpty());
        // The sync worker marks it failed: the controller shows it.
        QVERIFY(m_ws->store()->outbox().markFailed(e.id, QStringLiteral("refused")).ok());
        Q_EMIT SyncController::instance()->outboxChanged();
        QCOMPARE(c.outboxState(), int(OutboxState::Failed));
        QVERIFY(c.outboxText().contains(QStringLiteral("refused")));
    }

    void supplementReasonAndWarning()
    {
        ActionController c(m_ws, nullptr);
        c.setDossierId(QStringLiteral("d-000001"));
        QCOMPARE(c.supplementCount(), 0);
        QVERIFY(!c.requiredComponents().isEmpty());
        const QString first = c.requiredComponents().first().toMap().value(QStringLiteral("name")).toString();
        QCOMPARE(
            c.supplementReason({first}, {QStringLiteral("CCCD")}, QStringLiteral(" Bổ sung trong 5 ngày ")),
            QStringLiteral("Missing: %1. Incorrect or incomplete: CCCD. Bổ sung trong 5 ngày").arg(first));
        QVERIFY(c.requestSupplement({first}, {}, QString()));
        QCOMPARE(c.supplementCount(), 1);
        const Dossier d = cached(QStringLiteral("d-000001"));
        QCOMPARE(d.state, DossierState::SupplementRequested);
        QCOMPARE(d.nationalStatus(), 5);
        QCOMPARE(d.pausedAt, cachefixture::now());
        QVERIFY(c.isAllowed(QStringLiteral("receive_supplement")));
        QVERIFY(c.receiveSupplement({}, QStringLiteral("Đã nhận")));
        QCOMPARE(cached(QStringLiteral("d-000001")).state, DossierState::InReview);
    }

    void apologyGeneratedAndRequiredByReturn()
    {
        setRoles({Role::DeskStaff});
        ActionController c(m_ws, nullptr);
        c.setDossierId(QStringLiteral("d-000004")); // awaiting approval, due in 1 day: not late
        QVERIFY(!c.rules()->late());
        //! An apology may come as soon as lateness is foreseen (docs/deadlines.md R12).
        QVERIFY(c.isAllowed(QStringLiteral("issue_apology")));
        QVERIFY(!c.returnResult({}));

        // A result issued after the due date: the desk issues the letter.
        Dossier late = cached(QStringLiteral("d-000007"));
        late.id = QStringLiteral("d-late");
        late.code = QStringLiteral("000.00.04.H19-261101-0099");
        late.applicant.name = QStringLiteral("Võ Thị Thuỷ");
        late.state = DossierState::ResultIssued;
        late.dueAt = cachefixture::now().addDays(-6);
        late.finishedAt = cachefixture::now().addDays(-1);
        Component result;
        result.id = QStringLiteral("d-late-kq");
        result.name = QStringLiteral("Kết quả");
        result.sha256 = cachefixture::fakeSha(QStringLiteral("kq"));
        result.size = 10;
        result.mime = QStringLiteral("application/pdf");
        result.kind = ComponentKind::Result;
        result.isSigned = true;
        late.components = {result};
        QVERIFY(m_ws->store()->dossiers().applyChangesPage({late}, QStringLiteral("late")).ok());
        c.setDossierId(QStringLiteral("d-late"));
        QVERIFY(c.rules()->late());
        QVERIFY(c.rules()->hasSignedResult());
        QVERIFY(!c.isAllowed(QStringLiteral("return_result"))); // the letter is missing
        QVERIFY(!c.returnResult({}));
        QCOMPARE(
            c.error().message(),
            QStringLiteral(
                "The dossier is late: a signed apology letter is required before returning the result."));
        QVERIFY(!c.issueApology(QStringLiteral("2026-11-01"), {})); // in the past
        QVERIFY(c.fieldErrors().contains(QStringLiteral("new_date")));
        QVERIFY(!c.issueApology(QStringLiteral("not a date"), {}));
        QVERIFY2(c.issueApology(QStringLiteral("2026-11-30"), QStringLiteral("Chờ ý kiến của Sở Xây dựng.")),
                 qPrintable(c.error().message()));
        QVERIFY(c.rules()->hasApology());
        QVERIFY(c.rules()->apologyAwaitingSignature());
        const Dossier d = cached(QStringLiteral("d-late"));
        const auto it = std::find_if(d.components.cbegin(), d.components.cend(),
                                     [](const Component &x) { return x.kind == ComponentKind::Apology; });
        QVERIFY(it != d.components.cend());
        auto pdf = m_ws->store()->blobs().read(it->sha256);
        QVERIFY(pdf.ok() && pdf.value().startsWith("%PDF-"));
        const QString path = writeFile(QStringLiteral("apology.pdf"), pdf.value());
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("000.00.04.H19-261101-0099")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Ông/Bà Võ Thị Thuỷ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("vào ngày 30 tháng 11 năm 2026")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Do chờ ý kiến của Sở Xây dựng")), qPrintable(text));
        const QString unsignedSha = it->sha256;
        InboxQuery apologies;
        apologies.view = InboxView::Apologies;
        apologies.agencyCode = cachefixture::kAgency;
        apologies.limit = 0;
        const auto awaiting = [&] {
            QStringList ids;
            auto items = m_ws->store()->dossiers().list(apologies);
            for (const InboxItem &i : items.value())
                ids << i.dossier.id;
            return ids;
        };
        QCOMPARE(awaiting(), QStringList {QStringLiteral("d-late")});

        // The supervisor signs it with the key chosen in Settings; a wrong password is shown under the PIN.
        setRoles({Role::Supervisor});
        c.reload();
        QVERIFY(c.rules()->canSignApology());
        QVERIFY(!c.rules()->canReturnResult()); // the desk's job
        QVERIFY(c.isAllowed(QStringLiteral("issue_apology")));
        QSettings settings;
        settings.beginGroup(QStringLiteral("signing"));
        settings.setValue(QStringLiteral("kind"), QStringLiteral("pkcs12"));
        settings.setValue(QStringLiteral("p12"), m_fx.p12());
        settings.endGroup();
        settings.sync();
        const int before = outboxCount();
        QVERIFY(!c.signApology(QStringLiteral("wrong")));
        QVERIFY(c.fieldErrors().contains(QStringLiteral("pin")));
        QCOMPARE(outboxCount(), before);
        QVERIFY2(c.signApology(QString::fromLatin1(m_fx.p12Password())), qPrintable(c.error().message()));
        QVERIFY(!c.rules()->apologyAwaitingSignature());
        const Dossier signedD = cached(QStringLiteral("d-late"));
        const auto sit = std::find_if(signedD.components.cbegin(), signedD.components.cend(),
                                      [](const Component &x) { return x.kind == ComponentKind::Apology; });
        QCOMPARE(std::count_if(signedD.components.cbegin(), signedD.components.cend(),
                               [](const Component &x) { return x.kind == ComponentKind::Apology; }),
                 1); // replaced by id, not added
        QCOMPARE(sit->id, it->id);
        QVERIFY(sit->isSigned);
        QVERIFY(sit->sha256 != unsignedSha);
        auto signedPdf = m_ws->store()->blobs().read(sit->sha256);
        QVERIFY(signedPdf.ok());
        const QString signedPath = writeFile(QStringLiteral("apology-signed.pdf"), signedPdf.value());
        const QByteArray sig = SigningFixture::run(QStringLiteral("pdfsig"), {signedPath});
        QVERIFY2(sig.contains("Signature is Valid."), sig);
        //! Issue 20 item 6: the apology carries the desk's one visible stamp.
        const QString stamp = QString::fromUtf8(SigningFixture::run(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-l"), QStringLiteral("1"), signedPath, QStringLiteral("-")}));
        static const QRegularExpression stampDate(
            QStringLiteral("Ngày ký: \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d \\(GMT\\+7\\)"));
        QVERIFY2(stamp.contains(QStringLiteral("Ký bởi: ")) && stampDate.match(stamp).hasMatch(),
                 qPrintable(stamp));
        QVERIFY(awaiting().isEmpty()); // signed: no longer awaiting the supervisor

        // Now the desk may return the result to the applicant.
        setRoles({Role::DeskStaff});
        c.reload();
        QVERIFY(c.isAllowed(QStringLiteral("return_result")));
        QVERIFY2(c.returnResult({}), qPrintable(c.error().message()));
        QCOMPARE(cached(QStringLiteral("d-late")).nationalStatus(), 10);
        setRoles({Role::Specialist});
    }

    void directoryTreeAndSearch()
    {
        AgencyDirectoryModel m(m_ws, nullptr);
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Agency prov {QStringLiteral("H19"),
                     QStringLiteral("Ủy ban nhân dân tỉnh"),
                     {},
                     QStringLiteral("province"),
                     {}};
        Agency stp {QStringLiteral("H19.01"),
                    QStringLiteral("Sở Tư pháp"),
                    QStringLiteral("H19"),
                    QStringLiteral("department"),
                    {}};
        Agency sxd {QStringLiteral("H19.02"),
                    QStringLiteral("Sở Xây dựng"),
                    QStringLiteral("H19"),
                    QStringLiteral("department"),
                    {}};
        Agency xa {QStringLiteral("H19.X01"),
                   QStringLiteral("UBND phường Phan Đình Phùng"),
                   QStringLiteral("H19"),
                   QStringLiteral("commune"),
                   {}};
        Agency orphan {QStringLiteral("Z"), QStringLiteral("Đơn vị lạ"), QStringLiteral("nowhere"), {}, {}};
        m.setAgencies({xa, sxd, orphan, stp, prov});
        QCOMPARE(m.rowCount(), 5);
        QStringList order;
        for (int r = 0; r < m.rowCount(); ++r)
            order << m.codeAt(r) + QLatin1Char(':')
                    + m.data(m.index(r), AgencyDirectoryModel::DepthRole).toString();
        QCOMPARE(order, (QStringList {"H19:0", "H19.01:1", "H19.02:1", "H19.X01:1", "Z:0"}));
        m.setFilter(QStringLiteral("so tu PHAP"));
        QCOMPARE(m.rowCount(), 2); // the match and its province
        QCOMPARE(m.codeAt(m.firstMatch()), QStringLiteral("H19.01"));
        QVERIFY(!m.data(m.index(0), AgencyDirectoryModel::MatchedRole).toBool());
        m.setFilter(QStringLiteral("dinh phung"));
        QCOMPARE(m.codeAt(m.firstMatch()), QStringLiteral("H19.X01"));
        m.setExcludeCode(QStringLiteral("H19.X01"));
        QCOMPARE(m.firstMatch(), -1);
        QVERIFY(!m.data(m.index(1), AgencyDirectoryModel::SelectableRole).toBool());
        m.setFilter(QStringLiteral("khong co"));
        QCOMPARE(m.rowCount(), 0);
        m.setFilter({});
        QCOMPARE(m.nameOf(QStringLiteral("H19.02")), QStringLiteral("Sở Xây dựng"));
        m.reload(); // from the cache: the fixture's two agencies
        QCOMPARE(m.rowCount(), 2);
    }
};

QTEST_MAIN(TestActionController)
#include "tst_actioncontroller.moc"
