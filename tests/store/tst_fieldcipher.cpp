// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: the cache's personal fields at rest. Real SQLite files: with the
// profile's key no file of the profile (WAL included) holds a name, an ID
// number, an address, a note; search still finds them (keyed tokens); a cache
// from before encryption is sealed on open and purged; a cache written with
// another key is detected (never read as garbage, never a crash) and reset.
#include "core/json.h"
#include "fixtures.h"
#include "store/blobcipher.h"
#include "store/cachekey.h"
#include "store/fieldcipher.h"
#include "store/localstore.h"
#include "store/receptionrepository.h"
#include "store/sortkey.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using fixtures::dossier;

namespace {

const QByteArray kKey(32, '\x11');
const QByteArray kOtherKey(32, '\x22');

//! Which of the needles any file under dir holds (raw bytes, like grep -a).
QStringList filesHolding(const QString &dir, const QByteArrayList &needles)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &n : needles) {
            if (bytes.contains(n))
                out << QFileInfo(f).fileName() + QLatin1Char(':') + QString::fromUtf8(n);
        }
    }
    return out;
}

Dossier person(const QString &id, const QString &name, const QString &idNumber)
{
    Dossier d = dossier(id, 1, name);
    d.applicant.idNumber = idNumber;
    d.applicant.address = QStringLiteral("Thôn Khuổi Nậm, xã Bằng Thành");
    d.applicant.phone = QStringLiteral("0912345678");
    return d;
}

QStringList ids(LocalStore &store, const QString &search)
{
    InboxQuery q;
    q.search = search;
    q.sort = InboxSort::Applicant;
    QStringList out;
    auto items = store.dossiers().list(q);
    if (!items)
        return {items.error().toString()};
    for (const InboxItem &i : *items)
        out << i.dossier.id;
    return out;
}

const QByteArrayList kNeedles = {"Hoàng Thị Thắm", "Thắm", "Nông Văn Dền", "038091000123", "038091000777",
                                 "Khuổi Nậm", "0912345678", "ghi chú riêng", "hoang", "tham",
                                 // The applicant of a dossier received at this desk (receptions.body).
                                 "Lục Thị Nhàn", "038091000999", "Pác Ngòi", "0987000111",
                                 // The applicants' sort keys: a collation key decodes back to the name.
                                 sortkey::vietnamese(QStringLiteral("Hoàng Thị Thắm")),
                                 sortkey::vietnamese(QStringLiteral("Nông Văn Dền"))};

//! A dossier received at this desk and queued for the server (receptions.body).
Status receiveOne(LocalStore &store)
{
    ReceptionRepository receptions(store.database());
    if (Status s
        = receptions.addBlock({7, QStringLiteral("H19.X01"), 1, 10, fixtures::utc("2026-11-20T02:00:00")});
        !s)
        return s;
    auto r = receptions.receive(QStringLiteral("H19.X01"), QStringLiteral("idem-r1"),
                                [](qint64 block, qint64 seq) -> Result<std::pair<ReceptionRequest, Dossier>> {
                                    Dossier d
                                        = dossier(QStringLiteral("3"), 1, QStringLiteral("Lục Thị Nhàn"));
                                    d.applicant.idNumber = QStringLiteral("038091000999");
                                    d.applicant.address = QStringLiteral("Bản Pác Ngòi, xã Nam Mẫu");
                                    d.applicant.phone = QStringLiteral("0987000111");
                                    ReceptionRequest req;
                                    req.dossierId = d.id;
                                    req.procedureCode = d.procedureCode;
                                    req.applicant = d.applicant;
                                    req.reservationId = block;
                                    req.reservedSeq = seq;
                                    return std::pair {req, d};
                                });
    if (!r)
        return r.error();
    return {};
}

QString receivedName(LocalStore &store)
{
    auto list = ReceptionRepository(store.database()).list();
    if (!list)
        return list.error().toString();
    if (list->isEmpty())
        return QStringLiteral("no reception");
    return list->first().body.value(u"applicant").toObject().value(u"name").toString();
}

} // namespace

class TestFieldCipher : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    void fill(LocalStore &store)
    {
        QVERIFY(store.dossiers()
                    .upsert(person(QStringLiteral("1"), QStringLiteral("Hoàng Thị Thắm"),
                                   QStringLiteral("038091000123")))
                    .ok());
        QVERIFY(store.dossiers()
                    .upsert(person(QStringLiteral("2"), QStringLiteral("Nông Văn Dền"),
                                   QStringLiteral("038091000777")))
                    .ok());
        HistoryStep step;
        step.id = QStringLiteral("h1");
        step.dossierId = QStringLiteral("1");
        step.actor = QStringLiteral("chuyenvien1");
        step.at = fixtures::utc("2026-11-20T02:00:00");
        step.note = QStringLiteral("ghi chú riêng về Hoàng Thị Thắm");
        QVERIFY(store.dossiers().replaceHistory(QStringLiteral("1"), {step}).ok());
        Annotation a;
        a.id = QStringLiteral("a1");
        a.dossierId = QStringLiteral("1");
        a.componentId = QStringLiteral("1-c1");
        a.author = QStringLiteral("chuyenvien1");
        a.color = QStringLiteral("#ffeb3b");
        a.createdAt = fixtures::utc("2026-11-20T02:00:00");
        a.updatedAt = a.createdAt;
        a.rect = QRectF(0.1, 0.1, 0.2, 0.1);
        a.text = QStringLiteral("ghi chú riêng");
        QVERIFY(store.dossiers().replaceAnnotations(QStringLiteral("1"), {a}).ok());
        const Status received = receiveOne(store);
        QVERIFY2(received.ok(), qPrintable(received.error().toString()));
    }

private Q_SLOTS:
    void sealAndOpen()
    {
        FieldCipher c(kKey);
        QVERIFY(c.isValid());
        const QByteArray sealed = c.seal("Hoàng Thị Thắm");
        QVERIFY(FieldCipher::isSealed(sealed));
        QVERIFY(!sealed.contains("Ho"));
        QCOMPARE(c.open(sealed).valueOr({}), QByteArray("Hoàng Thị Thắm"));
        QVERIFY(c.seal("x") != c.seal("x")); // a fresh nonce each time
        QByteArray tampered = sealed;
        tampered[tampered.size() - 20] ^= 1;
        QCOMPARE(c.open(tampered).error().code, QStringLiteral("store.field_key"));
        QCOMPARE(FieldCipher(kOtherKey).open(sealed).error().code, QStringLiteral("store.field_key"));
        // Tokens: keyed (another key, another token), stable, kind-separated.
        QCOMPARE(c.token('w', u"hoang"), FieldCipher(kKey).token('w', u"hoang"));
        QVERIFY(c.token('w', u"hoang") != FieldCipher(kOtherKey).token('w', u"hoang"));
        QVERIFY(c.token('w', u"hoang") != c.token('p', u"hoang"));
        QCOMPARE(c.token('p', u"ho").size(), 13);
        QVERIFY(c.keyCheck() != FieldCipher(kOtherKey).keyCheck());
        // Without a key: readable tokens, one per word and prefix.
        QCOMPARE(fields::indexText(nullptr, QStringLiteral("an 12")),
                 QStringLiteral("wan pa pan w12 p1 p12"));
    }

    void sealedCacheHoldsNoPersonalTextAndStillSearches()
    {
        const QString dir = m_dir.filePath(QStringLiteral("sealed"));
        ProfileKeys::set(dir, kKey);
        auto store = LocalStore::open(dir);
        QVERIFY(store.ok());
        fill(**store);
        {
            // An outbox payload (a note about the citizen) is sealed too.
            Action act;
            act.dossierId = QStringLiteral("2");
            act.kind = ActionKind::Comment;
            act.payload = QJsonObject {{QStringLiteral("text"), QStringLiteral("ghi chú riêng")}};
            act.idempotencyKey = QStringLiteral("k1");
            act.baseVersion = 1;
            auto d = (*store)->dossiers().get(QStringLiteral("2"));
            QVERIFY(d.ok() && d->has_value());
            QVERIFY((*store)->outbox().enqueue(act, **d).ok());
        }
        // Search as before: folded, prefixes, ID numbers, codes, field prefixes, ranking.
        QCOMPARE(ids(**store, QStringLiteral("hoang thi tham")), QStringList {QStringLiteral("1")});
        QCOMPARE(ids(**store, QStringLiteral("Hoàng Thị Th")), QStringList {QStringLiteral("1")});
        QCOMPARE(ids(**store, QStringLiteral("ho")), QStringList {QStringLiteral("1")});
        QCOMPARE(ids(**store, QStringLiteral("0380910007")), QStringList {QStringLiteral("2")});
        QCOMPARE(ids(**store, QStringLiteral("261123-0002")), QStringList {QStringLiteral("2")});
        QCOMPARE(ids(**store, QStringLiteral("ten:den")), QStringList {QStringLiteral("2")});
        QCOMPARE(ids(**store, QStringLiteral("diachi:khuoi")).size(), 2);
        QCOMPARE(ids(**store, QStringLiteral("th hoang")), QStringList {}); // "th" is not a whole word
        QCOMPARE((*store)->dossiers().get(QStringLiteral("1")).valueOr({})->applicant.phone,
                 QStringLiteral("0912345678"));
        const auto history = (*store)->dossiers().history(QStringLiteral("1"));
        QVERIFY2(history.ok(), history.ok() ? "" : qPrintable(history.error().toString()));
        QCOMPARE(history->value(0).note, QStringLiteral("ghi chú riêng về Hoàng Thị Thắm"));
        QCOMPARE((*store)->outbox().list(false).valueOr({}).value(0).action.payload.value(u"text").toString(),
                 QStringLiteral("ghi chú riêng"));
        QCOMPARE(receivedName(**store), QStringLiteral("Lục Thị Nhàn"));
        // Nothing readable on disk, main file and WAL alike (the store is still open).
        QVERIFY(QFile::exists(LocalStore::databasePath(dir) + QStringLiteral("-wal")));
        QCOMPARE(filesHolding(dir, kNeedles).join(u','), QString());
    }

    void plainCacheIsSealedOnOpenAndPurged()
    {
        const QString dir = m_dir.filePath(QStringLiteral("plain"));
        {
            auto store = LocalStore::open(dir); // no key: a cache from before encryption
            QVERIFY(store.ok());
            fill(**store);
        }
        QVERIFY(!filesHolding(dir, kNeedles).isEmpty()); // the check can see plain text
        ProfileKeys::set(dir, kKey);
        auto store = LocalStore::open(dir);
        QVERIFY(store.ok());
        QVERIFY(!(*store)->keyLost());
        QCOMPARE(ids(**store, QStringLiteral("nong van d")), QStringList {QStringLiteral("2")});
        const auto notes = (*store)->dossiers().annotations(QStringLiteral("1"));
        QVERIFY2(notes.ok(), notes.ok() ? "" : qPrintable(notes.error().toString()));
        QCOMPARE(notes->value(0).text, QStringLiteral("ghi chú riêng"));
        QCOMPARE(receivedName(**store), QStringLiteral("Lục Thị Nhàn"));
        if (qEnvironmentVariableIsSet("MOTCUA_KEEP_DIR"))
            QFile::copy(LocalStore::databasePath(dir), qEnvironmentVariable("MOTCUA_KEEP_DIR") + "/c.sqlite");
        QCOMPARE(filesHolding(dir, kNeedles).join(u','), QString());
        ProfileKeys::forget(dir);
    }

    void receptionQueuedInClearIsSealedOnOpen()
    {
        // A sealed cache whose queue holds a reception written in clear by an
        // older version (the key check was already there): sealed on the next open.
        const QString dir = m_dir.filePath(QStringLiteral("reception"));
        ProfileKeys::set(dir, kKey);
        {
            auto store = LocalStore::open(dir);
            QVERIFY(store.ok());
            const Status received = receiveOne(**store);
            QVERIFY2(received.ok(), qPrintable(received.error().toString()));
            auto body = (*store)->database().scalar(QStringLiteral("SELECT body FROM receptions"));
            QVERIFY(body.ok());
            auto plain = fields::open((*store)->database().fieldCipher(), *body);
            QVERIFY(plain.ok());
            QVERIFY(
                (*store)->database().exec(QStringLiteral("UPDATE receptions SET body = ?"), {*plain}).ok());
            QCOMPARE((*store)
                         ->database()
                         .scalar(QStringLiteral("SELECT typeof(body) FROM receptions"))
                         .valueOr({})
                         .toString(),
                     QStringLiteral("text"));
            QCOMPARE(receivedName(**store), QStringLiteral("Lục Thị Nhàn")); // old rows still read
        }
        auto store = LocalStore::open(dir);
        QVERIFY(store.ok());
        QVERIFY(!(*store)->keyLost());
        QCOMPARE((*store)
                     ->database()
                     .scalar(QStringLiteral("SELECT typeof(body) FROM receptions"))
                     .valueOr({})
                     .toString(),
                 QStringLiteral("blob"));
        QCOMPARE(receivedName(**store), QStringLiteral("Lục Thị Nhàn"));
        QCOMPARE(filesHolding(dir, {"Lục Thị Nhàn", "038091000999", "Pác Ngòi"}).join(u','), QString());
        ProfileKeys::forget(dir);
    }

    void plainSortKeysAreSealedOnOpen()
    {
        // A sealed cache written by a version that kept the applicant's sort
        // key in clear: sealed on the next open, the old bytes purged, the
        // applicant order unchanged.
        const QString dir = m_dir.filePath(QStringLiteral("sortkeys"));
        ProfileKeys::set(dir, kKey);
        const QByteArray plainKey = sortkey::vietnamese(QStringLiteral("Hoàng Thị Thắm"));
        {
            auto store = LocalStore::open(dir);
            QVERIFY(store.ok());
            fill(**store);
            Database &db = (*store)->database();
            QVERIFY(
                db.exec(QStringLiteral("UPDATE dossiers SET applicant_key = ? WHERE id = '1'"), {plainKey})
                    .ok());
            QVERIFY(db.exec(QStringLiteral("UPDATE dossiers SET applicant_key = ? WHERE id = '2'"),
                            {sortkey::vietnamese(QStringLiteral("Nông Văn Dền"))})
                        .ok());
            const QStringList order = ids(**store, QString()); // with the dossier received at the desk
            QVERIFY2(order.indexOf(QStringLiteral("1")) == 0 && order.indexOf(QStringLiteral("2")) == 2,
                     qPrintable(order.join(u',')));
        }
        QVERIFY(!filesHolding(dir, {plainKey}).isEmpty()); // the check can see the plain key
        auto store = LocalStore::open(dir);
        QVERIFY(store.ok());
        QVERIFY(!(*store)->keyLost());
        QCOMPARE(
            (*store)
                ->database()
                .scalar(QStringLiteral("SELECT count(*) FROM dossiers WHERE substr(applicant_key, 1, 4) = "
                                       "CAST('MCF1' AS BLOB)"))
                .valueOr(-1)
                .toInt(),
            3);
        const QStringList order = ids(**store, QString()); // Hoàng, Lục (received), Nông
        QVERIFY2(order.indexOf(QStringLiteral("1")) == 0 && order.indexOf(QStringLiteral("2")) == 2,
                 qPrintable(order.join(u',')));
        InboxQuery q;
        q.sort = InboxSort::Applicant;
        q.descending = true;
        auto items = (*store)->dossiers().list(q);
        QVERIFY(items.ok());
        QCOMPARE(items->value(0).dossier.id, QStringLiteral("2")); // Nông before Hoàng, descending
        QCOMPARE(filesHolding(dir, kNeedles).join(u','), QString());
        ProfileKeys::forget(dir);
    }

    void anotherKeyIsAProfileWhoseKeyIsGone()
    {
        const QString dir = m_dir.filePath(QStringLiteral("lost"));
        ProfileKeys::set(dir, kKey);
        {
            auto store = LocalStore::open(dir);
            QVERIFY(store.ok());
            fill(**store);
            QVERIFY((*store)->syncState().setValue(SyncStateRepository::kCursor, QStringLiteral("c9")).ok());
        }
        // The keychain entry is gone: the app made a new key.
        ProfileKeys::set(dir, kOtherKey);
        auto store = LocalStore::open(dir);
        QVERIFY(store.ok()); // opens, never reads garbage
        QVERIFY((*store)->keyLost());
        QCOMPARE((*store)->dossiers().get(QStringLiteral("1")).error().code,
                 QStringLiteral("store.field_key"));
        QVERIFY((*store)->resetForResync().ok());
        QVERIFY(!(*store)->keyLost());
        QCOMPARE((*store)->dossiers().total().valueOr(-1), 0);
        QVERIFY(!(*store)->syncState().value(SyncStateRepository::kCursor).valueOr({}).has_value());
        // Works again under the new key, and stays so on the next open.
        fill(**store);
        QCOMPARE(ids(**store, QStringLiteral("tham")), QStringList {QStringLiteral("1")});
        store->reset();
        auto again = LocalStore::open(dir);
        QVERIFY(again.ok() && !(*again)->keyLost());
        QCOMPARE((*again)->dossiers().total().valueOr(-1), 3); // two synced, one received here
        ProfileKeys::forget(dir);
    }
};

QTEST_GUILESS_MAIN(TestFieldCipher)
#include "tst_fieldcipher.moc"
