// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisiondiff.h"

#include "pdffile.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace motcua::signing {

namespace {

//! Deep, reference-resolving fingerprint of what a page shows.
class PageHasher
{
public:
    explicit PageHasher(const PdfFile &file)
        : m_file(file)
    { }

    QByteArray page(const PdfObject &ref)
    {
        auto ind = m_file.object(ref.refNum);
        if (!ind)
            return "error";
        PdfObject dict = ind->object;
        // Inherited attributes come from the parents.
        PdfObject parent = dict.get("Parent");
        for (int depth = 0; depth < 32 && parent.isRef(); ++depth) {
            auto p = m_file.resolve(parent);
            if (!p || !p->isDict())
                break;
            for (const char *key : {"Resources", "MediaBox", "CropBox", "Rotate"}) {
                if (!dict.has(key) && p->has(key))
                    dict.set(key, p->get(key));
            }
            parent = p->get("Parent");
        }
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const auto &[key, value] : dict.dict) {
            if (key == "Annots" || key == "Parent" || key == "StructParents")
                continue;
            h.addData(key);
            h.addData(value.isRef() ? object(value.refNum, 0) : direct(value, 0));
        }
        return h.result();
    }

private:
    QByteArray object(int num, int depth)
    {
        if (auto it = m_memo.constFind(num); it != m_memo.constEnd())
            return it.value();
        if (m_visiting.contains(num) || depth > 64)
            return "cycle";
        m_visiting.insert(num);
        QCryptographicHash h(QCryptographicHash::Sha256);
        auto ind = m_file.object(num);
        if (!ind) {
            h.addData("error");
        } else {
            h.addData(direct(ind->object, depth + 1));
            if (ind->isStream)
                h.addData(QByteArrayView(m_file.data().constData() + ind->streamStart, ind->streamLength));
        }
        m_visiting.remove(num);
        const QByteArray r = h.result();
        m_memo.insert(num, r);
        return r;
    }

    QByteArray direct(const PdfObject &o, int depth)
    {
        switch (o.type) {
        case PdfObject::Type::Ref:
            return "R" + object(o.refNum, depth + 1);
        case PdfObject::Type::Array: {
            QByteArray s = "[";
            for (const auto &v : o.array)
                s += direct(v, depth + 1) + ' ';
            return s + ']';
        }
        case PdfObject::Type::Dict: {
            QByteArray s = "<<";
            for (const auto &[k, v] : o.dict) {
                if (k == "Parent" || k == "P")
                    continue;
                s += '/' + k + ' ' + direct(v, depth + 1);
            }
            return s + ">>";
        }
        case PdfObject::Type::Number:
            return QByteArray::number(o.number);
        default:
            return o.serialize();
        }
    }

    const PdfFile &m_file;
    QHash<int, QByteArray> m_memo;
    QSet<int> m_visiting;
};

QByteArray describe(const PdfObject &o)
{
    if (!o.isDict())
        return o.isArray() ? "array" : "value";
    QByteArray d = o.get("Type").token;
    if (o.has("Subtype"))
        d += (d.isEmpty() ? "" : "/") + o.get("Subtype").token;
    if (d.isEmpty() && o.has("FT"))
        d = "field " + o.get("FT").token;
    return d.isEmpty() ? "dictionary" : d;
}

} // namespace

Result<RevisionDiff> RevisionDiff::compare(const PdfFile &full, qint64 revisionEnd)
{
    RevisionDiff diff;
    auto oldFile = PdfFile::parse(full.data().left(revisionEnd));
    if (!oldFile)
        return oldFile.error();
    const PdfFile &old = *oldFile.value();

    QSet<int> changed;
    for (const auto &section : full.sections()) {
        if (section.offset >= revisionEnd) {
            for (int n : section.objects)
                changed.insert(n);
        }
    }
    QList<int> sorted(changed.begin(), changed.end());
    std::sort(sorted.begin(), sorted.end());
    for (int n : sorted) {
        auto now = full.object(n);
        const QByteArray what = now ? describe(now->object) : QByteArray("unreadable");
        diff.changes << QStringLiteral("%1 %2 (%3)")
                            .arg(n)
                            .arg(old.xref().contains(n)
                                         && old.xref().value(n).kind != PdfFile::XrefEntry::Kind::Free
                                     ? QStringLiteral("changed")
                                     : QStringLiteral("added"),
                                 QString::fromLatin1(what));
    }

    auto oldPages = old.pageRefs();
    auto newPages = full.pageRefs();
    if (!oldPages || !newPages || oldPages->size() != newPages->size()) {
        diff.pageContentChanged = true;
        diff.changes << QStringLiteral("the page list changed");
        return diff;
    }
    PageHasher oldHasher(old), newHasher(full);
    for (qsizetype i = 0; i < oldPages->size(); ++i) {
        if (oldHasher.page(oldPages->at(i)) != newHasher.page(newPages->at(i))) {
            diff.pageContentChanged = true;
            diff.changes << QStringLiteral("page %1 content changed").arg(i + 1);
        }
    }
    // The catalog may gain /AcroForm, /DSS (long-term validation data) or new XMP metadata.
    auto oldCat = old.catalog(), newCat = full.catalog();
    if (oldCat && newCat) {
        PdfObject a = oldCat.value(), b = newCat.value();
        for (const char *key : {"AcroForm", "DSS", "Metadata", "Perms", "Extensions"}) {
            a.remove(key);
            b.remove(key);
        }
        if (a.serialize() != b.serialize()) {
            diff.pageContentChanged = true;
            diff.changes << QStringLiteral("the document catalog changed");
        }
    }
    return diff;
}

} // namespace motcua::signing
