// SPDX-License-Identifier: GPL-3.0-or-later
//! `motcua` end to end: the real program on a real profile against the real
//! reference server through the fault proxy; and the crash test (SIGKILL at
//! random points during sync and push, then the exactly-once invariants).
#include "auth/keychaincredentialstore.h"
#include "auth/profilekey.h"
#include "clirunner.h"
#include "faultproxy.h"
#include "store/blobcipher.h"
#include "store/textfold.h"
#include "store/warehouserepository.h"
#include "syncfixture.h"
#include "testserver.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {

#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().toString()));                          \
    } while (false)

//! Evaluates `run` once (it starts a process).
#define VERIFY_RUN(run, code)                                                                                \
    do {                                                                                                     \
        const CliRun c_ = (run);                                                                             \
        QVERIFY2(                                                                                            \
            c_.exitCode == (code),                                                                           \
            (QByteArray("exit ") + QByteArray::number(c_.exitCode) + ": " + c_.out + c_.err).constData());   \
    } while (false)

//! The client's view as `motcua inbox --json` prints it.
Fingerprints inboxView(const QJsonObject &inbox)
{
    Fingerprints out;
    const QJsonArray items = inbox.value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        DossierFingerprint f;
        f.version = o.value(QLatin1String("version")).toInteger();
        const QJsonArray comps = o.value(QLatin1String("components")).toArray();
        for (const QJsonValue &c : comps)
            f.hashes << c.toObject().value(QLatin1String("sha256")).toString();
        out.insert(o.value(QLatin1String("id")).toString(), f);
    }
    return out;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorOutput()));
        QVERIFY(m_proxy.start(m_server.port()));
        m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.port());
    }
    void init() { m_proxy.clearFaults(); }

    void helpDocumentsExitCodes()
    {
        CliProfile p;
        const CliRun r = p.run({QStringLiteral("--help")});
        VERIFY_RUN(r, 0);
        QVERIFY(r.out.contains("Exit codes"));
        QVERIFY(r.out.contains("3 conflict"));
        VERIFY_RUN(p.run({QStringLiteral("frobnicate")}), 1);
        VERIFY_RUN(p.run({QStringLiteral("inbox")}), 0); // an empty cache is not an error
        VERIFY_RUN(p.run({QStringLiteral("sync")}), 1); // nobody signed in
    }

    void loginRefusesPlainHttpToAnotherHost()
    {
        CliProfile p;
        // A proxy on this machine that would see the password if it were sent:
        // the refusal happens before any connection.
        const CliRun r = p.run({QStringLiteral("login"), QStringLiteral("--server"),
                                QStringLiteral("http://host.example"), QStringLiteral("--user"),
                                QStringLiteral("chuyenvien1")},
                               "demo\n");
        VERIFY_RUN(r, 1);
        QVERIFY2(r.err.contains("transport.insecure"), r.err.constData());
        QVERIFY2(r.err.contains("https://host.example"), r.err.constData()); // says what to use instead
        QVERIFY2(r.err.contains("only allowed to this computer"), r.err.constData());
        QVERIFY(!r.err.contains("demo"));
        // Nobody is signed in afterwards: nothing was saved or sent.
        VERIFY_RUN(p.run({QStringLiteral("sync")}), 1);
        // Loopback stays allowed over http (the reference server, tests).
        VERIFY_RUN(p.run({QStringLiteral("login"), QStringLiteral("--server"), m_url,
                          QStringLiteral("--user"), QStringLiteral("chuyenvien1")},
                         "demo\n"),
                   0);
    }

    void commandsEndToEnd()
    {
        CliProfile p;
        VERIFY_RUN(p.run({QStringLiteral("login"), QStringLiteral("--server"), m_url,
                          QStringLiteral("--user"), QStringLiteral("chuyenvien1")},
                         "wrong\n"),
                   1);
        VERIFY_RUN(p.run({QStringLiteral("login"), QStringLiteral("--server"), m_url,
                          QStringLiteral("--user"), QStringLiteral("chuyenvien1")},
                         "demo\n"),
                   0);
        const CliRun sync
            = p.run({QStringLiteral("sync"), QStringLiteral("--prefetch"), QStringLiteral("--json")});
        VERIFY_RUN(sync, 0);
        QVERIFY(sync.json().value(QLatin1String("pulled")).toInt() > 0);
        QVERIFY(sync.json().value(QLatin1String("downloaded")).toInt() > 0);

        const CliRun inbox = p.run({QStringLiteral("inbox"), QStringLiteral("--json")});
        VERIFY_RUN(inbox, 0);
        const QJsonArray items = inbox.json().value(QLatin1String("items")).toArray();
        Client direct(m_server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(direct.open());
        VERIFY_OK(direct.login());
        auto server = serverView(direct.api());
        VERIFY_OK(server);
        QCOMPARE(items.size(), server->size()); // every cached dossier in scope, no view asked
        QVERIFY(inboxView(inbox.json()) == *server);
        for (const char *field : {"id", "code", "state", "applicant", "due_at"})
            QVERIFY2(items.first().toObject().contains(QLatin1String(field)), field);

        // Search without diacritics finds Vietnamese names.
        const QString name = items.first()
                                 .toObject()
                                 .value(QLatin1String("applicant"))
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString();
        const QString query = textfold::fold(name); // "Phạm Hữu Nam" -> "pham huu nam"
        QVERIFY(query != name.toLower());
        const CliRun found
            = p.run({QStringLiteral("inbox"), QStringLiteral("--json"), QStringLiteral("--search"), query});
        VERIFY_RUN(found, 0);
        const QJsonArray hits = found.json().value(QLatin1String("items")).toArray();
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.size() < items.size());
        for (const QJsonValue &h : hits) {
            const QJsonObject o = h.toObject();
            const QJsonObject a = o.value(QLatin1String("applicant")).toObject();
            const QString all = a.value(QLatin1String("name")).toString()
                + a.value(QLatin1String("address")).toString() + o.value(QLatin1String("code")).toString();
            const QStringList words = query.split(QLatin1Char(' '));
            for (const QString &w : words)
                QVERIFY2(textfold::fold(all).contains(w), qPrintable(all));
        }

        // show --json: the dossier with its components and their ids.
        const QString code = items.first().toObject().value(QLatin1String("code")).toString();
        const CliRun show = p.run({QStringLiteral("show"), code, QStringLiteral("--json")});
        VERIFY_RUN(show, 0);
        QCOMPARE(show.json().value(QLatin1String("code")).toString(), code);
        const QJsonArray comps = show.json().value(QLatin1String("components")).toArray();
        QVERIFY(!comps.isEmpty());
        QVERIFY(!comps.first().toObject().value(QLatin1String("id")).toString().isEmpty());
        VERIFY_RUN(p.run({QStringLiteral("show"), QStringLiteral("NO-SUCH-CODE")}), 1);

        // act: a comment reaches the server once; bad kinds and targets are user errors.
        QString target;
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("state")).toString() == QLatin1String("in_review")
                && o.value(QLatin1String("agency_code")).toString()
                    == items.first().toObject().value(QLatin1String("agency_code")).toString()) {
                target = o.value(QLatin1String("code")).toString();
                break;
            }
        }
        QVERIFY(!target.isEmpty());
        const QString text = QStringLiteral("CLI ") + QUuid::createUuid().toString();
        VERIFY_RUN(
            p.run({QStringLiteral("act"), target, QStringLiteral("comment"), QStringLiteral("--text"), text}),
            0);
        VERIFY_RUN(p.run({QStringLiteral("act"), target, QStringLiteral("frobnicate")}), 1);
        VERIFY_RUN(p.run({QStringLiteral("act"), target, QStringLiteral("forward"), QStringLiteral("--to"),
                          QStringLiteral("NO-SUCH-AGENCY")}),
                   1);
        VERIFY_RUN(p.run({QStringLiteral("act"), target, QStringLiteral("comment")}), 1); // text required
        const CliRun outbox
            = p.run({QStringLiteral("outbox"), QStringLiteral("--json"), QStringLiteral("--all")});
        VERIFY_RUN(outbox, 0);
        const QJsonArray entries = outbox.json().value(QLatin1String("items")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(QLatin1String("state")).toString(), QStringLiteral("done"));
        const QString targetId = entries.first().toObject().value(QLatin1String("dossier_id")).toString();
        QCOMPARE(historyCount(direct.api(), targetId, text).valueOr(-1), 1);

        // Offline: the action is queued (exit 0), and the next sync sends it.
        FaultConfig down;
        down.resetBeforeRequest = true;
        m_proxy.setConfig(down);
        const QString offline = QStringLiteral("offline ") + QUuid::createUuid().toString();
        const CliRun queued = p.run(
            {QStringLiteral("act"), target, QStringLiteral("comment"), QStringLiteral("--text"), offline});
        VERIFY_RUN(queued, 0);
        QVERIFY(queued.out.contains("Offline"));
        const CliRun pending = p.run({QStringLiteral("outbox"), QStringLiteral("--json")});
        QCOMPARE(pending.json().value(QLatin1String("items")).toArray().size(), 1);
        VERIFY_RUN(p.run({QStringLiteral("sync")}), 2);
        m_proxy.clearFaults();
        VERIFY_RUN(p.run({QStringLiteral("sync")}), 0);
        QCOMPARE(p.run({QStringLiteral("outbox"), QStringLiteral("--json")})
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(historyCount(direct.api(), targetId, offline).valueOr(-1), 1);

        // Two officials on one dossier: the second one's `act` exits 3 (conflict).
        CliProfile other;
        VERIFY_RUN(other.run({QStringLiteral("login"), QStringLiteral("--server"), m_url,
                              QStringLiteral("--user"), QStringLiteral("lanhdao1")},
                             "demo\n"),
                   0);
        VERIFY_RUN(other.run({QStringLiteral("sync")}), 0);
        VERIFY_RUN(p.run({QStringLiteral("act"), target, QStringLiteral("comment"), QStringLiteral("--text"),
                          QStringLiteral("first")}),
                   0);
        const CliRun second = other.run({QStringLiteral("act"), target, QStringLiteral("comment"),
                                         QStringLiteral("--text"), QStringLiteral("second")});
        VERIFY_RUN(second, 3);
        const CliRun otherShow = other.run({QStringLiteral("show"), target, QStringLiteral("--json")});
        const QJsonObject shown = otherShow.json();
        QCOMPARE(shown.value(QLatin1String("outbox"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("conflict"));
        auto winner = direct.api().getJson(QStringLiteral("/dossiers/") + targetId);
        VERIFY_OK(winner);
        QCOMPARE(
            shown.value(QLatin1String("server_copy")).toObject().value(QLatin1String("version")).toInteger(),
            winner->value(QLatin1String("version")).toInteger());
    }

    void attachFromTheWarehouse()
    {
        //! act attach_document --sha256: a document of the applicant's cached
        //! e-data warehouse becomes a component, on the server too.
        CliProfile p;
        VERIFY_RUN(p.run({QStringLiteral("login"), QStringLiteral("--server"), m_url,
                          QStringLiteral("--user"), QStringLiteral("chuyenvien1")},
                         "demo\n"),
                   0);
        VERIFY_RUN(p.run({QStringLiteral("sync"), QStringLiteral("--prefetch")}), 0);
        QString code, dossierId, sha;
        {
            //! The CLI sealed the cache with the profile's key (OS keychain): read it with that key.
            KeychainCredentialStore keychain;
            auto key = loadOrCreateProfileKey(keychain, p.dir());
            VERIFY_OK(key);
            ProfileKeys::set(p.dir(), *key);
            Database db(p.dir() + QStringLiteral("/cache.sqlite"));
            VERIFY_OK(db.open());
            InboxQuery q;
            q.limit = 0;
            auto items = DossierRepository(db).list(q);
            VERIFY_OK(items);
            WarehouseRepository warehouses(db);
            for (const InboxItem &i : std::as_const(*items)) {
                if (i.dossier.state != DossierState::InReview)
                    continue;
                auto w = warehouses.get(i.dossier.applicant.idNumber);
                VERIFY_OK(w);
                if (!w->has_value() || (*w)->documents.isEmpty())
                    continue;
                const QString s = (*w)->documents.first().sha256;
                if (std::none_of(i.dossier.components.cbegin(), i.dossier.components.cend(),
                                 [&](const Component &c) { return c.sha256 == s; })) {
                    code = i.dossier.code;
                    dossierId = i.dossier.id;
                    sha = s;
                    break;
                }
            }
        }
        QVERIFY2(!code.isEmpty(), "a dossier in review whose applicant has a warehouse document");
        // Not in the cached warehouse: refused before anything is queued.
        VERIFY_RUN(p.run({QStringLiteral("act"), code, QStringLiteral("attach_document"),
                          QStringLiteral("--sha256"), QString(64, QLatin1Char('0'))}),
                   1);
        VERIFY_RUN(p.run({QStringLiteral("act"), code, QStringLiteral("attach_document"),
                          QStringLiteral("--sha256"), sha}),
                   0);
        Client direct(m_server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(direct.open());
        VERIFY_OK(direct.login());
        auto onServer = direct.api().getJson(QStringLiteral("/dossiers/%1").arg(dossierId));
        VERIFY_OK(onServer);
        const QJsonObject o = onServer->contains(QStringLiteral("dossier"))
            ? onServer->value(QStringLiteral("dossier")).toObject()
            : *onServer;
        auto d = json::parse<Dossier>(o);
        VERIFY_OK(d);
        QVERIFY(std::any_of(d->components.cbegin(), d->components.cend(), [&](const Component &c) {
            return c.sha256 == sha && c.kind == ComponentKind::Input;
        }));
    }

    void survivesSigkillDuringSync()
    {
        CliProfile p;
        VERIFY_RUN(p.run({QStringLiteral("login"), QStringLiteral("--server"), m_url,
                          QStringLiteral("--user"), QStringLiteral("chuyenvien1")},
                         "demo\n"),
                   0);
        VERIFY_RUN(p.run({QStringLiteral("sync")}), 0);
        const QJsonArray items = p.run({QStringLiteral("inbox"), QStringLiteral("--json")})
                                     .json()
                                     .value(QLatin1String("items"))
                                     .toArray();
        QStringList targets;
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("state")).toString() == QLatin1String("in_review")
                && targets.size() < 3)
                targets << o.value(QLatin1String("code")).toString();
        }
        QCOMPARE(targets.size(), 3);

        QProcessEnvironment env = p.environment();
        //! A run killed after the server rotated the refresh token but before the
        //! keychain saved the new one signs in again with the password.
        env.insert(QStringLiteral("MOTCUA_PASSWORD"), QStringLiteral("demo"));
        FaultConfig slow;
        slow.latencyMs = 20; // spreads a sync over a few hundred ms so that kills land everywhere
        m_proxy.setConfig(slow);

        QStringList texts;
        int killed = 0;
        auto *rng = QRandomGenerator::global();
        //! Until 30 runs were killed mid-way (a run that finishes first is fine too).
        for (int i = 0; killed < 30 && i < 100; ++i) {
            const QString text = QStringLiteral("crash %1 ").arg(i) + QUuid::createUuid().toString();
            texts << text;
            QProcess proc;
            if (i % 2 == 0) {
                // The action is queued first, then a sync is killed somewhere.
                VERIFY_RUN(p.run({QStringLiteral("act"), targets[i % 3], QStringLiteral("comment"),
                                  QStringLiteral("--text"), text, QStringLiteral("--no-push")},
                                 env),
                           0);
                p.start(proc, {QStringLiteral("sync")}, env);
            } else {
                // `act` itself is killed: before or after queueing, during the push.
                p.start(proc,
                        {QStringLiteral("act"), targets[i % 3], QStringLiteral("comment"),
                         QStringLiteral("--text"), text},
                        env);
            }
            QVERIFY(proc.waitForStarted(10000));
            if (!proc.waitForFinished(int(rng->bounded(10, 400)))) {
                proc.kill(); // SIGKILL
                proc.waitForFinished(5000);
                ++killed;
            }
        }
        QVERIFY2(killed >= 30, qPrintable(QStringLiteral("only %1 runs were killed").arg(killed)));

        m_proxy.clearFaults();
        const CliRun last = p.run({QStringLiteral("sync")}, env);
        VERIFY_RUN(last, 0);
        const CliRun outbox
            = p.run({QStringLiteral("outbox"), QStringLiteral("--json"), QStringLiteral("--all")}, env);
        const QJsonArray entries = outbox.json().value(QLatin1String("items")).toArray();
        QSet<QString> taken;
        for (const QJsonValue &e : entries) {
            const QJsonObject o = e.toObject();
            QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("done"));
            taken.insert(
                o.value(QLatin1String("payload")).toObject().value(QLatin1String("text")).toString());
        }
        QCOMPARE(taken.size(), entries.size()); // no action queued twice

        Client direct(m_server.port(), QStringLiteral("chuyenvien1"));
        VERIFY_OK(direct.open());
        VERIFY_OK(direct.login());
        QHash<QString, QString> idOf;
        for (const QJsonValue &v : items)
            idOf.insert(v.toObject().value(QLatin1String("code")).toString(),
                        v.toObject().value(QLatin1String("id")).toString());
        for (int i = 0; i < texts.size(); ++i) {
            // Queued with --no-push: taken for sure. A killed `act` may have died
            // before queueing: then it was never taken and must not be on the server.
            if (i % 2 == 0)
                QVERIFY2(taken.contains(texts[i]), qPrintable(texts[i]));
            const int expected = taken.contains(texts[i]) ? 1 : 0;
            auto n = historyCount(direct.api(), idOf.value(targets[i % 3]), texts[i]);
            VERIFY_OK(n);
            QVERIFY2(
                *n == expected,
                qPrintable(
                    QStringLiteral("%1: %2 on the server, %3 expected").arg(texts[i]).arg(*n).arg(expected)));
        }
        auto server = serverView(direct.api());
        VERIFY_OK(server);
        const CliRun inbox = p.run({QStringLiteral("inbox"), QStringLiteral("--json")}, env);
        QVERIFY(inboxView(inbox.json()) == *server);
    }

private:
    TestServer m_server;
    FaultProxy m_proxy;
    QString m_url;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
