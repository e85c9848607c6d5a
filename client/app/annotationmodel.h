// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/annotation.h"
#include "rolelistmodel.h"

#include <QQmlEngine>

//! The live (not deleted) annotations of one component, in creation order, for
//! the page overlays and the side list. Filled by AnnotationController.
class AnnotationModel : public RoleListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AnnotationController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    //! QML names (RoleListModel): annotationId, kind (wire: note, highlight, rectangle, ink,
    //! free_text), kindText (translated), page (0-based), nx, ny, nw, nh (normalized to the
    //! page, 0..1 from the top-left; not x/y, which delegates already have), points (list of
    //! {x, y}, normalized; ink), text, color ("#rrggbb"), author (username), timeText (last
    //! change, Vietnam time), visibility ("internal" / "applicant"), mine (the signed-in
    //! official wrote it: may edit, move and delete it).
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1,
        KindRole,
        KindTextRole,
        PageRole,
        NxRole,
        NyRole,
        NwRole,
        NhRole,
        PointsRole,
        TextRole,
        ColorRole,
        AuthorRole,
        TimeTextRole,
        VisibilityRole,
        MineRole,
    };
    Q_ENUM(Role)

    explicit AnnotationModel(QObject *parent = nullptr);

    //! Keeps the component's annotations that are not deleted. Rows whose id stays
    //! are updated in place (dataChanged) so overlays keep their state.
    void reset(const QList<motcua::Annotation> &all, const QString &componentId, const QString &username);
    [[nodiscard]] const QList<motcua::Annotation> &annotations() const { return m_items; }
    [[nodiscard]] int indexOf(const QString &id) const;

    [[nodiscard]] static QString kindText(motcua::AnnotationKind kind);
    //! The translated roles read again (after a language switch).
    void retranslate();

Q_SIGNALS:
    void countChanged();

private:
    [[nodiscard]] int size() const override { return int(m_items.size()); }
    [[nodiscard]] QVariant rowData(int row, int role) const override;

    QList<motcua::Annotation> m_items;
    QString m_username;
};
