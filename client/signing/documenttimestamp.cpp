// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttimestamp.h"

#include "incrementalupdate.h"
#include "opensslutil.h"
#include "pdffile.h"
#include "tsaclient.h"

#include <QSet>
#include <map>
#include <openssl/err.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

namespace motcua::signing {

namespace {
constexpr char kByteRangeReserved[] = "[0 0000000000 0000000000 0000000000]";
//! A token with the TSA's certificate and its chain; 3161 tokens seen are 3–8 KB.
constexpr int kReserve = 16 * 1024;

Error stampError(const char *what)
{
    return Error::make(Error::Kind::Internal, QStringLiteral("signing.internal"),
                       QT_TRANSLATE_NOOP("motcua::Error", "Writing the signature failed."))
        .withDetail(QString::fromLatin1(what));
}

QByteArray fieldName(const PdfFile &file, const PdfObject &fields)
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
        const QByteArray n = "DocTimeStamp" + QByteArray::number(i);
        if (!names.contains(n))
            return n;
    }
}
} // namespace

Result<QByteArray> DocumentTimestamp::append(const QByteArray &input, TsaClient &tsa)
{
    QByteArray pdf = input;
    if (!pdf.endsWith('\n') && !pdf.endsWith('\r'))
        pdf += '\n';
    auto parsed = PdfFile::parse(pdf);
    if (!parsed)
        return parsed.error();
    const PdfFile &file = *parsed.value();
    auto pages = file.pageRefs();
    if (!pages)
        return pages.error();
    if (pages->isEmpty())
        return stampError("no page");
    const PdfObject catalogRef = file.trailer().get("Root");
    auto catInd = file.object(catalogRef.refNum);
    if (!catInd)
        return catInd.error();
    PdfObject catalog = catInd->object;
    const PdfObject pageRef = pages->first();
    auto pageInd = file.object(pageRef.refNum);
    if (!pageInd)
        return pageInd.error();
    PdfObject page = pageInd->object;

    IncrementalUpdate up;
    up.next = file.size();
    const int sigNum = up.alloc();
    const int widgetNum = up.alloc();

    PdfObject acroRef = catalog.get("AcroForm");
    auto acroRes = file.resolve(acroRef);
    PdfObject acro = acroRes && acroRes->isDict() ? acroRes.value() : PdfObject::makeDict();
    const QByteArray name = fieldName(file, acro.get("Fields"));
    auto addTo = [&](PdfObject &holder, const char *key) -> Status {
        const PdfObject current = holder.get(key);
        if (current.isRef()) {
            auto arr = file.object(current.refNum);
            if (!arr)
                return arr.error();
            PdfObject a = arr->object.isArray() ? arr->object : PdfObject::makeArray();
            a.array.push_back(PdfObject::makeRef(widgetNum));
            up.put(current.refNum, current.refGen, a.serialize());
            return {};
        }
        PdfObject a = current.isArray() ? current : PdfObject::makeArray();
        a.array.push_back(PdfObject::makeRef(widgetNum));
        holder.set(key, a);
        return {};
    };
    if (auto st = addTo(acro, "Fields"); !st)
        return st.error();
    acro.set("SigFlags", PdfObject::makeInt(3));
    if (acroRef.isRef()) {
        up.put(acroRef.refNum, acroRef.refGen, acro.serialize());
    } else {
        catalog.set("AcroForm", acro);
        up.put(catalogRef.refNum, catalogRef.refGen, catalog.serialize());
    }
    if (auto st = addTo(page, "Annots"); !st)
        return st.error();
    if (!page.get("Annots").isRef())
        up.put(pageRef.refNum, pageRef.refGen, page.serialize());
    up.put(widgetNum, 0,
           "<</Type/Annot/Subtype/Widget/FT/Sig/T " + PdfObject::makeString(name).serialize() + "/V "
               + QByteArray::number(sigNum) + " 0 R/P " + pageRef.serialize() + "/F 132/Rect[0 0 0 0]>>");
    up.put(sigNum, 0,
           "<</Type/DocTimeStamp/Filter/Adobe.PPKLite/SubFilter/ETSI.RFC3161/ByteRange "
               + QByteArray(kByteRangeReserved) + "/Contents <" + QByteArray(kReserve * 2, '0') + ">>>");

    const qint64 base = pdf.size();
    QByteArray out;
    std::map<int, qsizetype> starts;
    if (!up.appendTo(out, base, file, &starts))
        return stampError("file too large");
    const qsizetype sigStart = starts.at(sigNum);
    const qsizetype brPos = out.indexOf(kByteRangeReserved, sigStart);
    const qsizetype contentsPos = out.indexOf("/Contents <", sigStart) + 10;
    const qsizetype contentsEnd = contentsPos + 2 + kReserve * 2;
    if (brPos < 0 || contentsPos < 10 || out[contentsEnd - 1] != '>')
        return stampError("placeholder");
    QByteArray br = "[0 " + QByteArray::number(base + contentsPos) + ' '
        + QByteArray::number(base + contentsEnd) + ' ' + QByteArray::number(out.size() - contentsEnd) + ']';
    br = br.leftJustified(qsizetype(sizeof kByteRangeReserved - 1), ' ');
    out.replace(brPos, br.size(), br);

    const QByteArray signedBytes = pdf + out.left(contentsPos) + out.mid(contentsEnd);
    auto token = tsa.timestamp(sha256(signedBytes));
    if (!token)
        return token.error();
    if (token->size() > kReserve)
        return Error::make(
            Error::Kind::Internal, QStringLiteral("signing.contents_overflow"),
            QT_TRANSLATE_NOOP("motcua::Error",
                              "The signature (%1 bytes) does not fit the space reserved for it (%2 bytes)."),
            {QString::number(token->size()), QString::number(kReserve)});
    const QByteArray hex = pdfHex(token.value());
    out.replace(contentsPos + 1, hex.size(), hex);
    return pdf + out;
}

DocumentTimestamp::Verification DocumentTimestamp::verify(const QByteArray &token,
                                                          const QByteArray &signedBytes, X509_STORE *store)
{
    Verification v;
    const auto *p = reinterpret_cast<const unsigned char *>(token.constData());
    PKCS7 *p7 = d2i_PKCS7(nullptr, &p, long(token.size()));
    if (!p7) {
        v.problem = QStringLiteral("the document time stamp is not an RFC 3161 token");
        ERR_clear_error();
        return v;
    }
    TS_VERIFY_CTX *ctx = TS_VERIFY_CTX_new();
    BIO *data = BIO_new_mem_buf(signedBytes.constData(), int(signedBytes.size()));
    TS_VERIFY_CTX_set_data(ctx, data); // owned by ctx
    X509_STORE_up_ref(store);
    TS_VERIFY_CTX_set_store(ctx, store);
    TS_VERIFY_CTX_set_flags(ctx, TS_VFY_VERSION | TS_VFY_SIGNATURE | TS_VFY_SIGNER | TS_VFY_DATA);
    v.valid = TS_RESP_verify_token(ctx, p7) == 1;
    if (!v.valid)
        v.problem = QStringLiteral("the document time stamp does not verify: ") + opensslErrors();
    if (TS_TST_INFO *info = PKCS7_to_TS_TST_INFO(p7)) {
        v.time = asn1TimeToDateTime(TS_TST_INFO_get_time(info));
        TS_TST_INFO_free(info);
    }
    STACK_OF(PKCS7_SIGNER_INFO) *infos = PKCS7_get_signer_info(p7);
    if (infos && sk_PKCS7_SIGNER_INFO_num(infos) == 1) {
        STACK_OF(X509) *certs = p7->d.sign->cert;
        PKCS7_ISSUER_AND_SERIAL *ias = sk_PKCS7_SIGNER_INFO_value(infos, 0)->issuer_and_serial;
        for (int i = 0; certs && ias && i < sk_X509_num(certs); ++i) {
            X509 *c = sk_X509_value(certs, i);
            if (ASN1_INTEGER_cmp(X509_get0_serialNumber(c), ias->serial) == 0
                && X509_NAME_cmp(X509_get_issuer_name(c), ias->issuer) == 0)
                v.tsaSubject = x509Subject(c);
        }
    }
    TS_VERIFY_CTX_free(ctx);
    PKCS7_free(p7);
    ERR_clear_error();
    return v;
}

} // namespace motcua::signing
