// SPDX-License-Identifier: GPL-3.0-or-later
#include "pkcs12signer.h"

#include "opensslutil.h"

#include <QFile>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace motcua::signing {

Pkcs12Signer::~Pkcs12Signer()
{
    EVP_PKEY_free(m_key);
}

Result<std::unique_ptr<Pkcs12Signer>> Pkcs12Signer::open(const QString &path, const QByteArray &password)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage, QStringLiteral("signing.p12_open"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Cannot open the certificate file %1."), {path})
            .withDetail(f.errorString());
    return fromData(f.read(1 << 20), password);
}

Result<std::unique_ptr<Pkcs12Signer>> Pkcs12Signer::fromData(const QByteArray &der,
                                                             const QByteArray &password)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    PKCS12 *p12 = d2i_PKCS12(nullptr, &p, long(der.size()));
    if (!p12)
        return Error::make(Error::Kind::Invalid, QStringLiteral("signing.p12_format"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The file is not a PKCS#12 certificate file."))
            .withDetail(opensslErrors());
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    const int ok = PKCS12_parse(p12, password.constData(), &key, &cert, &ca);
    PKCS12_free(p12);
    if (!ok || !key || !cert) {
        EVP_PKEY_free(key);
        X509_free(cert);
        sk_X509_pop_free(ca, X509_free);
        return Error::make(Error::Kind::Unauthorized, QStringLiteral("signing.p12_password"),
                           QT_TRANSLATE_NOOP(
                               "motcua::Error",
                               "The password of the certificate file is wrong, or the file has no key."))
            .withDetail(opensslErrors());
    }
    std::unique_ptr<Pkcs12Signer> s(new Pkcs12Signer);
    s->m_key = key;
    s->m_chain.append(x509ToDer(cert));
    for (int i = 0; ca && i < sk_X509_num(ca); ++i)
        s->m_chain.append(x509ToDer(sk_X509_value(ca, i)));
    X509_free(cert);
    sk_X509_pop_free(ca, X509_free);
    return s;
}

Result<QByteArray> Pkcs12Signer::sign(const QByteArray &data)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray sig;
    bool ok = EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key) == 1
        && EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(data.constData()),
                          size_t(data.size()))
            == 1;
    if (ok) {
        sig.resize(qsizetype(len));
        ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                            reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
            == 1;
        sig.resize(qsizetype(len));
    }
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return Error::make(Error::Kind::Crypto, QStringLiteral("signing.sign_failed"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The key could not sign."))
            .withDetail(opensslErrors());
    return sig;
}

int Pkcs12Signer::maxSignatureSize() const
{
    return EVP_PKEY_get_size(m_key);
}

} // namespace motcua::signing
