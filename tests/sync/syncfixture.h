// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
//! Test fixture: one official's client (profile folder, SQLite cache, blob
//! store, keychain, API client, sync engine) talking to the real reference
//! server, usually through the fault proxy; and the server's own view, read
//! directly (not through the proxy) to compare with the client's cache.

#include "auth/authsession.h"
#include "auth/keychaincredentialstore.h"
#include "core/json.h"
#include "core/workflow.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/dossierrepository.h"
#include "store/outboxrepository.h"
#include "store/syncstaterepository.h"
#include "sync/apiclient.h"
#include "sync/syncengine.h"

#include <QMap>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUuid>
#include <memory>

namespace motcua::test {

//! What is compared between the server and a cache: version and document hashes.
struct DossierFingerprint
{
    qint64 version = 0;
    QStringList hashes;
    bool operator==(const DossierFingerprint &) const = default;
};
using Fingerprints = QMap<QString, DossierFingerprint>;

inline DossierFingerprint fingerprint(const Dossier &d)
{
    DossierFingerprint f;
    f.version = d.version;
    for (const Component &c : d.components)
        f.hashes << c.sha256;
    return f;
}

class Client
{
public:
    Client(quint16 port, const QString &user)
        : m_credentials(QStringLiteral("motcua-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        m_blobs = std::make_unique<FileBlobStore>(m_dir.filePath(QStringLiteral("blobs")), m_db.get());
        m_auth = std::make_unique<AuthSession>(&m_nam, &m_credentials,
                                               QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), user);
        m_api = std::make_unique<ApiClient>(&m_nam, m_auth.get());
        Backoff b;
        b.baseMs = 20;
        b.capMs = 400;
        b.maxAttempts = 12;
        m_api->setBackoff(b);
        m_api->setTransferTimeout(3000);
        m_engine = std::make_unique<SyncEngine>(*m_db, *m_blobs, *m_api);
    }

    Status open() { return m_db->open(); }
    Status login() { return m_auth->login(QStringLiteral("demo")); }

    //! Login, directory and a first clean sync.
    Status setUp()
    {
        if (Status s = open(); !s)
            return s;
        if (Status s = login(); !s)
            return s;
        auto r = m_engine->syncOnce();
        if (!r)
            return r.error();
        return {};
    }

    Result<Fingerprints> cacheView()
    {
        DossierRepository repo(*m_db);
        InboxQuery q;
        q.limit = 0;
        auto items = repo.list(q);
        if (!items)
            return items.error();
        Fingerprints out;
        for (const InboxItem &i : std::as_const(*items))
            out.insert(i.dossier.id, fingerprint(i.dossier));
        return out;
    }

    Result<std::optional<Dossier>> cached(const QString &id) { return DossierRepository(*m_db).get(id); }

    //! Dossiers of the official's agency on which the official may comment.
    QList<Dossier> commentable(int count)
    {
        QList<Dossier> out;
        DossierRepository repo(*m_db);
        InboxQuery q;
        q.limit = 0;
        auto items = repo.list(q);
        auto me = SyncStateRepository(*m_db).me();
        if (!items || !me || !*me)
            return out;
        for (const InboxItem &i : std::as_const(*items)) {
            if (out.size() >= count)
                break;
            if (Workflow::allowed(i.dossier, (*me)->official).contains(ActionKind::Comment))
                out.append(i.dossier);
        }
        return out;
    }

    Result<qint64> comment(const QString &dossierId, const QString &text)
    {
        auto d = cached(dossierId);
        if (!d)
            return d.error();
        if (!*d)
            return Error::make(Error::Kind::NotFound, QStringLiteral("test.missing"), "missing");
        return m_engine->queueAction(**d, ActionKind::Comment, QJsonObject {{QStringLiteral("text"), text}});
    }

    Database &db() { return *m_db; }
    FileBlobStore &blobs() { return *m_blobs; }
    ApiClient &api() { return *m_api; }
    AuthSession &auth() { return *m_auth; }
    SyncEngine &engine() { return *m_engine; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    KeychainCredentialStore m_credentials;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileBlobStore> m_blobs;
    std::unique_ptr<AuthSession> m_auth;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
};

//! The server's view for one official, read directly from the server: every
//! dossier of the changes feed from the beginning.
inline Result<Fingerprints> serverView(ApiClient &api)
{
    Fingerprints out;
    QString cursor;
    for (;;) {
        auto page = api.changes(cursor, 1000);
        if (!page)
            return page.error();
        for (const QJsonValue &v : std::as_const(page->items)) {
            auto d = json::parse<Dossier>(v.toObject());
            if (!d)
                return d.error();
            if (d->deleted)
                out.remove(d->id);
            else
                out.insert(d->id, fingerprint(*d));
        }
        cursor = page->cursor;
        if (!page->hasMore)
            return out;
    }
}

//! How many history steps of the dossier carry this note (comment text).
inline Result<int> historyCount(ApiClient &api, const QString &dossierId, const QString &note)
{
    auto h = api.getJson(QStringLiteral("/dossiers/%1/history").arg(dossierId));
    if (!h)
        return h.error();
    auto steps = json::parseItems<HistoryStep>(*h);
    if (!steps)
        return steps.error();
    int n = 0;
    for (const HistoryStep &s : std::as_const(*steps))
        n += s.note == note ? 1 : 0;
    return n;
}

} // namespace motcua::test
