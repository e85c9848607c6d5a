// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"

#include "appcontroller.h"
#include "core/json.h"
#include "signing/pdfannotationwriter.h"
#include "store/dossierrepository.h"
#include "store/localstore.h"
#include "sync/actionqueue.h"
#include "synccontroller.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoCommand>
#include <QUuid>

using namespace motcua;

namespace {

//! One user change. The first redo() is the change already queued by the
//! controller; later redo()/undo() queue the after/before state again (with a
//! higher version: the server keeps the newest).
class AnnotationCommand : public QUndoCommand
{
public:
    AnnotationCommand(AnnotationController *c, std::optional<Annotation> before, Annotation after,
                      AnnotationController::StepLabel label)
        : m_c(c)
        , m_label(label)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (!m_c->queueState(m_after, m_after.deleted))
            setObsolete(true);
    }
    void undo() override
    {
        const bool ok = m_before ? m_c->queueState(*m_before, false) : m_c->queueState(m_after, true);
        if (!ok)
            setObsolete(true);
    }

    [[nodiscard]] const AnnotationController::StepLabel &label() const { return m_label; }

private:
    AnnotationController *m_c;
    AnnotationController::StepLabel m_label;
    std::optional<Annotation> m_before;
    Annotation m_after;
    bool m_first = true;
};

std::optional<AnnotationKind> kindFrom(const QString &wire)
{
    return annotationKindFromWire(wire);
}

QRectF clampRect(qreal x, qreal y, qreal w, qreal h)
{
    const qreal cx = std::clamp(x, 0.0, 1.0), cy = std::clamp(y, 0.0, 1.0);
    return QRectF(cx, cy, std::clamp(w, 0.0, 1.0 - cx), std::clamp(h, 0.0, 1.0 - cy));
}

} // namespace

AnnotationController::AnnotationController(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_ws(workspace)
{
    connect(&m_undo, &QUndoStack::indexChanged, this, &AnnotationController::undoChanged);
    connect(&m_undo, &QUndoStack::cleanChanged, this, &AnnotationController::undoChanged);
    if (m_ws)
        connect(m_ws, &Workspace::cacheChanged, this, &AnnotationController::reload);
    //! The undo/redo texts are translated when read: re-read them in the new language.
    connect(AppController::instance(), &AppController::languageChanged, this,
            &AnnotationController::undoChanged);
}

QString AnnotationController::StepLabel::text() const
{
    const QString t = QCoreApplication::translate("AnnotationController", source);
    return kind ? t.arg(AnnotationModel::kindText(*kind).toLower()) : t;
}

QString AnnotationController::stepText(int index) const
{
    const auto *step = dynamic_cast<const AnnotationCommand *>(m_undo.command(index));
    return step ? step->label().text() : QString();
}

QString AnnotationController::username() const
{
    return m_ws ? m_ws->username() : QString();
}

void AnnotationController::setDossierId(const QString &id)
{
    retarget(m_dossierId, id);
}

void AnnotationController::setComponentId(const QString &id)
{
    retarget(m_componentId, id);
}

void AnnotationController::retarget(QString &member, const QString &id)
{
    if (member == id)
        return;
    member = id;
    //! The undo history was about the annotations of the previous target.
    m_undo.clear();
    Q_EMIT targetChanged();
    reload();
}

void AnnotationController::reload()
{
    m_all.clear();
    m_canAnnotate = false;
    if (m_ws && m_ws->isOpen() && !m_dossierId.isEmpty()) {
        DossierRepository repo(m_ws->store()->database());
        if (auto list = repo.annotations(m_dossierId); list)
            m_all = *list;
        else
            m_error = list.error().toString();
        if (auto d = repo.get(m_dossierId); d && *d) {
            auto allowed = ActionQueue(m_ws->store()->database()).allowed(**d);
            m_canAnnotate = allowed && allowed->contains(ActionKind::Annotate);
        }
    }
    m_model.reset(m_all, m_componentId, username());
    Q_EMIT changed();
}

std::optional<Annotation> AnnotationController::stored(const QString &id) const
{
    for (const Annotation &a : m_all) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

bool AnnotationController::canEdit(const QString &id) const
{
    const auto a = stored(id);
    return a && !a->deleted && a->author == username() && m_canAnnotate;
}

bool AnnotationController::fail(const Error &e)
{
    m_error = e.toString();
    Q_EMIT changed();
    return false;
}

bool AnnotationController::queueState(Annotation state, bool deleted)
{
    if (!m_ws || !m_ws->isOpen())
        return fail(Error::make(Error::Kind::Internal, QStringLiteral("app.no_store"),
                                QT_TRANSLATE_NOOP("motcua::Error", "No profile is open.")));
    Database &db = m_ws->store()->database();
    DossierRepository repo(db);
    auto dossier = repo.get(state.dossierId);
    if (!dossier)
        return fail(dossier.error());
    if (!*dossier)
        return fail(
            Error::make(Error::Kind::NotFound, QStringLiteral("app.dossier_missing"),
                        QT_TRANSLATE_NOOP("motcua::Error", "The dossier is no longer in the local cache.")));
    const auto current = stored(state.id);
    state.version = (current ? current->version : 0) + 1;
    state.updatedAt = QDateTime::currentDateTimeUtc();
    if (!state.createdAt.isValid())
        state.createdAt = state.updatedAt;
    state.deleted = deleted;
    auto queued = ActionQueue(db).queue(**dossier, ActionKind::Annotate,
                                        {{QStringLiteral("annotation"), json::toJson(state)}});
    if (!queued)
        return fail(queued.error());
    m_error.clear();
    //! The outbox announces it: every view reloads (this controller too) and the sync starts.
    return true;
}

QString AnnotationController::create(const QString &kind, int page, qreal x, qreal y, qreal w, qreal h,
                                     const QString &text, const QString &color, const QString &visibility)
{
    const auto k = kindFrom(kind);
    if (!k || m_dossierId.isEmpty() || m_componentId.isEmpty()) {
        fail(Error::make(Error::Kind::Invalid, QStringLiteral("app.annotation_kind"),
                         QT_TRANSLATE_NOOP("motcua::Error", "This annotation cannot be made here.")));
        return {};
    }
    Annotation a = draft(*k, page, clampRect(x, y, w, h), color.isEmpty() ? QStringLiteral("#e53935") : color,
                         visibility);
    a.text = text;
    return add(a, {QT_TRANSLATE_NOOP("AnnotationController", "Add %1"), a.kind});
}

QString AnnotationController::createInk(int page, const QVariantList &points, const QString &color,
                                        const QString &visibility)
{
    QList<QPointF> pts;
    for (const QVariant &v : points) {
        QPointF p = v.toPointF();
        if (v.metaType().id() == QMetaType::QVariantMap)
            p = QPointF(v.toMap().value(QStringLiteral("x")).toDouble(),
                        v.toMap().value(QStringLiteral("y")).toDouble());
        pts.append(QPointF(std::clamp(p.x(), 0.0, 1.0), std::clamp(p.y(), 0.0, 1.0)));
    }
    if (pts.size() < 2) {
        fail(Error::make(Error::Kind::Invalid, QStringLiteral("app.ink_short"),
                         QT_TRANSLATE_NOOP("motcua::Error", "Draw a longer stroke.")));
        return {};
    }
    //! Not QRectF::united: it ignores the empty rectangles single points make.
    qreal x1 = 1, y1 = 1, x2 = 0, y2 = 0;
    for (const QPointF &p : std::as_const(pts)) {
        x1 = std::min(x1, p.x());
        y1 = std::min(y1, p.y());
        x2 = std::max(x2, p.x());
        y2 = std::max(y2, p.y());
    }
    const QRectF bounds(QPointF(x1, y1), QPointF(x2, y2));
    Annotation a
        = draft(AnnotationKind::Ink, page, clampRect(bounds.x(), bounds.y(), bounds.width(), bounds.height()),
                color.isEmpty() ? QStringLiteral("#1e88e5") : color, visibility);
    a.points = pts;
    return add(a, {QT_TRANSLATE_NOOP("AnnotationController", "Add freehand"), std::nullopt});
}

Annotation AnnotationController::draft(AnnotationKind kind, int page, const QRectF &rect,
                                       const QString &color, const QString &visibility) const
{
    Annotation a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.dossierId = m_dossierId;
    a.componentId = m_componentId;
    a.page = std::max(0, page);
    a.kind = kind;
    a.rect = rect;
    a.color = color;
    a.author = username();
    a.visibility = annotationVisibilityFromWire(visibility).value_or(AnnotationVisibility::Internal);
    return a;
}

QString AnnotationController::add(const Annotation &a, const StepLabel &label)
{
    if (!queueState(a, false))
        return {};
    m_undo.push(new AnnotationCommand(this, std::nullopt, a, label));
    return a.id;
}

bool AnnotationController::change(const QString &id, const char *label,
                                  const std::function<void(Annotation &)> &edit)
{
    const auto before = stored(id);
    if (!before || before->deleted)
        return fail(Error::make(Error::Kind::NotFound, QStringLiteral("app.annotation_missing"),
                                QT_TRANSLATE_NOOP("motcua::Error", "The annotation no longer exists.")));
    Annotation after = *before;
    edit(after);
    if (!queueState(after, after.deleted))
        return false;
    m_undo.push(new AnnotationCommand(this, before, after, {label, std::nullopt}));
    return true;
}

bool AnnotationController::setText(const QString &id, const QString &text)
{
    return change(id, QT_TRANSLATE_NOOP("AnnotationController", "Edit text"),
                  [&](Annotation &a) { a.text = text; });
}

bool AnnotationController::setRect(const QString &id, qreal x, qreal y, qreal w, qreal h)
{
    return change(id, QT_TRANSLATE_NOOP("AnnotationController", "Move"), [&](Annotation &a) {
        const QRectF r = clampRect(x, y, w, h);
        const QPointF shift = r.topLeft() - a.rect.topLeft();
        for (QPointF &p : a.points)
            p = QPointF(std::clamp(p.x() + shift.x(), 0.0, 1.0), std::clamp(p.y() + shift.y(), 0.0, 1.0));
        a.rect = r;
    });
}

bool AnnotationController::setColor(const QString &id, const QString &color)
{
    return change(id, QT_TRANSLATE_NOOP("AnnotationController", "Change colour"),
                  [&](Annotation &a) { a.color = color; });
}

bool AnnotationController::setVisibility(const QString &id, const QString &visibility)
{
    return change(id, QT_TRANSLATE_NOOP("AnnotationController", "Change visibility"), [&](Annotation &a) {
        a.visibility = annotationVisibilityFromWire(visibility).value_or(AnnotationVisibility::Internal);
    });
}

bool AnnotationController::remove(const QString &id)
{
    return change(id, QT_TRANSLATE_NOOP("AnnotationController", "Delete"),
                  [](Annotation &a) { a.deleted = true; });
}

QString AnnotationController::exportAnnotated(const QUrl &folder)
{
    if (!m_ws || !m_ws->isOpen())
        return {};
    auto dossier = DossierRepository(m_ws->store()->database()).get(m_dossierId);
    if (!dossier || !*dossier) {
        fail(dossier ? Error::make(
                 Error::Kind::NotFound, QStringLiteral("app.dossier_missing"),
                 QT_TRANSLATE_NOOP("motcua::Error", "The dossier is no longer in the local cache."))
                     : dossier.error());
        return {};
    }
    const auto &components = (*dossier)->components;
    const auto c = std::find_if(components.cbegin(), components.cend(),
                                [&](const Component &x) { return x.id == m_componentId; });
    if (c == components.cend() || !m_ws->store()->blobs().contains(c->sha256)) {
        fail(Error::make(
            Error::Kind::NotFound, QStringLiteral("app.document_missing"),
            QT_TRANSLATE_NOOP("motcua::Error",
                              "This document has not been downloaded yet. Sync while online first.")));
        return {};
    }
    auto bytes = m_ws->store()->blobs().read(c->sha256);
    if (!bytes) {
        fail(bytes.error());
        return {};
    }
    auto copy = signing::PdfAnnotationWriter::write(*bytes, m_model.annotations());
    if (!copy) {
        fail(copy.error());
        return {};
    }
    const QDir dir(folder.isLocalFile() ? folder.toLocalFile() : folder.toString());
    //: File name suffix of an exported copy with annotations, e.g. "Tờ khai - có ghi chú.pdf".
    const QString stem = safeFileStem(c->name) + QStringLiteral(" - ") + safeFileStem(tr("annotated"));
    QString path = dir.filePath(stem + QStringLiteral(".pdf"));
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = dir.filePath(stem + QStringLiteral(" (%1).pdf").arg(i));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*copy) != copy->size() || !f.commit()) {
        fail(Error::make(Error::Kind::Internal, QStringLiteral("app.write_failed"),
                         QT_TRANSLATE_NOOP("motcua::Error", "Cannot write %1."), {path}));
        return {};
    }
    m_error.clear();
    Q_EMIT changed();
    return path;
}

void AnnotationController::undo()
{
    m_undo.undo();
}

void AnnotationController::redo()
{
    m_undo.redo();
}
