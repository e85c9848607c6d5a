// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfdocumentmodel.h"

#include "pdf/pdfdocument.h"
#include "pdf/pdflog.h"
#include "pdf/renderqueue.h"
#include "pdfimageprovider.h"
#include "pdfregistry.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

using namespace motcua;
using namespace motcua::pdf;

namespace {
constexpr qreal kThumbnailPixels = 150; //!< thumbnail strip and the stand-in shown while a page renders
}

PdfDocumentModel::PdfDocumentModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

PdfDocumentModel::~PdfDocumentModel()
{
    if (!m_docId.isEmpty())
        PdfRegistry::remove(m_docId);
}

void PdfDocumentModel::classBegin()
{
    //! Declarative registration: the provider arrives with the first viewer.
    if (QQmlEngine *engine = qmlEngine(this)) {
        if (!engine->imageProvider(QLatin1String(PdfImageProvider::kId)))
            engine->addImageProvider(QLatin1String(PdfImageProvider::kId), new PdfImageProvider);
    }
}

void PdfDocumentModel::setSource(const QString &source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
    load();
}

void PdfDocumentModel::clear()
{
    if (m_queue) {
        beginResetModel();
        PdfRegistry::remove(m_docId);
        m_docId.clear();
        m_queue.reset();
        m_rotations.clear();
        endResetModel();
        Q_EMIT countChanged();
        Q_EMIT pagesChanged();
    }
    m_errorCode.clear();
    m_errorString.clear();
}

void PdfDocumentModel::setError(const QString &code, const QString &message)
{
    m_errorCode = code;
    m_errorString = message;
    m_status = Error;
    Q_EMIT statusChanged();
}

void PdfDocumentModel::load()
{
    clear();
    const quint64 generation = ++m_generation;
    if (m_source.isEmpty()) {
        m_status = Null;
        Q_EMIT statusChanged();
        return;
    }
    const QUrl url(m_source);
    const QString path = url.isLocalFile() ? url.toLocalFile() : m_source;
    m_status = Loading;
    Q_EMIT statusChanged();
    //! Opening validates the file and reads every page size: off the GUI thread.
    QPointer<PdfDocumentModel> self(this);
    QThreadPool::globalInstance()->start([self, path, generation] {
        Result<std::shared_ptr<PdfDocument>> opened = PdfDocument::open(path);
        std::shared_ptr<const PdfDocument> doc = opened.ok() ? opened.value() : nullptr;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, doc, error = opened.ok() ? motcua::Error() : opened.error()] {
                if (!self || self->m_generation != generation)
                    return;
                //! Created here so that its thread pool belongs to the GUI thread.
                auto queue = doc ? std::make_shared<RenderQueue>(doc) : nullptr;
                if (queue)
                    queue->setFocusPage(self->m_focusPage);
                if (!queue) {
                    qCInfo(lcPdf) << "cannot open PDF:" << error.toString();
                    self->setError(error.code, error.userMessage());
                    return;
                }
                self->beginResetModel();
                self->m_queue = queue;
                self->m_docId = PdfRegistry::add(queue);
                self->m_rotations = QList<int>(queue->document()->pageCount(), 0);
                self->endResetModel();
                self->m_status = Ready;
                Q_EMIT self->countChanged();
                Q_EMIT self->pagesChanged();
                Q_EMIT self->statusChanged();
            },
            Qt::QueuedConnection);
    });
}

int PdfDocumentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rotations.size());
}

QVariant PdfDocumentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_queue)
        return {};
    const int page = index.row();
    switch (role) {
    case PageIndexRole:
        return page;
    case WidthRole:
        return pageSize(page).width();
    case HeightRole:
        return pageSize(page).height();
    case UserRotationRole:
        return m_rotations.at(page);
    case PageRotationRole:
        return m_queue->document()->pageInfo(page).pageRotation;
    default:
        return {};
    }
}

QHash<int, QByteArray> PdfDocumentModel::roleNames() const
{
    return {{PageIndexRole, "pageIndex"},
            {WidthRole, "pageWidth"},
            {HeightRole, "pageHeight"},
            {UserRotationRole, "userRotation"},
            {PageRotationRole, "pageRotation"}};
}

void PdfDocumentModel::rotatePage(int page, int delta)
{
    if (page < 0 || page >= m_rotations.size())
        return;
    m_rotations[page] = PdfDocument::normaliseRotation(m_rotations.at(page) + delta);
    const QModelIndex idx = index(page);
    Q_EMIT dataChanged(idx, idx, {WidthRole, HeightRole, UserRotationRole});
    Q_EMIT pagesChanged();
    Q_EMIT pageRotated(page);
}

int PdfDocumentModel::pageRotation(int page) const
{
    return page >= 0 && page < m_rotations.size() ? m_rotations.at(page) : 0;
}

QSizeF PdfDocumentModel::pageSize(int page) const
{
    if (!m_queue || page < 0 || page >= m_rotations.size())
        return {};
    return m_queue->document()->pageSize(page, m_rotations.at(page));
}

QVariantList PdfDocumentModel::textBoxes(int page) const
{
    QVariantList out;
    if (!m_queue || page < 0 || page >= m_rotations.size())
        return out;
    auto boxes = m_queue->document()->textBoxes(page);
    if (!boxes)
        return out;
    for (const QRectF &r : std::as_const(*boxes))
        out.append(r);
    return out;
}

qreal PdfDocumentModel::maxPageWidth() const
{
    qreal w = 0;
    for (int i = 0; i < m_rotations.size(); ++i)
        w = std::max(w, pageSize(i).width());
    return w;
}

QString PdfDocumentModel::imageUrl(int page, int rotation, qreal pixelWidth) const
{
    if (!m_queue || page < 0 || page >= m_rotations.size())
        return {};
    rotation = PdfDocument::normaliseRotation(rotation);
    const QSizeF size = m_queue->document()->pageSize(page, rotation);
    if (size.isEmpty() || pixelWidth <= 0)
        return {};
    const int bucket = RenderQueue::bucketForScale(pixelWidth / size.width());
    return QStringLiteral("image://%1/%2/%3/%4/%5")
        .arg(QLatin1String(PdfImageProvider::kId), m_docId)
        .arg(page)
        .arg(rotation)
        .arg(bucket);
}

QString PdfDocumentModel::thumbnailUrl(int page, int rotation) const
{
    const QString url = imageUrl(page, rotation, kThumbnailPixels);
    return url.isEmpty() ? url : url + QStringLiteral("/t");
}

void PdfDocumentModel::prefetch(int page, int rotation, qreal pixelWidth)
{
    if (!m_queue || page < 0 || page >= m_rotations.size() || pixelWidth <= 0)
        return;
    rotation = PdfDocument::normaliseRotation(rotation);
    const QSizeF size = m_queue->document()->pageSize(page, rotation);
    if (size.isEmpty())
        return;
    //! The same key as imageUrl(); the result lands in the page cache.
    const RenderKey key {page, RenderQueue::bucketForScale(pixelWidth / size.width()), rotation};
    if (m_queue->cached(key).isNull())
        m_queue->request(
            key, [](const Result<QImage> &) {}, RenderQueue::Priority::Page);
}

void PdfDocumentModel::setFocusPage(int page)
{
    if (page == m_focusPage)
        return;
    m_focusPage = page;
    if (m_queue)
        m_queue->setFocusPage(page);
    Q_EMIT focusPageChanged();
}

std::shared_ptr<const PdfDocument> PdfDocumentModel::document() const
{
    return m_queue ? m_queue->document() : nullptr;
}
