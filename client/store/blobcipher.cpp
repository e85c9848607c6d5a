// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobcipher.h"

#include "fieldcipher.h"

#include <QDir>
#include <QHash>
#include <QIODevice>
#include <QMutex>
#include <QtEndian>
#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace motcua {

namespace {
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QByteArray aad(const QString &sha256, quint32 index)
{
    QByteArray a = sha256.toLatin1();
    char n[4];
    qToLittleEndian(index, n);
    a.append(n, 4);
    return a;
}

Error keyError()
{
    return Error::make(Error::Kind::Crypto, QStringLiteral("store.blob_key"),
                       QT_TRANSLATE_NOOP("motcua::Error",
                                         "A cached document cannot be decrypted with this computer's key."));
}

Error formatError(const QString &detail)
{
    return Error::make(Error::Kind::Storage, QStringLiteral("store.blob_format"),
                       QT_TRANSLATE_NOOP("motcua::Error", "A cached document is damaged."))
        .withDetail(detail);
}
} // namespace

BlobCipher::BlobCipher(QByteArray key)
    : m_key(std::move(key))
{ }

QByteArray BlobCipher::newKey()
{
    QByteArray k(kKeySize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(k.data()), kKeySize) != 1)
        return {};
    return k;
}

Result<QByteArray> BlobCipher::sealRecord(const QString &sha256, quint32 index, const QByteArray &plain) const
{
    if (!isValid() || plain.size() > kMaxRecord)
        return formatError(QStringLiteral("bad key or record size"));
    QByteArray out(4 + kNonceSize + plain.size() + kTagSize, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    qToLittleEndian(quint32(plain.size()), o);
    if (RAND_bytes(o + 4, kNonceSize) != 1)
        return formatError(QStringLiteral("no randomness"));
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const QByteArray ad = aad(sha256, index);
    int len = 0;
    if (!ctx
        || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(m_key.constData()), o + 4)
            != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len,
                             reinterpret_cast<const unsigned char *>(ad.constData()), int(ad.size()))
            != 1
        || EVP_EncryptUpdate(ctx.get(), o + 4 + kNonceSize, &len,
                             reinterpret_cast<const unsigned char *>(plain.constData()), int(plain.size()))
            != 1
        || EVP_EncryptFinal_ex(ctx.get(), o + 4 + kNonceSize + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, o + 4 + kNonceSize + plain.size())
            != 1)
        return formatError(QStringLiteral("encryption failed"));
    return out;
}

Result<QByteArray> BlobCipher::open(const QString &sha256, const QByteArray &file) const
{
    if (!isEncrypted(file))
        return formatError(QStringLiteral("no MCB1 header"));
    if (!isValid())
        return keyError();
    QByteArray plain;
    qsizetype pos = 4;
    quint32 index = 0;
    while (pos < file.size()) {
        if (file.size() - pos < 4 + kNonceSize + kTagSize)
            return formatError(QStringLiteral("cut record"));
        const auto *p = reinterpret_cast<const unsigned char *>(file.constData() + pos);
        const qint64 n = qFromLittleEndian<quint32>(p);
        if (n > kMaxRecord || file.size() - pos < 4 + kNonceSize + n + kTagSize)
            return formatError(QStringLiteral("cut record"));
        const qsizetype at = plain.size();
        plain.resize(at + n);
        CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
        const QByteArray ad = aad(sha256, index);
        int len = 0;
        QByteArray tag(reinterpret_cast<const char *>(p + 4 + kNonceSize + n), kTagSize);
        if (!ctx
            || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                                  reinterpret_cast<const unsigned char *>(m_key.constData()), p + 4)
                != 1
            || EVP_DecryptUpdate(ctx.get(), nullptr, &len,
                                 reinterpret_cast<const unsigned char *>(ad.constData()), int(ad.size()))
                != 1
            || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data() + at), &len,
                                 p + 4 + kNonceSize, int(n))
                != 1
            || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1
            || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data() + at + len),
                                   &len)
                != 1)
            return keyError();
        pos += 4 + kNonceSize + n + kTagSize;
        ++index;
    }
    return plain;
}

BlobCipher::Extent BlobCipher::scan(QIODevice &file)
{
    Extent e;
    if (!file.seek(0) || file.read(4) != QByteArray(kMagic))
        return e;
    e.fileBytes = 4;
    for (;;) {
        const QByteArray head = file.read(4);
        if (head.size() < 4)
            break;
        const qint64 n
            = qFromLittleEndian<quint32>(reinterpret_cast<const unsigned char *>(head.constData()));
        const qint64 recordBytes = 4 + kNonceSize + n + kTagSize;
        if (n > kMaxRecord || e.fileBytes + recordBytes > file.size())
            break;
        e.fileBytes += recordBytes;
        e.plainSize += n;
        ++e.records;
        if (!file.seek(e.fileBytes))
            break;
    }
    return e;
}

namespace {
QMutex &keysMutex()
{
    static QMutex m;
    return m;
}
struct Ciphers
{
    std::shared_ptr<const BlobCipher> blobs;
    std::shared_ptr<const FieldCipher> fields;
};
QHash<QString, Ciphers> &keys()
{
    static QHash<QString, Ciphers> k;
    return k;
}
QString canonical(const QString &dir)
{
    return QDir(dir).absolutePath();
}
} // namespace

void ProfileKeys::set(const QString &profileDir, const QByteArray &key)
{
    QMutexLocker lock(&keysMutex());
    keys().insert(canonical(profileDir),
                  {std::make_shared<const BlobCipher>(key), std::make_shared<const FieldCipher>(key)});
}

std::shared_ptr<const BlobCipher> ProfileKeys::cipherFor(const QString &profileDir)
{
    QMutexLocker lock(&keysMutex());
    return keys().value(canonical(profileDir)).blobs;
}

std::shared_ptr<const FieldCipher> ProfileKeys::fieldCipherFor(const QString &profileDir)
{
    QMutexLocker lock(&keysMutex());
    return keys().value(canonical(profileDir)).fields;
}

void ProfileKeys::forget(const QString &profileDir)
{
    QMutexLocker lock(&keysMutex());
    keys().remove(canonical(profileDir));
}

} // namespace motcua
