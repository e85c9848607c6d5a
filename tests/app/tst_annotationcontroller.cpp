// SPDX-License-Identifier: GPL-3.0-or-later
// AnnotationController and AnnotationModel over a real cache: create, edit,
// move, delete, undo/redo, each change an annotate action in the outbox with
// the cached annotation; others' annotations are shown but not editable.
#include "annotationcontroller.h"
#include "appcontroller.h"
#include "cachefixture.h"
#include "store/dossierrepository.h"
#include "store/outboxrepository.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestAnnotationController : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace *m_ws = nullptr;

    QList<Annotation> cached(const QString &dossierId)
    {
        return DossierRepository(m_ws->store()->database()).annotations(dossierId).value();
    }
    //! The annotate actions not yet sent, oldest first.
    QList<Annotation> queued()
    {
        QList<Annotation> out;
        const auto entries = OutboxRepository(m_ws->store()->database()).list().value();
        for (const OutboxEntry &e : entries) {
            if (e.action.kind == ActionKind::Annotate)
                out.append(
                    json::parse<Annotation>(e.action.payload.value(QStringLiteral("annotation")).toObject())
                        .value());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppController::instance()->setLanguage(QStringLiteral("en"));
        const QString err = cachefixture::openWorkspace(m_dir.path(), 0, this, m_ws,
                                                        QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf/text.pdf"));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_ws->setIdentity(cachefixture::kUser, cachefixture::kAgency);
    }

    void createEditMoveDeleteUndoRedo()
    {
        AnnotationController c(m_ws, nullptr);
        QAbstractItemModelTester tester(c.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.setDossierId(QStringLiteral("d-000001"));
        c.setComponentId(QStringLiteral("c-1-1"));
        QVERIFY(c.canAnnotate());
        QCOMPARE(c.model()->rowCount(), 0);
        QVERIFY(!c.canUndo());

        const QString id = c.create(QStringLiteral("rectangle"), 0, 0.1, 0.2, 0.3, 0.1,
                                    QStringLiteral("Thiếu dấu giáp lai"), QStringLiteral("#e53935"),
                                    QStringLiteral("internal"));
        QVERIFY2(!id.isEmpty(), qPrintable(c.error()));
        QCOMPARE(c.model()->rowCount(), 1);
        const QModelIndex row = c.model()->index(0);
        QCOMPARE(row.data(AnnotationModel::KindRole).toString(), QStringLiteral("rectangle"));
        QCOMPARE(row.data(AnnotationModel::NxRole).toDouble(), 0.1);
        QCOMPARE(row.data(AnnotationModel::TextRole).toString(), QStringLiteral("Thiếu dấu giáp lai"));
        QCOMPARE(row.data(AnnotationModel::AuthorRole).toString(), cachefixture::kUser);
        QVERIFY(row.data(AnnotationModel::MineRole).toBool());
        QVERIFY(!row.data(AnnotationModel::TimeTextRole).toString().isEmpty());
        QVERIFY(c.canUndo());
        QCOMPARE(c.undoText(), QStringLiteral("Add rectangle"));
        // Queued as an action and in the cache (same transaction).
        QCOMPARE(queued().size(), 1);
        QCOMPARE(queued().last().id, id);
        QCOMPARE(cached(QStringLiteral("d-000001")).size(), 1);

        QVERIFY(c.setText(id, QStringLiteral("Chữ ký mờ")));
        QVERIFY(c.setRect(id, 0.5, 0.5, 0.2, 0.2));
        QVERIFY(c.setColor(id, QStringLiteral("#1e88e5")));
        QVERIFY(c.setVisibility(id, QStringLiteral("applicant")));
        QCOMPARE(c.model()->index(0).data(AnnotationModel::TextRole).toString(), QStringLiteral("Chữ ký mờ"));
        QCOMPARE(c.model()->index(0).data(AnnotationModel::NxRole).toDouble(), 0.5);
        QCOMPARE(c.model()->index(0).data(AnnotationModel::VisibilityRole).toString(),
                 QStringLiteral("applicant"));
        QCOMPARE(queued().size(), 5);
        QCOMPARE(queued().last().version, 5);

        // Undo the visibility and the colour, redo the colour.
        c.undo();
        QCOMPARE(c.model()->index(0).data(AnnotationModel::VisibilityRole).toString(),
                 QStringLiteral("internal"));
        c.undo();
        QCOMPARE(c.model()->index(0).data(AnnotationModel::ColorRole).toString(), QStringLiteral("#e53935"));
        QVERIFY(c.canRedo());
        c.redo();
        QCOMPARE(c.model()->index(0).data(AnnotationModel::ColorRole).toString(), QStringLiteral("#1e88e5"));
        QCOMPARE(queued().size(), 8);
        QCOMPARE(queued().last().version, 8); // each step a newer version for the server's upsert

        // Delete, undo (it comes back), redo (gone again).
        QVERIFY(c.remove(id));
        QCOMPARE(c.model()->rowCount(), 0);
        QVERIFY(cached(QStringLiteral("d-000001")).first().deleted);
        c.undo();
        QCOMPARE(c.model()->rowCount(), 1);
        QCOMPARE(c.model()->index(0).data(AnnotationModel::TextRole).toString(), QStringLiteral("Chữ ký mờ"));
        c.redo();
        QCOMPARE(c.model()->rowCount(), 0);

        // Undo everything: even the creation (a delete sent to the server).
        while (c.canUndo())
            c.undo();
        QCOMPARE(c.model()->rowCount(), 0);
        QVERIFY(queued().last().deleted);
    }

    void inkAndOthersAnnotations()
    {
        // Someone else's annotation, as a sync would have stored it.
        Annotation theirs;
        theirs.id = QStringLiteral("theirs");
        theirs.dossierId = QStringLiteral("d-000003");
        theirs.componentId = QStringLiteral("c-3-1");
        theirs.kind = AnnotationKind::Highlight;
        theirs.rect = QRectF(0.1, 0.1, 0.5, 0.05);
        theirs.author = QStringLiteral("lanhdao1");
        theirs.color = QStringLiteral("#ffd400");
        theirs.version = 1;
        theirs.createdAt = cachefixture::now();
        theirs.updatedAt = theirs.createdAt;
        QVERIFY(DossierRepository(m_ws->store()->database())
                    .replaceAnnotations(QStringLiteral("d-000003"), {theirs})
                    .ok());

        AnnotationController c(m_ws, nullptr);
        QAbstractItemModelTester tester(c.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.setDossierId(QStringLiteral("d-000003"));
        c.setComponentId(QStringLiteral("c-3-1"));
        QCOMPARE(c.model()->rowCount(), 1);
        QVERIFY(!c.model()->index(0).data(AnnotationModel::MineRole).toBool());
        QVERIFY(!c.canEdit(QStringLiteral("theirs")));
        const int before = int(queued().size());
        QVERIFY(!c.setText(QStringLiteral("theirs"), QStringLiteral("sửa")));
        QVERIFY(c.error().contains(QStringLiteral("Only the official who wrote")));
        QVERIFY(!c.remove(QStringLiteral("theirs")));
        QCOMPARE(queued().size(), before);

        const QString ink = c.createInk(2, {QPointF(0.2, 0.2), QPointF(0.3, 0.25), QPointF(0.4, 0.5)},
                                        QString(), QStringLiteral("internal"));
        QVERIFY2(!ink.isEmpty(), qPrintable(c.error()));
        QCOMPARE(c.model()->rowCount(), 2);
        const QModelIndex row = c.model()->index(1);
        QCOMPARE(row.data(AnnotationModel::PageRole).toInt(), 2);
        QCOMPARE(row.data(AnnotationModel::PointsRole).toList().size(), 3);
        QCOMPARE(row.data(AnnotationModel::NwRole).toDouble(), 0.2);
        // Moving a stroke moves its points.
        QVERIFY(c.setRect(ink, 0.3, 0.2, 0.2, 0.3));
        const QVariantMap first
            = c.model()->index(1).data(AnnotationModel::PointsRole).toList().first().toMap();
        QCOMPARE(first.value(QStringLiteral("x")).toDouble(), 0.3);
        QVERIFY(c.createInk(0, {QPointF(0.2, 0.2)}, QString(), QString()).isEmpty());
        QVERIFY(c.create(QStringLiteral("scribble"), 0, 0, 0, 0.1, 0.1, {}, {}, {}).isEmpty());
    }

    void exportAnnotatedCopy()
    {
        AnnotationController c(m_ws, nullptr);
        c.setDossierId(QStringLiteral("d-000001"));
        c.setComponentId(QStringLiteral("c-1-1"));
        const QString id
            = c.create(QStringLiteral("rectangle"), 0, 0.1, 0.1, 0.3, 0.1, QStringLiteral("Xem lại"),
                       QStringLiteral("#e53935"), QStringLiteral("internal"));
        QVERIFY2(!id.isEmpty(), qPrintable(c.error()));
        QTemporaryDir out;
        const QString path = c.exportAnnotated(QUrl::fromLocalFile(out.path()));
        QVERIFY2(!path.isEmpty(), qPrintable(c.error()));
        QCOMPARE(QFileInfo(path).absolutePath(), QDir(out.path()).absolutePath());
        QVERIFY(QFileInfo(path).fileName().startsWith(QStringLiteral("Tờ khai - ")));
        QFile original(QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf/text.pdf"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QByteArray bytes = copy.readAll();
        QVERIFY2(bytes.startsWith(original.readAll()), "the original bytes come first (incremental update)");
        QVERIFY(bytes.contains("/Square"));
        // A second export does not overwrite the first.
        const QString again = c.exportAnnotated(QUrl::fromLocalFile(out.path()));
        QVERIFY(!again.isEmpty() && again != path);
        // A component not downloaded cannot be exported.
        c.setDossierId(QStringLiteral("d-000003"));
        c.setComponentId(QStringLiteral("c-3-1"));
        QVERIFY(c.exportAnnotated(QUrl::fromLocalFile(out.path())).isEmpty());
        QVERIFY(!c.error().isEmpty());
    }

    void terminalDossierCannotBeAnnotated()
    {
        AnnotationController c(m_ws, nullptr);
        c.setDossierId(QStringLiteral("d-000005")); // held by another agency
        c.setComponentId(QStringLiteral("c-5-1"));
        QVERIFY(!c.canAnnotate());
        QVERIFY(
            c.create(QStringLiteral("note"), 0, 0.1, 0.1, 0.05, 0.05, QStringLiteral("x"), {}, {}).isEmpty());
        QVERIFY(!c.error().isEmpty());
    }
};

QTEST_MAIN(TestAnnotationController)
#include "tst_annotationcontroller.moc"
