// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttimestamp.h"

#include "incrementalupdate.h"
#include "opensslutil.h"
#include "pdffile.h"
#include "signaturefield.h"
#include "tsaclient.h"

#include <openssl/err.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

namespace motcua::signing {

namespace {
//! A token with the TSA's certificate and its chain; 3161 tokens seen are 3–8 KB.
constexpr int kReserve = 16 * 1024;
} // namespace

Result<QByteArray> DocumentTimestamp::append(const QByteArray &pdf, TsaClient &tsa)
{
    auto parsed = PdfFile::parse(pdf);
    if (!parsed)
        return parsed.error();
    const PdfFile &file = *parsed.value();
    IncrementalUpdate up = IncrementalUpdate::of(file);
    //! An invisible field on page 1, as PAdES asks of a document time stamp.
    auto field = SignatureField::add(file, up, 0, "DocTimeStamp");
    if (!field)
        return field.error();
    PdfObject widget = field->widget();
    widget.set("Rect",
               PdfObject::makeArray({PdfObject::makeInt(0), PdfObject::makeInt(0), PdfObject::makeInt(0),
                                     PdfObject::makeInt(0)}));
    up.put(field->widgetNum, 0, widget.serialize());
    up.put(field->sigNum, 0,
           "<</Type/DocTimeStamp/Filter/Adobe.PPKLite/SubFilter/ETSI.RFC3161"
               + SignatureField::placeholder(kReserve) + ">>");
    auto tail = field->write(pdf, file, up, kReserve,
                             [&](const QByteArray &digest) { return tsa.timestamp(digest); });
    if (!tail)
        return tail.error();
    return pdf + tail.value();
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
