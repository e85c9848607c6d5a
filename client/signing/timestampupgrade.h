// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>

namespace motcua::signing {

class TsaClient;

//! PAdES B-B to B-T after the fact: a signature made offline gets its RFC 3161
//! signature time stamp when the link returns. The token is an unsigned
//! attribute of the CMS, so the bytes covered by /ByteRange do not change; only
//! the hex in /Contents (reserved large enough when signing with
//! SignOptions::reserveTimestamp) is rewritten in place.
class TimestampUpgrade
{
public:
    //! Whether the document's last signature already carries a signature time stamp.
    [[nodiscard]] static Result<bool> hasTimestamp(const QByteArray &pdf);
    //! The document with a time stamp on its last signature (which must cover the
    //! whole file: nothing appended after it). Unchanged when it already has one.
    //! Errors: "signing.no_signature", "signing.not_last_revision",
    //! "signing.contents_overflow", and the TSA's errors.
    [[nodiscard]] static Result<QByteArray> addTimestamp(const QByteArray &pdf, TsaClient &tsa);
};

} // namespace motcua::signing
