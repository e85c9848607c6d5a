// SPDX-License-Identifier: GPL-3.0-or-later
//! Documents at rest: AES-256-GCM in the blob store (store/blobcipher.h).
#include "store/blobcipher.h"
#include "store/blobstore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {
QString sha(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}
//! A PDF-like document holding a citizen's name and ID number.
QByteArray citizenPdf(int size)
{
    QByteArray d("%PDF-1.7\n(Nguyen Van An) (CCCD 001203004567)\n");
    while (d.size() < size)
        d.append("BT /F1 12 Tf (Nguyen Van An 001203004567) Tj ET\n");
    return d.left(size);
}
//! Every byte of every file under dir (what `grep -a -r` would search).
QByteArray allBytesUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
} // namespace

class TestBlobCipher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentsAreEncryptedAtRest()
    {
        QTemporaryDir dir;
        FileBlobStore store(dir.path());
        store.setCipher(std::make_shared<BlobCipher>(BlobCipher::newKey()));
        const QByteArray data = citizenPdf(200000);
        const QString h = sha(data);
        QVERIFY(store.put(h, data).ok());
        const QByteArray disk = allBytesUnder(dir.path());
        QVERIFY(disk.size() > data.size()); // it is there, with headers and tags
        QVERIFY(!disk.contains("Nguyen Van An"));
        QVERIFY(!disk.contains("001203004567"));
        QVERIFY(!disk.contains("%PDF-"));
        QVERIFY(!disk.contains(data.mid(5000, 64)));
        QCOMPARE(store.read(h).valueOr({}), data);
        QFile raw(dir.filePath(h.left(2) + QLatin1Char('/') + h.mid(2)));
        QCOMPARE(raw.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // Readers that need a path get a private decrypted copy, gone with the store.
        QString copy;
        {
            FileBlobStore reader(dir.path());
            reader.setCipher(std::make_shared<BlobCipher>(BlobCipher(QByteArray())));
            QVERIFY(reader.localFile(h).isEmpty()
                    || reader.read(h).error().code == QStringLiteral("store.blob_key"));
        }
        copy = store.localFile(h);
        QVERIFY(!copy.startsWith(dir.path()));
        QFile plain(copy);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QCOMPARE(plain.readAll(), data);
        QCOMPARE(plain.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void decryptedCopiesLeaveWithTheStore()
    {
        QTemporaryDir dir;
        const QByteArray data = citizenPdf(5000);
        QString copy;
        {
            FileBlobStore store(dir.path());
            store.setCipher(std::make_shared<BlobCipher>(BlobCipher::newKey()));
            QVERIFY(store.put(sha(data), data).ok());
            copy = store.localFile(sha(data));
            QVERIFY(QFile::exists(copy));
        }
        QVERIFY(!QFile::exists(copy));
    }

    void encryptedDownloadsResumeAfterACrash()
    {
        QTemporaryDir dir;
        auto cipher = std::make_shared<BlobCipher>(BlobCipher::newKey());
        const QByteArray data = citizenPdf(300000);
        const QString h = sha(data);
        {
            FileBlobStore store(dir.path());
            store.setCipher(cipher);
            auto w = store.beginWrite(h, data.size());
            QVERIFY(w.ok());
            QVERIFY((*w)->write(data.left(100000)).ok());
            QVERIFY((*w)->write(data.mid(100000, 50000)).ok());
            (*w)->suspend();
        }
        // A crash in the middle of the next record: its bytes are cut short.
        QFile part(dir.filePath(h.left(2) + QLatin1Char('/') + h.mid(2) + QStringLiteral(".part")));
        QVERIFY(part.open(QIODevice::Append));
        part.write(QByteArray("\x10\x27\x00\x00garbage-of-a-cut-record", 27));
        part.close();
        FileBlobStore store(dir.path());
        store.setCipher(cipher);
        QCOMPARE(store.partialSize(h), 150000);
        auto w = store.beginWrite(h, data.size());
        QVERIFY(w.ok());
        QCOMPARE((*w)->offset(), 150000);
        QVERIFY((*w)->write(data.mid(150000)).ok());
        QVERIFY((*w)->commit().ok());
        QCOMPARE(store.read(h).valueOr({}), data);
    }

    void anotherKeyOrTamperingIsAnErrorNotACrash()
    {
        QTemporaryDir dir;
        const QByteArray data = citizenPdf(40000);
        const QString h = sha(data);
        {
            FileBlobStore store(dir.path());
            store.setCipher(std::make_shared<BlobCipher>(BlobCipher::newKey()));
            QVERIFY(store.put(h, data).ok());
        }
        FileBlobStore none(dir.path()); // no key at all: an error, the file stays for when the key is back
        QCOMPARE(none.read(h).error().code, QStringLiteral("store.blob_key"));
        QVERIFY(none.contains(h));
        FileBlobStore other(dir.path()); // another key: an error, and the useless file goes (fetched again)
        other.setCipher(std::make_shared<BlobCipher>(BlobCipher::newKey()));
        QCOMPARE(other.read(h).error().code, QStringLiteral("store.blob_key"));
        QVERIFY(!other.contains(h));
        // One flipped bit in the ciphertext.
        auto key = std::make_shared<BlobCipher>(BlobCipher::newKey());
        QTemporaryDir dir2;
        FileBlobStore store(dir2.path());
        store.setCipher(key);
        QVERIFY(store.put(h, data).ok());
        QFile f(dir2.filePath(h.left(2) + QLatin1Char('/') + h.mid(2)));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        char c = 0;
        f.getChar(&c);
        f.seek(100);
        f.putChar(char(c ^ 1));
        f.close();
        QCOMPARE(store.read(h).error().code, QStringLiteral("store.blob_key"));
    }

    void plainFilesFromBeforeAreStillRead()
    {
        QTemporaryDir dir;
        const QByteArray data = citizenPdf(3000);
        const QString h = sha(data);
        {
            FileBlobStore plain(dir.path());
            QVERIFY(plain.put(h, data).ok());
        }
        FileBlobStore store(dir.path());
        store.setCipher(std::make_shared<BlobCipher>(BlobCipher::newKey()));
        QCOMPARE(store.read(h).valueOr({}), data);
    }
};

QTEST_GUILESS_MAIN(TestBlobCipher)
#include "tst_blobcipher.moc"
