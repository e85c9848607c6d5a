// SPDX-License-Identifier: GPL-3.0-or-later
//! `motcua act CODE annotate --component ID --page N --rect x,y,w,h --text T [--kind K]`
//! (the annotation payload) and `motcua export CODE --annotated --out DIR`
//! (each component as a copy with the annotations written in by incremental update).
#include "commands.h"
#include "core/json.h"
#include "signing/pdfannotationwriter.h"
#include "store/dossierrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUuid>
#include <iostream>

namespace motcua::cli {

namespace {

Error usage(const QString &message)
{
    Error e = Error::make(Error::Kind::Invalid, QStringLiteral("cli.usage"), "%1", {message});
    return e;
}

std::optional<AnnotationKind> kindFromOption(const QString &v)
{
    if (v == QLatin1String("rect"))
        return AnnotationKind::Rectangle;
    return annotationKindFromWire(v);
}

} // namespace

Result<QJsonObject> annotationPayload(CliContext &ctx, const Dossier &dossier, const QCommandLineParser &args)
{
    DossierRepository dossiers(ctx.db());
    auto stored = dossiers.annotations(dossier.id);
    if (!stored)
        return stored.error();
    std::optional<Annotation> existing;
    const QString id = args.value(QStringLiteral("annotation"));
    for (const Annotation &a : std::as_const(*stored)) {
        if (!id.isEmpty() && a.id == id)
            existing = a;
    }
    if (!id.isEmpty() && !existing)
        return usage(tr("no annotation %1 on this dossier").arg(id));

    Annotation a = existing.value_or(Annotation());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!existing) {
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.dossierId = dossier.id;
        a.createdAt = now;
        a.kind = AnnotationKind::Rectangle;
        a.color = QStringLiteral("#e53935");
        if (!args.isSet(QStringLiteral("component")) || !args.isSet(QStringLiteral("page"))
            || !args.isSet(QStringLiteral("rect")))
            return usage(
                tr("annotate needs --component ID --page N --rect x,y,w,h (or --annotation ID to edit)"));
    }
    a.updatedAt = now;
    a.version = existing ? existing->version + 1 : 1;
    if (args.isSet(QStringLiteral("component")))
        a.componentId = args.value(QStringLiteral("component"));
    if (args.isSet(QStringLiteral("page"))) {
        bool ok = false;
        const int page = args.value(QStringLiteral("page")).toInt(&ok);
        if (!ok || page < 1)
            return usage(tr("--page is the page number, 1 for the first page"));
        a.page = page - 1;
    }
    if (args.isSet(QStringLiteral("rect"))) {
        const QStringList parts = args.value(QStringLiteral("rect")).split(QLatin1Char(','));
        QList<double> v;
        for (const QString &p : parts) {
            bool ok = false;
            v << p.trimmed().toDouble(&ok);
            if (!ok)
                v.clear();
            if (!ok)
                break;
        }
        if (v.size() != 4 || v[0] < 0 || v[1] < 0 || v[2] <= 0 || v[3] <= 0 || v[0] + v[2] > 1.0 + 1e-9
            || v[1] + v[3] > 1.0 + 1e-9)
            return usage(tr("--rect is x,y,w,h in fractions of the page from its top-left corner (0..1)"));
        a.rect = QRectF(v[0], v[1], std::min(v[2], 1.0 - v[0]), std::min(v[3], 1.0 - v[1]));
    }
    if (args.isSet(QStringLiteral("kind"))) {
        const auto k = kindFromOption(args.value(QStringLiteral("kind")));
        if (!k || *k == AnnotationKind::Ink)
            return usage(tr("--kind is one of rect, note, highlight, free_text"));
        a.kind = *k;
    }
    if (args.isSet(QStringLiteral("text")))
        a.text = args.value(QStringLiteral("text"));
    if (args.isSet(QStringLiteral("color")))
        a.color = args.value(QStringLiteral("color"));
    if (args.isSet(QStringLiteral("visibility"))) {
        const auto v = annotationVisibilityFromWire(args.value(QStringLiteral("visibility")));
        if (!v)
            return usage(tr("--visibility is internal or applicant"));
        a.visibility = *v;
    }
    a.deleted = args.isSet(QStringLiteral("delete"));
    if (a.deleted && !existing)
        return usage(tr("--delete needs --annotation ID"));
    return QJsonObject {{QStringLiteral("annotation"), json::toJson(a)}};
}

QString safeFileName(const QString &name, QSet<QString> &taken)
{
    //! Only the component's display name, never a path (see safeFileStem).
    const QString base = safeFileStem(name);
    QString candidate = base + QStringLiteral(".pdf");
    for (int i = 2; taken.contains(candidate.toLower()); ++i)
        candidate = base + QStringLiteral(" (%1).pdf").arg(i);
    taken.insert(candidate.toLower());
    return candidate;
}

int cmdExport(CliContext &ctx, const QCommandLineParser &args)
{
    const QStringList pos = args.positionalArguments();
    if (pos.size() < 2 || !args.isSet(QStringLiteral("out")))
        return userError(tr("usage: motcua export CODE [--annotated] --out DIR"));
    auto found = ctx.findDossier(pos.at(1));
    if (!found)
        return reportError(found.error());
    const Dossier dossier = *found;
    auto notes = DossierRepository(ctx.db()).annotations(dossier.id);
    if (!notes)
        return reportError(notes.error());
    const QDir out(args.value(QStringLiteral("out")));
    if (!QDir().mkpath(out.absolutePath()))
        return userError(tr("cannot create the folder %1").arg(out.absolutePath()));
    const bool annotated = args.isSet(QStringLiteral("annotated"));
    QSet<QString> taken;
    int written = 0;
    for (const Component &c : dossier.components) {
        if (!ctx.blobs().contains(c.sha256))
            return userError(
                tr("%1 is not in the local cache; run motcua sync --prefetch first").arg(c.name));
        auto bytes = ctx.blobs().read(c.sha256);
        if (!bytes)
            return reportError(bytes.error());
        QList<Annotation> mine;
        for (const Annotation &a : std::as_const(*notes)) {
            if (a.componentId == c.id && !a.deleted)
                mine.append(a);
        }
        QByteArray data = *bytes;
        if (annotated && !mine.isEmpty()) {
            auto copy = signing::PdfAnnotationWriter::write(data, mine);
            if (!copy)
                return reportError(copy.error());
            data = *copy;
        }
        const QString path = out.filePath(safeFileName(c.name.isEmpty() ? c.id : c.name, taken));
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
            return userError(tr("cannot write %1: %2").arg(path, f.errorString()));
        std::cout << qPrintable(tr("%1 (%2 annotations)").arg(path).arg(annotated ? mine.size() : 0))
                  << std::endl;
        ++written;
    }
    std::cout << qPrintable(tr("Exported %1 documents of %2.").arg(written).arg(dossier.code)) << std::endl;
    return ExitOk;
}

} // namespace motcua::cli
