// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldcipher.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace motcua {

namespace {
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
constexpr int kNonce = 12;
constexpr int kTag = 16;
constexpr int kMagicSize = 4;
//! Bounds the word cache (a 100k first sync has a few hundred thousand distinct words).
constexpr qsizetype kMaxCachedTokens = 400000;

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), out, &len);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

QString base32(const QByteArray &bytes)
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

Error keyError()
{
    return Error::make(
        Error::Kind::Crypto, QStringLiteral("store.field_key"),
        QT_TRANSLATE_NOOP("motcua::Error", "The saved data cannot be decrypted with this computer's key."));
}
} // namespace

FieldCipher::FieldCipher(const QByteArray &profileKey)
{
    if (profileKey.size() != 32)
        return;
    m_sealKey = hmac(profileKey, QByteArrayLiteral("motcua cache fields v1"));
    m_tokenKey = hmac(profileKey, QByteArrayLiteral("motcua search tokens v1"));
    m_check
        = QString::fromLatin1(hmac(profileKey, QByteArrayLiteral("motcua key check v1")).left(12).toHex());
}

QByteArray FieldCipher::seal(const QByteArray &plain) const
{
    if (!isValid())
        return {};
    QByteArray out(kMagicSize + kNonce + plain.size() + kTag, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    memcpy(o, kMagic, kMagicSize);
    unsigned char *nonce = o + kMagicSize;
    if (RAND_bytes(nonce, kNonce) != 1)
        return {};
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx
        || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(m_sealKey.constData()), nonce)
            != 1
        || EVP_EncryptUpdate(ctx.get(), nonce + kNonce, &len,
                             reinterpret_cast<const unsigned char *>(plain.constData()), int(plain.size()))
            != 1
        || EVP_EncryptFinal_ex(ctx.get(), nonce + kNonce + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTag, nonce + kNonce + plain.size()) != 1)
        return {};
    return out;
}

Result<QByteArray> FieldCipher::open(const QByteArray &sealed) const
{
    if (!isValid() || !isSealed(sealed) || sealed.size() < kMagicSize + kNonce + kTag)
        return keyError();
    const auto *in = reinterpret_cast<const unsigned char *>(sealed.constData()) + kMagicSize;
    const int textSize = int(sealed.size()) - kMagicSize - kNonce - kTag;
    QByteArray plain(textSize, Qt::Uninitialized);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    QByteArray tag(reinterpret_cast<const char *>(in + kNonce + textSize), kTag);
    if (!ctx
        || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(m_sealKey.constData()), in)
            != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &len, in + kNonce,
                             textSize)
            != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTag, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + len, &len) != 1)
        return keyError();
    return plain;
}

QString FieldCipher::token(char kind, QStringView word) const
{
    QString key;
    key.reserve(word.size() + 1);
    key += QLatin1Char(kind);
    key += word;
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_tokens.constFind(key); it != m_tokens.cend())
            return *it;
    }
    const QString t = base32(hmac(m_tokenKey, key.toUtf8()).left(8));
    QMutexLocker lock(&m_mutex);
    if (m_tokens.size() >= kMaxCachedTokens)
        m_tokens.clear();
    m_tokens.insert(key, t);
    return t;
}

namespace fields {

QVariant seal(const FieldCipher *cipher, const QString &text)
{
    if (!cipher)
        return text;
    return cipher->seal(text.toUtf8());
}

QByteArray sealBytes(const FieldCipher *cipher, const QByteArray &bytes)
{
    return cipher ? cipher->seal(bytes) : bytes;
}

Result<QString> open(const FieldCipher *cipher, const QVariant &stored)
{
    if (stored.typeId() != QMetaType::QByteArray)
        return stored.toString();
    const QByteArray bytes = stored.toByteArray();
    if (!FieldCipher::isSealed(bytes))
        return QString::fromUtf8(bytes);
    if (!cipher)
        return keyError();
    auto plain = cipher->open(bytes);
    if (!plain)
        return plain.error();
    return QString::fromUtf8(*plain);
}

QString sealText(const FieldCipher *cipher, const QString &text)
{
    if (!cipher)
        return text;
    return QStringLiteral("mcf1:") + QString::fromLatin1(cipher->seal(text.toUtf8()).toBase64());
}

Result<QString> openText(const FieldCipher *cipher, const QString &stored)
{
    if (!stored.startsWith(QLatin1String("mcf1:")))
        return stored;
    return open(cipher, QByteArray::fromBase64(stored.mid(5).toLatin1()));
}

QString token(const FieldCipher *cipher, char kind, QStringView word)
{
    if (cipher)
        return cipher->token(kind, word);
    return QLatin1Char(kind) + word.toString();
}

QString indexText(const FieldCipher *cipher, const QString &folded)
{
    QString out;
    const auto addWord = [&](QStringView word) {
        if (word.isEmpty())
            return;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += token(cipher, 'w', word);
        for (qsizetype n = 1; n <= word.size(); ++n) {
            out += QLatin1Char(' ');
            out += token(cipher, 'p', word.left(n));
        }
    };
    //! Words as FTS5's unicode61 split them before: runs of letters and digits.
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            addWord(QStringView(folded).mid(start, i - start));
            start = -1;
        }
    }
    return out;
}

QString queryToken(const FieldCipher *cipher, const QString &word, bool last)
{
    return token(cipher, last ? 'p' : 'w', word);
}

QString keyCheck(const FieldCipher *cipher)
{
    return cipher ? cipher->keyCheck() : QStringLiteral("none");
}

} // namespace fields

} // namespace motcua
