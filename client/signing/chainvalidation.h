// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "revocation.h"
#include "signaturereport.h"

#include <openssl/types.h>

namespace motcua::signing {

//! What the chain check of one document shares between its signatures.
struct ChainContext
{
    X509_STORE *store = nullptr;
    const RevocationEvidence *embedded = nullptr; //!< the document's DSS
    RevocationChecker *checker = nullptr;
    RevocationEvidence *collected = nullptr; //!< optional: chains and answers for a DSS
};

//! The signer's chain to the trust store at the proven time (the verified
//! time stamp's, else now: /M is only the signer's claim), key usage, and the
//! revocation of every certificate of the chain below the root. Fills
//! chainTrusted, certificateValidAtSigningTime, keyUsageOk, validationTime,
//! revocation*, hasLtvData and problems of `r`.
void verifyChain(SignatureReport &r, X509 *cert, STACK_OF(X509) * cmsCertificates, const ChainContext &c);

} // namespace motcua::signing
