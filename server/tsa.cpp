// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsa.h"

#include "http.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace motcua::server {

namespace {

Error cryptoError(const QString &what)
{
    return Error::make(Error::Kind::Crypto, QStringLiteral("tsa.crypto"),
                       QT_TRANSLATE_NOOP("motcua::Error", "Time-stamping failed: %1"), {what});
}

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

X509 *makeCert(EVP_PKEY *key, const char *cn, X509 *issuer, EVP_PKEY *issuerKey, bool ca)
{
    X509 *c = X509_new();
    X509_set_version(c, 2);
    unsigned char serial[8];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(c));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(c), -3600);
    X509_gmtime_adj(X509_getm_notAfter(c), 10L * 365 * 24 * 3600);
    X509_set_pubkey(c, key);
    X509_NAME *name = X509_get_subject_name(c);
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("VN"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Một Cửa reference server"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn), -1, -1,
                               0);
    X509_set_issuer_name(c, issuer ? X509_get_subject_name(issuer) : name);
    X509 *iss = issuer ? issuer : c;
    bool ok = true;
    if (ca) {
        ok &= addExt(c, iss, NID_basic_constraints, "critical,CA:TRUE");
        ok &= addExt(c, iss, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok &= addExt(c, iss, NID_basic_constraints, "critical,CA:FALSE");
        ok &= addExt(c, iss, NID_key_usage, "critical,digitalSignature,nonRepudiation");
        ok &= addExt(c, iss, NID_ext_key_usage, "critical,timeStamping");
    }
    ok &= addExt(c, iss, NID_subject_key_identifier, "hash");
    if (issuer)
        ok &= addExt(c, iss, NID_authority_key_identifier, "keyid:always");
    if (!ok || X509_sign(c, issuerKey, EVP_sha256()) <= 0) {
        X509_free(c);
        return nullptr;
    }
    return c;
}

QByteArray certPem(X509 *c)
{
    BIO *b = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(b, c);
    char *data = nullptr;
    const long n = BIO_get_mem_data(b, &data);
    QByteArray out(data, int(n));
    BIO_free(b);
    return out;
}

QByteArray keyPem(EVP_PKEY *k)
{
    BIO *b = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(b, k, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long n = BIO_get_mem_data(b, &data);
    QByteArray out(data, int(n));
    BIO_free(b);
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(data);
    if (path.endsWith(QLatin1String("key.pem")))
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.commit();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ASN1_INTEGER *serialCb(TS_RESP_CTX *, void *)
{
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    ASN1_INTEGER *i = BN_to_ASN1_INTEGER(bn, nullptr);
    BN_free(bn);
    return i;
}

} // namespace

Tsa::~Tsa()
{
    EVP_PKEY_free(m_key);
    X509_free(m_cert);
    X509_free(m_ca);
}

Result<Tsa *> Tsa::loadOrCreate(const QString &dir)
{
    QDir().mkpath(dir);
    const QString caPath = dir + QStringLiteral("/ca.pem"), certPath = dir + QStringLiteral("/tsa.pem"),
                  keyPath = dir + QStringLiteral("/tsa-key.pem");
    auto tsa = std::unique_ptr<Tsa>(new Tsa);
    if (!QFile::exists(keyPath)) {
        EVP_PKEY *caKey = EVP_RSA_gen(2048);
        EVP_PKEY *key = EVP_RSA_gen(2048);
        if (!caKey || !key)
            return cryptoError(QStringLiteral("key generation"));
        X509 *ca = makeCert(caKey, "Một Cửa Test Root CA", nullptr, caKey, true);
        X509 *cert = ca ? makeCert(key, "Một Cửa TSA", ca, caKey, false) : nullptr;
        EVP_PKEY_free(caKey);
        if (!cert) {
            X509_free(ca);
            EVP_PKEY_free(key);
            return cryptoError(QStringLiteral("certificate creation"));
        }
        //! The CA key is not kept: the TSA certificate is all it ever signs.
        if (!writeFile(caPath, certPem(ca)) || !writeFile(certPath, certPem(cert))
            || !writeFile(keyPath, keyPem(key)))
            qCWarning(lcServer) << "cannot write TSA files to" << dir;
        tsa->m_key = key;
        tsa->m_cert = cert;
        tsa->m_ca = ca;
        qCInfo(lcServer) << "created TSA certificate in" << dir;
    } else {
        const QByteArray k = readFile(keyPath), c = readFile(certPath), a = readFile(caPath);
        BIO *bk = BIO_new_mem_buf(k.constData(), int(k.size()));
        BIO *bc = BIO_new_mem_buf(c.constData(), int(c.size()));
        BIO *ba = BIO_new_mem_buf(a.constData(), int(a.size()));
        tsa->m_key = PEM_read_bio_PrivateKey(bk, nullptr, nullptr, nullptr);
        tsa->m_cert = PEM_read_bio_X509(bc, nullptr, nullptr, nullptr);
        tsa->m_ca = PEM_read_bio_X509(ba, nullptr, nullptr, nullptr);
        BIO_free(bk);
        BIO_free(bc);
        BIO_free(ba);
        if (!tsa->m_key || !tsa->m_cert || !tsa->m_ca)
            return cryptoError(QStringLiteral("cannot read the TSA files in ") + dir);
    }
    tsa->m_chainPem = certPem(tsa->m_cert) + certPem(tsa->m_ca);
    return tsa.release();
}

Result<QByteArray> Tsa::respond(const QByteArray &query)
{
    TS_RESP_CTX *ctx = TS_RESP_CTX_new();
    if (!ctx)
        return cryptoError(QStringLiteral("context"));
    auto freeCtx = qScopeGuard([ctx] { TS_RESP_CTX_free(ctx); });
    ASN1_OBJECT *policy = OBJ_txt2obj("1.3.6.1.4.1.57264.1.1", 1);
    STACK_OF(X509) *chain = sk_X509_new_null();
    sk_X509_push(chain, m_ca);
    X509_up_ref(m_ca);
    const bool ok = TS_RESP_CTX_set_signer_cert(ctx, m_cert) == 1
        && TS_RESP_CTX_set_signer_key(ctx, m_key) == 1 && TS_RESP_CTX_set_certs(ctx, chain) == 1
        && TS_RESP_CTX_set_def_policy(ctx, policy) == 1
        && TS_RESP_CTX_set_signer_digest(ctx, EVP_sha256()) == 1 && TS_RESP_CTX_add_md(ctx, EVP_sha256()) == 1
        && TS_RESP_CTX_add_md(ctx, EVP_sha384()) == 1 && TS_RESP_CTX_add_md(ctx, EVP_sha512()) == 1
        && TS_RESP_CTX_add_md(ctx, EVP_sha1()) == 1 && TS_RESP_CTX_set_accuracy(ctx, 1, 0, 0) == 1;
    sk_X509_pop_free(chain, X509_free);
    ASN1_OBJECT_free(policy);
    if (!ok)
        return cryptoError(QStringLiteral("configuration"));
    TS_RESP_CTX_set_serial_cb(ctx, serialCb, nullptr);
    BIO *in = BIO_new_mem_buf(query.constData(), int(query.size()));
    TS_RESP *resp = TS_RESP_create_response(ctx, in);
    BIO_free(in);
    if (!resp)
        return cryptoError(QStringLiteral("response"));
    unsigned char *der = nullptr;
    const int n = i2d_TS_RESP(resp, &der);
    TS_RESP_free(resp);
    if (n <= 0)
        return cryptoError(QStringLiteral("encoding"));
    QByteArray out(reinterpret_cast<const char *>(der), n);
    OPENSSL_free(der);
    return out;
}

} // namespace motcua::server
