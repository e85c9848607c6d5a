// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfdocumentmodel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QRectF>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

//! Text search hits of a PdfDocumentModel, searched on a worker thread. Rectangles
//! are normalised to the displayed page (0..1), so they follow zoom and rotation.
class PdfSearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(PdfDocumentModel *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    //! The selected hit, -1 when there is none.
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    Q_PROPERTY(int currentPage READ currentPage NOTIFY currentIndexChanged)
    //! Bumped whenever the hits change, so that per-page bindings re-read hitsOnPage().
    Q_PROPERTY(int revision READ revision NOTIFY countChanged)

public:
    enum Roles {
        PageRole = Qt::UserRole + 1, //!< int, 0-based page of the hit
        RectRole, //!< QRectF, normalised to the displayed page
    };
    Q_ENUM(Roles)

    explicit PdfSearchModel(QObject *parent = nullptr);

    [[nodiscard]] PdfDocumentModel *document() const { return m_document; }
    void setDocument(PdfDocumentModel *document);
    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    [[nodiscard]] int currentPage() const;
    [[nodiscard]] int revision() const { return m_revision; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    //! Hits on one page as a list of rects, and the index of the first one (for the
    //! highlight of the current hit).
    Q_INVOKABLE [[nodiscard]] QVariantList hitsOnPage(int page) const;
    Q_INVOKABLE [[nodiscard]] int firstHitOnPage(int page) const;
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();

Q_SIGNALS:
    void documentChanged();
    void textChanged();
    void busyChanged();
    void countChanged();
    void currentIndexChanged();
    //! Hits are in; `newText` is false when only a page rotation changed them.
    void searchFinished(bool newText);

private:
    struct Hit
    {
        int page;
        QRectF rect;
    };
    void restart();
    void setHits(QList<Hit> hits);

    QPointer<PdfDocumentModel> m_document;
    QString m_text;
    QString m_shownText; //!< the text whose hits are in m_hits
    bool m_busy = false;
    int m_current = -1;
    int m_revision = 0;
    quint64 m_generation = 0;
    QList<Hit> m_hits;
};
