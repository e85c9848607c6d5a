// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderqueue.h"

#include "pdflog.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace motcua::pdf {

namespace {
constexpr double kBaseScale = 96.0 / 72.0;
constexpr int kStepsPerOctave = 8;
constexpr int kMinBucket = -48; // 96 dpi / 64
constexpr int kMaxBucket = 40; // 96 dpi * 32
} // namespace

struct RenderQueue::State
{
    struct Pending
    {
        RenderKey key;
        Priority priority;
        quint64 sequence;
    };

    std::shared_ptr<const PdfDocument> doc;
    PageCache cache;
    QMutex mutex;
    QHash<quint64, QList<quint64>> waiting; //!< key → tickets waiting for it (queued or rendering)
    QHash<quint64, Callback> callbacks; //!< ticket → callback
    QList<Pending> pending; //!< keys not started yet
    quint64 nextTicket = 1;
    quint64 sequence = 0;
    int focusPage = 0;
    std::atomic<int> renders {0};
    QThreadPool *pool = nullptr; //!< owned by the RenderQueue, which outlives every job
    int threads = 1;
    std::atomic<bool> widened {false};

    State(std::shared_ptr<const PdfDocument> d, qint64 budget)
        : doc(std::move(d))
        , cache(budget)
    { }

    //! Chosen when a worker is free, not when queued: pages before thumbnails, then
    //! the page nearest the one the user looks at, then the newest request.
    bool better(const Pending &a, const Pending &b) const
    {
        if (a.priority != b.priority)
            return a.priority == Priority::Page;
        const int da = std::abs(a.key.page - focusPage);
        const int db = std::abs(b.key.page - focusPage);
        if (da != db)
            return da < db;
        return a.sequence > b.sequence;
    }

    //! Every queued key has one runnable; each runnable renders the best key left.
    std::optional<RenderKey> takeBest()
    {
        QMutexLocker lock(&mutex);
        int best = -1;
        for (int i = int(pending.size()) - 1; i >= 0; --i) {
            const quint64 packed = pending.at(i).key.packed();
            if (waiting.value(packed).isEmpty()) { // everyone cancelled: drop it
                waiting.remove(packed);
                pending.removeAt(i);
                if (best > i)
                    --best;
                continue;
            }
            if (best < 0 || better(pending.at(i), pending.at(best)))
                best = i;
        }
        if (best < 0)
            return std::nullopt;
        const RenderKey key = pending.takeAt(best).key;
        return key;
    }

    void runOne()
    {
        const std::optional<RenderKey> next = takeBest();
        if (!next)
            return;
        const RenderKey key = *next;
        Result<QImage> result = [&]() -> Result<QImage> {
            const QImage hit = cache.find(key);
            if (!hit.isNull())
                return hit;
            //! A larger rendering of the same page is already here (e.g. a thumbnail
            //! of a page seen): scaling it down costs ~1 ms, rendering a scan ~100.
            for (int b = key.bucket + 1; b <= kMaxBucket; ++b) {
                const QImage larger = cache.find(RenderKey {key.page, b, key.rotation});
                if (larger.isNull())
                    continue;
                const double f = std::exp2(double(key.bucket - b) / kStepsPerOctave);
                QImage scaled
                    = larger.scaled(qMax(1, qRound(larger.width() * f)), qMax(1, qRound(larger.height() * f)),
                                    Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
                cache.insert(key, scaled);
                return scaled;
            }
            ++renders;
            qCDebug(lcPdf) << "render start page" << key.page << "bucket" << key.bucket;
            Result<QImage> r = doc->render(key.page, RenderQueue::scaleForBucket(key.bucket), key.rotation);
            qCDebug(lcPdf) << "render done page" << key.page << "bucket" << key.bucket;
            if (r)
                cache.insert(key, r.value());
            else
                qCInfo(lcPdf) << "render failed:" << r.error().toString();
            return r;
        }();
        QList<Callback> toCall;
        {
            QMutexLocker lock(&mutex);
            const QList<quint64> tickets = waiting.take(key.packed());
            for (quint64 t : tickets) {
                auto it = callbacks.find(t);
                if (it != callbacks.end()) {
                    toCall.append(std::move(it.value()));
                    callbacks.erase(it);
                }
            }
        }
        for (const Callback &cb : toCall)
            cb(result);
        //! The first render is delivered: the other workers may start.
        if (!widened.exchange(true) && threads > 1)
            pool->setMaxThreadCount(threads);
    }
};

RenderQueue::RenderQueue(std::shared_ptr<const PdfDocument> document, qint64 cacheBudgetBytes)
    : m_state(std::make_shared<State>(std::move(document), cacheBudgetBytes))
{
    m_threads = std::clamp(QThread::idealThreadCount(), 1, m_state->doc->limits().maxPopplerDocuments);
    m_state->pool = &m_pool;
    m_state->threads = m_threads;
    m_pool.setMaxThreadCount(1); //! widened by the first render (see State::runOne)
    m_pool.setObjectName(QStringLiteral("motcua-pdf-render"));
}

RenderQueue::~RenderQueue()
{
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->waiting.clear();
        m_state->callbacks.clear();
        m_state->pending.clear();
    }
    m_pool.clear();
    m_pool.waitForDone();
}

int RenderQueue::bucketForScale(double scale)
{
    if (!std::isfinite(scale) || scale <= 0)
        return 0;
    //! A small tolerance so that a scale computed as exactly a bucket's scale
    //! (with floating-point noise) is not bumped to the next one.
    const double b = std::ceil(std::log2(scale / kBaseScale) * kStepsPerOctave - 1e-6);
    return std::clamp(int(b), kMinBucket, kMaxBucket);
}

double RenderQueue::scaleForBucket(int bucket)
{
    return kBaseScale * std::exp2(double(bucket) / kStepsPerOctave);
}

RenderKey RenderQueue::keyFor(int page, double scale, int rotation)
{
    return RenderKey {page, bucketForScale(scale), PdfDocument::normaliseRotation(rotation)};
}

QImage RenderQueue::cached(const RenderKey &key) const
{
    return m_state->cache.find(key);
}

quint64 RenderQueue::request(const RenderKey &key, Callback done, Priority priority)
{
    const QImage hit = m_state->cache.find(key);
    if (!hit.isNull()) {
        done(hit);
        return 0;
    }
    quint64 ticket = 0;
    bool start = false;
    {
        QMutexLocker lock(&m_state->mutex);
        ticket = m_state->nextTicket++;
        m_state->callbacks.insert(ticket, std::move(done));
        QList<quint64> &list = m_state->waiting[key.packed()];
        start = list.isEmpty();
        list.append(ticket);
        if (start) {
            m_state->pending.append(State::Pending {key, priority, ++m_state->sequence});
        } else if (priority == Priority::Page) {
            //! A thumbnail-priority key now wanted by a page: promote it.
            for (State::Pending &p : m_state->pending) {
                if (p.key == key)
                    p.priority = Priority::Page;
            }
        }
    }
    if (start) {
        std::shared_ptr<State> state = m_state;
        m_pool.start([state] { state->runOne(); });
    }
    return ticket;
}

void RenderQueue::setFocusPage(int page)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->focusPage = page;
}

void RenderQueue::cancel(quint64 ticket)
{
    if (!ticket)
        return;
    QMutexLocker lock(&m_state->mutex);
    m_state->callbacks.remove(ticket);
    for (auto it = m_state->waiting.begin(); it != m_state->waiting.end(); ++it) {
        if (it.value().removeOne(ticket))
            break;
    }
}

void RenderQueue::waitForIdle()
{
    m_pool.waitForDone();
}

std::shared_ptr<const PdfDocument> RenderQueue::document() const
{
    return m_state->doc;
}

PageCache &RenderQueue::cache()
{
    return m_state->cache;
}

int RenderQueue::renderCount() const
{
    return m_state->renders.load();
}

int RenderQueue::threadCount() const
{
    return m_threads;
}

} // namespace motcua::pdf
