// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagecache.h"
#include "pdfdocument.h"

#include <QThreadPool>
#include <functional>
#include <memory>

namespace motcua::pdf {

//! Renders pages of one document on worker threads with an LRU cache in front.
//! When a worker is free it takes the best queued request: pages before
//! thumbnails, then the page nearest the focus page (what the user looks at), then
//! the newest. Requests for the same key share one render; a request cancelled
//! before its render started is never rendered. Until the first render is done,
//! only one worker runs: the page the user waits for gets the whole machine (a
//! second worker would first open its own Poppler document and then share the
//! cores with it); the other workers start as soon as it is on its way.
class RenderQueue
{
public:
    using Callback = std::function<void(const Result<QImage> &)>;
    enum class Priority { Thumbnail, Page };

    static constexpr qint64 kDefaultCacheBudget = qint64(64) * 1024 * 1024;

    explicit RenderQueue(std::shared_ptr<const PdfDocument> document,
                         qint64 cacheBudgetBytes = kDefaultCacheBudget);
    ~RenderQueue(); //!< drops queued jobs and waits for running ones
    RenderQueue(const RenderQueue &) = delete;
    RenderQueue &operator=(const RenderQueue &) = delete;

    //! Zoom buckets are eighths of an octave around 96 dpi: rendering at the bucket
    //! at or above the wanted scale keeps the cache small while the view scales
    //! the image down by at most 9%.
    [[nodiscard]] static int bucketForScale(double scale);
    [[nodiscard]] static double scaleForBucket(int bucket);
    [[nodiscard]] static RenderKey keyFor(int page, double scale, int rotation);

    [[nodiscard]] QImage cached(const RenderKey &key) const;
    //! `done` runs exactly once, on a worker thread, or at once from this call when
    //! the page is cached, unless the ticket is cancelled first. Returns the ticket.
    quint64 request(const RenderKey &key, Callback done, Priority priority = Priority::Page);
    void cancel(quint64 ticket);
    //! The page the user looks at; queued renders nearest to it go first.
    void setFocusPage(int page);
    //! Blocks until every queued render has run (tests, benchmarks).
    void waitForIdle();

    [[nodiscard]] std::shared_ptr<const PdfDocument> document() const;
    [[nodiscard]] PageCache &cache();
    [[nodiscard]] int renderCount() const; //!< renders actually executed
    //! Workers once the first render is done (one before).
    [[nodiscard]] int threadCount() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
    QThreadPool m_pool;
    int m_threads = 1;
};

} // namespace motcua::pdf
