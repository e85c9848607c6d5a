// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/blobstore.h"
#include "store/database.h"

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

QByteArray pdfLike(int size)
{
    QByteArray d("%PDF-1.7\n");
    while (d.size() < size)
        d.append(char('a' + d.size() % 26));
    return d.left(size);
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

class TestBlobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    //! Issue 20 item 11: a truncated or damaged PDF is refused before it becomes
    //! a draft, with a message naming the file; a whole PDF is accepted.
    void damagedPdfsAreRefused()
    {
        QTemporaryDir dir;
        FileBlobStore blobs(dir.filePath(QStringLiteral("blobs")));
        QFile good(QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf/text.pdf"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray whole = good.readAll();
        auto write = [&dir](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() ? f.fileName() : QString();
        };
        auto ok
            = importPdfFile(blobs, write(QStringLiteral("du-thao.pdf"), whole), ComponentKind::Result, false);
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().toString()));
        QVERIFY(blobs.contains(ok->sha256));

        for (const qsizetype cut : {whole.size() / 2, whole.size() - 8, qsizetype(200)}) {
            auto r = importPdfFile(blobs, write(QStringLiteral("cut.pdf"), whole.left(cut)),
                                   ComponentKind::Result, false);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("store.pdf_damaged"));
            QVERIFY(r.error().userMessage().contains(QStringLiteral("cut.pdf")));
        }
        QFile corrupt(QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf/corrupt.pdf"));
        QVERIFY(corrupt.open(QIODevice::ReadOnly));
        auto c = importPdfFile(blobs, write(QStringLiteral("corrupt.pdf"), corrupt.readAll()),
                               ComponentKind::Result, false);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("store.pdf_damaged"));
        QFile zip(QStringLiteral(MOTCUA_TEST_DATA_DIR "/pdf/not-a-pdf.pdf"));
        QVERIFY(zip.open(QIODevice::ReadOnly));
        auto n = importPdfFile(blobs, write(QStringLiteral("zip.pdf"), zip.readAll()), ComponentKind::Result,
                               false);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, QStringLiteral("store.not_pdf"));
        //! Nothing refused was stored.
        QCOMPARE(filesUnder(dir.filePath(QStringLiteral("blobs"))).size(), 1);
    }

    void putAndReadIsContentAddressed()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(db.open().ok());
        FileBlobStore store(dir.filePath(QStringLiteral("blobs")), &db);
        const QByteArray data = pdfLike(100000);
        const QString h = sha(data);
        QVERIFY(!store.contains(h));
        QCOMPARE(store.read(h).error().code, QStringLiteral("store.blob_missing"));
        QVERIFY(store.put(h, data).ok());
        QVERIFY(store.contains(h));
        QCOMPARE(store.read(h).valueOr({}), data);
        QCOMPARE(filesUnder(dir.filePath(QStringLiteral("blobs"))),
                 QStringList {h.left(2) + QLatin1Char('/') + h.mid(2)});
        QCOMPARE(db.scalar(QStringLiteral("SELECT size FROM blobs WHERE sha256 = ? AND complete = 1"), {h})
                     .valueOr({})
                     .toInt(),
                 100000);
        QVERIFY(store.remove(h).ok());
        QVERIFY(!store.contains(h));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM blobs")).valueOr(-1).toInt(), 0);
    }

    void hashMismatchIsRejectedAndPartRemoved()
    {
        QTemporaryDir dir;
        FileBlobStore store(dir.path());
        const QByteArray data = pdfLike(5000);
        const QString wrong = sha(QByteArray("something else"));
        Status s = store.put(wrong, data);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("store.blob_hash_mismatch"));
        QVERIFY(!store.contains(wrong));
        QCOMPARE(store.partialSize(wrong), 0);
        QCOMPARE(filesUnder(dir.path()), QStringList {});
    }

    void resumesFromPartialWrite()
    {
        QTemporaryDir dir;
        FileBlobStore store(dir.path());
        const QByteArray data = pdfLike(300000);
        const QString h = sha(data);
        {
            auto w = store.beginWrite(h, data.size());
            QVERIFY(w.ok());
            QCOMPARE((*w)->offset(), 0);
            QVERIFY((*w)->write(data.left(120000)).ok());
            // Committing an incomplete blob fails and keeps the bytes for a resume.
            QCOMPARE((*w)->commit().error().code, QStringLiteral("store.blob_size_mismatch"));
        }
        QCOMPARE(store.partialSize(h), 120000);
        QVERIFY(!store.contains(h));
        QCOMPARE(store.read(h).error().code, QStringLiteral("store.blob_missing"));
        {
            auto w = store.beginWrite(h, data.size());
            QVERIFY(w.ok());
            QCOMPARE((*w)->offset(), 120000);
            QVERIFY((*w)->write(data.mid(120000, 100000)).ok());
            (*w)->suspend();
        }
        auto w = store.beginWrite(h, data.size());
        QVERIFY(w.ok());
        QCOMPARE((*w)->offset(), 220000);
        QVERIFY((*w)->write(data.mid(220000)).ok());
        QVERIFY((*w)->commit().ok());
        QCOMPARE(store.partialSize(h), 0);
        QCOMPARE(store.read(h).valueOr({}), data);
    }

    void tooManyBytesAreRefused()
    {
        QTemporaryDir dir;
        FileBlobStore store(dir.path());
        const QByteArray data = pdfLike(1000);
        auto w = store.beginWrite(sha(data), 500);
        QVERIFY(w.ok());
        QCOMPARE((*w)->write(data).error().code, QStringLiteral("store.blob_size_mismatch"));
        QCOMPARE(store.partialSize(sha(data)), 0);
    }

    void tamperedFileIsDetectedOnRead()
    {
        QTemporaryDir dir;
        FileBlobStore store(dir.path());
        const QByteArray data = pdfLike(2000);
        const QString h = sha(data);
        QVERIFY(store.put(h, data).ok());
        QFile f(dir.filePath(h.left(2) + QLatin1Char('/') + h.mid(2)));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write("X");
        f.close();
        QCOMPARE(store.read(h).error().code, QStringLiteral("store.blob_hash_mismatch"));
    }

    void traversalAndMalformedHashesAreRejected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("dotdot") << QStringLiteral("../../../../etc/passwd");
        QTest::newRow("dotdot 64") << QStringLiteral("../") + QString(61, QLatin1Char('a'));
        QTest::newRow("slash") << QStringLiteral("ab/") + QString(61, QLatin1Char('0'));
        QTest::newRow("backslash") << QStringLiteral("ab\\") + QString(61, QLatin1Char('0'));
        QTest::newRow("upper hex") << QString(64, QLatin1Char('A'));
        QTest::newRow("63 chars") << QString(63, QLatin1Char('a'));
        QTest::newRow("65 chars") << QString(65, QLatin1Char('a'));
        QTest::newRow("non hex") << QString(63, QLatin1Char('a')) + QLatin1Char('g');
        QTest::newRow("absolute") << QStringLiteral("/tmp/") + QString(59, QLatin1Char('a'));
        QTest::newRow("empty") << QString();
        QTest::newRow("file name") << QStringLiteral("giay-to.pdf");
        QTest::newRow("nul") << QString(63, QLatin1Char('a')) + QChar(0);
    }

    void traversalAndMalformedHashesAreRejected()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("blobs"));
        FileBlobStore store(root);
        QVERIFY(!BlobStore::isValidSha256(name));
        QCOMPARE(store.put(name, "x").error().code, QStringLiteral("store.invalid_sha256"));
        QCOMPARE(store.read(name).error().code, QStringLiteral("store.invalid_sha256"));
        QCOMPARE(store.beginWrite(name).error().code, QStringLiteral("store.invalid_sha256"));
        QCOMPARE(store.remove(name).error().code, QStringLiteral("store.invalid_sha256"));
        QVERIFY(!store.contains(name));
        QCOMPARE(filesUnder(dir.path()), QStringList {});
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
