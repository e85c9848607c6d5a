// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosigner.h"

#include "democertificate.h"
#include "documenthandlers.h"
#include "http.h"
#include "router.h"
#include "servercontext.h"
#include "signing/pdfsigner.h"
#include "signing/signatureappearance.h"
#include "signing/signer.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTimeZone>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace motcua::server {

namespace {
Error demoError(const QString &detail)
{
    return Error::make(Error::Kind::Crypto, QStringLiteral("server.demo_signing"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The demo signing key cannot be prepared."))
        .withDetail(detail);
}

constexpr char kOrganization[] = "Một Cửa Desk (demo)";
//! Valid from a year back: demo dossiers carry signing times in the past.
constexpr long kPastYear = -366L * 24 * 3600;

QByteArray der(X509 *c)
{
    unsigned char *out = nullptr;
    const int n = i2d_X509(c, &out);
    QByteArray d(reinterpret_cast<const char *>(out), qMax(0, n));
    OPENSSL_free(out);
    return d;
}

template<typename F> QByteArray pem(F write)
{
    BIO *b = BIO_new(BIO_s_mem());
    write(b);
    char *data = nullptr;
    const long n = BIO_get_mem_data(b, &data);
    QByteArray out(data, int(n));
    BIO_free(b);
    return out;
}

bool writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(data);
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.commit();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

//! The demo key behind the signing library's Signer interface.
class KeySigner : public signing::Signer
{
public:
    KeySigner(EVP_PKEY *key, QList<QByteArray> chain)
        : m_key(key)
        , m_chain(std::move(chain))
    { }
    [[nodiscard]] QList<QByteArray> certificateChain() const override { return m_chain; }
    [[nodiscard]] Result<QByteArray> sign(const QByteArray &data) override
    {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        auto done = qScopeGuard([ctx] { EVP_MD_CTX_free(ctx); });
        size_t len = 0;
        const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
        if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key) != 1
            || EVP_DigestSign(ctx, nullptr, &len, in, size_t(data.size())) != 1)
            return demoError(QStringLiteral("sign init"));
        QByteArray sig(qsizetype(len), '\0');
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len, in, size_t(data.size()))
            != 1)
            return demoError(QStringLiteral("sign"));
        sig.resize(qsizetype(len));
        return sig;
    }
    [[nodiscard]] int maxSignatureSize() const override { return EVP_PKEY_get_size(m_key); }

private:
    EVP_PKEY *m_key;
    QList<QByteArray> m_chain;
};
} // namespace

DemoSigner::~DemoSigner()
{
    EVP_PKEY_free(m_key);
}

QString DemoSigner::directory(const QString &dataDir)
{
    return dataDir + QStringLiteral("/demo-signing");
}

Result<std::unique_ptr<DemoSigner>> DemoSigner::loadOrCreate(const QString &dir)
{
    QDir().mkpath(dir);
    const QString rootPath = dir + QStringLiteral("/root.pem"),
                  certPath = dir + QStringLiteral("/signer.pem"),
                  keyPath = dir + QStringLiteral("/signer-key.pem");
    std::unique_ptr<DemoSigner> s(new DemoSigner);
    X509 *root = nullptr, *cert = nullptr;
    auto freeCerts = qScopeGuard([&] {
        X509_free(root);
        X509_free(cert);
    });
    if (!QFile::exists(keyPath)) {
        EVP_PKEY *rootKey = EVP_RSA_gen(2048);
        s->m_key = EVP_RSA_gen(2048);
        if (!rootKey || !s->m_key) {
            EVP_PKEY_free(rootKey);
            return demoError(QStringLiteral("key generation"));
        }
        root = makeDemoCertificate(rootKey, {"Một Cửa Demo Root CA", kOrganization, true, nullptr, kPastYear},
                                   nullptr, rootKey);
        cert = root ? makeDemoCertificate(s->m_key,
                                          {"Lãnh đạo UBND (demo)", kOrganization, false, nullptr, kPastYear},
                                          root, rootKey)
                    : nullptr;
        //! The root key signs only the one signer certificate: it is not kept.
        EVP_PKEY_free(rootKey);
        if (!cert)
            return demoError(QStringLiteral("certificate creation"));
        EVP_PKEY *key = s->m_key;
        if (!writeFile(rootPath, pem([root](BIO *b) { PEM_write_bio_X509(b, root); }), false)
            || !writeFile(certPath, pem([cert](BIO *b) { PEM_write_bio_X509(b, cert); }), false)
            || !writeFile(keyPath, pem([key](BIO *b) {
                              PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr);
                          }),
                          true))
            return demoError(QStringLiteral("cannot write ") + dir);
    } else {
        auto readPem = [](const QString &path, auto reader) {
            const QByteArray data = readFile(path);
            BIO *b = BIO_new_mem_buf(data.constData(), int(data.size()));
            auto r = reader(b);
            BIO_free(b);
            return r;
        };
        s->m_key
            = readPem(keyPath, [](BIO *b) { return PEM_read_bio_PrivateKey(b, nullptr, nullptr, nullptr); });
        root = readPem(rootPath, [](BIO *b) { return PEM_read_bio_X509(b, nullptr, nullptr, nullptr); });
        cert = readPem(certPath, [](BIO *b) { return PEM_read_bio_X509(b, nullptr, nullptr, nullptr); });
        if (!s->m_key || !root || !cert)
            return demoError(QStringLiteral("cannot read the demo signing files in ") + dir);
    }
    s->m_rootDer = der(root);
    s->m_certDer = der(cert);
    s->m_rootPem = pem([root](BIO *b) { PEM_write_bio_X509(b, root); });
    return s;
}

Result<QByteArray> DemoSigner::sign(const QByteArray &pdf, const QDateTime &when) const
{
    KeySigner signer(m_key, {m_certDer, m_rootDer});
    signing::SignOptions o;
    o.signingTime = when.toTimeZone(QTimeZone(7 * 3600));
    o.reason = QStringLiteral("Ký số kết quả giải quyết thủ tục hành chính");
    //! A visible stamp at the bottom right of page 1 when a Vietnamese font is
    //! installed, otherwise an invisible signature (still valid).
    if (!signing::SignatureAppearance::defaultFontPath().isEmpty()) {
        o.rect = QRectF(330, 40, 230, 48);
        o.appearanceLines = {QStringLiteral("Ký bởi: Lãnh đạo UBND (demo)"),
                             QStringLiteral("Thời gian ký: ") + o.signingTime.toString(Qt::ISODate)};
    }
    return signing::PdfSigner::sign(pdf, signer, o);
}

void registerDemoHandlers(Router &router, ServerContext &ctx)
{
    router.add("GET", QStringLiteral("demo/trust-root.pem"), Router::Auth::Public,
               [&ctx](const HttpRequest &, const RouteMatch &) {
                   const QByteArray root
                       = readFile(DemoSigner::directory(ctx.config.dataDir) + QStringLiteral("/root.pem"));
                   if (root.isEmpty())
                       return HttpResponse::problem(404, QStringLiteral("demo.no_root"),
                                                    QStringLiteral("the demo signing root was not created"));
                   return HttpResponse::bytes(root, "application/x-pem-file");
               });
}

} // namespace motcua::server
