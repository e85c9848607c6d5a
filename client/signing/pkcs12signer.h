// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signer.h"

#include <QString>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace motcua::signing {

//! Signs with the key of a PKCS#12 (.p12/.pfx) file.
class Pkcs12Signer : public Signer
{
public:
    ~Pkcs12Signer() override;

    //! Opens the file; a wrong password gives error code "signing.p12_password".
    [[nodiscard]] static Result<std::unique_ptr<Pkcs12Signer>> open(const QString &path,
                                                                    const QByteArray &password);
    [[nodiscard]] static Result<std::unique_ptr<Pkcs12Signer>> fromData(const QByteArray &der,
                                                                        const QByteArray &password);

    [[nodiscard]] QList<QByteArray> certificateChain() const override { return m_chain; }
    [[nodiscard]] Result<QByteArray> sign(const QByteArray &data) override;
    [[nodiscard]] int maxSignatureSize() const override;

private:
    Pkcs12Signer() = default;
    EVP_PKEY *m_key = nullptr;
    QList<QByteArray> m_chain;
};

} // namespace motcua::signing
