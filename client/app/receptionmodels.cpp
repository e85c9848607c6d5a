// SPDX-License-Identifier: GPL-3.0-or-later
#include "receptionmodels.h"

#include "core/textfold.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

using namespace motcua;

// --- procedures -----------------------------------------------------------------------

ReceptionProcedureModel::ReceptionProcedureModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ReceptionProcedureModel::setProcedures(QList<Procedure> procedures)
{
    m_all = std::move(procedures);
    apply();
}

void ReceptionProcedureModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    apply();
    Q_EMIT filterChanged();
}

void ReceptionProcedureModel::apply()
{
    beginResetModel();
    m_rows.clear();
    //! Every word typed must appear in the code or the name, accents and case ignored.
    const QStringList words = textfold::fold(m_filter).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const QString hay = textfold::fold(m_all[i].code + QLatin1Char(' ') + m_all[i].name);
        bool all = true;
        for (const QString &w : words)
            all = all && hay.contains(w);
        if (all)
            m_rows.append(i);
    }
    endResetModel();
    Q_EMIT countChanged();
}

std::optional<Procedure> ReceptionProcedureModel::procedure(const QString &code) const
{
    for (const Procedure &p : m_all)
        if (p.code == code)
            return p;
    return std::nullopt;
}

QString ReceptionProcedureModel::summary(const Procedure &p)
{
    const QString fee = p.fee > 0 ? QCoreApplication::translate("ReceptionController", "fee %1 VND")
                                        .arg(QLocale(QLocale::Vietnamese).toString(p.fee))
                                  : QCoreApplication::translate("ReceptionController", "no fee");
    return QCoreApplication::translate("ReceptionController", "%n working day(s)", nullptr, p.processingDays)
        + QStringLiteral(" · ") + fee + QStringLiteral(" · ")
        + QCoreApplication::translate("ReceptionController", "%n component(s)", nullptr,
                                      int(p.requiredComponents.size()));
}

int ReceptionProcedureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReceptionProcedureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Procedure &p = m_all.at(m_rows.at(index.row()));
    switch (role) {
    case CodeRole:
        return p.code;
    case NameRole:
    case Qt::DisplayRole:
        return p.name;
    case SummaryRole:
        return summary(p);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReceptionProcedureModel::roleNames() const
{
    return {{CodeRole, "code"}, {NameRole, "name"}, {SummaryRole, "summary"}};
}

// --- pages ------------------------------------------------------------------------------

ReceptionPageModel::ReceptionPageModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ReceptionPageModel::show(const digitize::ScanPages *pages)
{
    beginResetModel();
    m_pages = pages;
    endResetModel();
    Q_EMIT countChanged();
}

void ReceptionPageModel::refresh()
{
    show(m_pages);
}

int ReceptionPageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_pages ? 0 : int(m_pages->size());
}

QVariant ReceptionPageModel::data(const QModelIndex &index, int role) const
{
    if (!m_pages || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const digitize::ScanPage &p = m_pages->pages().at(index.row());
    switch (role) {
    case SourceRole:
        return QUrl::fromLocalFile(p.path);
    case FileNameRole:
    case Qt::DisplayRole:
        return QFileInfo(p.path).fileName();
    case RotationRole:
        return p.rotation;
    case PageNumberRole:
        return index.row() + 1;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReceptionPageModel::roleNames() const
{
    return {{SourceRole, "source"},
            {FileNameRole, "fileName"},
            {RotationRole, "angle"},
            {PageNumberRole, "pageNumber"}};
}

// --- components -------------------------------------------------------------------------

ReceptionComponentModel::ReceptionComponentModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ReceptionComponentModel::setRequired(const QList<RequiredComponent> &required)
{
    beginResetModel();
    m_items.clear();
    for (const RequiredComponent &r : required)
        m_items.append(Item {r, {}, std::nullopt});
    m_current = m_items.isEmpty() ? -1 : 0;
    m_pageModel.show(m_items.isEmpty() ? nullptr : &m_items.first().pages);
    endResetModel();
    Q_EMIT currentChanged();
    Q_EMIT contentChanged();
}

void ReceptionComponentModel::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_items.size() || index == m_current)
        return;
    m_current = index;
    m_pageModel.show(&m_items[index].pages);
    Q_EMIT currentChanged();
}

QString ReceptionComponentModel::currentName() const
{
    return m_current >= 0 ? m_items.at(m_current).required.name : QString();
}

int ReceptionComponentModel::missing() const
{
    return int(missingNames().size());
}

QStringList ReceptionComponentModel::missingNames() const
{
    QStringList out;
    for (const Item &i : m_items)
        if (i.required.required && i.pages.size() == 0 && !i.reused)
            out.append(i.required.name);
    return out;
}

bool ReceptionComponentModel::editPages(const std::function<bool(digitize::ScanPages &)> &edit)
{
    if (m_current < 0 || m_current >= m_items.size())
        return false;
    if (!edit(m_items[m_current].pages))
        return false;
    m_pageModel.refresh();
    changedRow(m_current);
    return true;
}

bool ReceptionComponentModel::setReused(int row, const std::optional<CitizenDocument> &doc)
{
    if (row < 0 || row >= m_items.size())
        return false;
    m_items[row].reused = doc;
    changedRow(row);
    return true;
}

void ReceptionComponentModel::retranslate()
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {StatusTextRole});
}

void ReceptionComponentModel::changedRow(int row)
{
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT contentChanged();
}

int ReceptionComponentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ReceptionComponentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &i = m_items.at(index.row());
    switch (role) {
    case NameRole:
    case Qt::DisplayRole:
        return i.required.name;
    case DocumentCodeRole:
        return i.required.documentCode;
    case RequiredRole:
        return i.required.required;
    case PageCountRole:
        return int(i.pages.size());
    case ReadyRole:
        return i.pages.size() > 0 || i.reused.has_value();
    case StatusTextRole:
        if (i.reused)
            return QCoreApplication::translate("ReceptionController", "Reused from the e-data warehouse");
        if (i.pages.size() > 0)
            return QCoreApplication::translate("ReceptionController", "%n page(s) scanned", nullptr,
                                               int(i.pages.size()));
        return i.required.required
            ? QCoreApplication::translate("ReceptionController", "Missing")
            : QCoreApplication::translate("ReceptionController", "Optional, not handed in");
    default:
        return {};
    }
}

QHash<int, QByteArray> ReceptionComponentModel::roleNames() const
{
    return {{NameRole, "name"},         {DocumentCodeRole, "documentCode"},
            {RequiredRole, "required"}, {PageCountRole, "pageCount"},
            {ReadyRole, "ready"},       {StatusTextRole, "statusText"}};
}
