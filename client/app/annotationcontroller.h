// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationmodel.h"
#include "core/annotation.h"
#include "core/result.h"
#include "workspace.h"

#include <QObject>
#include <QQmlEngine>
#include <QUndoStack>
#include <QUrl>
#include <optional>

//! Annotating one component of a dossier: create, edit, move, recolour, change
//! visibility and delete one's own annotations, with undo/redo. Every change is
//! an `annotate` action queued through motcua::ActionQueue (checked by the same
//! Workflow as the server, written with the cached annotation in one
//! transaction: works offline), then a sync is asked for. Others' annotations
//! are shown and refused for editing (the server refuses them too).
class AnnotationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString dossierId READ dossierId WRITE setDossierId NOTIFY targetChanged)
    Q_PROPERTY(QString componentId READ componentId WRITE setComponentId NOTIFY targetChanged)
    Q_PROPERTY(AnnotationModel *model READ model CONSTANT)
    Q_PROPERTY(bool canAnnotate READ canAnnotate NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoChanged)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString username READ username NOTIFY changed)

public:
    //! An undo step's name, kept as its source text (and the kind for "Add %1") and
    //! translated when read: the tooltips follow a language switch (issue 20).
    struct StepLabel
    {
        const char *source = "";
        std::optional<motcua::AnnotationKind> kind;
        [[nodiscard]] QString text() const;
    };

    //! QML's reads the shared workspace; tests pass their own.
    explicit AnnotationController(Workspace *workspace = Workspace::instance(), QObject *parent = nullptr);

    [[nodiscard]] QString dossierId() const { return m_dossierId; }
    void setDossierId(const QString &id);
    [[nodiscard]] QString componentId() const { return m_componentId; }
    void setComponentId(const QString &id);
    [[nodiscard]] AnnotationModel *model() { return &m_model; }
    [[nodiscard]] bool canAnnotate() const { return m_canAnnotate; }
    [[nodiscard]] bool canUndo() const { return m_undo.canUndo(); }
    [[nodiscard]] bool canRedo() const { return m_undo.canRedo(); }
    //! What Ctrl+Z / Ctrl+Shift+Z would do, in the current UI language.
    [[nodiscard]] QString undoText() const { return stepText(m_undo.index() - 1); }
    [[nodiscard]] QString redoText() const { return stepText(m_undo.index()); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString username() const;

    //! A new annotation (kind: "note", "highlight", "rectangle", "free_text"); geometry
    //! normalized to the page. Returns its id, or "" (see error).
    Q_INVOKABLE QString create(const QString &kind, int page, qreal x, qreal y, qreal w, qreal h,
                               const QString &text, const QString &color, const QString &visibility);
    //! A freehand stroke: points are {x, y} (or QPointF) normalized to the page.
    Q_INVOKABLE QString createInk(int page, const QVariantList &points, const QString &color,
                                  const QString &visibility);
    Q_INVOKABLE bool setText(const QString &id, const QString &text);
    //! Moves or resizes (ink strokes are moved with the rectangle's offset).
    Q_INVOKABLE bool setRect(const QString &id, qreal x, qreal y, qreal w, qreal h);
    Q_INVOKABLE bool setColor(const QString &id, const QString &color);
    Q_INVOKABLE bool setVisibility(const QString &id, const QString &visibility);
    Q_INVOKABLE bool remove(const QString &id);
    //! Whether the signed-in official may edit this one (their own).
    Q_INVOKABLE bool canEdit(const QString &id) const;
    //! Writes the component with its annotations as PDF annotations (incremental
    //! update: the original and its signatures stay valid) into `folder`, under a
    //! name made from the component's name. Returns the file's path, "" on error.
    Q_INVOKABLE QString exportAnnotated(const QUrl &folder);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    Q_INVOKABLE void reload();

    //! Queues `state` (version = stored + 1). Used by the undo commands.
    bool queueState(motcua::Annotation state, bool deleted);
    [[nodiscard]] std::optional<motcua::Annotation> stored(const QString &id) const;

Q_SIGNALS:
    void targetChanged();
    void changed();
    void undoChanged();

private:
    [[nodiscard]] QString stepText(int index) const;
    //! A new annotation by the signed-in official on the current component (not queued).
    [[nodiscard]] motcua::Annotation draft(motcua::AnnotationKind kind, int page, const QRectF &rect,
                                           const QString &color, const QString &visibility) const;
    //! Queues a new annotation as one undo step; its id, or "" (error set).
    QString add(const motcua::Annotation &a, const StepLabel &label);
    //! Shows another dossier (member m_dossierId) or component (m_componentId).
    void retarget(QString &member, const QString &id);
    bool change(const QString &id, const char *label, const std::function<void(motcua::Annotation &)> &edit);
    bool fail(const motcua::Error &e);

    Workspace *m_ws = nullptr;
    QString m_dossierId;
    QString m_componentId;
    AnnotationModel m_model;
    QList<motcua::Annotation> m_all; //!< the dossier's cached annotations, deleted included
    QUndoStack m_undo;
    QString m_error;
    bool m_canAnnotate = false;
};
