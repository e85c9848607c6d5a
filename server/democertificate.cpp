// SPDX-License-Identifier: GPL-3.0-or-later
#include "democertificate.h"

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace motcua::server {

namespace {
bool addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}
} // namespace

X509 *makeDemoCertificate(EVP_PKEY *key, const DemoCertificateSpec &spec, X509 *issuer, EVP_PKEY *issuerKey)
{
    X509 *c = X509_new();
    X509_set_version(c, 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(c));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(c), spec.notBeforeSeconds);
    X509_gmtime_adj(X509_getm_notAfter(c), 10L * 365 * 24 * 3600);
    X509_set_pubkey(c, key);
    X509_NAME *name = X509_get_subject_name(c);
    const auto add = [name](const char *field, const char *value) {
        X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(value),
                                   -1, -1, 0);
    };
    add("C", "VN");
    add("O", spec.organization);
    add("CN", spec.commonName);
    X509_set_issuer_name(c, issuer ? X509_get_subject_name(issuer) : name);
    X509 *iss = issuer ? issuer : c;
    bool ok = addExt(c, iss, NID_subject_key_identifier, "hash");
    if (issuer)
        ok = ok && addExt(c, iss, NID_authority_key_identifier, "keyid:always");
    if (spec.ca)
        ok = ok && addExt(c, iss, NID_basic_constraints, "critical,CA:TRUE")
            && addExt(c, iss, NID_key_usage, "critical,keyCertSign,cRLSign");
    else
        ok = ok && addExt(c, iss, NID_basic_constraints, "critical,CA:FALSE")
            && addExt(c, iss, NID_key_usage, "critical,digitalSignature,nonRepudiation");
    if (spec.extendedKeyUsage)
        ok = ok && addExt(c, iss, NID_ext_key_usage, spec.extendedKeyUsage);
    if (!ok || X509_sign(c, issuerKey, EVP_sha256()) <= 0) {
        X509_free(c);
        return nullptr;
    }
    return c;
}

} // namespace motcua::server
