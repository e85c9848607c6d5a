// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustbundle.h"

#include "opensslutil.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace motcua::signing {

namespace {
constexpr int kMaxCertificates = 500;

Error bundleError(const QString &detail)
{
    return Error::make(
               Error::Kind::Invalid, QStringLiteral("signing.trust_bundle"),
               QT_TRANSLATE_NOOP("motcua::Error",
                                 "The file is not a usable trust bundle (a root CA and the CAs under it)."))
        .withDetail(detail);
}

bool selfSigned(X509 *x)
{
    return X509_check_issued(x, x) == X509_V_OK;
}
} // namespace

QByteArray TrustBundle::toPem(const QByteArray &der)
{
    const QByteArray b64 = der.toBase64();
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    for (qsizetype i = 0; i < b64.size(); i += 64)
        pem += b64.mid(i, 64) + '\n';
    return pem + "-----END CERTIFICATE-----\n";
}

Result<QList<QByteArray>> TrustBundle::parse(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    QList<X509 *> certs;
    while (X509 *c = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
        certs.append(c);
        if (certs.size() > kMaxCertificates)
            break;
    }
    BIO_free(bio);
    ERR_clear_error();
    auto freeAll = [&certs] {
        for (X509 *c : std::as_const(certs))
            X509_free(c);
    };
    if (certs.isEmpty())
        return bundleError(QStringLiteral("no PEM certificate in the file"));
    if (certs.size() > kMaxCertificates) {
        freeAll();
        return bundleError(QStringLiteral("more than %1 certificates").arg(kMaxCertificates));
    }
    X509_STORE *roots = X509_STORE_new();
    STACK_OF(X509) *cas = sk_X509_new_null();
    QList<QByteArray> rootDer, caDer;
    QString problem;
    for (X509 *c : std::as_const(certs)) {
        if (X509_check_ca(c) == 0) {
            problem = QStringLiteral("%1 is not a CA certificate").arg(x509Subject(c));
            break;
        }
        if (selfSigned(c)) {
            X509_STORE_add_cert(roots, c);
            rootDer.append(x509ToDer(c));
        } else {
            sk_X509_push(cas, c);
            caDer.append(x509ToDer(c));
        }
    }
    if (problem.isEmpty() && rootDer.isEmpty())
        problem = QStringLiteral("no self-signed root CA in the bundle");
    for (int i = 0; problem.isEmpty() && i < sk_X509_num(cas); ++i) {
        X509 *c = sk_X509_value(cas, i);
        X509_STORE_CTX *ctx = X509_STORE_CTX_new();
        X509_STORE_CTX_init(ctx, roots, c, cas);
        //! Structure, not dates: an expired licensed CA still verifies its old signatures.
        X509_STORE_CTX_set_flags(ctx, X509_V_FLAG_NO_CHECK_TIME);
        if (X509_verify_cert(ctx) != 1)
            problem
                = QStringLiteral("%1 does not chain to a root of the bundle: %2")
                      .arg(x509Subject(c),
                           QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx))));
        X509_STORE_CTX_free(ctx);
    }
    sk_X509_free(cas);
    X509_STORE_free(roots);
    freeAll();
    ERR_clear_error();
    if (!problem.isEmpty())
        return bundleError(problem);
    return rootDer + caDer;
}

} // namespace motcua::signing
