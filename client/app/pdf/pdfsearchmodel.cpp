// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfsearchmodel.h"

#include "pdf/pdfdocument.h"

#include <QCoreApplication>
#include <QThreadPool>

using namespace motcua;
using namespace motcua::pdf;

PdfSearchModel::PdfSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void PdfSearchModel::setDocument(PdfDocumentModel *document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &PdfDocumentModel::statusChanged, this, &PdfSearchModel::restart);
        connect(m_document, &PdfDocumentModel::pageRotated, this, &PdfSearchModel::restart);
    }
    Q_EMIT documentChanged();
    restart();
}

void PdfSearchModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    restart();
}

void PdfSearchModel::restart()
{
    const quint64 generation = ++m_generation;
    std::shared_ptr<const PdfDocument> doc = m_document ? m_document->document() : nullptr;
    const QString needle = m_text.simplified();
    if (!doc || needle.isEmpty()) {
        m_shownText.clear();
        setHits({});
        if (m_busy) {
            m_busy = false;
            Q_EMIT busyChanged();
        }
        return;
    }
    if (!m_busy) {
        m_busy = true;
        Q_EMIT busyChanged();
    }
    QPointer<PdfSearchModel> self(this);
    const QList<int> rotations = m_document->rotations();
    QThreadPool::globalInstance()->start([self, doc, needle, rotations, generation] {
        Result<QList<SearchHit>> found = doc->search(needle, rotations);
        QList<Hit> hits;
        if (found.ok()) {
            for (const SearchHit &h : found.value())
                hits.append(Hit {h.page, h.rect});
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, hits] {
                if (!self || self->m_generation != generation)
                    return;
                const bool newText = self->m_shownText != self->m_text;
                self->m_shownText = self->m_text;
                self->setHits(hits);
                self->m_busy = false;
                Q_EMIT self->busyChanged();
                Q_EMIT self->searchFinished(newText);
            },
            Qt::QueuedConnection);
    });
}

void PdfSearchModel::setHits(QList<Hit> hits)
{
    const int oldPage = currentPage();
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
    ++m_revision;
    //! Keep the selection on the same page after a re-search (e.g. a rotation).
    int current = m_hits.isEmpty() ? -1 : 0;
    for (int i = 0; oldPage >= 0 && i < m_hits.size(); ++i) {
        if (m_hits.at(i).page >= oldPage) {
            current = i;
            break;
        }
    }
    m_current = current;
    Q_EMIT countChanged();
    Q_EMIT currentIndexChanged();
}

void PdfSearchModel::setCurrentIndex(int index)
{
    if (index < -1 || index >= m_hits.size() || index == m_current)
        return;
    m_current = index;
    Q_EMIT currentIndexChanged();
}

int PdfSearchModel::currentPage() const
{
    return m_current >= 0 && m_current < m_hits.size() ? m_hits.at(m_current).page : -1;
}

void PdfSearchModel::next()
{
    if (!m_hits.isEmpty())
        setCurrentIndex((m_current + 1) % int(m_hits.size()));
}

void PdfSearchModel::previous()
{
    if (!m_hits.isEmpty())
        setCurrentIndex(m_current <= 0 ? int(m_hits.size()) - 1 : m_current - 1);
}

int PdfSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant PdfSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hit &h = m_hits.at(index.row());
    switch (role) {
    case PageRole:
        return h.page;
    case RectRole:
        return h.rect;
    default:
        return {};
    }
}

QHash<int, QByteArray> PdfSearchModel::roleNames() const
{
    return {{PageRole, "page"}, {RectRole, "rect"}};
}

QVariantList PdfSearchModel::hitsOnPage(int page) const
{
    QVariantList out;
    for (const Hit &h : m_hits) {
        if (h.page == page)
            out.append(h.rect);
    }
    return out;
}

int PdfSearchModel::firstHitOnPage(int page) const
{
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).page == page)
            return i;
    }
    return -1;
}
