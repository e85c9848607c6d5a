// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfregistry.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace motcua::pdf {

namespace {
struct Registry
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<RenderQueue>> queues;
    quint64 next = 1;
};

Registry &registry()
{
    static Registry r;
    return r;
}
} // namespace

QString PdfRegistry::add(std::shared_ptr<RenderQueue> queue)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const QString id = QStringLiteral("d%1").arg(r.next++);
    r.queues.insert(id, std::move(queue));
    return id;
}

void PdfRegistry::remove(const QString &id)
{
    std::shared_ptr<RenderQueue> last;
    Registry &r = registry();
    {
        QMutexLocker lock(&r.mutex);
        last = r.queues.take(id);
    }
    //! `last` may be the final owner: its destructor waits for running renders,
    //! which must happen outside the registry lock.
}

std::shared_ptr<RenderQueue> PdfRegistry::find(const QString &id)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.queues.value(id);
}

} // namespace motcua::pdf
