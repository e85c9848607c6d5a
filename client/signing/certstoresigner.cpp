// SPDX-License-Identifier: GPL-3.0-or-later
#include "certstoresigner.h"

// <wincrypt.h> defines X509_NAME and friends as macros; OpenSSL's headers, included
// after it, take them back (openssl/types.h), so the Windows headers come first.
// <windows.h> must also precede <ncrypt.h> and <wincrypt.h>: they use LONG, ULONG and
// LPCWSTR without including it. clang-format's include sorting (IncludeBlocks: Regroup)
// would put it last, hence the guard (tests/signing/mingw_certstoresigner.sh checks it).
// clang-format off
#include <windows.h>
#include <ncrypt.h>
#include <wincrypt.h>
// clang-format on
#undef X509_NAME
#undef X509_EXTENSIONS
#undef PKCS7_SIGNER_INFO
#undef PKCS7_ISSUER_AND_SERIAL
#undef OCSP_REQUEST
#undef OCSP_RESPONSE

#include "opensslutil.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace motcua::signing {

struct CertStoreSigner::Handles
{
    HCERTSTORE store = nullptr;
    PCCERT_CONTEXT cert = nullptr;
    NCRYPT_KEY_HANDLE key = 0;
    BOOL freeKey = FALSE;

    ~Handles()
    {
        if (key && freeKey)
            NCryptFreeObject(key);
        if (cert)
            CertFreeCertificateContext(cert);
        if (store)
            CertCloseStore(store, 0);
    }
};

static Error windowsError(const char *code, const char *message, long status)
{
    Error::Kind kind = Error::Kind::Crypto;
    if (status == long(NTE_USER_CANCELLED) || status == long(SCARD_W_CANCELLED_BY_USER))
        return Error::make(Error::Kind::Cancelled, QStringLiteral("signing.cancelled"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Signing was cancelled."));
    if (status == long(SCARD_W_WRONG_CHV))
        return Error::make(Error::Kind::Unauthorized, QStringLiteral("signing.pin_incorrect"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Wrong PIN."));
    if (status == long(SCARD_W_CHV_BLOCKED))
        return Error::make(
            Error::Kind::Unauthorized, QStringLiteral("signing.pin_locked"),
            QT_TRANSLATE_NOOP("motcua::Error",
                              "The token's PIN is locked. Ask your certificate provider to unlock it."));
    if (status == long(SCARD_E_NO_SMARTCARD) || status == long(SCARD_W_REMOVED_CARD)
        || status == long(NTE_DEVICE_NOT_READY))
        return Error::make(
            Error::Kind::Crypto, QStringLiteral("signing.token_removed"),
            QT_TRANSLATE_NOOP("motcua::Error", "The token was removed or stopped responding."));
    return Error::make(kind, QString::fromLatin1(code), message)
        .withDetail(QStringLiteral("0x%1").arg(qulonglong(quint32(status)), 8, 16, QLatin1Char('0')));
}

static HCERTSTORE openMyStore()
{
    return CertOpenStore(CERT_STORE_PROV_SYSTEM_W, 0, 0,
                         CERT_SYSTEM_STORE_CURRENT_USER | CERT_STORE_READONLY_FLAG, L"MY");
}

static QString nameOf(PCCERT_CONTEXT c, DWORD flags)
{
    wchar_t buf[512];
    const DWORD n = CertGetNameStringW(c, CERT_NAME_SIMPLE_DISPLAY_TYPE, flags, nullptr, buf, 512);
    return n > 1 ? QString::fromWCharArray(buf, int(n - 1)) : QString();
}

CertStoreSigner::~CertStoreSigner() = default;

Result<QList<CertStoreSigner::Entry>> CertStoreSigner::list()
{
    HCERTSTORE store = openMyStore();
    if (!store)
        return windowsError("signing.cert_store",
                            QT_TRANSLATE_NOOP("motcua::Error", "The certificate store cannot be opened."),
                            long(GetLastError()));
    QList<Entry> out;
    PCCERT_CONTEXT c = nullptr;
    while ((c = CertEnumCertificatesInStore(store, c)) != nullptr) {
        DWORD size = 0;
        if (!CertGetCertificateContextProperty(c, CERT_KEY_PROV_INFO_PROP_ID, nullptr, &size))
            continue; // no private key
        Entry e;
        e.subject = nameOf(c, 0);
        e.issuer = nameOf(c, CERT_NAME_ISSUER_FLAG);
        BYTE sha1[20];
        DWORD len = sizeof sha1;
        if (CertGetCertificateContextProperty(c, CERT_SHA1_HASH_PROP_ID, sha1, &len))
            e.sha1 = QByteArray(reinterpret_cast<const char *>(sha1), int(len));
        X509 *x = x509FromDer(
            QByteArray(reinterpret_cast<const char *>(c->pbCertEncoded), int(c->cbCertEncoded)));
        if (x) {
            e.notAfter = asn1TimeToDateTime(X509_get0_notAfter(x));
            X509_free(x);
        }
        out.append(e);
    }
    CertCloseStore(store, 0);
    return out;
}

Result<std::unique_ptr<CertStoreSigner>> CertStoreSigner::open(const QByteArray &sha1Thumbprint)
{
    std::unique_ptr<CertStoreSigner> s(new CertStoreSigner);
    s->m_h = std::make_unique<Handles>();
    s->m_h->store = openMyStore();
    if (!s->m_h->store)
        return windowsError("signing.cert_store",
                            QT_TRANSLATE_NOOP("motcua::Error", "The certificate store cannot be opened."),
                            long(GetLastError()));
    CRYPT_HASH_BLOB blob {DWORD(sha1Thumbprint.size()),
                          reinterpret_cast<BYTE *>(const_cast<char *>(sha1Thumbprint.constData()))};
    s->m_h->cert = CertFindCertificateInStore(s->m_h->store, X509_ASN_ENCODING | PKCS_7_ASN_ENCODING, 0,
                                              CERT_FIND_SHA1_HASH, &blob, nullptr);
    if (!s->m_h->cert)
        return Error::make(
            Error::Kind::NotFound, QStringLiteral("signing.key_not_found"),
            QT_TRANSLATE_NOOP("motcua::Error", "The token has no signing key with a certificate."));
    DWORD keySpec = 0;
    HCRYPTPROV_OR_NCRYPT_KEY_HANDLE handle = 0;
    if (!CryptAcquireCertificatePrivateKey(s->m_h->cert, CRYPT_ACQUIRE_ONLY_NCRYPT_KEY_FLAG, nullptr, &handle,
                                           &keySpec, &s->m_h->freeKey))
        return windowsError(
            "signing.key_not_found",
            QT_TRANSLATE_NOOP("motcua::Error", "The token has no signing key with a certificate."),
            long(GetLastError()));
    s->m_h->key = NCRYPT_KEY_HANDLE(handle);
    wchar_t group[64] = {};
    DWORD got = 0;
    if (NCryptGetProperty(s->m_h->key, NCRYPT_ALGORITHM_GROUP_PROPERTY, reinterpret_cast<PBYTE>(group),
                          sizeof group, &got, 0)
        == ERROR_SUCCESS)
        s->m_ecdsa = QString::fromWCharArray(group).startsWith(QLatin1String("ECDSA"));

    PCCERT_CHAIN_CONTEXT chain = nullptr;
    CERT_CHAIN_PARA para {};
    para.cbSize = sizeof para;
    if (CertGetCertificateChain(nullptr, s->m_h->cert, nullptr, nullptr, &para, 0, nullptr, &chain) && chain
        && chain->cChain > 0) {
        for (DWORD i = 0; i < chain->rgpChain[0]->cElement; ++i) {
            PCCERT_CONTEXT c = chain->rgpChain[0]->rgpElement[i]->pCertContext;
            s->m_chain.append(
                QByteArray(reinterpret_cast<const char *>(c->pbCertEncoded), int(c->cbCertEncoded)));
        }
    }
    if (chain)
        CertFreeCertificateChain(chain);
    const QByteArray leaf(reinterpret_cast<const char *>(s->m_h->cert->pbCertEncoded),
                          int(s->m_h->cert->cbCertEncoded));
    if (s->m_chain.isEmpty() || s->m_chain.first() != leaf)
        s->m_chain.prepend(leaf);
    if (X509 *x = x509FromDer(leaf)) {
        s->m_maxSig = EVP_PKEY_get_size(X509_get0_pubkey(x));
        X509_free(x);
    }
    return s;
}

Result<QByteArray> CertStoreSigner::sign(const QByteArray &data)
{
    QByteArray hash = sha256(data);
    BCRYPT_PKCS1_PADDING_INFO pad {BCRYPT_SHA256_ALGORITHM};
    void *padding = m_ecdsa ? nullptr : &pad;
    const DWORD flags = m_ecdsa ? 0 : BCRYPT_PAD_PKCS1;
    DWORD len = 0;
    SECURITY_STATUS st = NCryptSignHash(m_h->key, padding, reinterpret_cast<PBYTE>(hash.data()),
                                        DWORD(hash.size()), nullptr, 0, &len, flags);
    QByteArray sig(int(len), '\0');
    if (st == ERROR_SUCCESS)
        st = NCryptSignHash(m_h->key, padding, reinterpret_cast<PBYTE>(hash.data()), DWORD(hash.size()),
                            reinterpret_cast<PBYTE>(sig.data()), len, &len, flags);
    if (st != ERROR_SUCCESS)
        return windowsError("signing.sign_failed",
                            QT_TRANSLATE_NOOP("motcua::Error", "The token could not sign."), long(st));
    sig.resize(int(len));
    return m_ecdsa ? ecdsaRawToDer(sig) : sig;
}

} // namespace motcua::signing
