// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signer.h"

#include <QLibrary>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

struct _CK_FUNCTION_LIST;

namespace motcua::signing {

//! A PKCS#11 module (the token vendor's library) loaded at run time.
class Pkcs11Module
{
public:
    struct Token
    {
        unsigned long slot = 0;
        QString label;
        QString manufacturer;
        QString model;
        QString serial;
        bool protectedAuthenticationPath = false; //!< PIN pad on the reader
        bool pinCountLow = false;
        bool pinFinalTry = false;
        bool pinLocked = false;
    };

    //! A vendor module commonly installed by Vietnamese CAs.
    struct KnownModule
    {
        QString vendor;
        QStringList fileNames; //!< library names to look for (Windows DLLs, Linux .so)
    };

    //! A certificate object on a token (public: read without login).
    struct CertificateObject
    {
        QString label; //!< also the label of its key on the tokens we know
        QByteArray id; //!< CKA_ID, shared with the private key
        QByteArray der;
    };

    ~Pkcs11Module();
    Pkcs11Module(const Pkcs11Module &) = delete;
    Pkcs11Module &operator=(const Pkcs11Module &) = delete;

    [[nodiscard]] static Result<std::shared_ptr<Pkcs11Module>> load(const QString &path);
    [[nodiscard]] static QList<KnownModule> knownModules();

    //! Tokens present in slots.
    [[nodiscard]] Result<QList<Token>> tokens() const;
    [[nodiscard]] Result<Token> tokenInfo(unsigned long slot) const;
    //! Certificates on the token in `slot` (for the user to pick a key in Settings).
    [[nodiscard]] Result<QList<CertificateObject>> certificates(unsigned long slot) const;
    [[nodiscard]] _CK_FUNCTION_LIST *functions() const { return m_f; }
    [[nodiscard]] QString path() const { return m_lib.fileName(); }

private:
    Pkcs11Module() = default;
    QLibrary m_lib;
    _CK_FUNCTION_LIST *m_f = nullptr;
    bool m_finalize = false;
};

//! Signs with a key on a PKCS#11 token through the Cryptoki API. One login
//! serves a whole batch; keys marked CKA_ALWAYS_AUTHENTICATE get a
//! context-specific login per signature. The PIN is asked from the callback
//! when needed and wiped after use; it is never stored or logged.
class Pkcs11Signer : public Signer
{
public:
    using PinCallback = std::function<QByteArray()>;

    ~Pkcs11Signer() override;

    //! `tokenLabel` empty: the first token; `keyLabel` empty: the first private key with a certificate.
    [[nodiscard]] static Result<std::unique_ptr<Pkcs11Signer>> open(std::shared_ptr<Pkcs11Module> module,
                                                                    const QString &tokenLabel,
                                                                    const QString &keyLabel, PinCallback pin);

    [[nodiscard]] QList<QByteArray> certificateChain() const override { return m_chain; }
    [[nodiscard]] Result<QByteArray> sign(const QByteArray &data) override;
    [[nodiscard]] int maxSignatureSize() const override { return m_maxSig; }

    [[nodiscard]] int loginCount() const { return m_logins; }
    [[nodiscard]] const Pkcs11Module::Token &token() const { return m_token; }

private:
    Pkcs11Signer() = default;
    Status login();

    std::shared_ptr<Pkcs11Module> m_module;
    PinCallback m_pin;
    Pkcs11Module::Token m_token;
    unsigned long m_session = 0;
    unsigned long m_key = 0;
    unsigned long m_keyType = 0;
    bool m_alwaysAuthenticate = false;
    bool m_hasSha256Rsa = false;
    int m_logins = 0;
    int m_maxSig = 256;
    QList<QByteArray> m_chain;
};

} // namespace motcua::signing
