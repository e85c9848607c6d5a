// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsa.h"

#include "democertificate.h"
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

constexpr char kOrganization[] = "Một Cửa reference server";

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
        X509 *ca = makeDemoCertificate(caKey, {"Một Cửa Test Root CA", kOrganization, true}, nullptr, caKey);
        X509 *cert = ca ? makeDemoCertificate(
                         key, {"Một Cửa TSA", kOrganization, false, "critical,timeStamping"}, ca, caKey)
                        : nullptr;
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
