// SPDX-License-Identifier: GPL-3.0-or-later
// RenderQueue and PageCache: buckets, caching, de-duplication, cancellation.
#include "pdf/renderqueue.h"

#include <QGuiApplication>
#include <QMutex>
#include <QSemaphore>
#include <QtTest>

using namespace motcua;
using namespace motcua::pdf;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf/") + QLatin1String(name);
}

std::shared_ptr<const PdfDocument> openText()
{
    auto r = PdfDocument::open(fixture("text.pdf"));
    return r.ok() ? r.value() : nullptr;
}
} // namespace

class TestRenderQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buckets()
    {
        QCOMPARE(RenderQueue::bucketForScale(96.0 / 72.0), 0);
        QCOMPARE(RenderQueue::scaleForBucket(0), 96.0 / 72.0);
        QCOMPARE(RenderQueue::bucketForScale(2 * 96.0 / 72.0), 8);
        //! Always at or above the wanted scale, by less than one step.
        for (double s = 0.05; s < 12; s *= 1.07) {
            const double b = RenderQueue::scaleForBucket(RenderQueue::bucketForScale(s));
            QVERIFY2(b >= s * 0.999999 && b < s * 1.0906, qPrintable(QString::number(s)));
        }
        QCOMPARE(RenderQueue::bucketForScale(-1), 0);
        QCOMPARE(RenderQueue::bucketForScale(qQNaN()), 0);
        QVERIFY(RenderQueue::bucketForScale(1e9) <= 40);
    }

    void cacheIsLruWithinBudget()
    {
        QImage img(100, 100, QImage::Format_ARGB32); // 40,000 bytes
        img.fill(Qt::black);
        PageCache cache(100'000);
        cache.insert({0, 0, 0}, img);
        cache.insert({1, 0, 0}, img);
        QVERIFY(!cache.find({0, 0, 0}).isNull()); // page 0 now most recently used
        cache.insert({2, 0, 0}, img); // evicts page 1
        QVERIFY(cache.usedBytes() <= 100'000);
        QCOMPARE(cache.count(), 2);
        QVERIFY(!cache.find({0, 0, 0}).isNull());
        QVERIFY(cache.find({1, 0, 0}).isNull());
        QVERIFY(!cache.find({2, 0, 0}).isNull());
        //! Keys differ by zoom bucket and by rotation.
        QVERIFY(cache.find({2, 1, 0}).isNull());
        QVERIFY(cache.find({2, 0, 90}).isNull());
        QImage huge(200, 200, QImage::Format_ARGB32); // alone over budget: not kept
        huge.fill(Qt::white);
        cache.insert({3, 0, 0}, huge);
        QVERIFY(cache.find({3, 0, 0}).isNull());
        QVERIFY(cache.usedBytes() <= cache.budget());
    }

    void rendersOnWorkerAndCaches()
    {
        RenderQueue queue(openText());
        QSemaphore done;
        QImage got;
        Qt::HANDLE worker = nullptr;
        const RenderKey key = RenderQueue::keyFor(0, 1.0, 0);
        queue.request(key, [&](const Result<QImage> &r) {
            if (r.ok())
                got = r.value();
            worker = QThread::currentThreadId();
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 30000));
        QVERIFY(!got.isNull());
        QVERIFY(worker != QThread::currentThreadId());
        const double scale = RenderQueue::scaleForBucket(key.bucket);
        QCOMPARE(got.width(), qRound(595 * scale));
        QCOMPARE(queue.renderCount(), 1);
        //! Second request: served from the cache, synchronously, no new render.
        bool sync = false;
        queue.request(key, [&](const Result<QImage> &r) { sync = r.ok(); });
        QVERIFY(sync);
        QCOMPARE(queue.renderCount(), 1);
        QVERIFY(!queue.cached(key).isNull());
        //! A rotated request is another image, with swapped dimensions.
        queue.request(RenderQueue::keyFor(0, 1.0, 90), [&](const Result<QImage> &r) {
            got = r.valueOr(QImage());
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 30000));
        QVERIFY(got.width() > got.height());
        QCOMPARE(queue.renderCount(), 2);
    }

    void sameKeyInFlightRendersOnce()
    {
        RenderQueue queue(openText());
        QSemaphore done;
        std::atomic<int> ok {0};
        const RenderKey key = RenderQueue::keyFor(1, 1.5, 0);
        for (int i = 0; i < 5; ++i)
            queue.request(key, [&](const Result<QImage> &r) {
                ok += r.ok();
                done.release();
            });
        QVERIFY(done.tryAcquire(5, 30000));
        QCOMPARE(ok.load(), 5);
        QCOMPARE(queue.renderCount(), 1);
    }

    void cancelledRequestsAreNotCalled()
    {
        RenderQueue queue(openText());
        std::atomic<int> calls {0};
        QList<quint64> tickets;
        //! Enough distinct keys that most are still queued when cancelled.
        for (int i = 0; i < 30; ++i)
            tickets.append(queue.request(RenderQueue::keyFor(i % 3, 0.3 + 0.1 * i, 0),
                                         [&](const Result<QImage> &) { ++calls; }));
        for (quint64 t : std::as_const(tickets))
            queue.cancel(t);
        const int callsAtCancel = calls.load();
        queue.waitForIdle();
        //! A callback already taken by a worker when cancel() ran may still land
        //! (the image provider ignores those); nothing queued does.
        QVERIFY(calls.load() <= callsAtCancel + queue.threadCount());
        QVERIFY(queue.renderCount() < 30);
    }

    void focusPageAndPriorityOrderTheQueue()
    {
        Limits oneWorker;
        oneWorker.maxPopplerDocuments = 1;
        RenderQueue queue(PdfDocument::open(fixture("text.pdf"), oneWorker).value());
        QCOMPARE(queue.threadCount(), 1);
        QMutex mutex;
        QList<int> order;
        QSemaphore done;
        auto record = [&](int tag) {
            return [&, tag](const Result<QImage> &) {
                QMutexLocker lock(&mutex);
                order.append(tag);
                done.release();
            };
        };
        queue.setFocusPage(2);
        //! The only worker is held inside the first callback while the rest queue up.
        QSemaphore started, go;
        queue.request(RenderQueue::keyFor(1, 0.5, 0), [&](const Result<QImage> &) {
            started.release();
            go.acquire();
            QMutexLocker lock(&mutex);
            order.append(-1);
            done.release();
        });
        QVERIFY(started.tryAcquire(1, 30000));
        queue.request(RenderQueue::keyFor(2, 0.2, 0), record(20), RenderQueue::Priority::Thumbnail);
        queue.request(RenderQueue::keyFor(0, 1.0, 0), record(0));
        queue.request(RenderQueue::keyFor(1, 1.0, 0), record(1));
        queue.request(RenderQueue::keyFor(2, 1.0, 0), record(2));
        go.release();
        QVERIFY(done.tryAcquire(5, 30000));
        //! Pages nearest the focus first, the thumbnail last although it is nearest.
        QCOMPARE(order, (QList<int> {-1, 2, 1, 0, 20}));
    }

    void smallerImagesComeFromLargerCachedOnes()
    {
        RenderQueue queue(openText());
        QSemaphore done;
        QImage big, small;
        queue.request(RenderQueue::keyFor(0, 2.0, 90), [&](const Result<QImage> &r) {
            big = r.valueOr(QImage());
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 30000));
        QCOMPARE(queue.renderCount(), 1);
        const RenderKey thumbKey = RenderQueue::keyFor(0, 0.2, 90);
        queue.request(
            thumbKey,
            [&](const Result<QImage> &r) {
                small = r.valueOr(QImage());
                done.release();
            },
            RenderQueue::Priority::Thumbnail);
        QVERIFY(done.tryAcquire(1, 30000));
        QCOMPARE(queue.renderCount(), 1); // scaled from the cached page, not rendered
        const double scale = RenderQueue::scaleForBucket(thumbKey.bucket);
        QVERIFY(qAbs(small.width() - 842 * scale) <= 2);
        QVERIFY(qAbs(small.height() - 595 * scale) <= 2);
        //! Another rotation has nothing cached to come from.
        queue.request(RenderQueue::keyFor(0, 0.2, 0), [&](const Result<QImage> &) { done.release(); });
        QVERIFY(done.tryAcquire(1, 30000));
        QCOMPARE(queue.renderCount(), 2);
    }

    void failedRenderIsReported()
    {
        RenderQueue queue(openText());
        QSemaphore done;
        QString code;
        queue.request(RenderKey {7, 0, 0}, [&](const Result<QImage> &r) {
            code = r.ok() ? QString() : r.error().code;
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 30000));
        QCOMPARE(code, QString::fromLatin1(errors::PageOutOfRange));
    }

    void destroyingWithQueuedWorkIsSafe()
    {
        std::atomic<int> calls {0};
        {
            RenderQueue queue(openText());
            for (int i = 0; i < 20; ++i)
                queue.request(RenderQueue::keyFor(i % 3, 0.5 + 0.2 * i, 0),
                              [&](const Result<QImage> &) { ++calls; });
        }
        QVERIFY(calls.load() <= 20);
    }

    void firstRenderRunsAlone()
    {
        //! The first page the user waits for is rendered by one worker alone: no
        //! second Poppler document is opened and no other render starts before it
        //! is delivered; afterwards the other pages use every worker.
        Limits four;
        four.maxPopplerDocuments = 4;
        RenderQueue queue(PdfDocument::open(fixture("text.pdf"), four).value());
        const int pages = queue.document()->pageCount();
        QVERIFY(pages >= 2);
        std::atomic<int> rendersAtFirst {-1};
        std::atomic<int> documentsAtFirst {-1};
        std::atomic<int> firstPage {-1};
        std::atomic<int> ok {0};
        QSemaphore done;
        for (int i = 0; i < pages * 3; ++i) {
            const int page = i % pages;
            queue.request(RenderQueue::keyFor(page, 0.5 + 0.25 * (i / pages), 0),
                          [&, page](const Result<QImage> &r) {
                              ok += r.ok();
                              int expected = -1;
                              if (firstPage.compare_exchange_strong(expected, page)) {
                                  rendersAtFirst = queue.renderCount();
                                  documentsAtFirst = queue.document()->popplerDocumentCount();
                              }
                              done.release();
                          });
        }
        QVERIFY(done.tryAcquire(pages * 3, 60000));
        QCOMPARE(ok.load(), pages * 3);
        QCOMPARE(rendersAtFirst.load(), 1);
        QCOMPARE(documentsAtFirst.load(), 1);
        QCOMPARE(firstPage.load(), 0); // the focus page (0) first
        QCOMPARE(queue.threadCount(), std::clamp(QThread::idealThreadCount(), 1, 4));
    }
};

QTEST_MAIN(TestRenderQueue)
#include "tst_renderqueue.moc"
