// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfannotationwriter.h"

#include "incrementalupdate.h"
#include "pdffile.h"
#include "pdfsigner.h"
#include "signatureappearance.h"
#include "signingservice.h"

#include <algorithm>
#include <array>
#include <map>

namespace motcua::signing {

namespace {

Error writerError(const char *code, const char *message, const QStringList &args = {})
{
    return Error::make(Error::Kind::Invalid, QString::fromLatin1(code), message, args);
}

QByteArray fmt(double v)
{
    QByteArray s = QByteArray::number(v, 'f', 3);
    while (s.contains('.') && (s.endsWith('0') || s.endsWith('.')))
        s.chop(1);
    return s == "-0" ? QByteArray("0") : s;
}

PdfObject num(double v)
{
    PdfObject o;
    o.type = PdfObject::Type::Number;
    o.number = v;
    o.token = fmt(v);
    return o;
}

PdfObject rectArray(const QRectF &r)
{
    return PdfObject::makeArray({num(r.left()), num(r.top()), num(r.right()), num(r.bottom())});
}

QByteArray streamObject(QByteArray dict, const QByteArray &data)
{
    dict.chop(2); // ">>"
    return dict + "/Length " + QByteArray::number(data.size()) + ">>\nstream\n" + data + "\nendstream";
}

//! The page's visible box and rotation (0, 90, 180, 270), inherited through /Parent.
struct PageGeometry
{
    QRectF box; // top() is the lower y, as in the file
    int rotate = 0;
};

PageGeometry pageGeometry(const PdfFile &file, const PdfObject &page)
{
    const PageBox b = SigningService::pageBox(file, page);
    return {b.box, ((b.rotation % 360) + 360) % 360};
}

//! "#rrggbb" as three 0..1 components (yellow when absent or malformed; QColor is QtGui).
std::array<double, 3> rgb(const QString &hex)
{
    bool ok = hex.size() == 7 && hex.startsWith(QLatin1Char('#'));
    const uint v = ok ? QStringView(hex).mid(1).toUInt(&ok, 16) : 0;
    if (!ok)
        return {1.0, 0.831, 0.0};
    return {((v >> 16) & 0xff) / 255.0, ((v >> 8) & 0xff) / 255.0, (v & 0xff) / 255.0};
}

PdfObject colorArray(const QString &hex)
{
    const auto c = rgb(hex);
    return PdfObject::makeArray({num(c[0]), num(c[1]), num(c[2])});
}

QByteArray colorOp(const QString &hex, const char *op)
{
    const auto c = rgb(hex);
    return fmt(c[0]) + ' ' + fmt(c[1]) + ' ' + fmt(c[2]) + ' ' + op + '\n';
}

//! A form XObject drawn in user space (BBox = the annotation's /Rect, identity matrix).
QByteArray userSpaceForm(const QRectF &rect, const QByteArray &content, const QByteArray &resources = {})
{
    QByteArray dict = "<</Type/XObject/Subtype/Form/BBox " + rectArray(rect).serialize();
    if (!resources.isEmpty())
        dict += "/Resources" + resources;
    return streamObject(dict + ">>", content);
}

} // namespace

QPointF PdfAnnotationWriter::toUserSpace(QPointF n, const QRectF &box, int rotate)
{
    const double x0 = box.left(), y0 = box.top(), x1 = box.right(), y1 = box.bottom();
    const double w = box.width(), h = box.height();
    switch (((rotate % 360) + 360) % 360) {
    case 90: // displayed top-left is the box's lower-left
        return {x0 + n.y() * w, y0 + n.x() * h};
    case 180:
        return {x1 - n.x() * w, y0 + n.y() * h};
    case 270: // displayed top-left is the box's upper-right
        return {x1 - n.y() * w, y1 - n.x() * h};
    default:
        return {x0 + n.x() * w, y1 - n.y() * h};
    }
}

QRectF PdfAnnotationWriter::toUserSpace(const QRectF &n, const QRectF &box, int rotate)
{
    const QPointF a = toUserSpace(n.topLeft(), box, rotate);
    const QPointF b = toUserSpace(n.bottomRight(), box, rotate);
    return QRectF(QPointF(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
                  QPointF(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
}

Result<QByteArray> PdfAnnotationWriter::write(const QByteArray &pdf, const QList<Annotation> &annotations,
                                              const QString &fontPath)
{
    auto parsed = PdfFile::parse(pdf);
    if (!parsed)
        return parsed.error();
    const PdfFile &file = *parsed.value();
    auto pages = file.pageRefs();
    if (!pages)
        return pages.error();

    IncrementalUpdate up = IncrementalUpdate::of(file);
    std::map<int, PdfObject> touchedPages; // page index → page dictionary with the new /Annots
    std::map<int, PdfObject> indirectAnnots; // object number → rewritten indirect /Annots array
    for (const Annotation &a : annotations) {
        if (a.deleted)
            continue;
        if (a.page < 0 || a.page >= pages->size())
            return writerError("annotation.bad_page",
                               QT_TRANSLATE_NOOP("motcua::Error", "The document has no page %1."),
                               {QString::number(a.page + 1)});
        const PdfObject pageRef = pages->at(a.page);
        if (!touchedPages.count(a.page)) {
            auto ind = file.object(pageRef.refNum);
            if (!ind)
                return ind.error();
            if (!ind->object.isDict())
                return writerError("annotation.bad_page",
                                   QT_TRANSLATE_NOOP("motcua::Error", "The document has no page %1."),
                                   {QString::number(a.page + 1)});
            touchedPages[a.page] = ind->object;
        }
        const PageGeometry g = pageGeometry(file, touchedPages[a.page]);
        QRectF rect = toUserSpace(a.rect, g.box, g.rotate);

        PdfObject d = PdfObject::makeDict();
        d.set("Type", PdfObject::makeName("Annot"));
        QByteArray ap;
        switch (a.kind) {
        case AnnotationKind::Note: {
            d.set("Subtype", PdfObject::makeName("Text"));
            d.set("Name", PdfObject::makeName("Comment"));
            PdfObject closed;
            closed.type = PdfObject::Type::Bool;
            d.set("Open", closed);
            const QPointF at = toUserSpace(a.rect.topLeft(), g.box, g.rotate);
            rect = QRectF(at.x(), at.y() - 20, 20, 20); // an icon hanging from the note's top-left
            break;
        }
        case AnnotationKind::Highlight: {
            d.set("Subtype", PdfObject::makeName("Highlight"));
            //! QuadPoints in the order readers use: upper-left, upper-right, lower-left, lower-right.
            const QRectF &n = a.rect;
            PdfObject quads = PdfObject::makeArray();
            for (const QPointF &p : {n.topLeft(), n.topRight(), n.bottomLeft(), n.bottomRight()}) {
                const QPointF u = toUserSpace(p, g.box, g.rotate);
                quads.array.push_back(num(u.x()));
                quads.array.push_back(num(u.y()));
            }
            d.set("QuadPoints", quads);
            ap = "/GS0 gs\n" + colorOp(a.color, "rg") + fmt(rect.left()) + ' ' + fmt(rect.top()) + ' '
                + fmt(rect.width()) + ' ' + fmt(rect.height()) + " re f\n";
            ap = userSpaceForm(rect, ap, "<</ExtGState<</GS0<</Type/ExtGState/BM/Multiply/ca 0.5>>>>>>");
            break;
        }
        case AnnotationKind::Rectangle: {
            d.set("Subtype", PdfObject::makeName("Square"));
            PdfObject bs = PdfObject::makeDict();
            bs.set("W", PdfObject::makeInt(2));
            d.set("BS", bs);
            ap = "2 w\n" + colorOp(a.color, "RG") + fmt(rect.left() + 1) + ' ' + fmt(rect.top() + 1) + ' '
                + fmt(std::max(0.0, rect.width() - 2)) + ' ' + fmt(std::max(0.0, rect.height() - 2))
                + " re S\n";
            ap = userSpaceForm(rect, ap);
            break;
        }
        case AnnotationKind::Ink: {
            d.set("Subtype", PdfObject::makeName("Ink"));
            PdfObject path = PdfObject::makeArray();
            QByteArray content = "2 w 1 J 1 j\n" + colorOp(a.color, "RG");
            QRectF bounds;
            for (qsizetype i = 0; i < a.points.size(); ++i) {
                const QPointF u = toUserSpace(a.points[i], g.box, g.rotate);
                path.array.push_back(num(u.x()));
                path.array.push_back(num(u.y()));
                content += fmt(u.x()) + ' ' + fmt(u.y()) + (i ? " l\n" : " m\n");
                bounds = bounds.isNull() ? QRectF(u, QSizeF(0.001, 0.001))
                                         : bounds.united(QRectF(u, QSizeF(0.001, 0.001)));
            }
            content += "S\n";
            d.set("InkList", PdfObject::makeArray({path}));
            PdfObject bs = PdfObject::makeDict();
            bs.set("W", PdfObject::makeInt(2));
            d.set("BS", bs);
            if (!bounds.isNull())
                rect = bounds.adjusted(-2, -2, 2, 2);
            ap = userSpaceForm(rect, a.points.size() > 1 ? content : QByteArray());
            break;
        }
        case AnnotationKind::FreeText: {
            d.set("Subtype", PdfObject::makeName("FreeText"));
            d.set("DA", PdfObject::makeString("/Helv 12 Tf 0 0 0 rg"));
            int next = up.next;
            const QStringList lines = a.text.isEmpty() ? QStringList() : a.text.split(QLatin1Char('\n'));
            auto form = SignatureAppearance::build(next, rect.size(), lines, fontPath, 12);
            if (!form)
                return form.error();
            up.next = next;
            for (const auto &[n, body] : form->objects)
                up.put(n, 0, body);
            PdfObject apDict = PdfObject::makeDict();
            apDict.set("N", PdfObject::makeRef(form->formNum));
            d.set("AP", apDict);
            break;
        }
        }
        if (!ap.isEmpty()) {
            const int apNum = up.alloc();
            up.put(apNum, 0, ap);
            PdfObject apDict = PdfObject::makeDict();
            apDict.set("N", PdfObject::makeRef(apNum));
            d.set("AP", apDict);
        }
        d.set("Rect", rectArray(rect));
        d.set("P", pageRef);
        d.set("F", PdfObject::makeInt(4)); // Print
        d.set("C", colorArray(a.color));
        d.set("T", PdfObject::makeString(pdfTextString(a.author)));
        d.set("Contents", PdfObject::makeString(pdfTextString(a.text)));
        d.set("NM", PdfObject::makeString(pdfTextString(a.id)));
        const QDateTime changed = a.updatedAt.isValid() ? a.updatedAt : a.createdAt;
        if (changed.isValid())
            d.set("M", PdfObject::makeString(pdfDate(changed)));
        if (a.createdAt.isValid())
            d.set("CreationDate", PdfObject::makeString(pdfDate(a.createdAt)));
        const int annotNum = up.alloc();
        up.put(annotNum, 0, d.serialize());

        // Append to the page's /Annots (a direct array, or the indirect one it points to).
        PdfObject &page = touchedPages[a.page];
        const PdfObject current = page.get("Annots");
        if (current.isRef()) {
            auto it = indirectAnnots.find(current.refNum);
            if (it == indirectAnnots.end()) {
                auto existing = file.object(current.refNum);
                if (!existing)
                    return existing.error();
                it = indirectAnnots
                         .emplace(current.refNum,
                                  existing->object.isArray() ? existing->object : PdfObject::makeArray())
                         .first;
            }
            it->second.array.push_back(PdfObject::makeRef(annotNum));
            up.put(current.refNum, current.refGen, it->second.serialize());
        } else {
            PdfObject arr = current.isArray() ? current : PdfObject::makeArray();
            arr.array.push_back(PdfObject::makeRef(annotNum));
            page.set("Annots", arr);
        }
    }
    if (up.objects.empty())
        return pdf;
    for (const auto &[index, page] : touchedPages) {
        const PdfObject ref = pages->at(index);
        if (!page.get("Annots").isRef())
            up.put(ref.refNum, ref.refGen, page.serialize());
    }

    // The update: the new objects, then a cross-reference section of the file's own kind.
    QByteArray out = pdf;
    if (!pdf.endsWith('\n') && !pdf.endsWith('\r'))
        out += '\n';
    if (!up.appendTo(out, 0, file))
        return writerError("annotation.too_large",
                           QT_TRANSLATE_NOOP("motcua::Error", "The PDF file is too large to annotate."));
    return out;
}

} // namespace motcua::signing
