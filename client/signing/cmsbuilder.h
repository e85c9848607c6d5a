// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>

namespace motcua::signing {

class Signer;
class TsaClient;

//! Builds a detached CAdES SignedData for PAdES: the signed attributes are
//! exactly content-type, message-digest and signing-certificate-v2 (no
//! signing-time: PAdES puts the time in /M). OpenSSL 3.0 always adds
//! signing-time in CMS_final, so the attributes are DER-encoded and signed here
//! and the signature value is set directly.
class CmsBuilder
{
public:
    //! `contentDigest` is SHA-256 over the /ByteRange bytes. With a TSA client,
    //! an RFC 3161 token over the signature value is added (PAdES B-T).
    [[nodiscard]] static Result<QByteArray> build(Signer &signer, const QByteArray &contentDigest,
                                                  TsaClient *tsa = nullptr);
    //! Bytes to reserve for the CMS, from the chain and key size (+ timestamp).
    [[nodiscard]] static int estimateSize(const Signer &signer, bool withTimestamp);
};

} // namespace motcua::signing
