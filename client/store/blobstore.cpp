// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobstore.h"

#include "blobcipher.h"
#include "database.h"
#include "statements.h"
#include "storelog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

namespace motcua {

namespace {

Error invalidSha(const QString &sha)
{
    return Error::make(Error::Kind::Invalid, QStringLiteral("store.invalid_sha256"),
                       QT_TRANSLATE_NOOP("motcua::Error", "Invalid document hash."))
        .withDetail(sha.left(80));
}

Error fileError(const QString &what, const QFile &f)
{
    return Error::make(Error::Kind::Storage, QStringLiteral("store.io"),
                       QT_TRANSLATE_NOOP("motcua::Error", "Cannot %1 a document in the local store."), {what})
        .withDetail(f.fileName() + QStringLiteral(": ") + f.errorString());
}

Error hashMismatch(const QString &sha, const QString &actual)
{
    return Error::make(Error::Kind::Invalid, QStringLiteral("store.blob_hash_mismatch"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The document's content does not match its hash."))
        .withDetail(QStringLiteral("expected %1, got %2").arg(sha, actual));
}

Result<QString> hashFile(QFile &f)
{
    if (!f.seek(0))
        return fileError(QStringLiteral("read"), f);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return fileError(QStringLiteral("read"), f);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

bool BlobStore::isValidSha256(const QString &sha256)
{
    if (sha256.size() != 64)
        return false;
    for (const QChar c : sha256) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

class FileBlobWriter final : public BlobWriter
{
public:
    FileBlobWriter(FileBlobStore *store, QString sha, QString finalPath, qint64 expectedSize,
                   std::shared_ptr<const BlobCipher> cipher)
        : m_store(store)
        , m_sha(std::move(sha))
        , m_finalPath(std::move(finalPath))
        , m_part(m_finalPath + QStringLiteral(".part"))
        , m_expected(expectedSize)
        , m_cipher(std::move(cipher))
    { }
    ~FileBlobWriter() override { suspend(); }

    Status openForAppend()
    {
        if (!m_part.open(QIODevice::ReadWrite))
            return fileError(QStringLiteral("write"), m_part);
        m_part.setPermissions(kOwnerOnly);
        if (m_cipher) {
            const BlobCipher::Extent e = BlobCipher::scan(m_part);
            if (e.fileBytes == 0) { // new, or a plain partial from before encryption: start over
                if (!m_part.resize(0) || m_part.write(BlobCipher::kMagic, 4) != 4)
                    return fileError(QStringLiteral("write"), m_part);
            } else if (!m_part.resize(e.fileBytes)) { // drop a record cut by a crash
                return fileError(QStringLiteral("write"), m_part);
            }
            m_plain = e.plainSize;
            m_records = e.records;
        } else {
            m_plain = m_part.size();
        }
        if (!m_part.seek(m_part.size()))
            return fileError(QStringLiteral("write"), m_part);
        return {};
    }

    qint64 offset() const override { return m_part.isOpen() ? m_plain : 0; }

    Status write(const QByteArray &chunk) override
    {
        if (!m_part.isOpen())
            return fileError(QStringLiteral("write"), m_part);
        if (m_expected >= 0 && m_plain + chunk.size() > m_expected) {
            //! More bytes than announced: the download is wrong; do not keep it.
            m_part.close();
            m_part.remove();
            return Error::make(Error::Kind::Invalid, QStringLiteral("store.blob_size_mismatch"),
                               QT_TRANSLATE_NOOP("motcua::Error", "The document is larger than announced."));
        }
        if (chunk.isEmpty())
            return {};
        if (m_cipher) {
            //! Large chunks become several records (a record's length is bounded).
            for (qsizetype at = 0; at < chunk.size(); at += BlobCipher::kMaxRecord) {
                auto record = m_cipher->sealRecord(m_sha, m_records, chunk.mid(at, BlobCipher::kMaxRecord));
                if (!record)
                    return record.error();
                if (m_part.write(*record) != record->size())
                    return fileError(QStringLiteral("write"), m_part);
                ++m_records;
            }
        } else if (m_part.write(chunk) != chunk.size()) {
            return fileError(QStringLiteral("write"), m_part);
        }
        m_plain += chunk.size();
        return {};
    }

    Status commit() override
    {
        if (!m_part.isOpen())
            return fileError(QStringLiteral("write"), m_part);
        if (!m_part.flush())
            return fileError(QStringLiteral("write"), m_part);
        const qint64 size = m_plain;
        if (m_expected >= 0 && size != m_expected) {
            m_part.close();
            return Error::make(Error::Kind::Invalid, QStringLiteral("store.blob_size_mismatch"),
                               QT_TRANSLATE_NOOP("motcua::Error", "The document is incomplete."))
                .withDetail(QStringLiteral("%1 of %2 bytes").arg(size).arg(m_expected));
        }
        Result<QString> hash = QString();
        if (m_cipher) {
            if (!m_part.seek(0))
                return fileError(QStringLiteral("read"), m_part);
            auto plain = m_cipher->open(m_sha, m_part.readAll());
            if (!plain)
                return plain.error();
            hash = QString::fromLatin1(QCryptographicHash::hash(*plain, QCryptographicHash::Sha256).toHex());
        } else {
            hash = hashFile(m_part);
        }
        if (!hash)
            return hash.error();
        if (*hash != m_sha) {
            m_part.close();
            m_part.remove();
            return hashMismatch(m_sha, *hash);
        }
        m_part.close();
        QFile::remove(m_finalPath);
        //! rename() within one folder is atomic: readers see all or nothing.
        if (!m_part.rename(m_finalPath))
            return fileError(QStringLiteral("write"), m_part);
        return m_store->index(m_sha, size, true);
    }

    void suspend() override
    {
        if (m_part.isOpen()) {
            m_part.flush();
            m_part.close();
        }
    }

private:
    FileBlobStore *m_store;
    QString m_sha;
    QString m_finalPath;
    QFile m_part;
    qint64 m_expected;
    std::shared_ptr<const BlobCipher> m_cipher;
    qint64 m_plain = 0; //!< document bytes written so far
    quint32 m_records = 0;
};

Status checkPdfStructure(const QByteArray &data, const QString &name)
{
    if (!data.startsWith("%PDF-"))
        return Error::make(Error::Kind::Invalid, QStringLiteral("store.not_pdf"),
                           QT_TRANSLATE_NOOP("motcua::Error", "%1 is not a PDF file."), {name});
    //! A PDF is read from its end: the last "startxref" gives the offset of the
    //! cross-reference, which holds (or is) the trailer naming the /Root. A
    //! file cut short by a failed copy or scan has no %%EOF at its end; one
    //! damaged inside points startxref at nothing readable. Either would be
    //! sent to the server and fail to open for everyone after.
    const QByteArray tail = data.right(1024);
    const qsizetype eof = tail.lastIndexOf("%%EOF");
    const qsizetype sx = data.lastIndexOf("startxref");
    bool ok = eof >= 0 && sx > 0;
    if (ok) {
        qsizetype i = sx + 9;
        while (i < data.size() && QChar::isSpace(uchar(data.at(i))))
            ++i;
        qsizetype j = i;
        while (j < data.size() && data.at(j) >= '0' && data.at(j) <= '9')
            ++j;
        bool number = false;
        const qint64 offset = data.mid(i, j - i).toLongLong(&number);
        ok = number && offset > 0 && offset < sx;
        if (ok) {
            //! At the offset: a classic "xref" table or an xref stream "N G obj".
            const QByteArray at = data.mid(offset, 32).trimmed();
            static const QRegularExpression objHead(QStringLiteral("^\\d+\\s+\\d+\\s+obj"));
            ok = at.startsWith("xref") || objHead.match(QString::fromLatin1(at)).hasMatch();
        }
        ok = ok && data.contains("/Root");
    }
    if (!ok)
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("store.pdf_damaged"),
            QT_TRANSLATE_NOOP("motcua::Error",
                              "%1 is damaged or incomplete and cannot be used. Save or scan it "
                              "again and choose the new file."),
            {name});
    return {};
}

Result<Component> importPdfFile(BlobStore &blobs, const QString &path, ComponentKind kind, bool isSigned)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Invalid, QStringLiteral("store.file"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Cannot read %1."), {path});
    const QByteArray data = f.readAll();
    if (Status s = checkPdfStructure(data, QFileInfo(path).fileName()); !s)
        return s.error();
    const Component c = pdfComponent(data, QFileInfo(path).completeBaseName(), kind, isSigned);
    if (Status s = blobs.put(c.sha256, data); !s)
        return s.error();
    return c;
}

FileBlobStore::FileBlobStore(QString rootDir, Database *db)
    : m_root(std::move(rootDir))
    , m_db(db)
    //! The profile's key when the process registered one (<profile>/blobs): every
    //! blob store on the profile encrypts, the sync worker's included.
    , m_cipher(ProfileKeys::cipherFor(QFileInfo(m_root).absolutePath()))
{ }

FileBlobStore::~FileBlobStore() = default;

QString FileBlobStore::pathFor(const QString &sha256) const
{
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256.mid(2);
}

QString FileBlobStore::localFile(const QString &sha256) const
{
    if (!contains(sha256))
        return {};
    QFile f(pathFor(sha256));
    if (!m_cipher || !f.open(QIODevice::ReadOnly) || !BlobCipher::isEncrypted(f.peek(4)))
        return pathFor(sha256);
    //! Readers that need a path (Poppler) get a decrypted copy in a private folder
    //! (0700, files 0600) that lives as long as the store.
    if (!m_plainDir) {
        m_plainDir = std::make_unique<QTemporaryDir>();
        if (!m_plainDir->isValid())
            return {};
    }
    const QString path = m_plainDir->filePath(sha256 + QStringLiteral(".pdf"));
    if (QFileInfo::exists(path))
        return path;
    auto plain = m_cipher->open(sha256, f.readAll());
    if (!plain)
        return {};
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(kOwnerOnly)
        || out.write(*plain) != plain->size() || !out.commit())
        return {};
    return path;
}

Status FileBlobStore::index(const QString &sha256, qint64 size, bool complete)
{
    if (!m_db)
        return {};
    return m_db->exec(sql::kUpsertBlob,
                      {sha256, size, complete ? 1 : 0, QDateTime::currentMSecsSinceEpoch()});
}

bool FileBlobStore::contains(const QString &sha256) const
{
    return isValidSha256(sha256) && QFileInfo::exists(pathFor(sha256));
}

Result<QByteArray> FileBlobStore::read(const QString &sha256)
{
    if (!isValidSha256(sha256))
        return invalidSha(sha256);
    QFile f(pathFor(sha256));
    if (!f.exists())
        return Error::make(Error::Kind::NotFound, QStringLiteral("store.blob_missing"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The document is not in the local store yet."));
    if (!f.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("read"), f);
    QByteArray data = f.readAll();
    if (BlobCipher::isEncrypted(data)) {
        if (!m_cipher)
            return Error::make(
                Error::Kind::Crypto, QStringLiteral("store.blob_key"),
                QT_TRANSLATE_NOOP("motcua::Error",
                                  "A cached document cannot be decrypted with this computer's key."));
        auto plain = m_cipher->open(sha256, data);
        if (!plain) {
            //! Written under another key (a copied profile, a keychain that lost the
            //! key) or tampered with: useless here. Dropping it makes the next sync
            //! fetch the document again (a clean re-sync of what cannot be read).
            f.close();
            (void)remove(sha256);
            return plain.error();
        }
        data = std::move(*plain);
    }
    //! Files can rot or be tampered with on a lost laptop: verify on every read.
    const QString actual
        = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    if (actual != sha256)
        return hashMismatch(sha256, actual);
    if (m_db) {
        if (Status s = m_db->exec(sql::kTouchBlob, {QDateTime::currentMSecsSinceEpoch(), sha256}); !s)
            qCWarning(lcStore) << "blob index not updated:" << s.error().toString();
    }
    return data;
}

Status FileBlobStore::put(const QString &sha256, const QByteArray &data)
{
    if (contains(sha256))
        return {}; // content-addressed: the same hash is the same bytes (read() verifies)
    auto w = beginWrite(sha256, data.size());
    if (!w)
        return w.error();
    if ((*w)->offset() > 0) { // a stale partial write: start over with the full content
        (*w)->suspend();
        QFile::remove(pathFor(sha256) + QStringLiteral(".part"));
        w = beginWrite(sha256, data.size());
        if (!w)
            return w.error();
    }
    if (Status s = (*w)->write(data); !s)
        return s;
    return (*w)->commit();
}

Result<std::unique_ptr<BlobWriter>> FileBlobStore::beginWrite(const QString &sha256, qint64 expectedSize)
{
    if (!isValidSha256(sha256))
        return invalidSha(sha256);
    const QString path = pathFor(sha256);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::make(Error::Kind::Storage, QStringLiteral("store.io"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Cannot create the folder %1."),
                           {QFileInfo(path).absolutePath()});
    auto writer = std::make_unique<FileBlobWriter>(this, sha256, path, expectedSize, m_cipher);
    if (Status s = writer->openForAppend(); !s)
        return s.error();
    if (Status s = index(sha256, writer->offset(), false); !s)
        return s.error();
    return std::unique_ptr<BlobWriter>(std::move(writer));
}

qint64 FileBlobStore::partialSize(const QString &sha256) const
{
    if (!isValidSha256(sha256))
        return 0;
    QFile part(pathFor(sha256) + QStringLiteral(".part"));
    if (!part.exists())
        return 0;
    if (m_cipher && part.open(QIODevice::ReadOnly))
        return BlobCipher::scan(part).plainSize;
    return part.size();
}

Status FileBlobStore::remove(const QString &sha256)
{
    if (!isValidSha256(sha256))
        return invalidSha(sha256);
    QFile::remove(pathFor(sha256) + QStringLiteral(".part"));
    QFile f(pathFor(sha256));
    if (f.exists() && !f.remove())
        return fileError(QStringLiteral("remove"), f);
    if (m_db)
        return m_db->exec(sql::kDeleteBlob, {sha256});
    return {};
}

} // namespace motcua
