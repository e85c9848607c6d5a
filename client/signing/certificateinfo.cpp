// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificateinfo.h"

#include "opensslutil.h"

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace motcua::signing {

namespace {
QString commonName(const X509_NAME *name)
{
    const int i = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (i < 0)
        return {};
    const ASN1_STRING *s = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i));
    unsigned char *utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, s);
    if (n < 0)
        return {};
    const QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
    OPENSSL_free(utf8);
    return out;
}
} // namespace

CertificateInfo CertificateInfo::fromData(const QByteArray &derOrPem)
{
    X509 *x = fromPemOrDer<X509>(derOrPem, derOrPem.contains("-----BEGIN CERTIFICATE-----"),
                                 PEM_read_bio_X509, d2i_X509);
    CertificateInfo info;
    if (!x)
        return info;
    info.subject = x509Subject(x);
    info.subjectCommonName = commonName(X509_get_subject_name(x));
    if (info.subjectCommonName.isEmpty())
        info.subjectCommonName = info.subject;
    info.issuerCommonName = commonName(X509_get_issuer_name(x));
    info.notBefore = asn1TimeToDateTime(X509_get0_notBefore(x));
    info.notAfter = asn1TimeToDateTime(X509_get0_notAfter(x));
    info.sha256 = QString::fromLatin1(motcua::signing::sha256(x509ToDer(x)).toHex());
    info.isCa = X509_check_ca(x) > 0;
    X509_free(x);
    return info;
}

} // namespace motcua::signing
