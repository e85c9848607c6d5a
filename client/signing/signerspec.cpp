// SPDX-License-Identifier: GPL-3.0-or-later
#include "signerspec.h"

#include "pkcs11signer.h"
#include "pkcs12signer.h"

namespace motcua::signing {

Result<std::unique_ptr<Signer>> openSigner(const SignerSpec &spec, const std::function<QByteArray()> &secret)
{
    if (!spec.isComplete())
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("signing.no_signer"),
            QT_TRANSLATE_NOOP("motcua::Error", "Choose a token or a certificate file in Settings first."));
    if (spec.kind == SignerSpec::Kind::Pkcs12) {
        QByteArray password = secret ? secret() : QByteArray();
        auto s = Pkcs12Signer::open(spec.p12, password);
        password.fill('\0');
        if (!s)
            return s.error();
        return std::unique_ptr<Signer>(std::move(s.value()));
    }
    auto module = Pkcs11Module::load(spec.module);
    if (!module)
        return module.error();
    auto s = Pkcs11Signer::open(module.value(), spec.token, spec.key, secret);
    if (!s)
        return s.error();
    return std::unique_ptr<Signer>(std::move(s.value()));
}

} // namespace motcua::signing
