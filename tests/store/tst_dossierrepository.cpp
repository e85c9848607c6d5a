// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json.h"
#include "fixtures.h"
#include "store/blobcipher.h"
#include "store/localstore.h"
#include "store/schema.h"
#include "store/textfold.h"

#include <QCollator>
#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace motcua;
using fixtures::dossier;
using fixtures::utc;

class TestDossierRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    int m_profile = 0;

    DossierRepository &repo() { return m_store->dossiers(); }
    int scalarInt(const char *sql)
    {
        return m_store->database().scalar(QString::fromLatin1(sql)).valueOr(-1).toInt();
    }
    QStringList applicantNames(const InboxQuery &q)
    {
        QStringList out;
        const auto items = repo().list(q);
        if (!items)
            return {QStringLiteral("error: ") + items.error().toString()};
        for (const InboxItem &i : *items)
            out << i.dossier.applicant.name;
        return out;
    }
    QStringList ids(const InboxQuery &q)
    {
        QStringList out;
        auto items = repo().list(q);
        if (!items)
            return {QStringLiteral("error: ") + items.error().toString()};
        for (const InboxItem &i : *items)
            out << i.dossier.id;
        return out;
    }

private Q_SLOTS:
    //! MOTCUA_TEST_SEALED=1 (ctest test_store_dossierrepository_sealed): every
    //! profile has a key, so the same tests run on sealed fields and keyed search tokens.
    void sealIfAsked(const QString &dir)
    {
        if (qEnvironmentVariableIsSet("MOTCUA_TEST_SEALED"))
            ProfileKeys::set(dir, QByteArray(32, '\x5a'));
    }

    void init()
    {
        sealIfAsked(m_dir.filePath(QStringLiteral("p%1").arg(m_profile + 1)));
        auto s = LocalStore::open(m_dir.filePath(QStringLiteral("p%1").arg(++m_profile)));
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
        m_store = std::move(*s);
    }
    void cleanup() { m_store.reset(); }

    void appliesOnlyNewerVersions()
    {
        {
            auto r0 = repo().applyServerItem(dossier(QStringLiteral("1"), 5));
            QVERIFY2(r0.ok(), r0.ok() ? "" : qPrintable(r0.error().toString()));
        }
        Dossier same = dossier(QStringLiteral("1"), 5);
        same.assignee = QStringLiteral("other");
        QCOMPARE(repo().applyServerItem(same).valueOr({}), DossierRepository::Outcome::Stale);
        QCOMPARE(repo().upsert(dossier(QStringLiteral("1"), 4)).valueOr(true), false);
        QCOMPARE(repo().get(QStringLiteral("1")).value()->assignee, QString());
        Dossier newer = dossier(QStringLiteral("1"), 6);
        newer.assignee = QStringLiteral("chuyenvien1");
        newer.state = DossierState::AwaitingApproval;
        QCOMPARE(repo().applyServerItem(newer).valueOr({}), DossierRepository::Outcome::Updated);
        const Dossier stored = repo().get(QStringLiteral("1")).value().value();
        QCOMPARE(stored, newer);
        QCOMPARE(repo().getByCode(newer.code).value()->id, QStringLiteral("1"));
        QCOMPARE(repo().serverVersion(QStringLiteral("1")).valueOr(0), 6);
        QVERIFY(!repo().get(QStringLiteral("nope")).value().has_value());
    }

    void tombstonesDelete()
    {
        QVERIFY(repo().upsert(dossier(QStringLiteral("1"), 3)).valueOr(false));
        QVERIFY(repo().upsert(dossier(QStringLiteral("2"), 3)).valueOr(false));
        QCOMPARE(scalarInt("SELECT count(*) FROM components"), 2);
        // An older tombstone does not delete.
        QCOMPARE(repo().applyServerItem(fixtures::tombstone(QStringLiteral("1"), 2)).valueOr({}),
                 DossierRepository::Outcome::Stale);
        QCOMPARE(repo().applyServerItem(fixtures::tombstone(QStringLiteral("1"), 4)).valueOr({}),
                 DossierRepository::Outcome::Deleted);
        QVERIFY(!repo().get(QStringLiteral("1")).value().has_value());
        QCOMPARE(scalarInt("SELECT count(*) FROM components"), 1);
        QCOMPARE(scalarInt("SELECT count(*) FROM dossier_fts"), 1);
        // A tombstone for an unknown dossier changes nothing.
        QCOMPARE(repo().applyServerItem(fixtures::tombstone(QStringLiteral("9"), 1)).valueOr({}),
                 DossierRepository::Outcome::Stale);
        InboxQuery q;
        q.search = QStringLiteral("an");
        QCOMPARE(ids(q), QStringList {QStringLiteral("2")});
        // Forwarded: our push stored the server's copy at version 5; the feed's
        // tombstone carries that same version and must still delete it.
        QVERIFY(repo().upsert(dossier(QStringLiteral("3"), 5)).valueOr(false));
        QCOMPARE(repo().applyServerItem(fixtures::tombstone(QStringLiteral("3"), 5)).valueOr({}),
                 DossierRepository::Outcome::Deleted);
        QVERIFY(!repo().get(QStringLiteral("3")).value().has_value());
    }

    void pageAndCursorAreAtomic()
    {
        QList<Dossier> page;
        for (int i = 1; i <= 20; ++i)
            page << dossier(QString::number(i), 1);
        QVERIFY(repo().applyChangesPage(page, QStringLiteral("c1")).ok());
        QCOMPARE(repo().total().valueOr(-1), 20);
        QCOMPARE(m_store->syncState().cursor().valueOr({}), QStringLiteral("c1"));

        QList<Dossier> page2;
        for (int i = 15; i <= 40; ++i)
            page2 << dossier(QString::number(i), 2);
        // Break the page at every statement in turn (BEGIN, the per-page lookups,
        // each row's statements, the cursor, COMMIT): nothing may change.
        int failures = 0;
        for (int n = 1;; ++n) {
            QVERIFY2(n < 1000, "the page never succeeded");
            m_store->database().failNthQuery(n, 13);
            auto r = repo().applyChangesPage(page2, QStringLiteral("c2"));
            if (r.ok()) {
                // The last failure hit COMMIT; past it nothing is left to break.
                m_store->database().failNthQuery(0);
                QCOMPARE(r->applied, 26);
                break;
            }
            ++failures;
            QCOMPARE(r.error().code, QStringLiteral("store.disk_full"));
            QCOMPARE(repo().total().valueOr(-1), 20);
            QCOMPARE(m_store->syncState().cursor().valueOr({}), QStringLiteral("c1"));
            QCOMPARE(repo().serverVersion(QStringLiteral("15")).valueOr(0), 1);
            QCOMPARE(scalarInt("SELECT count(*) FROM dossier_fts"), 20);
            QCOMPARE(scalarInt("SELECT count(*) FROM components"), 20);
        }
        QVERIFY(failures > 26 * 2); // at least the row select and the upsert of every item
        QCOMPARE(repo().total().valueOr(-1), 40);
        QCOMPARE(m_store->syncState().cursor().valueOr({}), QStringLiteral("c2"));
        QCOMPARE(scalarInt("SELECT count(*) FROM dossier_fts"), 40);
        // A replayed page is all stale.
        auto r = repo().applyChangesPage(page2, QStringLiteral("c2"));
        QVERIFY(r.ok());
        QCOMPARE(r->stale, 26);
        QCOMPARE(r->applied, 0);
    }

    void bulkLoadBuildsIndexesAtTheEndOrOnReopen()
    {
        const char *indexCount
            = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'dossiers%'";
        const int indexes = scalarInt(indexCount);
        QVERIFY(indexes >= int(schema::dossierIndexes().size()));
        auto began = repo().beginBulkLoad();
        QVERIFY(began.ok());
        QVERIFY(*began);
        QVERIFY(scalarInt(indexCount) < indexes);
        QList<Dossier> page;
        for (int i = 1; i <= 30; ++i)
            page << dossier(QString::number(i), 1, QStringLiteral("Nguyễn Văn Đạt %1").arg(i));
        QVERIFY(repo().applyChangesPage(page, QStringLiteral("c1")).ok());
        // Killed here (no endBulkLoad): the next open builds the indexes again.
        const QString dir = m_dir.filePath(QStringLiteral("p%1").arg(m_profile));
        m_store.reset();
        auto reopened = LocalStore::open(dir);
        QVERIFY(reopened.ok());
        m_store = std::move(*reopened);
        QCOMPARE(scalarInt(indexCount), indexes);
        QCOMPARE(scalarInt("PRAGMA synchronous"), 2); // FULL again
        InboxQuery q;
        q.search = QStringLiteral("nguyen van dat 3");
        QCOMPARE(ids(q).size(), 2); // 3 and 30
        // Fails (-1) when the index is missing.
        QCOMPARE(
            scalarInt("SELECT count(*) FROM dossiers INDEXED BY dossiers_sort_due WHERE due_at IS NOT NULL"),
            30);

        // A cache that holds dossiers is not bulk loaded.
        began = repo().beginBulkLoad();
        QVERIFY(began.ok());
        QVERIFY(!*began);
        QCOMPARE(scalarInt(indexCount), indexes);
        // endBulkLoad builds what is missing and restores synchronous=FULL.
        QVERIFY(m_store->database().exec(QStringLiteral("DROP INDEX dossiers_code")).ok());
        QVERIFY(m_store->database().pragma(QStringLiteral("PRAGMA synchronous=NORMAL")).ok());
        QCOMPARE(m_store->database().pragma(QStringLiteral("PRAGMA synchronous")).valueOr(-1).toInt(), 1);
        QVERIFY(repo().endBulkLoad().ok());
        QCOMPARE(scalarInt(indexCount), indexes);
        QCOMPARE(m_store->database().pragma(QStringLiteral("PRAGMA synchronous")).valueOr(-1).toInt(), 2);
    }

    void bulkPullLooksUpOnlyWhatItWrote()
    {
        //! A first pull skips the row lookup for ids it has not written, but an id
        //! sent again (in the same page or a later one) still replaces its row,
        //! components and search entry instead of adding a second one.
        auto began = repo().beginBulkLoad();
        QVERIFY(began.ok() && *began);
        DossierRepository::BulkLoad bulk;
        DossierRepository::Page first;
        for (int i = 1; i <= 10; ++i)
            first.items << dossier(QString::number(i), 1, QStringLiteral("Trần Thị Bình %1").arg(i));
        first.items << dossier(QStringLiteral("3"), 2, QStringLiteral("Lê Văn Cường"));
        first.items << fixtures::tombstone(QStringLiteral("77"), 4); // never written: stale
        // Quotes, a backslash and a tab go through the page's JSON of search rows.
        first.items << dossier(QStringLiteral("20"), 1, QStringLiteral("Ngô \"Bảo\" \\ Châu\tHà"));
        first.cursor = QStringLiteral("c1");
        auto r = repo().applyChangesPage(first, &bulk);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->applied, 12);
        QCOMPARE(r->stale, 1);
        QCOMPARE(bulk.written.size(), 11);

        DossierRepository::Page second;
        second.items << dossier(QStringLiteral("5"), 3, QStringLiteral("Phạm Thu Dung"))
                     << dossier(QStringLiteral("5"), 2) // older than what the page just wrote
                     << fixtures::tombstone(QStringLiteral("7"), 2) << dossier(QStringLiteral("11"), 1);
        second.cursor = QStringLiteral("c2");
        r = repo().applyChangesPage(second, &bulk);
        QVERIFY(r.ok());
        QCOMPARE(r->applied, 2);
        QCOMPARE(r->stale, 1);
        QCOMPARE(r->deleted, 1);
        QVERIFY(repo().endBulkLoad().ok());

        QCOMPARE(repo().total().valueOr(-1), 11); // 1..11 without 7, and 20
        QCOMPARE(scalarInt("SELECT count(*) FROM components"), 11);
        QCOMPARE(scalarInt("SELECT count(*) FROM dossier_fts"), 11);
        QCOMPARE(repo().serverVersion(QStringLiteral("5")).valueOr(0), 3);
        QCOMPARE(repo().serverVersion(QStringLiteral("3")).valueOr(0), 2);
        InboxQuery q;
        q.search = QStringLiteral("le van cuong");
        QCOMPARE(ids(q), QStringList {QStringLiteral("3")});
        q.search = QStringLiteral("binh 3");
        QCOMPARE(ids(q), QStringList());
        q.search = QStringLiteral("pham thu dung");
        QCOMPARE(ids(q), QStringList {QStringLiteral("5")});
        q.search = QStringLiteral("bao chau ha");
        QCOMPARE(ids(q), QStringList {QStringLiteral("20")});
        QCOMPARE(m_store->syncState().cursor().valueOr({}), QStringLiteral("c2"));

        // A page that fails leaves no id behind in the pull's memory.
        DossierRepository::Page third;
        third.items << dossier(QStringLiteral("12"), 1);
        third.cursor = QStringLiteral("c3");
        m_store->database().failNthQuery(4, 13);
        QVERIFY(!repo().applyChangesPage(third, &bulk).ok());
        QVERIFY(!bulk.written.contains(QStringLiteral("12")));
        QVERIFY(repo().applyChangesPage(third, &bulk).ok());
        QVERIFY(bulk.written.contains(QStringLiteral("12")));
        QCOMPARE(scalarInt("SELECT count(*) FROM components WHERE dossier_id = '12'"), 1);
    }

    void pageComponentsAreTheDossiers()
    {
        //! A page stores each row's JSON as the server sent it and its components
        //! from the decoded Dossier; a single upsert serialises the Dossier. Both
        //! give the same components (escapes, large numbers, booleans, kinds).
        Dossier a = dossier(QStringLiteral("a"), 1);
        Component result;
        result.id = QStringLiteral("a-kq");
        result.name = QStringLiteral("Quyết định \"cấp phép\" \\ bản chính");
        result.documentCode = QStringLiteral("GP-2026/001");
        result.sha256 = QString(64, QLatin1Char('e'));
        result.size = qint64(1) << 40;
        result.mime = QStringLiteral("application/pdf");
        result.pages = 12;
        result.kind = ComponentKind::Result;
        result.isSigned = true;
        a.components << result;
        Component apology = result;
        apology.id = QStringLiteral("a-xl");
        apology.kind = ComponentKind::Apology;
        apology.isSigned = false;
        apology.documentCode.clear();
        apology.pages = 0;
        a.components << apology;
        Dossier b = a;
        b.id = QStringLiteral("b");
        for (Component &c : b.components)
            c.id.replace(QLatin1Char('a'), QLatin1Char('b'));

        // a: the server's text with non-ASCII escaped; b: serialised by us.
        QJsonObject server = json::toJson(a);
        QByteArray text = QJsonDocument(server).toJson(QJsonDocument::Compact);
        QString escaped;
        for (const QChar ch : QString::fromUtf8(text))
            escaped += ch.unicode() < 128
                ? QString(ch)
                : QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        DossierRepository::Page page;
        page.items = {a, b};
        page.texts = {escaped, QString()};
        page.cursor = QStringLiteral("c1");
        QVERIFY(repo().applyChangesPage(page).ok());

        Dossier c = a;
        c.id = QStringLiteral("c");
        for (Component &comp : c.components)
            comp.id.replace(QLatin1Char('a'), QLatin1Char('c'));
        QVERIFY(repo().upsert(c).valueOr(false));

        const auto rows = [&](const QString &id) {
            auto q = m_store->database().run(
                QStringLiteral(
                    "SELECT position, substr(id, 2), name, document_code, sha256, size, mime, pages, "
                    "kind, signed, typeof(size), typeof(signed) FROM components WHERE dossier_id = ? "
                    "ORDER BY position"),
                {id});
            if (!q)
                return QStringList {q.error().toString()};
            QStringList out;
            while ((*q)->next()) {
                QStringList cols;
                for (int i = 0; i < 12; ++i)
                    cols << (*q)->value(i).toString();
                out << cols.join(QLatin1Char('|'));
            }
            (*q)->finish();
            return out;
        };
        const QStringList fromPage = rows(QStringLiteral("a"));
        QCOMPARE(fromPage.size(), 3);
        QVERIFY2(fromPage.at(1).contains(QStringLiteral("Quyết định \"cấp phép\" \\ bản chính")),
                 qPrintable(fromPage.at(1)));
        QVERIFY2(fromPage.at(1).endsWith(QStringLiteral("|result|1|integer|integer")),
                 qPrintable(fromPage.at(1)));
        QCOMPARE(rows(QStringLiteral("b")), fromPage);
        QCOMPARE(rows(QStringLiteral("c")), fromPage);
        QCOMPARE(repo().get(QStringLiteral("a")).value()->components.at(1).name, result.name);
    }

    void version1ProfileMigratesWithoutLoss()
    {
        // A cache written by the version-1 schema (before the search index was rebuilt).
        const QString dir = m_dir.filePath(QStringLiteral("v1-profile"));
        QVERIFY(QDir().mkpath(dir));
        const int rows = 50;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(LocalStore::databasePath(dir));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &sql : schema::migrations().at(0))
                QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            for (int i = 1; i <= rows; ++i) {
                const Dossier d
                    = dossier(QString::number(i), 3,
                              i == 7 ? QStringLiteral("Trần Thị Đào") : QStringLiteral("Nguyễn Văn An"));
                QVERIFY(q.prepare(QStringLiteral("INSERT INTO dossiers(id, code, procedure_code, state, "
                                                 "agency_code, applicant_name, due_at, "
                                                 "version, json, server_version, updated_at) VALUES (?, ?, "
                                                 "?, 'in_review', ?, ?, ?, 3, ?, 3, 0)")));
                q.addBindValue(d.id);
                q.addBindValue(d.code);
                q.addBindValue(d.procedureCode);
                q.addBindValue(d.agencyCode);
                q.addBindValue(d.applicant.name);
                q.addBindValue(d.dueAt.toMSecsSinceEpoch());
                q.addBindValue(
                    QString::fromUtf8(QJsonDocument(json::toJson(d)).toJson(QJsonDocument::Compact)));
                QVERIFY(q.exec());
                QVERIFY(q.prepare(QStringLiteral(
                    "INSERT INTO dossier_fts(rowid, code, applicant, id_number, address, procedure) "
                    "SELECT rowid, ?, ?, ?, ?, ? FROM dossiers WHERE id = ?")));
                for (const QString &text :
                     {d.code, d.applicant.name, d.applicant.idNumber, d.applicant.address, d.procedureCode})
                    q.addBindValue(textfold::fold(text));
                q.addBindValue(d.id);
                QVERIFY(q.exec());
            }
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        sealIfAsked(dir);
        auto opened = LocalStore::open(dir);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        m_store = std::move(*opened);
        QCOMPARE(m_store->database().schemaVersion().valueOr(-1), Database::latestSchemaVersion());
        QCOMPARE(repo().total().valueOr(-1), rows);
        QCOMPARE(scalarInt("SELECT count(*) FROM dossier_fts"), rows);
        // Version 4: the components are read from each dossier's JSON (one per fixture dossier).
        QCOMPARE(scalarInt("SELECT count(*) FROM components"), rows);
        QCOMPARE(
            scalarInt("SELECT count(*) FROM components WHERE dossier_id = '7' AND id = '7-c1' AND size = "
                      "1234 AND pages = 2 AND kind = 'input' AND signed = 0"),
            1);
        QVERIFY(repo().get(QStringLiteral("7")).valueOr({}).has_value());
        QCOMPARE(repo().get(QStringLiteral("7")).valueOr({})->applicant.name, QStringLiteral("Trần Thị Đào"));
        InboxQuery q;
        q.search = QStringLiteral("tran thi dao");
        QCOMPARE(ids(q), QStringList {QStringLiteral("7")});
        q.search = QStringLiteral("ng");
        QCOMPARE(repo().count(q).valueOr(-1), rows - 1);
        q.search = QStringLiteral("261123-0007");
        QCOMPARE(ids(q), QStringList {QStringLiteral("7")});
        // The migrated index keeps working for writes.
        QVERIFY(repo().upsert(dossier(QStringLiteral("7"), 4, QStringLiteral("Lê Minh Thảo"))).ok());
        q.search = QStringLiteral("dao");
        QCOMPARE(repo().count(q).valueOr(-1), 0);
        q.search = QStringLiteral("le minh th");
        QCOMPARE(ids(q), QStringList {QStringLiteral("7")});
    }

    void broadSearchReadsAlongTheSortIndexWithTheSameResult()
    {
        // More matches than the threshold: list() walks the sort's index; the
        // result must equal the search-driven statement's, for every sort.
        QList<Dossier> page;
        for (int i = 1; i <= 2100; ++i) {
            Dossier d = dossier(QString::number(i), 1,
                                i % 3 ? QStringLiteral("Nguyễn Văn An") : QStringLiteral("Ngô Thị Đào"));
            d.dueAt = utc("2026-11-30T10:00:00").addSecs(3600 * ((i * 7919) % 500));
            if (i % 11 == 0)
                d.dueAt = QDateTime(); // no due date: last
            d.procedureCode = i % 2 ? QStringLiteral("1.001234") : QStringLiteral("2.000815");
            page << d;
        }
        QVERIFY(repo().applyChangesPage(page, QStringLiteral("c1")).ok());
        auto runIds = [&](const InboxQuery &q, bool broad) {
            const auto [text, binds]
                = DossierRepository::listStatement(q, broad, m_store->database().fieldCipher());
            QStringList out;
            auto r = m_store->database().run(text, binds);
            if (!r)
                return QStringList {r.error().toString()};
            while ((*r)->next())
                out << (*r)->value(0).toString().section(QLatin1Char('"'), 0, -1);
            (*r)->finish();
            return out;
        };
        //! Not InboxSort::Applicant: its key is sealed and ordered in C++, never along an index
        //! (applicantOrderFollowsEveryWrite).
        for (const InboxSort sort : {InboxSort::DueDate, InboxSort::ReceivedDate, InboxSort::Procedure}) {
            InboxQuery q;
            q.sort = sort;
            q.search = QStringLiteral("ng");
            q.limit = 60;
            QCOMPARE(repo().isBroadSearch(q).valueOr(false), true);
            for (const int offset : {0, 1000, 2050}) {
                q.offset = offset;
                const QStringList broad = runIds(q, true);
                QCOMPARE(broad.size(), offset == 2050 ? 50 : 60);
                QCOMPARE(broad, runIds(q, false));
                QCOMPARE(ids(q).size(), broad.size());
            }
            q.offset = 0;
            q.search = QStringLiteral("ngo thi");
            QCOMPARE(repo().isBroadSearch(q).valueOr(true), false); // 700 matches
            QCOMPARE(repo().count(q).valueOr(-1), 700);
            q.descending = true;
            q.search = QStringLiteral("ng");
            QCOMPARE(repo().isBroadSearch(q).valueOr(true), false); // no index for a descending order
            QCOMPARE(ids(q).size(), 60);
        }
    }

    void searchIsDiacriticInsensitive()
    {
        QVERIFY(repo().upsert(dossier(QStringLiteral("1"), 1, QStringLiteral("Nguyễn Văn Đạt"))).ok());
        QVERIFY(repo().upsert(dossier(QStringLiteral("2"), 1, QStringLiteral("Trần Thị Đào"))).ok());
        QVERIFY(repo().upsert(dossier(QStringLiteral("3"), 1, QStringLiteral("NGUYỄN THỊ LAN"))).ok());
        InboxQuery q;
        q.sort = InboxSort::Applicant;
        auto search = [&](const QString &text) {
            q.search = text;
            return ids(q);
        };
        QCOMPARE(search(QStringLiteral("nguyen van dat")), QStringList {QStringLiteral("1")});
        // Sorted by applicant: "Nguyễn Thị" before "Nguyễn Văn".
        QCOMPARE(search(QStringLiteral("Nguyễn")), (QStringList {QStringLiteral("3"), QStringLiteral("1")}));
        QCOMPARE(search(QStringLiteral("dao")), QStringList {QStringLiteral("2")});
        QCOMPARE(search(QStringLiteral("đa")),
                 (QStringList {QStringLiteral("1"), QStringLiteral("2")})); // prefix
        QCOMPARE(search(QStringLiteral("001090000003")),
                 QStringList {QStringLiteral("3")}); // id number prefix
        QCOMPARE(search(QStringLiteral("261123-0002")), QStringList {QStringLiteral("2")}); // code
        QCOMPARE(search(QStringLiteral("trang tien")).size(), 3); // address
        QCOMPARE(search(QStringLiteral("applicant:dat")), QStringList {});
        QCOMPARE(search(QStringLiteral("\"")).size(), 3); // nothing searchable: no filter
        // Procedure names are searchable and sortable once known.
        Procedure p;
        p.code = QStringLiteral("1.001234");
        p.name = QStringLiteral("Cấp giấy phép xây dựng");
        p.processingDays = 15;
        QVERIFY(m_store->reference().replaceProcedures({p}).ok());
        QCOMPARE(search(QStringLiteral("giay phep xay")).size(), 3);
        QCOMPARE(repo().count(q).valueOr(-1), 3);
    }

    //! Issue 20 item 5: a name search lists the people called Nguyễn before the
    //! dossiers that only live in Thái Nguyên; field prefixes narrow to one field.
    void searchRanksNameAndCodeBeforeAddress()
    {
        Dossier a = dossier(QStringLiteral("1"), 1, QStringLiteral("Lê Văn Hùng"));
        a.applicant.address = QStringLiteral("xã Tân Cương, tỉnh Thái Nguyên");
        a.dueAt = utc("2026-11-20T10:00:00"); // due first: first without ranking
        Dossier b = dossier(QStringLiteral("2"), 1, QStringLiteral("Nguyễn Thị Mai"));
        b.applicant.address = QStringLiteral("phường Tràng Tiền, Hà Nội");
        Dossier c = dossier(QStringLiteral("3"), 1, QStringLiteral("Phạm Minh Nguyên"));
        c.applicant.address = QStringLiteral("tỉnh Thái Nguyên");
        c.dueAt = utc("2026-11-25T10:00:00");
        for (const Dossier &d : {a, b, c})
            QVERIFY(repo().upsert(d).ok());
        InboxQuery q;
        q.search = QStringLiteral("Nguyễn");
        //! Both people whose name has the word come first (by due date), then the address-only match.
        QCOMPARE(ids(q), (QStringList {QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
        QCOMPARE(repo().count(q).valueOr(-1), 3);
        q.search = QStringLiteral("0002"); // the code's last part
        QCOMPARE(ids(q), QStringList {QStringLiteral("2")});

        q.search = QStringLiteral("ten:nguyen");
        QCOMPARE(ids(q), (QStringList {QStringLiteral("3"), QStringLiteral("2")}));
        QCOMPARE(repo().count(q).valueOr(-1), 2);
        q.search = QStringLiteral("diachi:thai nguyen");
        QCOMPARE(ids(q), (QStringList {QStringLiteral("1"), QStringLiteral("3")}));
        q.search = QStringLiteral("Tên:Nguyễn diachi:thai");
        QCOMPARE(ids(q), QStringList {QStringLiteral("3")});
        q.search = QStringLiteral("ma:261123-0001");
        QCOMPARE(ids(q), QStringList {QStringLiteral("1")});
        q.search = QStringLiteral("cccd:00109000000");
        QCOMPARE(ids(q).size(), 3);
        q.search = QStringLiteral("ten:mai ma:0003");
        QVERIFY(ids(q).isEmpty());

        const SearchTerms t = parseSearch(QStringLiteral("hồ sơ ten:Nguyễn Văn diachi:Huế"));
        QCOMPARE(t.terms.size(), 5);
        QCOMPARE(t.terms.at(0).field, SearchTerms::Field::Any);
        QCOMPARE(t.terms.at(2).token, QStringLiteral("nguyen"));
        QCOMPARE(t.terms.at(3).field, SearchTerms::Field::Applicant);
        QCOMPARE(t.terms.at(4).field, SearchTerms::Field::Address);
        QCOMPARE(t.matchText(), QStringLiteral("ho so nguyen van hue"));
    }

    //! Issue 20 item 3: a dossier whose result was issued (or returned) is in
    //! the "finished" view and is found by its code in "all".
    void finishedDossiersHaveAView()
    {
        Dossier open = dossier(QStringLiteral("1"), 1);
        Dossier issued = dossier(QStringLiteral("2"), 1);
        issued.state = DossierState::ResultIssued;
        issued.finishedAt = utc("2026-11-20T03:00:00");
        Dossier returned = dossier(QStringLiteral("3"), 1);
        returned.state = DossierState::Returned;
        returned.finishedAt = utc("2026-11-21T03:00:00");
        for (const Dossier &d : {open, issued, returned})
            QVERIFY(repo().upsert(d).ok());
        QCOMPARE(inboxViewFromWire(u"finished"), std::optional<InboxView>(InboxView::Finished));
        InboxQuery q;
        q.view = InboxView::Finished;
        QCOMPARE(ids(q), (QStringList {QStringLiteral("2"), QStringLiteral("3")}));
        q.view = InboxView::Agency;
        q.agencyCode = QStringLiteral("H19.01");
        QCOMPARE(ids(q), QStringList {QStringLiteral("1")});
        q.view = InboxView::All;
        q.search = QStringLiteral("000.00.04.H19-261123-0002");
        QCOMPARE(ids(q), QStringList {QStringLiteral("2")});
        auto counts = repo().countsPerView(q);
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(InboxView::Finished), 1);
        QCOMPARE(counts->value(InboxView::Agency), 0);
    }

    void sortsByVietnameseNames()
    {
        const QStringList names
            = {QStringLiteral("Đặng Văn Bình"), QStringLiteral("Dương Thị Hoa"), QStringLiteral("Lê Ánh"),
               QStringLiteral("Lê Anh"),        QStringLiteral("Bùi Đức"),       QStringLiteral("Ân Văn"),
               QStringLiteral("An Văn"),        QStringLiteral("Đỗ Hùng")};
        for (int i = 0; i < names.size(); ++i)
            QVERIFY(repo().upsert(dossier(QString::number(i + 1), 1, names.at(i))).ok());
        InboxQuery q;
        q.sort = InboxSort::Applicant;
        QStringList got = applicantNames(q);
        QStringList expected = names;
        QCollator c(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        std::sort(expected.begin(), expected.end(),
                  [&](const QString &a, const QString &b) { return c.compare(a, b) < 0; });
        QCOMPARE(got, expected);
        QVERIFY(got.indexOf(QStringLiteral("Dương Thị Hoa")) < got.indexOf(QStringLiteral("Đặng Văn Bình")));
        q.descending = true;
        got.clear();
        got = applicantNames(q);
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(got, expected);
        // Paging.
        q.descending = false;
        q.limit = 3;
        q.offset = 3;
        got.clear();
        got = applicantNames(q);
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(got, expected.mid(3, 3));
    }

    void applicantOrderFollowsEveryWrite()
    {
        // The order is made in C++ and kept for the next page; a write on this
        // connection or another one must give a fresh order, pages included.
        QVERIFY(repo().upsert(dossier(QStringLiteral("1"), 1, QStringLiteral("Trần Văn Bảy"))).ok());
        QVERIFY(repo().upsert(dossier(QStringLiteral("2"), 1, QStringLiteral("Lê Thị Hoa"))).ok());
        InboxQuery q;
        q.sort = InboxSort::Applicant;
        QCOMPARE(applicantNames(q),
                 (QStringList {QStringLiteral("Lê Thị Hoa"), QStringLiteral("Trần Văn Bảy")}));
        QVERIFY(repo().upsert(dossier(QStringLiteral("3"), 1, QStringLiteral("Đinh Công Tráng"))).ok());
        q.limit = 2;
        QCOMPARE(applicantNames(q),
                 (QStringList {QStringLiteral("Đinh Công Tráng"), QStringLiteral("Lê Thị Hoa")}));
        q.offset = 2;
        QCOMPARE(applicantNames(q), QStringList {QStringLiteral("Trần Văn Bảy")});
        {
            // Another connection (the sync worker's) renames dossier 1.
            auto other = LocalStore::open(m_dir.filePath(QStringLiteral("p%1").arg(m_profile)));
            QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().toString()));
            QVERIFY((*other)
                        ->dossiers()
                        .upsert(dossier(QStringLiteral("1"), 2, QStringLiteral("An Văn Bảy")))
                        .ok());
        }
        q.offset = 0;
        QCOMPARE(applicantNames(q),
                 (QStringList {QStringLiteral("An Văn Bảy"), QStringLiteral("Đinh Công Tráng")}));
        q.offset = 2;
        QCOMPARE(applicantNames(q), QStringList {QStringLiteral("Lê Thị Hoa")});
        // The prefetch follows the same order.
        q.offset = 0;
        q.limit = 0;
        QStringList refs;
        for (const ComponentRef &r : repo().componentRefs(q).valueOr({}))
            if (!refs.contains(r.dossierId))
                refs << r.dossierId;
        QCOMPARE(refs, (QStringList {QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("2")}));
    }

    void viewsOverdueDueSoonMineAgency()
    {
        // Wednesday 2026-11-25 09:00 in Hanoi (02:00 UTC).
        const QDateTime now = utc("2026-11-25T02:00:00");
        auto make = [&](const char *id, const char *due) {
            Dossier d = dossier(QString::fromLatin1(id), 1);
            d.dueAt = utc(due);
            return d;
        };
        Dossier overdue = make("1", "2026-11-24T09:00:00");
        Dossier dueSoon = make("2", "2026-11-26T09:00:00"); // Thursday
        Dossier dueFriday = make("3", "2026-11-27T01:00:00"); // within 2 working days (Friday 08:00 local)
        Dossier later = make("4", "2026-12-10T09:00:00");
        Dossier finishedLate = make("5", "2026-11-20T09:00:00");
        finishedLate.state = DossierState::ResultIssued;
        finishedLate.finishedAt = utc("2026-11-21T09:00:00");
        Dossier pausedBefore = make("6", "2026-11-24T09:00:00"); // paused before due: clock stopped
        pausedBefore.state = DossierState::SupplementRequested;
        pausedBefore.pausedAt = utc("2026-11-20T09:00:00");
        Dossier pausedAfter = make("7", "2026-11-20T09:00:00"); // paused after due: still overdue
        pausedAfter.state = DossierState::SupplementRequested;
        pausedAfter.pausedAt = utc("2026-11-23T09:00:00");
        Dossier rejected = make("8", "2026-11-20T09:00:00");
        rejected.state = DossierState::Rejected;
        rejected.agencyCode = QStringLiteral("H19.02");
        later.assignee = QStringLiteral("chuyenvien1");
        later.state = DossierState::AwaitingApproval;
        rejected.assignee = QStringLiteral("chuyenvien1");
        for (const Dossier &d :
             {overdue, dueSoon, dueFriday, later, finishedLate, pausedBefore, pausedAfter, rejected})
            QVERIFY(repo().upsert(d).valueOr(false));

        InboxQuery q;
        q.now = now;
        q.username = QStringLiteral("chuyenvien1");
        q.agencyCode = QStringLiteral("H19.01");
        QStringList expectedOverdue;
        for (const Dossier &d :
             {overdue, dueSoon, dueFriday, later, finishedLate, pausedBefore, pausedAfter, rejected}) {
            if (d.isOverdue(now))
                expectedOverdue << d.id;
        }
        q.view = InboxView::Overdue;
        QStringList got = ids(q);
        got.sort();
        QCOMPARE(got, expectedOverdue);
        QCOMPARE(got, (QStringList {QStringLiteral("1"), QStringLiteral("7")}));
        q.view = InboxView::DueSoon;
        QCOMPARE(ids(q), (QStringList {QStringLiteral("2"), QStringLiteral("3")}));
        // The weekend does not count: from Thursday 16:00 local, Monday morning is due soon.
        q.now = utc("2026-11-26T09:00:00");
        QVERIFY(repo().upsert(make("9", "2026-11-30T02:00:00")).valueOr(false));
        QVERIFY(ids(q).contains(QStringLiteral("9")));
        q.now = now;
        QVERIFY(!ids(q).contains(QStringLiteral("9")));
        q.view = InboxView::Mine;
        QCOMPARE(ids(q), QStringList {QStringLiteral("4")}); // the rejected one is closed
        q.view = InboxView::Agency;
        QCOMPARE(ids(q).size(), 7); // all open in H19.01 (8 is elsewhere and closed; 5 finished)
        q.view = InboxView::AwaitingApproval;
        QCOMPARE(ids(q), QStringList {QStringLiteral("4")});
        q.view = InboxView::SupplementRequested;
        QCOMPARE(ids(q).size(), 2);
        auto counts = repo().countsPerView(q);
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(InboxView::All), 9);
        QCOMPARE(counts->value(InboxView::Overdue), 2);
        QCOMPARE(counts->value(InboxView::Mine), 1);
        QCOMPARE(counts->value(InboxView::PendingSync), 0);
        // Sort by due date, no due date last.
        Dossier noDue = make("10", "2026-11-25T02:00:00");
        noDue.dueAt = QDateTime();
        QVERIFY(repo().upsert(noDue).valueOr(false));
        q.view = InboxView::All;
        q.sort = InboxSort::DueDate;
        const QStringList byDue = ids(q);
        QCOMPARE(byDue.last(), QStringLiteral("10"));
        QCOMPARE(byDue.first(), QStringLiteral("5")); // 5, 7, 8 share the earliest due date; code order
    }

    void componentRefsFollowTheListOrder()
    {
        Dossier late = dossier(QStringLiteral("1"), 1);
        late.dueAt = utc("2026-12-20T09:00:00");
        Dossier urgent = dossier(QStringLiteral("2"), 1);
        urgent.dueAt = utc("2026-11-24T09:00:00");
        Component second = urgent.components.first();
        second.id = QStringLiteral("2-c2");
        second.sha256 = QString(64, QLatin1Char('b'));
        second.size = 77;
        urgent.components << second;
        Dossier elsewhere = dossier(QStringLiteral("3"), 1);
        elsewhere.agencyCode = QStringLiteral("H19.99");
        for (const Dossier &d : {late, urgent, elsewhere})
            QVERIFY(repo().upsert(d).valueOr(false));
        InboxQuery q;
        q.view = InboxView::Agency;
        q.agencyCode = QStringLiteral("H19.01");
        q.limit = 0;
        const QList<ComponentRef> expected = {
            {QStringLiteral("2"), urgent.components.at(0).id, urgent.components.at(0).sha256, 1234},
            {QStringLiteral("2"), QStringLiteral("2-c2"), second.sha256, 77},
            {QStringLiteral("1"), late.components.at(0).id, late.components.at(0).sha256, 1234},
        };
        QCOMPARE(repo().componentRefs(q).value(), expected);
        q.limit = 1;
        QCOMPARE(repo().componentRefs(q).value(), expected.mid(0, 2));
        q.offset = 1;
        QCOMPARE(repo().componentRefs(q).value(), expected.mid(2));
    }

    void viewWireIds()
    {
        for (const InboxView v : allInboxViews())
            QCOMPARE(inboxViewFromWire(toWire(v)), std::optional<InboxView>(v));
        QCOMPARE(toWire(InboxView::DueSoon), QStringLiteral("due_soon"));
        QVERIFY(!inboxViewFromWire(u"Mine").has_value());
    }

    void historyAndAnnotationsRoundTrip()
    {
        QVERIFY(repo().upsert(dossier(QStringLiteral("1"), 1)).valueOr(false));
        HistoryStep step;
        step.id = QStringLiteral("h1");
        step.dossierId = QStringLiteral("1");
        step.action = ActionKind::Forward;
        step.actor = QStringLiteral("chuyenvien1");
        step.agencyCode = QStringLiteral("H19.01");
        step.toAgencyCode = QStringLiteral("H19.02");
        step.fromState = DossierState::InReview;
        step.toState = DossierState::InReview;
        step.at = utc("2026-11-20T03:00:00");
        step.note = QStringLiteral("Chuyển Sở Xây dựng");
        HistoryStep step2 = step;
        step2.id = QStringLiteral("h2");
        step2.action = ActionKind::Comment;
        step2.toAgencyCode.clear();
        QVERIFY(repo().replaceHistory(QStringLiteral("1"), {step, step2}).ok());
        QCOMPARE(repo().history(QStringLiteral("1")).value(), (QList<HistoryStep> {step, step2}));
        Annotation a;
        a.id = QStringLiteral("a1");
        a.dossierId = QStringLiteral("1");
        a.componentId = QStringLiteral("1-c1");
        a.page = 1;
        a.kind = AnnotationKind::Highlight;
        a.rect = QRectF(0.1, 0.2, 0.3, 0.05);
        a.text = QStringLiteral("Thiếu chữ ký");
        a.color = QStringLiteral("#ffcc00");
        a.author = QStringLiteral("chuyenvien1");
        a.createdAt = utc("2026-11-20T03:00:00");
        a.updatedAt = a.createdAt;
        a.version = 1;
        QVERIFY(repo().replaceAnnotations(QStringLiteral("1"), {a}).ok());
        QCOMPARE(repo().annotations(QStringLiteral("1")).value(), QList<Annotation> {a});
        // Deleting the dossier takes them along.
        QVERIFY(repo().upsert(fixtures::tombstone(QStringLiteral("1"), 2)).valueOr(false));
        QCOMPARE(repo().history(QStringLiteral("1")).value().size(), 0);
        QCOMPARE(repo().annotations(QStringLiteral("1")).value().size(), 0);
    }

    void pruneKeepsListedAndPending()
    {
        for (int i = 1; i <= 4; ++i)
            QVERIFY(repo().upsert(dossier(QString::number(i), 1)).valueOr(false));
        Action act;
        act.kind = ActionKind::Comment;
        act.dossierId = QStringLiteral("3");
        act.idempotencyKey = QStringLiteral("k-3");
        act.baseVersion = 1;
        act.payload = QJsonObject {{QStringLiteral("note"), QStringLiteral("x")}};
        QVERIFY(m_store->outbox().enqueue(act, dossier(QStringLiteral("3"), 1)).ok());
        QCOMPARE(repo().pruneExcept({QStringLiteral("1")}).valueOr(-1), 2);
        QCOMPARE(repo().allIds().value(), (QStringList {QStringLiteral("1"), QStringLiteral("3")}));
    }

    void serverAnnotationsKeepPendingOnes()
    {
        QVERIFY(repo().upsert(dossier(QStringLiteral("9"), 1)).valueOr(false));
        Annotation server;
        server.id = QStringLiteral("s1");
        server.dossierId = QStringLiteral("9");
        server.componentId = QStringLiteral("9-c1");
        server.kind = AnnotationKind::Rectangle;
        server.rect = QRectF(0.1, 0.1, 0.2, 0.2);
        server.author = QStringLiteral("chuyenvien2");
        server.color = QStringLiteral("#e53935");
        server.createdAt = utc("2026-11-20T03:00:00");
        server.updatedAt = server.createdAt;
        server.version = 1;
        Annotation local = server;
        local.id = QStringLiteral("l1");
        local.author = QStringLiteral("chuyenvien1");
        local.text = QStringLiteral("Chưa gửi");
        // upsert: insert, then replace by id keeping one row.
        QVERIFY(repo().annotations(QStringLiteral("9")).ok());
        local.text = QStringLiteral("Chưa gửi (sửa)");
        local.version = 2;
        QVERIFY(repo().upsertAnnotation(local).ok());
        QCOMPARE(repo().annotations(QStringLiteral("9")).value(), QList<Annotation> {local});
        // Its annotate action is still in the outbox: a fetch of the server's list keeps it.
        Action act;
        act.kind = ActionKind::Annotate;
        act.dossierId = QStringLiteral("9");
        act.idempotencyKey = QStringLiteral("k-9");
        act.baseVersion = 1;
        act.payload = QJsonObject {{QStringLiteral("annotation"), json::toJson(local)}};
        auto queued = m_store->outbox().enqueue(act, dossier(QStringLiteral("9"), 1));
        QVERIFY(queued.ok());
        QVERIFY(repo().replaceAnnotationsKeepingPending(QStringLiteral("9"), {server}).ok());
        QCOMPARE(repo().annotations(QStringLiteral("9")).value(), (QList<Annotation> {server, local}));
        // Once the server accepted it, the server's list is the truth.
        QVERIFY(m_store->outbox().markDone(queued.value(), std::nullopt).ok());
        QVERIFY(repo().replaceAnnotationsKeepingPending(QStringLiteral("9"), {server}).ok());
        QCOMPARE(repo().annotations(QStringLiteral("9")).value(), QList<Annotation> {server});
    }
};

QTEST_GUILESS_MAIN(TestDossierRepository)
#include "tst_dossierrepository.moc"
