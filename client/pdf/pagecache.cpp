// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagecache.h"

#include <QMutexLocker>

namespace motcua::pdf {

PageCache::PageCache(qint64 budgetBytes)
    : m_cache(qsizetype(std::max<qint64>(0, budgetBytes)))
{ }

QImage PageCache::find(const RenderKey &key)
{
    QMutexLocker lock(&m_mutex);
    //! QCache::object() also marks the entry as most recently used.
    const QImage *img = m_cache.object(key.packed());
    return img ? *img : QImage();
}

void PageCache::insert(const RenderKey &key, const QImage &image)
{
    if (image.isNull())
        return;
    QMutexLocker lock(&m_mutex);
    m_cache.insert(key.packed(), new QImage(image), qsizetype(costOf(image)));
}

void PageCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
}

qint64 PageCache::budget() const
{
    QMutexLocker lock(&m_mutex);
    return m_cache.maxCost();
}

qint64 PageCache::usedBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_cache.totalCost();
}

int PageCache::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_cache.count());
}

} // namespace motcua::pdf
