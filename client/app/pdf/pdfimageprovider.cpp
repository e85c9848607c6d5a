// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfimageprovider.h"

#include "pdfregistry.h"

#include <QMutexLocker>
#include <QRecursiveMutex>
#include <memory>

namespace motcua::pdf {

namespace {

class PdfImageResponse;

//! Shared between the response (GUI/reader threads) and the render callback (a
//! worker): whoever finishes first emits finished() exactly once, under the lock
//! that the response's destructor also takes, so the engine cannot delete the
//! response while it is being finished.
struct ResponseSlot
{
    QRecursiveMutex mutex;
    PdfImageResponse *response = nullptr;
    bool finished = false;
    bool starting = false; //!< inside RenderQueue::request(): a cache hit answers synchronously
    bool deferred = false;
};

class PdfImageResponse : public QQuickImageResponse
{
public:
    PdfImageResponse()
        : m_slot(std::make_shared<ResponseSlot>())
    {
        m_slot->response = this;
    }
    ~PdfImageResponse() override
    {
        QMutexLocker lock(&m_slot->mutex);
        m_slot->response = nullptr;
    }

    std::shared_ptr<ResponseSlot> slot() const { return m_slot; }

    void start(const std::shared_ptr<RenderQueue> &queue, const RenderKey &key,
               RenderQueue::Priority priority)
    {
        m_queue = queue;
        {
            QMutexLocker lock(&m_slot->mutex);
            m_slot->starting = true;
        }
        std::weak_ptr<ResponseSlot> weak = m_slot;
        const quint64 ticket = queue->request(
            key,
            [weak](const Result<QImage> &r) {
                std::shared_ptr<ResponseSlot> s = weak.lock();
                if (!s)
                    return;
                QMutexLocker lock(&s->mutex);
                if (!s->response || s->finished)
                    return;
                s->finished = true;
                if (r.ok())
                    s->response->m_image = r.value();
                else
                    s->response->m_error = r.error().userMessage();
                if (s->starting)
                    s->deferred = true;
                else
                    Q_EMIT s->response->finished();
            },
            priority);
        QMutexLocker lock(&m_slot->mutex);
        m_ticket = ticket;
        m_slot->starting = false;
        if (m_slot->deferred)
            finishLater();
    }

    void fail(const QString &message)
    {
        QMutexLocker lock(&m_slot->mutex);
        m_slot->finished = true;
        m_error = message;
        finishLater();
    }

    //! finished() emitted before the engine has connected to it would be lost, so
    //! answers known inside requestImageResponse() are emitted from the event loop.
    void finishLater()
    {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
    }

    QQuickTextureFactory *textureFactory() const override
    {
        QMutexLocker lock(&m_slot->mutex);
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }

    QString errorString() const override
    {
        QMutexLocker lock(&m_slot->mutex);
        return m_error;
    }

    void cancel() override
    {
        QMutexLocker lock(&m_slot->mutex);
        if (m_slot->finished)
            return;
        m_slot->finished = true;
        if (std::shared_ptr<RenderQueue> q = m_queue.lock())
            q->cancel(m_ticket);
        Q_EMIT finished();
    }

private:
    std::shared_ptr<ResponseSlot> m_slot;
    std::weak_ptr<RenderQueue> m_queue;
    quint64 m_ticket = 0;
    QImage m_image;
    QString m_error;
};

} // namespace

QQuickImageResponse *PdfImageProvider::requestImageResponse(const QString &id, const QSize &)
{
    auto *response = new PdfImageResponse;
    const QStringList parts = id.split(QLatin1Char('/'));
    bool okPage = false, okRot = false, okBucket = false;
    const int page = parts.value(1).toInt(&okPage);
    const int rotation = parts.value(2).toInt(&okRot);
    const int bucket = parts.value(3).toInt(&okBucket);
    const bool thumbnail = parts.size() == 5 && parts.at(4) == QLatin1String("t");
    const bool wellFormed = parts.size() == 4 || thumbnail;
    std::shared_ptr<RenderQueue> queue = wellFormed ? PdfRegistry::find(parts.at(0)) : nullptr;
    if (!queue || !okPage || !okRot || !okBucket) {
        response->fail(QStringLiteral("no such PDF page: %1").arg(id));
        return response;
    }
    response->start(queue, RenderKey {page, bucket, rotation},
                    thumbnail ? RenderQueue::Priority::Thumbnail : RenderQueue::Priority::Page);
    return response;
}

} // namespace motcua::pdf
