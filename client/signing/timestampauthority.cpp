// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestampauthority.h"

#include "opensslutil.h"

#include <QMutexLocker>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

namespace motcua::signing {

TimestampAuthority::~TimestampAuthority()
{
    X509_free(m_cert);
    EVP_PKEY_free(m_key);
}

static Error tsaSetupError(const char *what)
{
    return Error::make(Error::Kind::Crypto, QStringLiteral("signing.tsa_setup"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The time-stamp authority cannot start (%1)."),
                       {QString::fromLatin1(what)})
        .withDetail(opensslErrors());
}

Result<std::unique_ptr<TimestampAuthority>> TimestampAuthority::fromPem(const QByteArray &certPem,
                                                                        const QByteArray &keyPem,
                                                                        const QByteArray &chainPem,
                                                                        const QByteArray &policyOid)
{
    std::unique_ptr<TimestampAuthority> tsa(new TimestampAuthority);
    BIO *cb = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
    tsa->m_cert = PEM_read_bio_X509(cb, nullptr, nullptr, nullptr);
    BIO_free(cb);
    BIO *kb = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    tsa->m_key = PEM_read_bio_PrivateKey(kb, nullptr, nullptr, nullptr);
    BIO_free(kb);
    if (!tsa->m_cert)
        return tsaSetupError("certificate");
    if (!tsa->m_key || X509_check_private_key(tsa->m_cert, tsa->m_key) != 1)
        return tsaSetupError("private key");
    tsa->m_chainPem = chainPem;
    tsa->m_policy = policyOid;
    return tsa;
}

static ASN1_INTEGER *serialCallback(TS_RESP_CTX *, void *)
{
    // Random 63-bit serials: unique without shared state between server processes.
    unsigned char rnd[8];
    RAND_bytes(rnd, sizeof rnd);
    rnd[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(rnd, sizeof rnd, nullptr);
    ASN1_INTEGER *serial = BN_to_ASN1_INTEGER(bn, nullptr);
    BN_free(bn);
    return serial;
}

Result<QByteArray> TimestampAuthority::respond(const QByteArray &requestDer)
{
    QMutexLocker lock(&m_mutex);
    TS_RESP_CTX *ctx = TS_RESP_CTX_new();
    if (!ctx)
        return tsaSetupError("context");
    ASN1_OBJECT *policy = OBJ_txt2obj(m_policy.constData(), 1);
    STACK_OF(X509) *chain = sk_X509_new_null();
    if (!m_chainPem.isEmpty()) {
        BIO *b = BIO_new_mem_buf(m_chainPem.constData(), int(m_chainPem.size()));
        while (X509 *c = PEM_read_bio_X509(b, nullptr, nullptr, nullptr))
            sk_X509_push(chain, c);
        ERR_clear_error();
        BIO_free(b);
    }
    const bool ok = TS_RESP_CTX_set_signer_cert(ctx, m_cert) == 1
        && TS_RESP_CTX_set_signer_key(ctx, m_key) == 1
        && TS_RESP_CTX_set_signer_digest(ctx, EVP_sha256()) == 1
        && TS_RESP_CTX_set_ess_cert_id_digest(ctx, EVP_sha256()) == 1 && policy
        && TS_RESP_CTX_set_def_policy(ctx, policy) == 1 && TS_RESP_CTX_add_md(ctx, EVP_sha256()) == 1
        && TS_RESP_CTX_add_md(ctx, EVP_sha384()) == 1 && TS_RESP_CTX_add_md(ctx, EVP_sha512()) == 1
        && TS_RESP_CTX_set_accuracy(ctx, 1, 0, 0) == 1
        && (sk_X509_num(chain) == 0 || TS_RESP_CTX_set_certs(ctx, chain) == 1);
    TS_RESP_CTX_set_serial_cb(ctx, serialCallback, nullptr);
    TS_RESP_CTX_add_flags(ctx, TS_ESS_CERT_ID_CHAIN);
    QByteArray out;
    if (ok) {
        BIO *in = BIO_new_mem_buf(requestDer.constData(), int(requestDer.size()));
        TS_RESP *resp = TS_RESP_create_response(ctx, in);
        BIO_free(in);
        out = toDer(resp, i2d_TS_RESP);
        TS_RESP_free(resp);
    }
    ASN1_OBJECT_free(policy);
    sk_X509_pop_free(chain, X509_free);
    TS_RESP_CTX_free(ctx);
    if (out.isEmpty())
        return tsaSetupError("response");
    return out;
}

} // namespace motcua::signing
