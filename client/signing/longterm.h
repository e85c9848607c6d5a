// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "revocation.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace motcua::signing {

class TsaClient;

//! PAdES B-LT / B-LTA for a signed document: the signature time stamp when the
//! last signature lacks one (with `tsa`), then validation against `trust`
//! (online, with the revocation cache), refusal unless every signature is valid
//! now, the chains and the answers that decided written into the DSS, and for
//! B-LTA a document time stamp. Shared by `motcua-sign extend` and the signing
//! service (a result signed online).
struct LongTermOptions
{
    bool archive = false; //!< B-LTA: also a document time stamp (needs `tsa`)
    QStringList trust; //!< PEM/DER files, bundles or directories
    RevocationOptions revocation;
    TsaClient *tsa = nullptr;
};

struct LongTermDocument
{
    QByteArray pdf;
    RevocationEvidence evidence; //!< what went into the DSS
    //! B-LT means revocation evidence about the signer is in the DSS (as the
    //! validator's level says); a CA that offers no responder leaves B-T.
    [[nodiscard]] bool hasRevocationEvidence() const
    {
        return !evidence.ocspResponses.isEmpty() || !evidence.crls.isEmpty();
    }
};

//! Errors: "signing.extend_invalid" (a signature is not valid now), "signing.tsa_required",
//! the trust store's, the TSA's and the PDF writer's.
[[nodiscard]] Result<LongTermDocument> extendLongTerm(const QByteArray &pdf, const LongTermOptions &options);

//! What the queued time stamp made of an offline signature.
struct UpgradedSignature
{
    QByteArray pdf;
    bool longTerm = false; //!< B-LT (B-LTA with LongTermOptions::archive) reached
    //! Why not, when it was asked for (a responder unreachable, the chain not trusted
    //! here): the signature keeps its time stamp, B-T.
    std::optional<Error> longTermError;
};

//! The time stamp an offline (B-B) signature was queued for (TimestampUpgrade), then,
//! given `longTerm`, what an online signature gets from the signing service: the DSS
//! with the chain and the OCSP/CRL answers, and for `archive` a document time stamp
//! (issue 15: "when an offline signature gets its time stamp, embed the DSS").
//! Errors: TimestampUpgrade's only (nothing goes out without its time stamp); the
//! long-term step failing fills `longTermError`.
[[nodiscard]] Result<UpgradedSignature> completeTimestamp(const QByteArray &pdf, TsaClient &tsa,
                                                          const std::optional<LongTermOptions> &longTerm);

} // namespace motcua::signing
