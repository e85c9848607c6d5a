// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfsigner.h"

#include "cmsbuilder.h"
#include "incrementalupdate.h"
#include "opensslutil.h"
#include "pdffile.h"
#include "pdfparser.h"
#include "signatureappearance.h"
#include "signer.h"
#include "signingservice.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <map>
#include <openssl/evp.h>

Q_LOGGING_CATEGORY(lcSigning, "motcua.signing", QtInfoMsg)

namespace motcua::signing {

namespace {
constexpr char kByteRangeReserved[] = "[0 0000000000 0000000000 0000000000]";

} // namespace

QByteArray pdfDate(const QDateTime &t)
{
    const int off = t.offsetFromUtc();
    QByteArray s = "D:" + t.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (off == 0) {
        s += 'Z';
    } else {
        const int a = std::abs(off) / 60;
        s += (off > 0 ? '+' : '-') + QByteArray::number(a / 60).rightJustified(2, '0') + '\''
            + QByteArray::number(a % 60).rightJustified(2, '0') + '\'';
    }
    return s;
}

QByteArray pdfTextString(const QString &s)
{
    bool ascii = true;
    for (const QChar c : s)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return s.toLatin1();
    QByteArray out("\xFE\xFF", 2);
    for (const QChar c : s) {
        out += char(c.unicode() >> 8);
        out += char(c.unicode() & 0xff);
    }
    return out;
}

QStringList PdfSigner::copyAppearanceLines(const QString &copyForm, const QString &agency,
                                           const QDateTime &time)
{
    const QDateTime vn = time.toTimeZone(QTimeZone(7 * 3600));
    return {copyForm, agency, vn.toString(Qt::ISODate)};
}

static Error signError(const char *code, const char *message, const QStringList &args = {})
{
    return Error::make(Error::Kind::Invalid, QString::fromLatin1(code), message, args);
}

//! Appends `ref` to the array at `key` of `holder`, or to the indirect array it
//! points to (then rewritten as a new version of that object).
static Status appendToArray(const PdfFile &file, IncrementalUpdate &up, PdfObject &holder, const char *key,
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

static QString uniqueFieldName(const PdfFile &file, const PdfObject &fields)
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
        const QString n = QStringLiteral("Signature%1").arg(i);
        if (!names.contains(n.toLatin1()))
            return n;
    }
}

Result<QByteArray> PdfSigner::sign(const QByteArray &pdf, Signer &signer, const SignOptions &options)
{
    auto tail = signIncrement(pdf, signer, options);
    if (!tail)
        return tail.error();
    return pdf + tail.value();
}

Result<QByteArray> PdfSigner::signIncrement(const QByteArray &pdf, Signer &signer, const SignOptions &options)
{
    auto parsed = PdfFile::parse(pdf);
    if (!parsed)
        return parsed.error();
    const PdfFile &file = *parsed.value();
    auto pages = file.pageRefs();
    if (!pages)
        return pages.error();
    if (!options.placeTopRight && (options.page < 0 || options.page >= pages->size()))
        return signError("signing.bad_page",
                         QT_TRANSLATE_NOOP("motcua::Error", "The document has no page %1."),
                         {QString::number(options.page + 1)});
    const PdfObject catalogRef = file.trailer().get("Root");
    auto catInd = file.object(catalogRef.refNum);
    if (!catInd)
        return catInd.error();
    PdfObject catalog = catInd->object;
    const int pageIndex = options.placeTopRight ? 0 : options.page;
    const PdfObject pageRef = pages->at(pageIndex);
    auto pageInd = file.object(pageRef.refNum);
    if (!pageInd)
        return pageInd.error();
    PdfObject page = pageInd->object;

    IncrementalUpdate up;
    up.next = file.size();
    const int sigNum = up.alloc();
    const int widgetNum = up.alloc();

    // AcroForm: reuse the existing one (direct or indirect) or create it.
    bool catalogChanged = false;
    PdfObject acroRef = catalog.get("AcroForm");
    PdfObject acro;
    if (acroRef.isRef()) {
        auto a = file.object(acroRef.refNum);
        if (!a)
            return a.error();
        acro = a->object.isDict() ? a->object : PdfObject::makeDict();
    } else if (acroRef.isDict()) {
        acro = acroRef;
    } else {
        acro = PdfObject::makeDict();
    }
    const QString fieldName = uniqueFieldName(file, acro.get("Fields"));
    if (auto st = appendToArray(file, up, acro, "Fields", PdfObject::makeRef(widgetNum)); !st)
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

    // The widget annotation on the page.
    QRectF wanted = options.rect;
    if (options.placeTopRight) {
        const QRectF box = SigningService::pageBox(file, page).box;
        wanted = QRectF(box.right() - 20 - 220, box.bottom() - 20 - 50, 220, 50);
    }
    const bool visible = wanted.isValid() && !wanted.isEmpty();
    const QRectF rect = visible ? wanted : QRectF();
    PdfObject widget = PdfObject::makeDict();
    widget.set("Type", PdfObject::makeName("Annot"));
    widget.set("Subtype", PdfObject::makeName("Widget"));
    widget.set("FT", PdfObject::makeName("Sig"));
    widget.set("T", PdfObject::makeString(fieldName.toLatin1()));
    widget.set("V", PdfObject::makeRef(sigNum));
    widget.set("P", pageRef);
    widget.set("F", PdfObject::makeInt(132)); // Print | Locked
    auto num = [](double v) {
        PdfObject o;
        o.type = PdfObject::Type::Number;
        o.number = v;
        o.token = QByteArray::number(v, 'f', 2);
        return o;
    };
    widget.set(
        "Rect",
        PdfObject::makeArray({num(rect.left()), num(rect.top()), num(rect.right()), num(rect.bottom())}));
    auto ap = SignatureAppearance::build(
        up.next, rect.size(), visible ? options.appearanceLines : QStringList(), options.fontPath,
        options.fontSize,
        visible ? SignatureAppearance::Images {options.signatureImage, options.sealImage}
                : SignatureAppearance::Images {});
    if (!ap)
        return ap.error();
    for (const auto &[n, body] : ap->objects)
        up.put(n, 0, body);
    PdfObject apDict = PdfObject::makeDict();
    apDict.set("N", PdfObject::makeRef(ap->formNum));
    widget.set("AP", apDict);
    up.put(widgetNum, 0, widget.serialize());

    if (auto st = appendToArray(file, up, page, "Annots", PdfObject::makeRef(widgetNum)); !st)
        return st.error();
    if (!page.get("Annots").isRef())
        up.put(pageRef.refNum, pageRef.refGen, page.serialize());
    if (catalogChanged)
        up.put(catalogRef.refNum, catalogRef.refGen, catalog.serialize());

    // The signature dictionary with fixed-width reserved fields (/ByteRange, /Contents) patched below.
    const int reserve
        = std::max(64, CmsBuilder::estimateSize(signer, options.tsa != nullptr || options.reserveTimestamp));
    const QDateTime when = options.signingTime.isValid() ? options.signingTime : QDateTime::currentDateTime();
    QByteArray sig = "<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached/M "
        + PdfObject::makeString(pdfDate(when)).serialize();
    if (!options.reason.isEmpty())
        sig += "/Reason " + PdfObject::makeString(pdfTextString(options.reason)).serialize();
    if (!options.location.isEmpty())
        sig += "/Location " + PdfObject::makeString(pdfTextString(options.location)).serialize();
    sig += "/ByteRange " + QByteArray(kByteRangeReserved) + "/Contents <" + QByteArray(reserve * 2, '0')
        + ">>>";
    up.put(sigNum, 0, sig);

    // Write the update.
    // Only the appended bytes are built: positions are pdf.size() + offset in `out`.
    const qint64 base = pdf.size();
    QByteArray out;
    out.reserve(reserve * 2 + 64 * 1024);
    if (!pdf.endsWith('\n') && !pdf.endsWith('\r'))
        out += '\n';
    std::map<int, qsizetype> starts;
    if (!up.appendTo(out, base, file, &starts))
        return signError("signing.too_large",
                         QT_TRANSLATE_NOOP("motcua::Error", "The PDF file is too large to sign."));
    const qint64 sigObjStart = starts.at(sigNum);

    // Patch /ByteRange, hash, sign, fill /Contents.
    const qsizetype brPos = out.indexOf(kByteRangeReserved, sigObjStart);
    const qsizetype contentsPos = out.indexOf("/Contents <", sigObjStart) + 10;
    const qsizetype contentsEnd = contentsPos + 2 + reserve * 2;
    if (brPos < 0 || contentsPos < 10 || out[contentsEnd - 1] != '>')
        return signError("signing.internal",
                         QT_TRANSLATE_NOOP("motcua::Error", "Writing the signature failed."));
    QByteArray br = "[0 " + QByteArray::number(base + contentsPos) + ' '
        + QByteArray::number(base + contentsEnd) + ' ' + QByteArray::number(out.size() - contentsEnd) + ']';
    br = br.leftJustified(qsizetype(sizeof kByteRangeReserved - 1), ' ');
    out.replace(brPos, br.size(), br);

    // OpenSSL's SHA-256 (SHA-NI/AVX2) is several times faster than QCryptographicHash on large scans.
    QByteArray digest(32, '\0');
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    const bool hashed = EVP_DigestInit_ex(md, EVP_sha256(), nullptr) == 1
        && EVP_DigestUpdate(md, pdf.constData(), size_t(pdf.size())) == 1
        && EVP_DigestUpdate(md, out.constData(), size_t(contentsPos)) == 1
        && EVP_DigestUpdate(md, out.constData() + contentsEnd, size_t(out.size() - contentsEnd)) == 1
        && EVP_DigestFinal_ex(md, reinterpret_cast<unsigned char *>(digest.data()), nullptr) == 1;
    EVP_MD_CTX_free(md);
    if (!hashed)
        return signError("signing.internal",
                         QT_TRANSLATE_NOOP("motcua::Error", "Writing the signature failed."));
    auto cms = CmsBuilder::build(signer, digest, options.tsa);
    if (!cms)
        return cms.error();
    if (cms->size() > reserve)
        return Error::make(
            Error::Kind::Internal, QStringLiteral("signing.contents_overflow"),
            QT_TRANSLATE_NOOP("motcua::Error",
                              "The signature (%1 bytes) does not fit the space reserved for it (%2 bytes)."),
            {QString::number(cms->size()), QString::number(reserve)});
    const QByteArray hex = pdfHex(cms.value());
    out.replace(contentsPos + 1, hex.size(), hex);
    qCDebug(lcSigning) << "signed" << pdf.size() << "bytes; CMS" << cms->size() << "of" << reserve
                       << "reserved";
    return out;
}

} // namespace motcua::signing
