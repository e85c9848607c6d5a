// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainvalidation.h"

#include "opensslutil.h"

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace motcua::signing {

namespace {
int severity(RevocationStatus s)
{
    switch (s) {
    case RevocationStatus::NotChecked:
    case RevocationStatus::NotOffered:
        return 0;
    case RevocationStatus::Good:
        return 1;
    case RevocationStatus::Unknown:
        return 2;
    case RevocationStatus::Revoked:
        return 3;
    }
    return 3;
}
} // namespace

void verifyChain(SignatureReport &r, X509 *cert, STACK_OF(X509) * cmsCertificates, const ChainContext &c)
{
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (int i = 0; cmsCertificates && i < sk_X509_num(cmsCertificates); ++i) {
        X509 *x = sk_X509_value(cmsCertificates, i);
        X509_up_ref(x);
        sk_X509_push(untrusted, x);
    }
    //! The DSS may carry intermediates the signature itself left out.
    for (const QByteArray &der : c.embedded ? c.embedded->certificates : QList<QByteArray>()) {
        if (X509 *x = x509FromDer(der))
            sk_X509_push(untrusted, x);
    }
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, c.store, cert, untrusted);
    r.validationTime = r.timestampTime.isValid() ? r.timestampTime : QDateTime::currentDateTimeUtc();
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx), time_t(r.validationTime.toSecsSinceEpoch()));
    const bool ok = X509_verify_cert(ctx) == 1;
    const int err = X509_STORE_CTX_get_error(ctx);
    r.chainTrusted = ok;
    r.certificateValidAtSigningTime
        = ok || (err != X509_V_ERR_CERT_HAS_EXPIRED && err != X509_V_ERR_CERT_NOT_YET_VALID);
    if (!ok)
        r.problems << QStringLiteral("certificate chain: ")
                + QString::fromLatin1(X509_verify_cert_error_string(err))
                + (r.timestampTime.isValid() ? QString()
                                             : QStringLiteral(" (checked now: no trusted time stamp)"));
    r.revocationStatus = revocationStatusId(RevocationStatus::NotChecked);
    if (ok && c.checker) {
        STACK_OF(X509) *chain = X509_STORE_CTX_get1_chain(ctx);
        const int n = sk_X509_num(chain);
        RevocationResult worst;
        worst.status = RevocationStatus::NotOffered;
        for (int i = 0; i < n; ++i) {
            X509 *x = sk_X509_value(chain, i);
            if (c.collected) {
                const QByteArray der = x509ToDer(x);
                if (!c.collected->certificates.contains(der))
                    c.collected->certificates.append(der);
            }
            if (i + 1 >= n)
                break; // the trust anchor is trusted as configured, not checked
            X509 *issuer = sk_X509_value(chain, i + 1);
            const RevocationResult res
                = c.checker->check(x, issuer, c.store, untrusted,
                                   c.embedded ? *c.embedded : RevocationEvidence(), r.validationTime);
            if (i == 0 && c.embedded)
                r.hasLtvData = c.checker->covers(x, issuer, c.store, untrusted, *c.embedded);
            if (!res.detail.isEmpty() && res.status != RevocationStatus::Good)
                r.problems << (i == 0 ? QString() : QStringLiteral("CA certificate %1: ").arg(x509Subject(x)))
                        + res.detail;
            if (severity(res.status) > severity(worst.status)
                || (i == 0 && severity(res.status) == severity(worst.status)))
                worst = res;
        }
        r.revocationStatus = revocationStatusId(worst.status);
        r.revocationSource = worst.source;
        r.revocationTime = worst.revokedAt;
        r.revocationDetail = worst.detail;
        sk_X509_pop_free(chain, X509_free);
        if (c.collected)
            c.collected->merge(c.checker->used());
    }
    X509_STORE_CTX_free(ctx);
    sk_X509_pop_free(untrusted, X509_free);
    ERR_clear_error();
    const uint32_t ku = X509_get_key_usage(cert);
    r.keyUsageOk = ku & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION);
    if (!r.keyUsageOk)
        r.problems << QStringLiteral("the certificate's key usage does not allow signing");
}

} // namespace motcua::signing
