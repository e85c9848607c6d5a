// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/citizendocument.h"
#include "core/procedure.h"
#include "digitize/scanpages.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <functional>
#include <optional>

//! The reception screen's procedure picker: the cached catalogue, filtered by a
//! name or national code typed by the official (accents and case ignored).
class ReceptionProcedureModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by ReceptionController")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    //! QML names: code, name, summary ("5 working days · fee 50,000 VND · 3 components").
    enum Role { CodeRole = Qt::UserRole + 1, NameRole, SummaryRole };
    Q_ENUM(Role)

    explicit ReceptionProcedureModel(QObject *parent = nullptr);

    void setProcedures(QList<motcua::Procedure> procedures);
    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    [[nodiscard]] std::optional<motcua::Procedure> procedure(const QString &code) const;
    //! "5 working days · fee 50,000 VND · 3 components" in the UI language.
    [[nodiscard]] static QString summary(const motcua::Procedure &p);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterChanged();
    void countChanged();

private:
    void apply();

    QList<motcua::Procedure> m_all;
    QList<qsizetype> m_rows; //!< indexes into m_all matching the filter
    QString m_filter;
};

//! The pages of the component being digitized, in order (a view on its ScanPages).
class ReceptionPageModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by ReceptionComponentModel")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    //! QML names: source (file URL for an Image), fileName, angle (clockwise degrees), pageNumber
    //! (1-based). Not "rotation": a delegate's required property of that name hides Item.rotation.
    enum Role { SourceRole = Qt::UserRole + 1, FileNameRole, RotationRole, PageNumberRole };
    Q_ENUM(Role)

    explicit ReceptionPageModel(QObject *parent = nullptr);
    void show(const motcua::digitize::ScanPages *pages);
    void refresh();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    const motcua::digitize::ScanPages *m_pages = nullptr;
};

//! The required-components checklist of the chosen procedure: each with the papers
//! scanned for it or a document reused from the citizen's e-data warehouse.
class ReceptionComponentModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by ReceptionController")
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentChanged)
    Q_PROPERTY(QString currentName READ currentName NOTIFY currentChanged)
    Q_PROPERTY(ReceptionPageModel *pages READ pages CONSTANT)
    //! Required components with neither pages nor a reused document.
    Q_PROPERTY(int missing READ missing NOTIFY contentChanged)
    //! Their names, one a line (the guidance slip's starting text).
    Q_PROPERTY(QString missingText READ missingText NOTIFY contentChanged)

public:
    //! QML names: name, documentCode, required, pageCount, ready, statusText.
    enum Role {
        NameRole = Qt::UserRole + 1,
        DocumentCodeRole,
        RequiredRole,
        PageCountRole,
        ReadyRole,
        StatusTextRole,
    };
    Q_ENUM(Role)

    struct Item
    {
        motcua::RequiredComponent required;
        motcua::digitize::ScanPages pages;
        std::optional<motcua::CitizenDocument> reused;
    };

    explicit ReceptionComponentModel(QObject *parent = nullptr);

    void setRequired(const QList<motcua::RequiredComponent> &required);
    [[nodiscard]] const QList<Item> &items() const { return m_items; }
    [[nodiscard]] int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    [[nodiscard]] QString currentName() const;
    [[nodiscard]] ReceptionPageModel *pages() { return &m_pageModel; }
    [[nodiscard]] int missing() const;
    [[nodiscard]] QStringList missingNames() const;
    [[nodiscard]] QString missingText() const { return missingNames().join(QLatin1Char('\n')); }

    //! Changes the current component's pages; false for an index out of range.
    bool editPages(const std::function<bool(motcua::digitize::ScanPages &)> &edit);
    //! The component at `row` takes a warehouse document instead of papers (nullopt: papers again).
    bool setReused(int row, const std::optional<motcua::CitizenDocument> &doc);
    //! Re-emits the status texts after a language switch.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void currentChanged();
    void contentChanged();

private:
    void changedRow(int row);

    QList<Item> m_items;
    int m_current = -1;
    ReceptionPageModel m_pageModel;
};
