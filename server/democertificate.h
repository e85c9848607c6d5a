// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <openssl/types.h>

namespace motcua::server {

//! What the reference server's own certificates say (the TSA's and the demo
//! signer's): C=VN, O=organization, CN=commonName; a CA or an end entity with
//! digitalSignature + nonRepudiation and, when given, an extended key usage.
struct DemoCertificateSpec
{
    const char *commonName = "";
    const char *organization = "";
    bool ca = false;
    const char *extendedKeyUsage = nullptr; //!< e.g. "critical,timeStamping"
    long notBeforeSeconds = -3600; //!< relative to now (demo data carries past signing times)
};

//! A certificate for `key`, issued by `issuer` with `issuerKey` (self-signed when
//! `issuer` is null), valid for ten years; nullptr on failure. The caller frees it.
[[nodiscard]] X509 *makeDemoCertificate(EVP_PKEY *key, const DemoCertificateSpec &spec, X509 *issuer,
                                        EVP_PKEY *issuerKey);

} // namespace motcua::server
