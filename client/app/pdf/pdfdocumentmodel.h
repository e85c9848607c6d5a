// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QSizeF>
#include <memory>

namespace motcua::pdf {
class RenderQueue;
class PdfDocument;
} // namespace motcua::pdf

//! The pages of one PDF for a QML ListView: sizes for layout before anything is
//! rendered, the user's rotation per page, and image URLs served by the
//! `motcuapdf` image provider (registered on the engine by this type).
class PdfDocumentModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    //! A local file path or a file:// URL.
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY statusChanged)
    //! Widest page in points (after rotation), for fit-width over the whole document.
    Q_PROPERTY(qreal maxPageWidth READ maxPageWidth NOTIFY pagesChanged)
    //! The page the user looks at: renders nearest to it go first.
    Q_PROPERTY(int focusPage READ focusPage WRITE setFocusPage NOTIFY focusPageChanged)

public:
    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    enum Roles {
        PageIndexRole = Qt::UserRole + 1, //!< int, 0-based
        WidthRole, //!< qreal, points, as displayed (own /Rotate and user rotation)
        HeightRole, //!< qreal, points
        UserRotationRole, //!< int, the user's rotation in degrees ("userRotation": Item has "rotation")
        PageRotationRole, //!< int, the page's own /Rotate in degrees
    };
    Q_ENUM(Roles)

    explicit PdfDocumentModel(QObject *parent = nullptr);
    ~PdfDocumentModel() override;

    [[nodiscard]] QString source() const { return m_source; }
    void setSource(const QString &source);
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] bool loading() const { return m_status == Loading; }
    [[nodiscard]] QString errorCode() const { return m_errorCode; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] qreal maxPageWidth() const;
    [[nodiscard]] int focusPage() const { return m_focusPage; }
    void setFocusPage(int page);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    //! Adds `delta` degrees (a multiple of 90) to the page's user rotation.
    Q_INVOKABLE void rotatePage(int page, int delta);
    Q_INVOKABLE [[nodiscard]] int pageRotation(int page) const;
    Q_INVOKABLE [[nodiscard]] QSizeF pageSize(int page) const;
    //! The page's words as {x, y, width, height} normalised to the page without
    //! user rotation (for highlighting text); [] for scans or on error.
    Q_INVOKABLE [[nodiscard]] QVariantList textBoxes(int page) const;
    //! URL of the page turned by `rotation` degrees, rendered for `pixelWidth` device
    //! pixels across (the zoom bucket is chosen here). Passing the rotation makes QML
    //! bindings re-evaluate when it changes.
    Q_INVOKABLE [[nodiscard]] QString imageUrl(int page, int rotation, qreal pixelWidth) const;
    //! A small image of the page, rendered after the full pages waiting.
    Q_INVOKABLE [[nodiscard]] QString thumbnailUrl(int page, int rotation) const;
    //! Starts rendering the page for imageUrl(page, rotation, pixelWidth) now, from
    //! the GUI thread: the Image's request (through the image reader thread)
    //! then joins this render instead of starting it later (the first page).
    Q_INVOKABLE void prefetch(int page, int rotation, qreal pixelWidth);
    [[nodiscard]] QList<int> rotations() const { return m_rotations; }
    [[nodiscard]] std::shared_ptr<const motcua::pdf::PdfDocument> document() const;

    void classBegin() override;
    void componentComplete() override { }

Q_SIGNALS:
    void sourceChanged();
    void statusChanged();
    void countChanged();
    void pagesChanged();
    void focusPageChanged();
    //! A page's rotation changed (search hits must be recomputed).
    void pageRotated(int page);

private:
    void load();
    void clear();
    void setError(const QString &code, const QString &message);

    QString m_source;
    Status m_status = Null;
    QString m_errorCode;
    QString m_errorString;
    QString m_docId;
    std::shared_ptr<motcua::pdf::RenderQueue> m_queue;
    QList<int> m_rotations;
    quint64 m_generation = 0;
    int m_focusPage = 0;
};
