// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfdocument.h"

#include "core/textfold.h"
#include "pdflog.h"

#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QTransform>
#include <QtMath>
#include <algorithm>
#include <cmath>
#include <mutex>
#include <poppler/qt6/poppler-qt6.h>

namespace motcua::pdf {

namespace {

constexpr QSizeF kFallbackSize(595.0, 842.0); // A4, for pages whose size cannot be read

void popplerMessage(const QString &message, const QVariant &)
{
    //! Poppler reports every recoverable syntax problem of a file; they are facts
    //! about the input, not our failures, so they go to debug output only.
    qCDebug(lcPdf) << "poppler:" << message;
}

void installPopplerLogger()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(popplerMessage, QVariant()); });
}

Error pdfError(const char *code, const char *message, QStringList args = {})
{
    return Error::make(Error::Kind::Invalid, QString::fromLatin1(code), message, std::move(args));
}

Poppler::Page::Rotation toPoppler(int degrees)
{
    switch (PdfDocument::normaliseRotation(degrees)) {
    case 90:
        return Poppler::Page::Rotate90;
    case 180:
        return Poppler::Page::Rotate180;
    case 270:
        return Poppler::Page::Rotate270;
    default:
        return Poppler::Page::Rotate0;
    }
}

int rotationOf(Poppler::Page::Orientation o)
{
    switch (o) {
    case Poppler::Page::Landscape:
        return 90;
    case Poppler::Page::UpsideDown:
        return 180;
    case Poppler::Page::Seascape:
        return 270;
    case Poppler::Page::Portrait:
        break;
    }
    return 0;
}

//! The page uses a font (it has text). Only its own resources are read.
bool hasFonts(Poppler::Document &doc, int page)
{
    std::unique_ptr<Poppler::FontIterator> fonts = doc.newFontIterator(page);
    return fonts && fonts->hasNext() && !fonts->next().isEmpty();
}

bool hasEofMarker(const QByteArray &tail)
{
    //! Readers accept %%EOF within the last 1024 bytes (trailing junk after it is common).
    return tail.contains("%%EOF");
}

} // namespace

//! Borrows a Poppler document from the pool for the lifetime of the lease.
class PopplerLease
{
public:
    explicit PopplerLease(const PdfDocument &d)
        : m_owner(d)
        , m_doc(d.acquire())
    { }
    ~PopplerLease()
    {
        if (m_doc)
            m_owner.release(m_doc);
    }
    PopplerLease(const PopplerLease &) = delete;
    PopplerLease &operator=(const PopplerLease &) = delete;
    Poppler::Document *get() const { return m_doc; }

private:
    const PdfDocument &m_owner;
    Poppler::Document *m_doc;
};

PdfDocument::~PdfDocument() = default;

int PdfDocument::normaliseRotation(int degrees)
{
    int r = ((degrees % 360) + 360) % 360;
    return (r / 90) * 90;
}

Result<std::shared_ptr<PdfDocument>> PdfDocument::open(const QString &path, Limits limits)
{
    QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error::make(Error::Kind::NotFound, QString::fromLatin1(errors::NotFound),
                           QT_TRANSLATE_NOOP("motcua::Error", "The PDF file %1 does not exist."),
                           {info.fileName()});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage, QString::fromLatin1(errors::Unreadable),
                           QT_TRANSLATE_NOOP("motcua::Error", "The PDF file %1 cannot be read."),
                           {info.fileName()})
            .withDetail(file.errorString());
    if (file.size() > limits.maxFileBytes)
        return pdfError(errors::TooLarge,
                        QT_TRANSLATE_NOOP("motcua::Error", "The PDF file is too large to open."));
    //! Only the head and the tail are read here; Poppler reads the rest from disk.
    QByteArray probe = file.read(1024);
    if (file.size() > 1024) {
        file.seek(std::max<qint64>(1024, file.size() - 1024));
        probe += QByteArrayLiteral("\n") + file.read(1024);
    }
    return openImpl(path, probe, limits);
}

Result<std::shared_ptr<PdfDocument>> PdfDocument::openData(const QByteArray &data, Limits limits)
{
    if (data.size() > limits.maxFileBytes)
        return pdfError(errors::TooLarge,
                        QT_TRANSLATE_NOOP("motcua::Error", "The PDF file is too large to open."));
    return openImpl(QString(), data, limits);
}

Result<std::shared_ptr<PdfDocument>> PdfDocument::openImpl(const QString &path, const QByteArray &data,
                                                           Limits limits)
{
    installPopplerLogger();
    //! For a path, `data` holds only the head and tail of the file.
    const QByteArray head = data.left(1024);
    const QByteArray tail = data.right(1024);
    if (!head.contains("%PDF-"))
        return pdfError(errors::NotPdf,
                        QT_TRANSLATE_NOOP("motcua::Error", "This file is not a PDF document."));

    std::shared_ptr<PdfDocument> doc(new PdfDocument);
    doc->m_path = path;
    if (path.isEmpty())
        doc->m_data = data;
    doc->m_limits = limits;
    doc->m_limits.maxPopplerDocuments = std::max(1, limits.maxPopplerDocuments);

    std::unique_ptr<Poppler::Document> first = doc->loadPoppler();
    if (!first) {
        if (!hasEofMarker(tail))
            return pdfError(
                errors::Truncated,
                QT_TRANSLATE_NOOP("motcua::Error",
                                  "The PDF file is incomplete (truncated); ask for the file again."));
        return pdfError(errors::Corrupt,
                        QT_TRANSLATE_NOOP("motcua::Error", "The PDF file is damaged and cannot be opened."));
    }
    if (first->isLocked())
        return pdfError(errors::Encrypted,
                        QT_TRANSLATE_NOOP("motcua::Error",
                                          "The PDF file is protected by a password and cannot be shown."));
    if (!hasEofMarker(tail)) {
        //! Poppler can reconstruct a cut file, but an official must not review a
        //! document with silently missing pages: refuse it.
        return pdfError(errors::Truncated,
                        QT_TRANSLATE_NOOP("motcua::Error",
                                          "The PDF file is incomplete (truncated); ask for the file again."));
    }
    const int count = first->numPages();
    if (count <= 0)
        return pdfError(errors::NoPages, QT_TRANSLATE_NOOP("motcua::Error", "The PDF file has no pages."));
    if (count > limits.maxPages)
        return pdfError(
            errors::TooManyPages,
            QT_TRANSLATE_NOOP("motcua::Error", "The PDF file has %1 pages, more than the %2 allowed."),
            {QString::number(count), QString::number(limits.maxPages)});

    doc->m_pages.reserve(count);
    int readable = 0;
    for (int i = 0; i < count; ++i) {
        PageInfo info;
        info.size = kFallbackSize;
        if (std::unique_ptr<Poppler::Page> page = first->page(i)) {
            const QSizeF s = page->pageSizeF();
            if (std::isfinite(s.width()) && std::isfinite(s.height()) && s.width() >= 1 && s.height() >= 1)
                info.size = QSizeF(std::min(s.width(), limits.maxPageSidePoints),
                                   std::min(s.height(), limits.maxPageSidePoints));
            info.pageRotation = rotationOf(page->orientation());
            ++readable;
        } else {
            qCInfo(lcPdf) << "page" << i << "cannot be read; laid out as A4";
        }
        doc->m_pages.push_back(info);
    }
    if (readable == 0)
        return pdfError(errors::Corrupt,
                        QT_TRANSLATE_NOOP("motcua::Error", "The PDF file is damaged and cannot be opened."));
    doc->m_idle.push_back(first.get());
    doc->m_all.push_back(std::move(first));
    return doc;
}

std::unique_ptr<Poppler::Document> PdfDocument::loadPoppler() const
{
    std::unique_ptr<Poppler::Document> d
        = m_path.isEmpty() ? Poppler::Document::loadFromData(m_data) : Poppler::Document::load(m_path);
    if (d && !d->isLocked()) {
        d->setRenderHint(Poppler::Document::Antialiasing);
        d->setRenderHint(Poppler::Document::TextAntialiasing);
        d->setRenderHint(Poppler::Document::TextHinting);
    }
    return d;
}

Poppler::Document *PdfDocument::acquire() const
{
    QMutexLocker lock(&m_poolMutex);
    for (;;) {
        if (!m_idle.empty()) {
            Poppler::Document *d = m_idle.back();
            m_idle.pop_back();
            return d;
        }
        if (int(m_all.size()) + m_loading < m_limits.maxPopplerDocuments) {
            ++m_loading;
            lock.unlock();
            std::unique_ptr<Poppler::Document> d = loadPoppler();
            lock.relock();
            --m_loading;
            if (d && !d->isLocked() && d->numPages() == pageCount()) {
                Poppler::Document *raw = d.get();
                m_all.push_back(std::move(d));
                return raw;
            }
            //! The file changed or vanished under us: stop growing, share the existing ones.
            m_limits.maxPopplerDocuments = int(m_all.size());
            qCWarning(lcPdf) << "could not load another Poppler document; rendering serialised";
            continue;
        }
        m_poolFree.wait(&m_poolMutex);
    }
}

void PdfDocument::release(Poppler::Document *doc) const
{
    QMutexLocker lock(&m_poolMutex);
    m_idle.push_back(doc);
    m_poolFree.wakeOne();
}

int PdfDocument::popplerDocumentCount() const
{
    QMutexLocker lock(&m_poolMutex);
    return int(m_all.size());
}

PageInfo PdfDocument::pageInfo(int page) const
{
    if (page < 0 || page >= pageCount())
        return {};
    return m_pages[size_t(page)];
}

QSizeF PdfDocument::pageSize(int page, int userRotation) const
{
    const QSizeF s = pageInfo(page).size;
    return (normaliseRotation(userRotation) % 180) ? s.transposed() : s;
}

Result<QImage> PdfDocument::render(int page, double scale, int userRotation) const
{
    if (page < 0 || page >= pageCount())
        return pdfError(errors::PageOutOfRange, QT_TRANSLATE_NOOP("motcua::Error", "There is no page %1."),
                        {QString::number(page + 1)});
    if (!std::isfinite(scale) || scale <= 0)
        scale = 1.0;
    const QSizeF pts = pageSize(page, userRotation);
    const double pixels = pts.width() * scale * pts.height() * scale;
    if (pixels > double(m_limits.maxPixelsPerImage))
        scale *= 0.99 * std::sqrt(double(m_limits.maxPixelsPerImage) / pixels); // 1% for rounding up

    PopplerLease lease(*this);
    std::unique_ptr<Poppler::Page> p = lease.get()->page(page);
    if (!p)
        return pdfError(errors::RenderFailed,
                        QT_TRANSLATE_NOOP("motcua::Error", "Page %1 cannot be displayed."),
                        {QString::number(page + 1)});
    //! A page without text (a scan: images, perhaps lines) is drawn by Poppler's
    //! QPainter backend, which scales a page-sized JPEG in 60% of Splash's time
    //! (bench/pdf_first_page.sh) with the same look; a page with text keeps Splash,
    //! Poppler's reference renderer, complete for fonts, shadings and blending.
    //! That backend ignores the user's rotation (not the page's own /Rotate): the
    //! image is turned here instead, by whole quarter turns (exact).
    const bool scanned = !hasFonts(*lease.get(), page);
    lease.get()->setRenderBackend(scanned ? Poppler::Document::QPainterBackend
                                          : Poppler::Document::SplashBackend);
    const double dpi = 72.0 * scale;
    QImage image = p->renderToImage(dpi, dpi, -1, -1, -1, -1,
                                    scanned ? Poppler::Page::Rotate0 : toPoppler(userRotation));
    if (scanned && !image.isNull() && normaliseRotation(userRotation) != 0)
        image = image.transformed(QTransform().rotate(normaliseRotation(userRotation)));
    if (image.isNull())
        return pdfError(errors::RenderFailed,
                        QT_TRANSLATE_NOOP("motcua::Error", "Page %1 cannot be displayed."),
                        {QString::number(page + 1)});
    return image;
}

namespace {
//! A page's words laid end to end as folded text, with where each folded
//! character came from (word, character in the word).
struct FoldedPage
{
    QString text;
    QList<QPair<int, int>> source; //!< (word index, character index), -1 char for a separator
};

FoldedPage foldWords(const std::vector<std::unique_ptr<Poppler::TextBox>> &words)
{
    FoldedPage page;
    for (int w = 0; w < int(words.size()); ++w) {
        QList<int> map;
        const QString folded = textfold::foldMapped(words.at(w)->text(), &map);
        page.text += folded;
        for (const int c : map)
            page.source.append({w, c});
        //! One space between words, whether Poppler saw a space or a line break
        //! ("Hoang" at a line's end, "Van" at the next line's start).
        page.text += QLatin1Char(' ');
        page.source.append({w, -1});
    }
    return page;
}

//! The user's text folded, runs of spaces made one (as between words above).
QString foldNeedle(const QString &text)
{
    return textfold::fold(text).simplified();
}
} // namespace

Result<QList<QRectF>> PdfDocument::searchPage(int page, const QString &text, int userRotation) const
{
    if (page < 0 || page >= pageCount())
        return pdfError(errors::PageOutOfRange, QT_TRANSLATE_NOOP("motcua::Error", "There is no page %1."),
                        {QString::number(page + 1)});
    QList<QRectF> out;
    const QString needle = foldNeedle(text);
    if (needle.isEmpty())
        return out;
    PopplerLease lease(*this);
    std::unique_ptr<Poppler::Page> p = lease.get()->page(page);
    if (!p)
        return out;
    const QSizeF size = pageSize(page, userRotation);
    if (size.isEmpty())
        return out;
    //! Poppler's own IgnoreDiacritics misses Vietnamese letters with two marks
    //! ("ễ") and text split into base letter + mark: the words are folded with
    //! the inbox's textfold::fold and each match mapped back to the glyphs.
    const auto words = p->textList(toPoppler(userRotation));
    const FoldedPage folded = foldWords(words);
    auto normalised = [&size](const QRectF &r) {
        return QRectF(r.x() / size.width(), r.y() / size.height(), r.width() / size.width(),
                      r.height() / size.height())
            .intersected(QRectF(0, 0, 1, 1));
    };
    qsizetype from = 0;
    while ((from = folded.text.indexOf(needle, from)) >= 0) {
        const qsizetype last = from + needle.size() - 1;
        //! One rectangle per word the match touches (a match across lines gives several).
        QRectF rect;
        int word = -1;
        for (qsizetype i = from; i <= last; ++i) {
            const auto [w, c] = folded.source.at(i);
            if (c < 0)
                continue;
            if (w != word && !rect.isNull()) {
                out.append(normalised(rect));
                rect = {};
            }
            word = w;
            const QRectF box = words.at(w)->charBoundingBox(c);
            rect = rect.isNull() ? box : rect.united(box);
        }
        if (!rect.isNull())
            out.append(normalised(rect));
        from = last + 1;
    }
    return out;
}

Result<QList<QRectF>> PdfDocument::textBoxes(int page) const
{
    if (page < 0 || page >= pageCount())
        return pdfError(errors::PageOutOfRange, QT_TRANSLATE_NOOP("motcua::Error", "There is no page %1."),
                        {QString::number(page + 1)});
    QList<QRectF> out;
    PopplerLease lease(*this);
    std::unique_ptr<Poppler::Page> p = lease.get()->page(page);
    if (!p)
        return out;
    const QSizeF size = pageSize(page, 0);
    if (size.isEmpty())
        return out;
    for (const auto &box : p->textList()) {
        const QRectF r = box->boundingBox();
        out.append(QRectF(r.x() / size.width(), r.y() / size.height(), r.width() / size.width(),
                          r.height() / size.height())
                       .intersected(QRectF(0, 0, 1, 1)));
    }
    return out;
}

Result<QList<SearchHit>> PdfDocument::search(const QString &text, const QList<int> &rotations) const
{
    QList<SearchHit> hits;
    for (int i = 0; i < pageCount(); ++i) {
        Result<QList<QRectF>> r = searchPage(i, text, i < rotations.size() ? rotations.at(i) : 0);
        if (!r)
            return r.error();
        for (const QRectF &rect : r.value())
            hits.append(SearchHit {i, rect});
    }
    return hits;
}

} // namespace motcua::pdf
