// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/component.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QTemporaryDir;

namespace motcua {

class Database;
class BlobCipher;

//! An open, resumable write of one blob. Bytes go to a `.part` file; commit()
//! checks the SHA-256 and size, then renames atomically into place.
class BlobWriter
{
public:
    virtual ~BlobWriter() = default;
    //! Bytes already present (a resumed download continues from here, e.g. Range: bytes=offset-).
    [[nodiscard]] virtual qint64 offset() const = 0;
    [[nodiscard]] virtual Status write(const QByteArray &chunk) = 0;
    //! Verifies and publishes the blob. On a hash or size mismatch the `.part`
    //! is removed (its bad bytes cannot be located) and "store.blob_hash_mismatch"
    //! or "store.blob_size_mismatch" is returned.
    [[nodiscard]] virtual Status commit() = 0;
    //! Closes the writer and keeps the `.part` for a later resume.
    virtual void suspend() = 0;
};

//! Content-addressed storage for documents (PDFs), addressed only by their
//! lowercase hex SHA-256. Every read and write of document bytes goes through
//! this interface so that an encrypting implementation can replace the plain
//! one; no file name from the server is ever used as a path.
class BlobStore
{
public:
    virtual ~BlobStore() = default;

    [[nodiscard]] static bool isValidSha256(const QString &sha256);

    [[nodiscard]] virtual bool contains(const QString &sha256) const = 0;
    [[nodiscard]] virtual Result<QByteArray> read(const QString &sha256) = 0;
    //! Stores complete content; fails with "store.blob_hash_mismatch" when it does not hash to sha256.
    [[nodiscard]] virtual Status put(const QString &sha256, const QByteArray &data) = 0;
    //! Starts or resumes (appending to an existing `.part`) a write. expectedSize < 0: unknown.
    [[nodiscard]] virtual Result<std::unique_ptr<BlobWriter>> beginWrite(const QString &sha256,
                                                                         qint64 expectedSize = -1)
        = 0;
    //! Bytes of an unfinished write kept for resume (0 when none).
    [[nodiscard]] virtual qint64 partialSize(const QString &sha256) const = 0;
    [[nodiscard]] virtual Status remove(const QString &sha256) = 0;
    //! A file holding the complete document, for readers that open a path (the
    //! Poppler viewer, the signer's preview); empty when the document is not here.
    //! An encrypting store would hand out a decrypted temporary file instead.
    [[nodiscard]] virtual QString localFile(const QString &sha256) const = 0;
};

//! Checks that `data` is a whole PDF (header, an end with %%EOF, a startxref
//! pointing at a cross-reference, a /Root), without rendering it: a truncated
//! or damaged file is refused before it becomes a draft ("store.pdf_damaged");
//! anything else is "store.not_pdf". `name` is the file name for the message.
[[nodiscard]] Status checkPdfStructure(const QByteArray &data, const QString &name);

//! Reads a PDF file the official picked, checks it (checkPdfStructure), stores it in
//! `blobs` and returns a new component for it (named after the file). The push
//! uploads it before the action that names it, so this works offline.
//! Errors: "store.file" (cannot read), "store.not_pdf", "store.pdf_damaged".
[[nodiscard]] Result<Component> importPdfFile(BlobStore &blobs, const QString &path, ComponentKind kind,
                                              bool isSigned);

//! Files under `<root>/ab/cdef…` (first two hex digits as a folder), with an
//! optional index in the cache's `blobs` table (size, complete, last access).
//! With a cipher (setCipher), documents are written AES-256-GCM encrypted
//! (store/blobcipher.h), partial downloads included; files written before
//! encryption was turned on are still read. Files are created 0600.
class FileBlobStore final : public BlobStore
{
public:
    //! db may be null (no index); when given, it must live as long as the store
    //! and be used from the same thread.
    explicit FileBlobStore(QString rootDir, Database *db = nullptr);
    ~FileBlobStore() override;

    //! Encrypts what is written from now on (and decrypts what is read).
    void setCipher(std::shared_ptr<const BlobCipher> cipher) { m_cipher = std::move(cipher); }
    [[nodiscard]] bool isEncrypting() const { return m_cipher != nullptr; }

    [[nodiscard]] bool contains(const QString &sha256) const override;
    [[nodiscard]] Result<QByteArray> read(const QString &sha256) override;
    [[nodiscard]] Status put(const QString &sha256, const QByteArray &data) override;
    [[nodiscard]] Result<std::unique_ptr<BlobWriter>> beginWrite(const QString &sha256,
                                                                 qint64 expectedSize = -1) override;
    [[nodiscard]] qint64 partialSize(const QString &sha256) const override;
    [[nodiscard]] Status remove(const QString &sha256) override;
    [[nodiscard]] QString localFile(const QString &sha256) const override;

private:
    friend class FileBlobWriter;
    [[nodiscard]] QString pathFor(const QString &sha256) const;
    [[nodiscard]] Status index(const QString &sha256, qint64 size, bool complete);

    QString m_root;
    Database *m_db = nullptr;
    std::shared_ptr<const BlobCipher> m_cipher;
    //! Decrypted copies handed out by localFile() (a 0700 folder removed with the store).
    mutable std::unique_ptr<QTemporaryDir> m_plainDir;
};

} // namespace motcua
