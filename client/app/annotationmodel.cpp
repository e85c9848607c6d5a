// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationmodel.h"

#include "appcontroller.h"
#include "displaytext.h"

#include <QCoreApplication>
#include <QPointF>
#include <QSet>
#include <QVariantMap>

AnnotationModel::AnnotationModel(QObject *parent)
    : RoleListModel(parent)
{
    //! kindText is translated when read: a language switch asks the delegates to read it again.
    connect(AppController::instance(), &AppController::languageChanged, this, &AnnotationModel::retranslate);
}

void AnnotationModel::retranslate()
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {Qt::DisplayRole, KindTextRole});
}

QString AnnotationModel::kindText(motcua::AnnotationKind kind)
{
    switch (kind) {
    case motcua::AnnotationKind::Note:
        return QCoreApplication::translate("AnnotationModel", "Sticky note");
    case motcua::AnnotationKind::Highlight:
        return QCoreApplication::translate("AnnotationModel", "Highlight");
    case motcua::AnnotationKind::Rectangle:
        return QCoreApplication::translate("AnnotationModel", "Rectangle");
    case motcua::AnnotationKind::Ink:
        return QCoreApplication::translate("AnnotationModel", "Freehand");
    case motcua::AnnotationKind::FreeText:
        return QCoreApplication::translate("AnnotationModel", "Free text");
    }
    return {};
}

void AnnotationModel::reset(const QList<motcua::Annotation> &all, const QString &componentId,
                            const QString &username)
{
    QList<motcua::Annotation> next;
    for (const motcua::Annotation &a : all) {
        if (a.componentId == componentId && !a.deleted)
            next.append(a);
    }
    const bool sameIds = next.size() == m_items.size()
        && std::equal(next.cbegin(), next.cend(), m_items.cbegin(),
                      [](const motcua::Annotation &a, const motcua::Annotation &b) { return a.id == b.id; });
    if (sameIds && username == m_username) {
        for (qsizetype i = 0; i < next.size(); ++i) {
            if (next.at(i) == m_items.at(i))
                continue;
            m_items[i] = next.at(i);
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
        return;
    }
    const qsizetype before = m_items.size();
    beginResetModel();
    m_items = std::move(next);
    m_username = username;
    endResetModel();
    if (before != m_items.size())
        Q_EMIT countChanged();
}

int AnnotationModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return int(i);
    }
    return -1;
}

QVariant AnnotationModel::rowData(int row, int role) const
{
    const motcua::Annotation &a = m_items.at(row);
    switch (role) {
    case AnnotationIdRole:
        return a.id;
    case KindRole:
        return motcua::toWire(a.kind);
    case Qt::DisplayRole:
    case KindTextRole:
        return kindText(a.kind);
    case PageRole:
        return a.page;
    case NxRole:
        return a.rect.x();
    case NyRole:
        return a.rect.y();
    case NwRole:
        return a.rect.width();
    case NhRole:
        return a.rect.height();
    case PointsRole: {
        QVariantList pts;
        for (const QPointF &p : a.points)
            pts.append(QVariantMap {{QStringLiteral("x"), p.x()}, {QStringLiteral("y"), p.y()}});
        return pts;
    }
    case TextRole:
        return a.text;
    case ColorRole:
        return a.color;
    case AuthorRole:
        return a.author;
    case TimeTextRole:
        return displaytext::dateTime(a.updatedAt.isValid() ? a.updatedAt : a.createdAt);
    case VisibilityRole:
        return motcua::toWire(a.visibility);
    case MineRole:
        return !m_username.isEmpty() && a.author == m_username;
    default:
        return {};
    }
}
