// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturefield.h"

#include "incrementalupdate.h"
#include "pdffile.h"

#include <QSet>
#include <map>
#include <openssl/evp.h>

namespace motcua::signing {

namespace {
constexpr char kByteRangeReserved[] = "[0 0000000000 0000000000 0000000000]";

Error writeError(const char *code, const char *message, const QStringList &args = {})
{
    return Error::make(Error::Kind::Internal, QString::fromLatin1(code), message, args);
}

//! Appends `ref` to the array at `key` of `holder`, or to the indirect array it
//! points to (then rewritten as a new version of that object).
Status appendToArray(const PdfFile &file, IncrementalUpdate &up, PdfObject &holder, const char *key,
                     const PdfObject &ref)
{
    const PdfObject current = holder.get(key);
    if (current.isRef()) {
        auto arr = file.object(current.refNum);
        if (!arr)
            return arr.error();
        PdfObject a = arr->object.isArray() ? arr->object : PdfObject::makeArray();
        a.array.push_back(ref);
        up.put(current.refNum, current.refGen, a.serialize());
        return {};
    }
    PdfObject a = current.isArray() ? current : PdfObject::makeArray();
    a.array.push_back(ref);
    holder.set(key, a);
    return {};
}

QByteArray uniqueFieldName(const PdfFile &file, const PdfObject &fields, const char *prefix)
{
    QSet<QByteArray> names;
    auto arr = file.resolve(fields);
    if (arr && arr->isArray()) {
        for (const auto &f : arr->array) {
            if (auto fd = file.resolve(f); fd && fd->isDict())
                names.insert(fd->get("T").token);
        }
    }
    for (int i = 1;; ++i) {
        const QByteArray n = prefix + QByteArray::number(i);
        if (!names.contains(n))
            return n;
    }
}
} // namespace

Result<SignatureField> SignatureField::add(const PdfFile &file, IncrementalUpdate &up, int pageIndex,
                                           const char *namePrefix)
{
    auto pages = file.pageRefs();
    if (!pages)
        return pages.error();
    if (pageIndex < 0 || pageIndex >= pages->size())
        return Error::make(Error::Kind::Invalid, QStringLiteral("signing.bad_page"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The document has no page %1."),
                           {QString::number(pageIndex + 1)});
    SignatureField field;
    const PdfObject catalogRef = file.trailer().get("Root");
    auto catInd = file.object(catalogRef.refNum);
    if (!catInd)
        return catInd.error();
    PdfObject catalog = catInd->object;
    field.pageRef = pages->at(pageIndex);
    auto pageInd = file.object(field.pageRef.refNum);
    if (!pageInd)
        return pageInd.error();
    PdfObject page = pageInd->object;
    field.sigNum = up.alloc();
    field.widgetNum = up.alloc();
    const PdfObject widgetRef = PdfObject::makeRef(field.widgetNum);

    bool catalogChanged = false;
    const PdfObject acroRef = catalog.get("AcroForm");
    PdfObject acro;
    if (acroRef.isRef()) {
        auto a = file.object(acroRef.refNum);
        if (!a)
            return a.error();
        acro = a->object.isDict() ? a->object : PdfObject::makeDict();
    } else {
        acro = acroRef.isDict() ? acroRef : PdfObject::makeDict();
    }
    field.name = uniqueFieldName(file, acro.get("Fields"), namePrefix);
    if (auto st = appendToArray(file, up, acro, "Fields", widgetRef); !st)
        return st.error();
    acro.set("SigFlags", PdfObject::makeInt(3));
    if (acroRef.isRef()) {
        up.put(acroRef.refNum, acroRef.refGen, acro.serialize());
    } else if (acroRef.isDict()) {
        catalog.set("AcroForm", acro);
        catalogChanged = true;
    } else {
        const int acroNum = up.alloc();
        up.put(acroNum, 0, acro.serialize());
        catalog.set("AcroForm", PdfObject::makeRef(acroNum));
        catalogChanged = true;
    }
    if (auto st = appendToArray(file, up, page, "Annots", widgetRef); !st)
        return st.error();
    if (!page.get("Annots").isRef())
        up.put(field.pageRef.refNum, field.pageRef.refGen, page.serialize());
    if (catalogChanged)
        up.put(catalogRef.refNum, catalogRef.refGen, catalog.serialize());
    return field;
}

PdfObject SignatureField::widget() const
{
    PdfObject w = PdfObject::makeDict();
    w.set("Type", PdfObject::makeName("Annot"));
    w.set("Subtype", PdfObject::makeName("Widget"));
    w.set("FT", PdfObject::makeName("Sig"));
    w.set("T", PdfObject::makeString(name));
    w.set("V", PdfObject::makeRef(sigNum));
    w.set("P", pageRef);
    w.set("F", PdfObject::makeInt(132)); // Print | Locked
    return w;
}

QByteArray SignatureField::placeholder(int reserveBytes)
{
    return "/ByteRange " + QByteArray(kByteRangeReserved) + "/Contents <" + QByteArray(reserveBytes * 2, '0')
        + '>';
}

Result<QByteArray>
SignatureField::write(const QByteArray &pdf, const PdfFile &file, IncrementalUpdate &up, int reserveBytes,
                      const std::function<Result<QByteArray>(const QByteArray &)> &sign) const
{
    //! Only the appended bytes are built: positions are pdf.size() + offset in `out`.
    const qint64 base = pdf.size();
    QByteArray out;
    out.reserve(reserveBytes * 2 + 64 * 1024);
    if (!pdf.endsWith('\n') && !pdf.endsWith('\r'))
        out += '\n';
    std::map<int, qsizetype> starts;
    if (!up.appendTo(out, base, file, &starts))
        return writeError("signing.too_large",
                          QT_TRANSLATE_NOOP("motcua::Error", "The PDF file is too large to sign."));
    const qsizetype sigStart = starts.at(sigNum);
    const qsizetype brPos = out.indexOf(kByteRangeReserved, sigStart);
    const qsizetype contentsPos = out.indexOf("/Contents <", sigStart) + 10;
    const qsizetype contentsEnd = contentsPos + 2 + qsizetype(reserveBytes) * 2;
    if (brPos < 0 || contentsPos < 10 || contentsEnd > out.size() || out[contentsEnd - 1] != '>')
        return writeError("signing.internal",
                          QT_TRANSLATE_NOOP("motcua::Error", "Writing the signature failed."));
    QByteArray br = "[0 " + QByteArray::number(base + contentsPos) + ' '
        + QByteArray::number(base + contentsEnd) + ' ' + QByteArray::number(out.size() - contentsEnd) + ']';
    br = br.leftJustified(qsizetype(sizeof kByteRangeReserved - 1), ' ');
    out.replace(brPos, br.size(), br);

    //! OpenSSL's SHA-256 (SHA-NI/AVX2) is several times faster than QCryptographicHash on large files.
    QByteArray digest(32, '\0');
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    const bool hashed = EVP_DigestInit_ex(md, EVP_sha256(), nullptr) == 1
        && EVP_DigestUpdate(md, pdf.constData(), size_t(pdf.size())) == 1
        && EVP_DigestUpdate(md, out.constData(), size_t(contentsPos)) == 1
        && EVP_DigestUpdate(md, out.constData() + contentsEnd, size_t(out.size() - contentsEnd)) == 1
        && EVP_DigestFinal_ex(md, reinterpret_cast<unsigned char *>(digest.data()), nullptr) == 1;
    EVP_MD_CTX_free(md);
    if (!hashed)
        return writeError("signing.internal",
                          QT_TRANSLATE_NOOP("motcua::Error", "Writing the signature failed."));
    auto der = sign(digest);
    if (!der)
        return der.error();
    if (der->size() > reserveBytes)
        return writeError(
            "signing.contents_overflow",
            QT_TRANSLATE_NOOP("motcua::Error",
                              "The signature (%1 bytes) does not fit the space reserved for it (%2 bytes)."),
            {QString::number(der->size()), QString::number(reserveBytes)});
    const QByteArray hex = pdfHex(der.value());
    out.replace(contentsPos + 1, hex.size(), hex);
    return out;
}

} // namespace motcua::signing
