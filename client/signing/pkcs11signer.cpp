// SPDX-License-Identifier: GPL-3.0-or-later
#include "pkcs11signer.h"

#include "opensslutil.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <algorithm>
#include <cstring>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <p11-kit/pkcs11.h>
#include <vector>

namespace motcua::signing {

namespace {
QString trimmed(const unsigned char *s, int n)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(s), n).trimmed();
}

Error p11Error(const char *code, const char *message, CK_RV rv, const QStringList &args = {})
{
    return Error::make(Error::Kind::Crypto, QString::fromLatin1(code), message, args)
        .withDetail(QStringLiteral("CKR 0x%1").arg(qulonglong(rv), 0, 16));
}

bool isRemoval(CK_RV rv)
{
    return rv == CKR_DEVICE_REMOVED || rv == CKR_TOKEN_NOT_PRESENT || rv == CKR_SESSION_HANDLE_INVALID
        || rv == CKR_SESSION_CLOSED || rv == CKR_DEVICE_ERROR || rv == CKR_SLOT_ID_INVALID;
}

Error removedError(CK_RV rv)
{
    return p11Error("signing.token_removed",
                    QT_TRANSLATE_NOOP("motcua::Error", "The token was removed or stopped responding."), rv);
}

void wipe(QByteArray &b)
{
    b.fill('\0');
    b.clear();
}
} // namespace

Pkcs11Module::~Pkcs11Module()
{
    if (m_f && m_finalize)
        m_f->C_Finalize(nullptr);
    // The library stays loaded: some vendor modules crash when unloaded while threads run.
}

QList<Pkcs11Module::KnownModule> Pkcs11Module::knownModules()
{
    return {
        {QStringLiteral("VNPT-CA"),
         {QStringLiteral("vnptca_p11_v6.dll"), QStringLiteral("vnpt-ca_csp11.dll"),
          QStringLiteral("libvnptca_p11_v6.so")}},
        {QStringLiteral("Viettel-CA"),
         {QStringLiteral("viettel-ca_v6.dll"), QStringLiteral("viettel-ca_csp11.dll"),
          QStringLiteral("libviettel-ca_v6.so")}},
        {QStringLiteral("FPT-CA"),
         {QStringLiteral("fpt-ca.dll"), QStringLiteral("fptca_csp11.dll"), QStringLiteral("libfpt-ca.so")}},
        {QStringLiteral("Ban Cơ yếu Chính phủ"),
         {QStringLiteral("bkavcaetoken.dll"), QStringLiteral("gcaP11.dll"),
          QStringLiteral("eps2003csp11.dll"), QStringLiteral("libcastle.so.1.0.0")}},
        {QStringLiteral("SafeNet eToken"),
         {QStringLiteral("eTPKCS11.dll"), QStringLiteral("libeTPkcs11.so")}},
        {QStringLiteral("SoftHSM2"),
         {QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"),
          QStringLiteral("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
          QStringLiteral("C:/SoftHSM2/lib/softhsm2-x64.dll")}},
    };
}

Result<std::shared_ptr<Pkcs11Module>> Pkcs11Module::load(const QString &path)
{
    //! One live module per library in the process: Cryptoki is initialised once,
    //! and C_Finalize (when the last user lets go) cannot pull the rug from under
    //! a signer that loaded the same library elsewhere (Settings listing tokens
    //! while the batch screen signs).
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<Pkcs11Module>> live;
    QMutexLocker lock(&mutex);
    if (auto existing = live.value(path).lock())
        return existing;
    std::shared_ptr<Pkcs11Module> m(new Pkcs11Module);
    m->m_lib.setFileName(path);
    if (!m->m_lib.load())
        return Error::make(Error::Kind::NotFound, QStringLiteral("signing.pkcs11_load"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The token library %1 cannot be loaded."),
                           {path})
            .withDetail(m->m_lib.errorString());
    auto getList = reinterpret_cast<CK_C_GetFunctionList>(m->m_lib.resolve("C_GetFunctionList"));
    if (!getList || getList(&m->m_f) != CKR_OK || !m->m_f)
        return Error::make(Error::Kind::Invalid, QStringLiteral("signing.pkcs11_load"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The token library %1 cannot be loaded."),
                           {path})
            .withDetail(QStringLiteral("no C_GetFunctionList"));
    CK_C_INITIALIZE_ARGS args {};
    args.flags = CKF_OS_LOCKING_OK;
    const CK_RV rv = m->m_f->C_Initialize(&args);
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED)
        return p11Error("signing.pkcs11_init",
                        QT_TRANSLATE_NOOP("motcua::Error", "The token library %1 failed to start."), rv,
                        {path});
    m->m_finalize = rv == CKR_OK;
    live.insert(path, m);
    return m;
}

Result<Pkcs11Module::Token> Pkcs11Module::tokenInfo(unsigned long slot) const
{
    CK_TOKEN_INFO ti {};
    const CK_RV rv = m_f->C_GetTokenInfo(slot, &ti);
    if (rv != CKR_OK)
        return isRemoval(rv)
            ? removedError(rv)
            : p11Error("signing.pkcs11", QT_TRANSLATE_NOOP("motcua::Error", "The token failed."), rv);
    Token t;
    t.slot = slot;
    t.label = trimmed(ti.label, sizeof ti.label);
    t.manufacturer = trimmed(ti.manufacturerID, sizeof ti.manufacturerID);
    t.model = trimmed(ti.model, sizeof ti.model);
    t.serial = trimmed(ti.serialNumber, sizeof ti.serialNumber);
    t.protectedAuthenticationPath = ti.flags & CKF_PROTECTED_AUTHENTICATION_PATH;
    t.pinCountLow = ti.flags & CKF_USER_PIN_COUNT_LOW;
    t.pinFinalTry = ti.flags & CKF_USER_PIN_FINAL_TRY;
    t.pinLocked = ti.flags & CKF_USER_PIN_LOCKED;
    return t;
}

Result<QList<Pkcs11Module::Token>> Pkcs11Module::tokens() const
{
    CK_ULONG count = 0;
    CK_RV rv = m_f->C_GetSlotList(CK_TRUE, nullptr, &count);
    if (rv != CKR_OK || count > 1024)
        return p11Error("signing.pkcs11", QT_TRANSLATE_NOOP("motcua::Error", "The token failed."), rv);
    std::vector<CK_SLOT_ID> slots(count);
    rv = m_f->C_GetSlotList(CK_TRUE, slots.data(), &count);
    if (rv != CKR_OK)
        return p11Error("signing.pkcs11", QT_TRANSLATE_NOOP("motcua::Error", "The token failed."), rv);
    QList<Token> out;
    for (CK_ULONG i = 0; i < count; ++i) {
        auto t = tokenInfo(slots[i]);
        if (t)
            out.append(t.value());
    }
    return out;
}

Pkcs11Signer::~Pkcs11Signer()
{
    //! No C_Logout: the login state is per application and token, so it would log out
    //! another signer of this process on the same token. Closing the application's
    //! last session on the token returns it to the public state (PKCS#11 C_CloseSession).
    if (m_session && m_module)
        m_module->functions()->C_CloseSession(m_session);
}

static QByteArray attribute(CK_FUNCTION_LIST *f, CK_SESSION_HANDLE s, CK_OBJECT_HANDLE o,
                            CK_ATTRIBUTE_TYPE type)
{
    CK_ATTRIBUTE a {type, nullptr, 0};
    if (f->C_GetAttributeValue(s, o, &a, 1) != CKR_OK || a.ulValueLen == CK_UNAVAILABLE_INFORMATION
        || a.ulValueLen > 1 << 20)
        return {};
    QByteArray v(qsizetype(a.ulValueLen), '\0');
    a.pValue = v.data();
    if (f->C_GetAttributeValue(s, o, &a, 1) != CKR_OK)
        return {};
    return v;
}

static QList<CK_OBJECT_HANDLE> findObjects(CK_FUNCTION_LIST *f, CK_SESSION_HANDLE s, CK_OBJECT_CLASS cls,
                                           const QByteArray &id = {}, const QByteArray &label = {})
{
    QList<CK_ATTRIBUTE> tmpl {{CKA_CLASS, &cls, sizeof cls}};
    if (!id.isNull())
        tmpl.append({CKA_ID, const_cast<char *>(id.constData()), CK_ULONG(id.size())});
    if (!label.isEmpty())
        tmpl.append({CKA_LABEL, const_cast<char *>(label.constData()), CK_ULONG(label.size())});
    QList<CK_OBJECT_HANDLE> out;
    if (f->C_FindObjectsInit(s, tmpl.data(), CK_ULONG(tmpl.size())) != CKR_OK)
        return out;
    CK_OBJECT_HANDLE h[32];
    CK_ULONG n = 0;
    while (f->C_FindObjects(s, h, 32, &n) == CKR_OK && n > 0 && out.size() < 4096) {
        for (CK_ULONG i = 0; i < n; ++i)
            out.append(h[i]);
    }
    f->C_FindObjectsFinal(s);
    return out;
}

Result<QList<Pkcs11Module::CertificateObject>> Pkcs11Module::certificates(unsigned long slot) const
{
    CK_SESSION_HANDLE session = 0;
    const CK_RV rv = m_f->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &session);
    if (rv != CKR_OK)
        return isRemoval(rv)
            ? removedError(rv)
            : p11Error("signing.pkcs11", QT_TRANSLATE_NOOP("motcua::Error", "The token failed."), rv);
    QList<CertificateObject> out;
    for (CK_OBJECT_HANDLE c : findObjects(m_f, session, CKO_CERTIFICATE)) {
        CertificateObject o;
        o.label = QString::fromUtf8(attribute(m_f, session, c, CKA_LABEL));
        o.id = attribute(m_f, session, c, CKA_ID);
        o.der = attribute(m_f, session, c, CKA_VALUE);
        if (!o.der.isEmpty())
            out.append(o);
    }
    m_f->C_CloseSession(session);
    return out;
}

Status Pkcs11Signer::login()
{
    CK_FUNCTION_LIST *f = m_module->functions();
    auto info = m_module->tokenInfo(m_token.slot);
    if (!info)
        return info.error();
    if (info->pinLocked)
        return p11Error(
            "signing.pin_locked",
            QT_TRANSLATE_NOOP("motcua::Error",
                              "The token's PIN is locked. Ask your certificate provider to unlock it."),
            CKR_PIN_LOCKED);
    CK_RV rv;
    if (info->protectedAuthenticationPath) {
        rv = f->C_Login(m_session, CKU_USER, nullptr, 0); // the PIN is typed on the reader
    } else {
        QByteArray pin = m_pin ? m_pin() : QByteArray();
        rv = f->C_Login(m_session, CKU_USER, reinterpret_cast<CK_UTF8CHAR_PTR>(pin.data()),
                        CK_ULONG(pin.size()));
        wipe(pin);
    }
    if (rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN) {
        ++m_logins;
        return {};
    }
    if (rv == CKR_PIN_INCORRECT || rv == CKR_PIN_LEN_RANGE) {
        auto after = m_module->tokenInfo(m_token.slot);
        if (after && after->pinLocked)
            return p11Error(
                "signing.pin_locked",
                QT_TRANSLATE_NOOP("motcua::Error",
                                  "The token's PIN is locked. Ask your certificate provider to unlock it."),
                rv);
        if (after && after->pinFinalTry)
            return p11Error(
                "signing.pin_incorrect",
                QT_TRANSLATE_NOOP("motcua::Error", "Wrong PIN. One more wrong attempt will lock the token."),
                rv);
        if (after && after->pinCountLow)
            return p11Error("signing.pin_incorrect",
                            QT_TRANSLATE_NOOP("motcua::Error",
                                              "Wrong PIN. Few attempts are left before the token locks."),
                            rv);
        return p11Error("signing.pin_incorrect", QT_TRANSLATE_NOOP("motcua::Error", "Wrong PIN."), rv);
    }
    if (rv == CKR_PIN_LOCKED)
        return p11Error(
            "signing.pin_locked",
            QT_TRANSLATE_NOOP("motcua::Error",
                              "The token's PIN is locked. Ask your certificate provider to unlock it."),
            rv);
    if (isRemoval(rv))
        return removedError(rv);
    return p11Error("signing.login_failed",
                    QT_TRANSLATE_NOOP("motcua::Error", "Logging in to the token failed."), rv);
}

Result<std::unique_ptr<Pkcs11Signer>> Pkcs11Signer::open(std::shared_ptr<Pkcs11Module> module,
                                                         const QString &tokenLabel, const QString &keyLabel,
                                                         PinCallback pin)
{
    auto tokens = module->tokens();
    if (!tokens)
        return tokens.error();
    std::unique_ptr<Pkcs11Signer> s(new Pkcs11Signer);
    bool found = false;
    for (const auto &t : tokens.value()) {
        if (tokenLabel.isEmpty() || t.label == tokenLabel) {
            s->m_token = t;
            found = true;
            break;
        }
    }
    if (!found)
        return Error::make(Error::Kind::NotFound, QStringLiteral("signing.token_not_found"),
                           QT_TRANSLATE_NOOP("motcua::Error", "No token %1 is plugged in."), {tokenLabel});
    s->m_module = module;
    s->m_pin = std::move(pin);
    CK_FUNCTION_LIST *f = module->functions();
    CK_RV rv = f->C_OpenSession(s->m_token.slot, CKF_SERIAL_SESSION, nullptr, nullptr, &s->m_session);
    if (rv != CKR_OK)
        return isRemoval(rv)
            ? removedError(rv)
            : p11Error("signing.pkcs11", QT_TRANSLATE_NOOP("motcua::Error", "The token failed."), rv);
    if (auto st = s->login(); !st)
        return st.error();

    const QList<CK_OBJECT_HANDLE> keys = findObjects(f, s->m_session, CKO_PRIVATE_KEY, {}, keyLabel.toUtf8());
    for (CK_OBJECT_HANDLE k : keys) {
        const QByteArray id = attribute(f, s->m_session, k, CKA_ID);
        const QList<CK_OBJECT_HANDLE> certs = findObjects(f, s->m_session, CKO_CERTIFICATE, id);
        if (certs.isEmpty())
            continue;
        const QByteArray der = attribute(f, s->m_session, certs.first(), CKA_VALUE);
        X509 *x = x509FromDer(der);
        if (!x)
            continue;
        s->m_maxSig = EVP_PKEY_get_size(X509_get0_pubkey(x));
        X509_free(x);
        s->m_key = k;
        s->m_chain.append(der);
        const QByteArray always = attribute(f, s->m_session, k, CKA_ALWAYS_AUTHENTICATE);
        s->m_alwaysAuthenticate = !always.isEmpty() && always[0] != 0;
        const QByteArray type = attribute(f, s->m_session, k, CKA_KEY_TYPE);
        if (type.size() == sizeof(CK_KEY_TYPE))
            memcpy(&s->m_keyType, type.constData(), sizeof(CK_KEY_TYPE));
        break;
    }
    if (s->m_chain.isEmpty())
        return Error::make(
            Error::Kind::NotFound, QStringLiteral("signing.key_not_found"),
            QT_TRANSLATE_NOOP("motcua::Error", "The token has no signing key with a certificate."));
    // Other certificates on the token (issuing CAs) complete the chain.
    for (CK_OBJECT_HANDLE c : findObjects(f, s->m_session, CKO_CERTIFICATE)) {
        const QByteArray der = attribute(f, s->m_session, c, CKA_VALUE);
        if (!der.isEmpty() && !s->m_chain.contains(der))
            s->m_chain.append(der);
    }
    CK_ULONG n = 0;
    if (f->C_GetMechanismList(s->m_token.slot, nullptr, &n) == CKR_OK && n < 4096) {
        std::vector<CK_MECHANISM_TYPE> mechs(n);
        if (f->C_GetMechanismList(s->m_token.slot, mechs.data(), &n) == CKR_OK)
            s->m_hasSha256Rsa
                = std::find(mechs.begin(), mechs.begin() + n, CKM_SHA256_RSA_PKCS) != mechs.begin() + n;
    }
    return s;
}

Result<QByteArray> Pkcs11Signer::sign(const QByteArray &data)
{
    CK_FUNCTION_LIST *f = m_module->functions();
    QByteArray input;
    CK_MECHANISM mech {CKM_RSA_PKCS, nullptr, 0};
    if (m_keyType == CKK_EC) {
        mech.mechanism = CKM_ECDSA;
        input = sha256(data);
    } else if (m_hasSha256Rsa) {
        mech.mechanism = CKM_SHA256_RSA_PKCS;
        input = data;
    } else {
        // DigestInfo for SHA-256 (RFC 8017 9.2 note 1) + hash: for tokens without CKM_SHA256_RSA_PKCS.
        input = QByteArray::fromHex("3031300d060960864801650304020105000420") + sha256(data);
    }
    CK_RV rv = f->C_SignInit(m_session, &mech, m_key);
    if (rv == CKR_OK && m_alwaysAuthenticate) {
        QByteArray pin = m_pin ? m_pin() : QByteArray();
        rv = f->C_Login(m_session, CKU_CONTEXT_SPECIFIC, reinterpret_cast<CK_UTF8CHAR_PTR>(pin.data()),
                        CK_ULONG(pin.size()));
        wipe(pin);
        if (rv == CKR_PIN_INCORRECT)
            return p11Error("signing.pin_incorrect", QT_TRANSLATE_NOOP("motcua::Error", "Wrong PIN."), rv);
    }
    CK_ULONG len = 0;
    if (rv == CKR_OK)
        rv = f->C_Sign(m_session, reinterpret_cast<CK_BYTE_PTR>(input.data()), CK_ULONG(input.size()),
                       nullptr, &len);
    QByteArray sig(qsizetype(len), '\0');
    if (rv == CKR_OK)
        rv = f->C_Sign(m_session, reinterpret_cast<CK_BYTE_PTR>(input.data()), CK_ULONG(input.size()),
                       reinterpret_cast<CK_BYTE_PTR>(sig.data()), &len);
    if (rv != CKR_OK) {
        if (isRemoval(rv))
            return removedError(rv);
        return p11Error("signing.sign_failed",
                        QT_TRANSLATE_NOOP("motcua::Error", "The token could not sign."), rv);
    }
    sig.resize(qsizetype(len));
    if (m_keyType == CKK_EC)
        sig = ecdsaRawToDer(sig); // PKCS#11 returns r || s
    return sig;
}

} // namespace motcua::signing
