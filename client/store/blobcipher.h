// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QIODevice;

namespace motcua {

class FieldCipher;

//! AES-256-GCM for documents at rest (OpenSSL EVP). A file is the magic
//! "MCB1" followed by records, one per write (a download chunk):
//!   u32 LE plaintext length | 12-byte random nonce | ciphertext | 16-byte tag
//! The additional data binds each record to its document and position
//! (sha256 + record index), so records cannot be swapped between files or
//! reordered. A resumed download appends records; a record cut by a crash is
//! dropped on resume. The key is the profile's 32-byte key (OS keychain).
class BlobCipher
{
public:
    static constexpr char kMagic[] = "MCB1";
    static constexpr int kKeySize = 32;
    static constexpr int kNonceSize = 12;
    static constexpr int kTagSize = 16;
    static constexpr qint64 kMaxRecord = 64LL * 1024 * 1024;

    explicit BlobCipher(QByteArray key);

    [[nodiscard]] bool isValid() const { return m_key.size() == kKeySize; }

    //! One record for `plain` as the `index`-th record of document `sha256`.
    [[nodiscard]] Result<QByteArray> sealRecord(const QString &sha256, quint32 index,
                                                const QByteArray &plain) const;

    //! The whole plaintext of a file's bytes (magic + records). Errors:
    //! "store.blob_key" when a tag does not verify (another key, or tampering),
    //! "store.blob_format" when the file is not one of ours.
    [[nodiscard]] Result<QByteArray> open(const QString &sha256, const QByteArray &file) const;

    //! Scans a file's record headers: complete records' plaintext size and the byte
    //! length they occupy (a cut record after them is not counted), and their number.
    struct Extent
    {
        qint64 plainSize = 0;
        qint64 fileBytes = 0;
        quint32 records = 0;
    };
    [[nodiscard]] static Extent scan(QIODevice &file);

    [[nodiscard]] static bool isEncrypted(const QByteArray &head) { return head.startsWith(kMagic); }

    //! 32 random bytes.
    [[nodiscard]] static QByteArray newKey();

private:
    QByteArray m_key;
};

//! The profile keys this process holds (from the OS keychain, client/auth), by
//! profile folder. LocalStore gives its blob store the cipher of its profile, so
//! every connection a program opens (sync thread, batch worker) encrypts alike.
class ProfileKeys
{
public:
    static void set(const QString &profileDir, const QByteArray &key);
    [[nodiscard]] static std::shared_ptr<const BlobCipher> cipherFor(const QString &profileDir);
    //! The same key for the cache's personal fields and search tokens (fieldcipher.h).
    [[nodiscard]] static std::shared_ptr<const FieldCipher> fieldCipherFor(const QString &profileDir);
    static void forget(const QString &profileDir);
};

} // namespace motcua
