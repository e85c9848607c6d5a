// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "revocation.h"

#include <QByteArray>
#include <QStringList>

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
};

//! Errors: "signing.extend_invalid" (a signature is not valid now), "signing.tsa_required",
//! the trust store's, the TSA's and the PDF writer's.
[[nodiscard]] Result<LongTermDocument> extendLongTerm(const QByteArray &pdf, const LongTermOptions &options);

} // namespace motcua::signing
