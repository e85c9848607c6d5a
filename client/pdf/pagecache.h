// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QImage>
#include <QMutex>

namespace motcua::pdf {

//! What identifies a rendered page image: page, zoom bucket, user rotation.
struct RenderKey
{
    int page = 0;
    int bucket = 0; //!< see RenderQueue::bucketForScale()
    int rotation = 0; //!< user rotation in degrees (0, 90, 180, 270)

    [[nodiscard]] quint64 packed() const
    {
        return (quint64(quint32(page)) << 32) | (quint64(quint16(qint16(bucket))) << 16)
            | quint64(rotation / 90);
    }
    friend bool operator==(const RenderKey &a, const RenderKey &b) { return a.packed() == b.packed(); }
};

//! A thread-safe LRU cache of rendered pages bounded by a memory budget in bytes.
class PageCache
{
public:
    explicit PageCache(qint64 budgetBytes);

    [[nodiscard]] QImage find(const RenderKey &key);
    //! Stores the image unless it alone exceeds the budget; evicts least recently used.
    void insert(const RenderKey &key, const QImage &image);
    void clear();

    [[nodiscard]] qint64 budget() const;
    [[nodiscard]] qint64 usedBytes() const;
    [[nodiscard]] int count() const;

    [[nodiscard]] static qint64 costOf(const QImage &image) { return image.sizeInBytes(); }

private:
    mutable QMutex m_mutex;
    QCache<quint64, QImage> m_cache;
};

} // namespace motcua::pdf
