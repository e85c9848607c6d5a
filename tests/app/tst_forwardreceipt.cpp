// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20 item 8: after a forward the official is told what went where and
// whether it reached the centre, also once the sync has removed the dossier from
// this agency's cache. ForwardReceipt over a real cache and its real outbox.
#include "actioncontroller.h"
#include "appcontroller.h"
#include "cachefixture.h"
#include "forwardreceipt.h"
#include "store/outboxrepository.h"
#include "synccontroller.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestForwardReceipt : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace *m_ws = nullptr;

    QString writeFile(const QString &name)
    {
        QFile src(QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf/text.pdf"));
        QFile out(m_dir.filePath(name));
        if (!src.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return {};
        out.write(src.readAll());
        return out.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppController::instance()->setLanguage(QStringLiteral("en"));
        const QString err = cachefixture::openWorkspace(m_dir.path(), 0, this, m_ws);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void nothingToShowWithoutAForward()
    {
        ForwardReceipt r(m_ws, nullptr);
        QVERIFY(!r.capture(QStringLiteral("d-000006"))); // only a comment in its outbox
        QVERIFY(!r.active());
        QVERIFY(r.stateText().isEmpty());
        QVERIFY(!r.capture(QStringLiteral("no-such-dossier")));
    }

    void forwardIsConfirmedUntilTheCentreHasIt()
    {
        ActionController c(m_ws, nullptr);
        c.setDossierId(QStringLiteral("d-000003"));
        const QString file = writeFile(QStringLiteral("Công văn phối hợp.pdf"));
        QVERIFY2(c.forward(cachefixture::kOtherAgency, QStringLiteral("Đề nghị phối hợp thẩm định"), 5,
                           {QUrl::fromLocalFile(file).toString()}),
                 qPrintable(c.error().message()));
        ForwardReceipt r(m_ws, nullptr);
        QSignalSpy changed(&r, &ForwardReceipt::changed);
        QVERIFY(r.capture(QStringLiteral("d-000003")));
        QVERIFY(r.active());
        QCOMPARE(r.code(), QStringLiteral("000.00.04.H19-261120-0003"));
        QCOMPARE(r.applicantName(), QStringLiteral("Lê Văn Bình"));
        QCOMPARE(r.toAgencyCode(), cachefixture::kOtherAgency);
        QCOMPARE(r.toAgencyName(), QStringLiteral("UBND xã Điện Phước"));
        QCOMPARE(r.note(), QStringLiteral("Đề nghị phối hợp thẩm định"));
        //! "day(s)" until the English catalogue has the plural of this new message.
        QVERIFY2(r.stepText().startsWith(QLatin1String("5 working day")), qPrintable(r.stepText()));
        QCOMPARE(r.attachments(), QStringList {QStringLiteral("Công văn phối hợp")});
        QCOMPARE(r.state(), QStringLiteral("pending"));
        QVERIFY(r.stateText().startsWith(QLatin1String("Waiting to be sent")));

        // The sync sends it, then the next pull takes the dossier out of this agency's cache.
        auto entries = m_ws->store()->outbox().list(true);
        QVERIFY(entries.ok());
        const qint64 id = entries.value().last().id;
        QVERIFY(m_ws->store()->outbox().markSending(id).ok());
        Q_EMIT SyncController::instance()->outboxChanged();
        QCOMPARE(r.state(), QStringLiteral("pending")); // sending is still "on its way"
        QVERIFY(m_ws->store()->outbox().markDone(id, std::nullopt).ok());
        Q_EMIT SyncController::instance()->outboxChanged();
        QCOMPARE(r.state(), QStringLiteral("done"));
        QCOMPARE(r.stateText(),
                 QStringLiteral("Sent: the dossier is now in the inbox of UBND xã Điện Phước."));
        QVERIFY(changed.count() >= 2);
        auto ids = m_ws->store()->dossiers().allIds();
        QVERIFY(ids.ok());
        QSet<QString> keep(ids.value().cbegin(), ids.value().cend());
        keep.remove(QStringLiteral("d-000003"));
        QVERIFY(m_ws->store()->dossiers().pruneExcept(keep).ok());
        QVERIFY(!m_ws->store()->dossiers().get(QStringLiteral("d-000003")).value());
        m_ws->notifyCacheChanged();
        QVERIFY(r.active());
        QCOMPARE(r.code(), QStringLiteral("000.00.04.H19-261120-0003"));
        QCOMPARE(r.state(), QStringLiteral("done"));

        // The texts are made in C++: a language switch tells QML to read them again.
        const int before = int(changed.count());
        AppController::instance()->setLanguage(QStringLiteral("vi"));
        QCOMPARE(changed.count(), before + 1);
        QVERIFY(r.stateText().contains(QStringLiteral("UBND xã Điện Phước")));
        AppController::instance()->setLanguage(QStringLiteral("en"));

        r.clear();
        QVERIFY(!r.active());
        QVERIFY(r.code().isEmpty());
    }

    void refusedForwardSaysSo()
    {
        ActionController c(m_ws, nullptr);
        c.setDossierId(QStringLiteral("d-000001"));
        QVERIFY2(c.forward(cachefixture::kOtherAgency, QString(), 0, {}), qPrintable(c.error().message()));
        ForwardReceipt r(m_ws, nullptr);
        QVERIFY(r.capture(QStringLiteral("d-000001")));
        QCOMPARE(r.stepText(), QStringLiteral("Until the dossier's due date"));
        QVERIFY(r.attachments().isEmpty());
        QVERIFY(r.note().isEmpty());
        auto entries = m_ws->store()->outbox().list(true);
        QVERIFY(entries.ok());
        QVERIFY(m_ws->store()
                    ->outbox()
                    .markFailed(entries.value().last().id, QStringLiteral("agency closed"))
                    .ok());
        Q_EMIT SyncController::instance()->outboxChanged();
        QCOMPARE(r.state(), QStringLiteral("failed"));
        QCOMPARE(
            r.stateText(),
            QStringLiteral("Refused by the centre (agency closed). The dossier stays with your agency."));
    }
};

QTEST_GUILESS_MAIN(TestForwardReceipt)
#include "tst_forwardreceipt.moc"
