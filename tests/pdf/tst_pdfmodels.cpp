// SPDX-License-Identifier: GPL-3.0-or-later
// PdfDocumentModel, PdfSearchModel (under QAbstractItemModelTester) and the image provider.
#include "pdfdocumentmodel.h"
#include "pdfimageprovider.h"
#include "pdfsearchmodel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QQuickImageResponse>
#include <QQuickTextureFactory>
#include <QSignalSpy>
#include <QtTest>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf/") + QLatin1String(name);
}

QImage waitForImage(QQuickImageResponse *response, QString *error = nullptr)
{
    QSignalSpy finished(response, &QQuickImageResponse::finished);
    if (!finished.wait(30000))
        return {};
    if (error)
        *error = response->errorString();
    std::unique_ptr<QQuickTextureFactory> f(response->textureFactory());
    return f ? f->image() : QImage();
}
} // namespace

class TestPdfModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentModelLoadsAndRotates()
    {
        PdfDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.status(), PdfDocumentModel::Null);
        model.setSource(QUrl::fromLocalFile(fixture("text.pdf")).toString());
        QCOMPARE(model.status(), PdfDocumentModel::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(model.status(), PdfDocumentModel::Ready, 30000);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(PdfDocumentModel::PageIndexRole).toInt(), 0);
        QCOMPARE(first.data(PdfDocumentModel::WidthRole).toReal(), 595.0);
        QCOMPARE(first.data(PdfDocumentModel::HeightRole).toReal(), 842.0);
        QCOMPARE(model.maxPageWidth(), 842.0); // the landscape page 3

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.rotatePage(0, 90);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(first.data(PdfDocumentModel::UserRotationRole).toInt(), 90);
        QCOMPARE(first.data(PdfDocumentModel::WidthRole).toReal(), 842.0);
        QCOMPARE(first.data(PdfDocumentModel::HeightRole).toReal(), 595.0);
        model.rotatePage(0, -180);
        QCOMPARE(model.pageRotation(0), 270);
        model.rotatePage(9, 90); // out of range: ignored
        QCOMPARE(changed.size(), 2);

        const QString url = model.imageUrl(1, 0, 793.0);
        QVERIFY2(url.startsWith(QLatin1String("image://motcuapdf/")) && url.endsWith(QLatin1String("/1/0/0")),
                 qPrintable(url));
        QVERIFY(model.imageUrl(5, 0, 100).isEmpty());

        //! Switching source resets the model through a broken file to an error.
        model.setSource(fixture("encrypted.pdf"));
        QTRY_COMPARE_WITH_TIMEOUT(model.status(), PdfDocumentModel::Error, 30000);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.errorCode(), QStringLiteral("pdf.encrypted"));
        QVERIFY(model.errorString().contains(QLatin1String("password")));
        model.setSource(QString());
        QCOMPARE(model.status(), PdfDocumentModel::Null);
    }

    void searchModelFindsAndFollowsRotation()
    {
        PdfDocumentModel doc;
        PdfSearchModel search;
        QAbstractItemModelTester tester(&search, QAbstractItemModelTester::FailureReportingMode::QtTest);
        search.setDocument(&doc);
        QSignalSpy finished(&search, &PdfSearchModel::searchFinished);
        search.setText(QStringLiteral("licence"));
        doc.setSource(fixture("text.pdf"));
        QTRY_COMPARE_WITH_TIMEOUT(doc.status(), PdfDocumentModel::Ready, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(search.rowCount(), 3, 30000);
        QCOMPARE(search.currentIndex(), 0);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(search.index(2).data(PdfSearchModel::PageRole).toInt(), 2);
        QCOMPARE(search.hitsOnPage(0).size(), 2);
        QCOMPARE(search.hitsOnPage(1).size(), 0);
        QCOMPARE(search.firstHitOnPage(2), 2);
        search.previous();
        QCOMPARE(search.currentIndex(), 2); // wraps
        search.next();
        QCOMPARE(search.currentIndex(), 0);
        search.next();
        QCOMPARE(search.currentPage(), 0);

        const QRectF before = search.index(0).data(PdfSearchModel::RectRole).toRectF();
        const int revision = search.revision();
        doc.rotatePage(0, 90);
        QTRY_VERIFY_WITH_TIMEOUT(search.revision() > revision && !search.busy(), 30000);
        QCOMPARE(search.rowCount(), 3);
        QCOMPARE(finished.last().at(0).toBool(), false); // same text, new rectangles
        //! Turning clockwise maps (x, y) to (1 - y, x); the order of hits may change.
        bool mapped = false;
        for (const QVariant &v : search.hitsOnPage(0)) {
            const QRectF after = v.toRectF();
            mapped |= qAbs(after.left() - (1 - before.bottom())) < 0.02
                && qAbs(after.top() - before.left()) < 0.02;
        }
        QVERIFY(mapped);

        search.setText(QStringLiteral("  "));
        QCOMPARE(search.rowCount(), 0);
        QCOMPARE(search.currentIndex(), -1);
    }

    void imageProviderRendersOffTheGuiThread()
    {
        PdfDocumentModel doc;
        doc.setSource(fixture("rotated.pdf"));
        QTRY_COMPARE_WITH_TIMEOUT(doc.status(), PdfDocumentModel::Ready, 30000);
        motcua::pdf::PdfImageProvider provider;
        const QString prefix = QStringLiteral("image://motcuapdf/");
        const QString id = doc.imageUrl(0, 0, 400).mid(prefix.size());
        std::unique_ptr<QQuickImageResponse> r(provider.requestImageResponse(id, {}));
        const QImage img = waitForImage(r.get());
        QVERIFY(!img.isNull());
        QVERIFY(img.width() > img.height()); // /Rotate 90 page shown landscape
        QVERIFY(img.width() >= 400 && img.width() < 440);
        //! A second request is a cache hit: answered from the event loop, not lost.
        std::unique_ptr<QQuickImageResponse> again(provider.requestImageResponse(id, {}));
        QCOMPARE(waitForImage(again.get()).size(), img.size());

        QString error;
        std::unique_ptr<QQuickImageResponse> bad(
            provider.requestImageResponse(QStringLiteral("nope/1/2"), {}));
        QVERIFY(waitForImage(bad.get(), &error).isNull());
        QVERIFY(!error.isEmpty());
        std::unique_ptr<QQuickImageResponse> outOfRange(
            provider.requestImageResponse(id.section(QLatin1Char('/'), 0, 0) + QStringLiteral("/9/0/0"), {}));
        QVERIFY(waitForImage(outOfRange.get(), &error).isNull());
        QVERIFY(!error.isEmpty());

        //! Cancelling still finishes exactly once (the engine deletes on finished()).
        std::unique_ptr<QQuickImageResponse> cancelled(provider.requestImageResponse(
            id.section(QLatin1Char('/'), 0, 0) + QStringLiteral("/1/0/12"), {}));
        QSignalSpy finished(cancelled.get(), &QQuickImageResponse::finished);
        cancelled->cancel();
        //! However slow the machine, it finishes; a second finished() would arrive with the first.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_MAIN(TestPdfModels)
#include "tst_pdfmodels.moc"
