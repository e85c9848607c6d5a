// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QWaitCondition>
#include <memory>
#include <vector>

namespace Poppler {
class Document;
}

namespace motcua::pdf {

//! Stable error codes of this layer (Error::code), one per way a PDF can be unusable.
namespace errors {
inline constexpr auto NotFound = "pdf.not_found"; //!< no such file
inline constexpr auto Unreadable = "pdf.unreadable"; //!< exists but cannot be read
inline constexpr auto NotPdf = "pdf.not_pdf"; //!< no %PDF- header
inline constexpr auto Corrupt = "pdf.corrupt"; //!< Poppler cannot parse it
inline constexpr auto Truncated = "pdf.truncated"; //!< the end of the file (%%EOF) is missing
inline constexpr auto Encrypted = "pdf.encrypted"; //!< needs a password to open
inline constexpr auto NoPages = "pdf.no_pages"; //!< opens, but has zero pages
inline constexpr auto TooManyPages = "pdf.too_many_pages";
inline constexpr auto TooLarge = "pdf.too_large";
inline constexpr auto PageOutOfRange = "pdf.page_out_of_range";
inline constexpr auto RenderFailed = "pdf.render_failed";
} // namespace errors

//! Caps that keep a hostile file from exhausting memory or time.
struct Limits
{
    int maxPages = 10000;
    qint64 maxFileBytes = qint64(2) * 1024 * 1024 * 1024;
    //! A render asking more is scaled down to fit (the view scales it up). 16 MP is
    //! an A4 page at ~400 dpi, beyond any scan's own resolution, and 64 MB of RGB32.
    qint64 maxPixelsPerImage = 16'000'000;
    double maxPageSidePoints = 14400.0; //!< ISO 32000 limit (200 inches); larger sizes are clamped
    int maxPopplerDocuments = 4; //!< render concurrency (one Poppler document each)
};

//! A page as laid out before any user rotation.
struct PageInfo
{
    QSizeF size; //!< points, as displayed (the page's own /Rotate applied)
    int pageRotation = 0; //!< the page's own /Rotate in degrees (0, 90, 180, 270)
};

struct SearchHit
{
    int page = 0;
    QRectF rect; //!< normalised to [0,1] of the page as displayed with the user rotation
};

//! An opened, validated PDF. Thread-safe: render() and search() may be called from
//! several threads at once. poppler-qt6 documents are not safe for concurrent use,
//! so each concurrent caller borrows its own Poppler::Document from a small pool
//! (created lazily; the first one is the document loaded by open()).
class PdfDocument
{
public:
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    [[nodiscard]] static Result<std::shared_ptr<PdfDocument>> open(const QString &path, Limits limits = {});
    //! For documents held in memory (e.g. decrypted from the blob store).
    [[nodiscard]] static Result<std::shared_ptr<PdfDocument>> openData(const QByteArray &data,
                                                                       Limits limits = {});

    [[nodiscard]] int pageCount() const { return int(m_pages.size()); }
    [[nodiscard]] PageInfo pageInfo(int page) const;
    //! Size in points with an extra user rotation (degrees, multiple of 90) on top of /Rotate.
    [[nodiscard]] QSizeF pageSize(int page, int userRotation = 0) const;
    [[nodiscard]] const Limits &limits() const { return m_limits; }
    [[nodiscard]] QString path() const { return m_path; }

    //! Renders at `scale` pixels per point (1.0 = 72 dpi), with the user rotation
    //! added to the page's own /Rotate. Clamped to Limits::maxPixelsPerImage.
    [[nodiscard]] Result<QImage> render(int page, double scale, int userRotation = 0) const;
    //! Case- and diacritic-insensitive search on one page.
    [[nodiscard]] Result<QList<QRectF>> searchPage(int page, const QString &text, int userRotation = 0) const;
    //! Whole-document search; rotations[i] is page i's user rotation (missing = 0).
    [[nodiscard]] Result<QList<SearchHit>> search(const QString &text,
                                                  const QList<int> &rotations = {}) const;

    //! The words of a text page, normalised to [0,1] of the page as displayed
    //! with its own /Rotate (no user rotation): what a text highlight snaps to.
    //! Empty for scans.
    [[nodiscard]] Result<QList<QRectF>> textBoxes(int page) const;

    //! Number of Poppler documents created so far (for tests and benchmarks).
    [[nodiscard]] int popplerDocumentCount() const;

    [[nodiscard]] static int normaliseRotation(int degrees);

private:
    PdfDocument() = default;
    static Result<std::shared_ptr<PdfDocument>> openImpl(const QString &path, const QByteArray &data,
                                                         Limits limits);
    std::unique_ptr<Poppler::Document> loadPoppler() const;
    Poppler::Document *acquire() const;
    void release(Poppler::Document *doc) const;
    friend class PopplerLease;

    QString m_path;
    QByteArray m_data;
    mutable Limits m_limits; //!< maxPopplerDocuments shrinks if a reload fails
    std::vector<PageInfo> m_pages;

    mutable QMutex m_poolMutex;
    mutable QWaitCondition m_poolFree;
    mutable std::vector<std::unique_ptr<Poppler::Document>> m_all;
    mutable std::vector<Poppler::Document *> m_idle;
    mutable int m_loading = 0;
};

} // namespace motcua::pdf
