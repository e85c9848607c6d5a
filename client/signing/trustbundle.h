// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>

namespace motcua::signing {

//! A province-supplied trust bundle: one PEM file with the national root CA
//! (self-signed) and the licensed CAs under it. Every certificate must be a
//! CA certificate and every licensed CA must chain to a root of the same
//! bundle, so that a wrong or truncated file is refused whole instead of
//! trusting half of it.
class TrustBundle
{
public:
    //! The certificates (DER), roots first. Errors "signing.trust_bundle" with
    //! the reason as detail.
    [[nodiscard]] static Result<QList<QByteArray>> parse(const QByteArray &pem);
    //! The DER certificate as PEM text.
    [[nodiscard]] static QByteArray toPem(const QByteArray &der);
};

} // namespace motcua::signing
