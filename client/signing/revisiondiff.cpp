// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisiondiff.h"

#include "pdffile.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>

namespace motcua::signing {

namespace {

//! Canonical text of a direct object: references by number, numbers by value
//! (a rewritten "1.0" is the same as "1"), dictionaries in file order.
void canon(const PdfObject &o, QByteArray &out)
{
    switch (o.type) {
    case PdfObject::Type::Ref:
        out += QByteArray::number(o.refNum) + " R ";
        break;
    case PdfObject::Type::Number:
        out += QByteArray::number(o.number, 'g', 17) + ' ';
        break;
    case PdfObject::Type::Array:
        out += '[';
        for (const auto &v : o.array)
            canon(v, out);
        out += ']';
        break;
    case PdfObject::Type::Dict:
        out += "<<";
        for (const auto &[k, v] : o.dict) {
            out += '/' + k + ' ';
            canon(v, out);
        }
        out += ">>";
        break;
    default:
        o.serializeTo(out);
        out += ' ';
    }
}

QByteArray canonOf(const PdfObject &o)
{
    QByteArray out;
    canon(o, out);
    return out;
}

//! Object numbers referenced directly inside `o` (direct containers are walked:
//! their depth is bounded by the parser).
void refsOf(const PdfObject &o, QList<int> &out)
{
    if (o.isRef())
        out << o.refNum;
    else if (o.isArray())
        for (const auto &v : o.array)
            refsOf(v, out);
    else if (o.isDict())
        for (const auto &kv : o.dict)
            refsOf(kv.second, out);
}

QByteArray describe(const PdfObject &o, bool isStream)
{
    if (!o.isDict())
        return o.isArray() ? "array" : "value";
    QByteArray d = o.get("Type").token;
    if (o.has("Subtype"))
        d += (d.isEmpty() ? "" : "/") + o.get("Subtype").token;
    if (d.isEmpty() && o.has("FT"))
        d = "field " + o.get("FT").token;
    if (d.isEmpty())
        d = isStream ? "stream" : "dictionary";
    return d;
}

//! Keys whose direct values differ between two dictionaries, except `ignored`.
QList<QByteArray> changedKeys(const PdfObject &a, const PdfObject &b,
                              std::initializer_list<const char *> ignored)
{
    auto skip = [&](const QByteArray &k) {
        return std::any_of(ignored.begin(), ignored.end(), [&](const char *i) { return k == i; });
    };
    QList<QByteArray> out;
    for (const auto &[k, v] : a.dict) {
        if (!skip(k) && canonOf(v) != canonOf(b.get(k.constData())))
            out << k;
    }
    for (const auto &[k, v] : b.dict) {
        if (!skip(k) && !a.has(k.constData()) && !out.contains(k))
            out << k;
    }
    return out;
}

using Kind = PermittedChange::Kind;

class Analyzer
{
public:
    Analyzer(const PdfFile &old, const PdfFile &now, RevisionDiff &diff)
        : m_old(old)
        , m_new(now)
        , m_diff(diff)
    { }

    Status run()
    {
        if (auto st = findTouched(); !st)
            return st;
        m_diff.docMdpPermissions = docMdp();
        if (auto st = collectAnnotations(); !st)
            return st;
        if (auto st = walkProtected(); !st)
            return st;
        if (auto st = judgeAnnotations(); !st)
            return st;
        if (auto st = judgeFields(); !st)
            return st;
        judgeDss();
        return {};
    }

private:
    Status tick()
    {
        if ((++m_steps & 0x3ff) == 0)
            return m_new.checkDeadline();
        return {};
    }

    //! Errors that are limits stop the analysis; others make the object unreadable.
    static bool isLimit(const Error &e) { return e.code == QLatin1String("pdf.too_complex"); }

    void modification(const QString &line)
    {
        m_diff.modified = true;
        m_diff.modifications << line;
        m_diff.changes << line;
    }

    void permit(Kind kind, int page, const QString &line)
    {
        const int p = m_diff.docMdpPermissions;
        bool allowed = true;
        if (p == 1)
            allowed = kind == Kind::TimestampAdded || kind == Kind::DssUpdated;
        else if (p == 2)
            allowed = kind == Kind::TimestampAdded || kind == Kind::DssUpdated || kind == Kind::SignatureAdded
                || kind == Kind::FormFilled;
        else if (p >= 3)
            allowed = kind != Kind::FieldAdded;
        if (!allowed) {
            modification(
                line
                + QStringLiteral(" (not permitted by the certification signature, DocMDP /P %1)").arg(p));
            return;
        }
        m_diff.permitted << PermittedChange {kind, page};
        m_diff.changes << line;
    }

    //! Objects whose definition after the signed revision differs from the one in it
    //! (redefined, added or freed), compared by value: an identical rewrite is no change.
    Status findTouched()
    {
        const auto &oldX = m_old.xref();
        for (auto it = m_new.xref().cbegin(); it != m_new.xref().cend(); ++it) {
            if (auto st = tick(); !st)
                return st;
            const int n = it.key();
            const auto &e = it.value();
            const auto o = oldX.constFind(n);
            const bool oldLive = o != oldX.cend() && o->kind != PdfFile::XrefEntry::Kind::Free;
            const bool newLive = e.kind != PdfFile::XrefEntry::Kind::Free;
            if (!oldLive && !newLive)
                continue;
            if (!oldLive) {
                m_added.insert(n);
                m_touched.insert(n);
                continue;
            }
            bool sameEntry = newLive && o->kind == e.kind && o->offset == e.offset && o->gen == e.gen;
            if (sameEntry && e.kind == PdfFile::XrefEntry::Kind::InStream) {
                // The same slot of an object stream that may itself have been redefined.
                const auto so = oldX.value(int(e.offset)), sn = m_new.xref().value(int(e.offset));
                sameEntry = so.kind == sn.kind && so.offset == sn.offset;
            }
            if (sameEntry)
                continue;
            auto same = sameObject(n);
            if (!same)
                return same.error();
            if (!same.value())
                m_touched.insert(n);
        }
        return {};
    }

    Result<bool> sameObject(int n) const
    {
        auto a = m_old.object(n);
        auto b = m_new.object(n);
        for (const auto *r : {&a, &b}) {
            if (!*r && isLimit(r->error()))
                return r->error();
        }
        if (!a || !b || a->isStream != b->isStream || canonOf(a->object) != canonOf(b->object))
            return false;
        if (!a->isStream)
            return true;
        return QByteArrayView(m_old.data().constData() + a->streamStart, a->streamLength)
            == QByteArrayView(m_new.data().constData() + b->streamStart, b->streamLength);
    }

    int docMdp() const
    {
        const auto perms = m_old.catalogDict("Perms");
        if (!perms || perms->get("DocMDP").isNull())
            return 0;
        auto sig = m_old.resolve(perms->get("DocMDP"));
        if (!sig || !sig->isDict())
            return 2;
        auto refs = m_old.resolve(sig->get("Reference"));
        if (refs && refs->isArray()) {
            for (const auto &r : refs->array) {
                auto ref = m_old.resolve(r);
                if (!ref || !ref->get("TransformMethod").isName("DocMDP"))
                    continue;
                auto params = m_old.resolve(ref->get("TransformParams"));
                const qint64 p = params ? params->get("P").toInt(2) : 2;
                return p >= 1 && p <= 3 ? int(p) : 2;
            }
        }
        return 2;
    }

    //! The annotations of every page, new and old (object numbers → 1-based page).
    Status collectAnnotations()
    {
        auto newPages = m_new.pageRefs();
        auto oldPages = m_old.pageRefs();
        for (const auto *r : {&newPages, &oldPages}) {
            if (!*r && isLimit(r->error()))
                return r->error();
        }
        if (newPages)
            m_newPages = newPages.value();
        if (oldPages)
            m_oldPages = oldPages.value();
        auto annotsOf = [](const PdfFile &f, const QList<PdfObject> &pages, QHash<int, int> &out,
                           QHash<int, QList<QByteArray>> &direct) {
            for (qsizetype i = 0; i < pages.size(); ++i) {
                auto page = f.resolve(pages[i]);
                if (!page)
                    continue;
                auto annots = f.resolve(page->get("Annots"));
                if (!annots || !annots->isArray())
                    continue;
                for (const auto &a : annots->array) {
                    if (a.isRef())
                        out.insert(a.refNum, int(i + 1));
                    else if (a.isDict())
                        direct[int(i + 1)] << canonOf(a);
                }
            }
        };
        annotsOf(m_new, m_newPages, m_newAnnots, m_newDirect);
        annotsOf(m_old, m_oldPages, m_oldAnnots, m_oldDirect);
        return {};
    }

    struct Item
    {
        int num;
        int page; //!< 1-based page whose content reaches it; 0 for catalog entries
        QByteArray where;
    };

    void push(QList<Item> &stack, const PdfObject &o, int page, const QByteArray &where)
    {
        QList<int> refs;
        refsOf(o, refs);
        for (int r : refs) {
            if (!m_protected.contains(r))
                stack.append({r, page, where});
        }
    }

    //! Walk A: everything reachable from /Root except annotations, form fields and
    //! /DSS; any changed object on the way is a modification (no depth cap).
    Status walkProtected()
    {
        const PdfObject &oldRoot = m_old.trailer().get("Root");
        const PdfObject &newRoot = m_new.trailer().get("Root");
        if (oldRoot.refNum != newRoot.refNum)
            modification(QStringLiteral("the document catalog was replaced"));
        auto oldCat = m_old.catalog(), newCat = m_new.catalog();
        if (!oldCat || !newCat) {
            modification(QStringLiteral("the document catalog cannot be read"));
            return {};
        }
        bool samePages = m_oldPages.size() == m_newPages.size() && !m_newPages.isEmpty();
        for (qsizetype i = 0; samePages && i < m_newPages.size(); ++i)
            samePages = m_oldPages[i].refNum == m_newPages[i].refNum;
        if (!samePages)
            modification(QStringLiteral("the page list changed"));
        QHash<int, int> pageOf;
        for (qsizetype i = 0; i < m_newPages.size(); ++i)
            pageOf.insert(m_newPages[i].refNum, int(i + 1));

        const int root = newRoot.refNum;
        m_protected.insert(root);
        if (m_touched.contains(root)) {
            for (const QByteArray &k :
                 changedKeys(oldCat.value(), newCat.value(), {"AcroForm", "DSS", "Extensions"}))
                modification(
                    QStringLiteral("the document catalog entry /%1 changed").arg(QString::fromLatin1(k)));
        }
        // /AcroForm: only /Fields (judged as fields) and /SigFlags may change.
        auto oldAcro = m_old.resolve(oldCat->get("AcroForm"));
        auto newAcro = m_new.resolve(newCat->get("AcroForm"));
        const PdfObject oldA = oldAcro && oldAcro->isDict() ? oldAcro.value() : PdfObject::makeDict();
        const PdfObject newA = newAcro && newAcro->isDict() ? newAcro.value() : PdfObject::makeDict();
        for (const QByteArray &k : changedKeys(oldA, newA, {"Fields", "SigFlags"}))
            modification(QStringLiteral("the form entry /AcroForm /%1 changed").arg(QString::fromLatin1(k)));
        if (newCat->get("AcroForm").isRef())
            m_protected.insert(newCat->get("AcroForm").refNum);

        QList<Item> stack;
        for (const auto &[k, v] : newCat->dict) {
            if (k == "AcroForm" || k == "DSS")
                continue;
            push(stack, v, 0, '/' + k);
        }
        for (const auto &[k, v] : newA.dict) {
            if (k != "Fields")
                push(stack, v, 0, "/AcroForm /" + k);
        }
        while (!stack.isEmpty()) {
            if (auto st = tick(); !st)
                return st;
            const Item it = stack.takeLast();
            if (m_protected.contains(it.num))
                continue;
            // Annotations are judged by the annotation pass, unless the object was
            // something else in the signed revision (a font turned "annotation").
            if (m_newAnnots.contains(it.num) && (m_oldAnnots.contains(it.num) || m_added.contains(it.num)))
                continue;
            m_protected.insert(it.num);
            auto ind = m_new.object(it.num);
            if (!ind) {
                if (isLimit(ind.error()))
                    return ind.error();
                if (m_touched.contains(it.num))
                    modification(QStringLiteral("object %1 cannot be read any more").arg(it.num));
                continue;
            }
            const PdfObject &obj = ind->object;
            const int page = pageOf.value(it.num, it.page);
            if (pageOf.contains(it.num)) {
                if (m_touched.contains(it.num)) {
                    auto oldPage = m_old.resolve(PdfObject::makeRef(it.num));
                    const PdfObject before
                        = oldPage && oldPage->isDict() ? oldPage.value() : PdfObject::makeDict();
                    for (const QByteArray &k : changedKeys(before, obj, {"Annots"}))
                        modification(QStringLiteral("page %1 content changed (/%2)")
                                         .arg(page)
                                         .arg(QString::fromLatin1(k)));
                }
                for (const auto &[k, v] : obj.dict) {
                    if (k != "Annots")
                        push(stack, v, page, '/' + k);
                }
                continue;
            }
            if (m_touched.contains(it.num)) {
                const QString what = QStringLiteral("object %1 (%2) %3")
                                         .arg(it.num)
                                         .arg(QString::fromLatin1(describe(obj, ind->isStream)),
                                              m_added.contains(it.num) ? QStringLiteral("added")
                                                                       : QStringLiteral("changed"));
                if (page > 0)
                    modification(QStringLiteral("page %1 content changed: %2").arg(page).arg(what));
                else
                    modification(QStringLiteral("%1 under the catalog entry %2")
                                     .arg(what, QString::fromLatin1(it.where)));
            }
            push(stack, obj, page, it.where);
        }
        return {};
    }

    //! An entry of a widget or field, inherited through /Parent (/FT, /V).
    PdfObject inherited(const PdfFile &f, const PdfObject &o, const char *key) const
    {
        PdfObject cur = o;
        QSet<int> seen;
        for (int guard = 0; guard < 1000 && cur.isDict(); ++guard) {
            if (cur.has(key))
                return cur.get(key);
            const PdfObject &parent = cur.get("Parent");
            if (!parent.isRef() || seen.contains(parent.refNum))
                break;
            seen.insert(parent.refNum);
            auto p = f.resolve(parent);
            if (!p)
                break;
            cur = p.value();
        }
        return {};
    }
    QByteArray fieldType(const PdfFile &f, const PdfObject &o) const { return inherited(f, o, "FT").token; }
    //! The signature value (/V) of a field or widget.
    PdfObject fieldValue(const PdfFile &f, const PdfObject &o) const { return inherited(f, o, "V"); }
    //! The value object `num` had in the signed revision (null when unreadable).
    PdfObject oldFieldValue(int num) const
    {
        auto ind = m_old.object(num);
        return ind ? fieldValue(m_old, ind->object) : PdfObject();
    }

    Kind signatureKind(const PdfObject &value) const
    {
        auto v = m_new.resolve(value);
        return v && v->get("Type").isName("DocTimeStamp") ? Kind::TimestampAdded : Kind::SignatureAdded;
    }

    //! Whether anything reachable from `num` (not through /P or /Parent, and not
    //! already judged by walk A) changed. Shared objects are walked once.
    Result<bool> subtreeTouched(int num)
    {
        bool touched = false;
        QList<int> stack {num};
        while (!stack.isEmpty()) {
            if (auto st = tick(); !st)
                return st.error();
            const int n = stack.takeLast();
            if (m_protected.contains(n) || m_walkedB.contains(n))
                continue;
            m_walkedB.insert(n);
            touched = touched || m_touched.contains(n);
            auto ind = m_new.object(n);
            if (!ind) {
                if (isLimit(ind.error()))
                    return ind.error();
                continue;
            }
            for (const auto &[k, v] : ind->object.dict) {
                if (k == "P" || k == "Parent")
                    continue;
                QList<int> refs;
                refsOf(v, refs);
                stack << refs;
            }
            if (ind->object.isArray()) {
                QList<int> refs;
                refsOf(ind->object, refs);
                stack << refs;
            }
        }
        return touched;
    }

    //! Object `num` of the new revision when it is new or something it reaches
    //! changed; nothing when unchanged or unreadable (the error: a limit only).
    Result<std::optional<PdfObject>> changedObject(int num, bool isNew)
    {
        auto ind = m_new.object(num);
        if (!ind) {
            if (isLimit(ind.error()))
                return ind.error();
            return std::optional<PdfObject>();
        }
        auto changed = subtreeTouched(num);
        if (!changed)
            return changed.error();
        if (!isNew && !changed.value())
            return std::optional<PdfObject>();
        return std::optional<PdfObject>(ind->object);
    }

    static QString describeNumbered(const char *what, int num, const PdfObject &o)
    {
        return QStringLiteral("%1 %2 (%3)")
            .arg(QLatin1String(what))
            .arg(num)
            .arg(QString::fromLatin1(describe(o, false)));
    }

    Status judgeAnnotations()
    {
        QList<int> nums = m_newAnnots.keys();
        std::sort(nums.begin(), nums.end());
        for (int num : nums) {
            if (m_protected.contains(num))
                continue; // judged by walk A
            const int page = m_newAnnots.value(num);
            const bool isNew = !m_oldAnnots.contains(num);
            auto changed = changedObject(num, isNew);
            if (!changed)
                return changed.error();
            if (!changed->has_value())
                continue;
            const PdfObject &a = **changed;
            const QString what = describeNumbered("annotation", num, a);
            const QString where = QStringLiteral(" on page %1").arg(page);
            if (a.get("Subtype").isName("Widget")) {
                markFieldCounted(a);
                const QByteArray ft = fieldType(m_new, a);
                const PdfObject value = fieldValue(m_new, a);
                if (ft == "Sig") {
                    const PdfObject oldValue = isNew ? PdfObject() : oldFieldValue(num);
                    if (isNew || (oldValue.isNull() && !value.isNull()))
                        permit(signatureKind(value), page, what + QStringLiteral(" signature added") + where);
                    else if (canonOf(oldValue) != canonOf(value))
                        modification(what + QStringLiteral(": the value of a signed field was replaced")
                                     + where);
                    else
                        permit(Kind::AnnotationChanged, page, what + QStringLiteral(" changed") + where);
                } else {
                    permit(isNew ? Kind::FieldAdded : Kind::FormFilled, page,
                           what
                               + (isNew ? QStringLiteral(" form field added")
                                        : QStringLiteral(" form field filled in"))
                               + where);
                }
                continue;
            }
            permit(isNew ? Kind::AnnotationAdded : Kind::AnnotationChanged, page,
                   what + (isNew ? QStringLiteral(" added") : QStringLiteral(" changed")) + where);
        }
        // Removed annotations (a removed signature widget is a modification).
        QList<int> gone;
        for (auto it = m_oldAnnots.cbegin(); it != m_oldAnnots.cend(); ++it) {
            if (!m_newAnnots.contains(it.key()))
                gone << it.key();
        }
        std::sort(gone.begin(), gone.end());
        for (int num : gone) {
            auto ind = m_old.object(num);
            const PdfObject a = ind ? ind->object : PdfObject();
            const QString what = QStringLiteral("annotation %1 (%2) removed from page %3")
                                     .arg(num)
                                     .arg(QString::fromLatin1(describe(a, false)))
                                     .arg(m_oldAnnots.value(num));
            if (fieldType(m_old, a) == "Sig" && !fieldValue(m_old, a).isNull())
                modification(what + QStringLiteral(": a signed signature field"));
            else
                permit(Kind::AnnotationRemoved, m_oldAnnots.value(num), what);
        }
        // Annotations written directly into /Annots arrays.
        for (auto it = m_newDirect.cbegin(); it != m_newDirect.cend(); ++it) {
            const QList<QByteArray> old = m_oldDirect.value(it.key());
            const QSet<QByteArray> before(old.cbegin(), old.cend()); // no n*m scan on hostile pages
            for (const QByteArray &c : it.value()) {
                if (!before.contains(c))
                    permit(Kind::AnnotationAdded, it.key(),
                           QStringLiteral("a direct annotation added on page %1").arg(it.key()));
            }
        }
        return {};
    }

    void markFieldCounted(const PdfObject &widget)
    {
        PdfObject cur = widget;
        for (int guard = 0; guard < 64 && cur.get("Parent").isRef(); ++guard) {
            const int p = cur.get("Parent").refNum;
            if (m_countedFields.contains(p))
                break;
            m_countedFields.insert(p);
            auto r = m_new.resolve(cur.get("Parent"));
            if (!r)
                break;
            cur = r.value();
        }
    }

    //! Every field of /AcroForm /Fields (iteratively, with a visited set).
    QSet<int> fieldTree(const PdfFile &f)
    {
        QSet<int> out;
        const auto acro = f.catalogDict("AcroForm");
        if (!acro)
            return out;
        auto fields = f.resolve(acro->get("Fields"));
        if (!fields || !fields->isArray())
            return out;
        QList<int> stack;
        for (const auto &v : fields->array)
            if (v.isRef())
                stack << v.refNum;
        while (!stack.isEmpty()) {
            const int n = stack.takeLast();
            if (out.contains(n))
                continue;
            out.insert(n);
            auto field = f.object(n);
            if (!field)
                continue;
            auto kids = f.resolve(field->object.get("Kids"));
            if (kids && kids->isArray())
                for (const auto &k : kids->array)
                    if (k.isRef())
                        stack << k.refNum;
        }
        return out;
    }

    Status judgeFields()
    {
        const QSet<int> now = fieldTree(m_new), before = fieldTree(m_old);
        QList<int> nums(now.begin(), now.end());
        std::sort(nums.begin(), nums.end());
        for (int num : nums) {
            if (m_protected.contains(num) || m_newAnnots.contains(num) || m_countedFields.contains(num))
                continue;
            const bool isNew = !before.contains(num);
            auto changed = changedObject(num, isNew);
            if (!changed)
                return changed.error();
            if (!changed->has_value())
                continue;
            const PdfObject &f = **changed;
            const QString what = describeNumbered("field", num, f);
            if (fieldType(m_new, f) == "Sig") {
                const PdfObject oldValue = isNew ? PdfObject() : oldFieldValue(num);
                const PdfObject value = fieldValue(m_new, f);
                if (!oldValue.isNull() && canonOf(oldValue) != canonOf(value))
                    modification(what + QStringLiteral(": the value of a signed field was replaced"));
                else
                    permit(signatureKind(value), 0, what + QStringLiteral(" signature added"));
            } else {
                permit(isNew ? Kind::FieldAdded : Kind::FormFilled, 0,
                       what + (isNew ? QStringLiteral(" added") : QStringLiteral(" filled in")));
            }
        }
        for (int num : before) {
            if (now.contains(num) || m_oldAnnots.contains(num))
                continue;
            auto ind = m_old.object(num);
            if (ind && fieldType(m_old, ind->object) == "Sig" && !fieldValue(m_old, ind->object).isNull())
                modification(QStringLiteral("signed field %1 removed").arg(num));
        }
        return {};
    }

    void judgeDss()
    {
        auto oldCat = m_old.catalog(), newCat = m_new.catalog();
        if (!oldCat || !newCat || newCat->get("DSS").isNull())
            return;
        bool changed = canonOf(oldCat->get("DSS")) != canonOf(newCat->get("DSS"));
        QList<int> stack;
        refsOf(newCat->get("DSS"), stack);
        QSet<int> seen;
        while (!changed && !stack.isEmpty()) {
            const int n = stack.takeLast();
            if (seen.contains(n) || m_protected.contains(n))
                continue;
            seen.insert(n);
            changed = m_touched.contains(n);
            if (auto ind = m_new.object(n))
                refsOf(ind->object, stack);
        }
        if (changed)
            permit(Kind::DssUpdated, 0, QStringLiteral("the document security store (/DSS) was updated"));
    }

    const PdfFile &m_old;
    const PdfFile &m_new;
    RevisionDiff &m_diff;
    int m_steps = 0;
    QSet<int> m_touched;
    QSet<int> m_added;
    QSet<int> m_protected; //!< reached by walk A
    QSet<int> m_walkedB;
    QSet<int> m_countedFields;
    QList<PdfObject> m_newPages, m_oldPages;
    QHash<int, int> m_newAnnots, m_oldAnnots; //!< annotation object → 1-based page
    QHash<int, QList<QByteArray>> m_newDirect, m_oldDirect; //!< page → direct annotations
};

} // namespace

Result<RevisionDiff> RevisionDiff::compare(const PdfFile &full, qint64 revisionEnd)
{
    RevisionDiff diff;
    auto oldFile = PdfFile::parse(full.data().left(revisionEnd), full.limits());
    if (!oldFile)
        return oldFile.error();
    Analyzer analyzer(*oldFile.value(), full, diff);
    if (auto st = analyzer.run(); !st)
        return st.error();
    return diff;
}

} // namespace motcua::signing
