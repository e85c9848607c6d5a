// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderqueue.h"

#include "pdflog.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>
#include <cmath>

namespace motcua::pdf {

namespace {
constexpr double kBaseScale = 96.0 / 72.0;
constexpr int kStepsPerOctave = 8;
constexpr int kMinBucket = -48; // 96 dpi / 64
constexpr int kMaxBucket = 40;  // 96 dpi * 32
} // namespace

struct RenderQueue::State
{
    std::shared_ptr<const PdfDocument> doc;
    PageCache cache;
    QMutex mutex;
    QHash<quint64, QList<quint64>> waiting; //!< key → tickets waiting for it
    QHash<quint64, Callback> callbacks;     //!< ticket → callback
    quint64 nextTicket = 1;
    int sequence = 0;
    std::atomic<int> renders{0};

    State(std::shared_ptr<const PdfDocument> d, qint64 budget) : doc(std::move(d)), cache(budget) {}

    void run(const RenderKey &key)
    {
        {
            QMutexLocker lock(&mutex);
            if (waiting.value(key.packed()).isEmpty()) {
                waiting.remove(key.packed());
                return; // everyone cancelled before we started
            }
        }
        Result<QImage> result = [&]() -> Result<QImage> {
            const QImage hit = cache.find(key);
            if (!hit.isNull())
                return hit;
            ++renders;
            Result<QImage> r = doc->render(key.page, RenderQueue::scaleForBucket(key.bucket), key.rotation);
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
    }
};

RenderQueue::RenderQueue(std::shared_ptr<const PdfDocument> document, qint64 cacheBudgetBytes)
    : m_state(std::make_shared<State>(std::move(document), cacheBudgetBytes))
{
    const int threads = std::clamp(QThread::idealThreadCount(), 1, m_state->doc->limits().maxPopplerDocuments);
    m_pool.setMaxThreadCount(threads);
    m_pool.setObjectName(QStringLiteral("motcua-pdf-render"));
}

RenderQueue::~RenderQueue()
{
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->waiting.clear();
        m_state->callbacks.clear();
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
    return RenderKey{page, bucketForScale(scale), PdfDocument::normaliseRotation(rotation)};
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
    int prio = 0;
    quint64 ticket = 0;
    bool start = false;
    {
        QMutexLocker lock(&m_state->mutex);
        ticket = m_state->nextTicket++;
        m_state->callbacks.insert(ticket, std::move(done));
        QList<quint64> &list = m_state->waiting[key.packed()];
        start = list.isEmpty();
        list.append(ticket);
        //! Newest first: after a fast scroll the pages now on screen render before
        //! the ones scrolled past. Thumbnails yield to pages.
        m_state->sequence = (m_state->sequence + 1) % (1 << 28);
        prio = m_state->sequence + (priority == Priority::Page ? (1 << 29) : 0);
    }
    if (start) {
        std::shared_ptr<State> state = m_state;
        m_pool.start([state, key] { state->run(key); }, prio);
    }
    return ticket;
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
    return m_pool.maxThreadCount();
}

} // namespace motcua::pdf
