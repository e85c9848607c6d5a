// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/annotation.h"
#include "core/dossier.h"
#include "core/historystep.h"
#include "core/result.h"
#include "inboxquery.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVariant>
#include <optional>
#include <utility>

namespace motcua {

class Database;
class FieldCipher;

//! Dossiers in the local cache, their components, history and annotations, the
//! inbox queries and the search index.
//!
//! Local changes and server copies: a row holds the dossier as the user sees it
//! (`json`, possibly with optimistic changes from the outbox) and, while the
//! dossier has outbox actions not done, the newest server copy beside it
//! (`server_json`). A pulled server version never overwrites a local optimistic
//! state: it is kept as the server copy until the dossier's actions are all done
//! (then the newest server copy becomes the local state) — see OutboxRepository.
class DossierRepository
{
public:
    explicit DossierRepository(Database &db);

    enum class Outcome {
        Inserted, //!< new dossier
        Updated, //!< newer server version replaced the local state
        KeptLocal, //!< newer server version stored beside pending local changes
        Deleted, //!< tombstone removed the dossier
        Stale, //!< version not newer than what we have: nothing changed
    };

    //! Applies one server item (dossier or tombstone) if its version is newer
    //! than the last server version seen. Use inside Database::write() for atomicity.
    [[nodiscard]] Result<Outcome> applyServerItem(const Dossier &item);
    //! applyServerItem, true when something changed.
    [[nodiscard]] Result<bool> upsert(const Dossier &item);

    struct PageResult
    {
        int applied = 0; //!< inserted, updated or kept beside local changes
        int deleted = 0;
        int stale = 0;
    };
    //! A page of the changes feed and its cursor in ONE transaction: on any
    //! failure neither rows nor cursor change.
    [[nodiscard]] Result<PageResult> applyChangesPage(const QList<Dossier> &items, const QString &cursor);
    //! The same with each item's JSON as the server sent it (compact text, same
    //! order and size as items; empty = serialise items): stored as received,
    //! not re-serialised. The caller vouches that texts[i] is items[i].
    [[nodiscard]] Result<PageResult> applyChangesPage(const QList<Dossier> &items, const QStringList &texts,
                                                      const QString &cursor);

    //! A page (or several) of the changes feed ready to be written.
    struct Page
    {
        QList<Dossier> items;
        QStringList texts; //!< empty, or as in applyChangesPage(items, texts, cursor)
        QString cursor;
    };
    //! What a bulk first pull (beginBulkLoad) knows across its pages: the ids it
    //! wrote. The cache was empty before, so any other id is new and needs no lookup.
    struct BulkLoad
    {
        QSet<QString> written;
    };
    //! applyChangesPage for a prepared page; bulk: the pull's BulkLoad, or null.
    [[nodiscard]] Result<PageResult> applyChangesPage(const Page &page, BulkLoad *bulk = nullptr);

    //! A first pull into an empty cache: drops the dossiers' secondary indexes
    //! (built once by endBulkLoad, or by the next open after a crash), lets the
    //! WAL grow between checkpoints and commits with synchronous=NORMAL (a
    //! crash still loses no committed page: WAL; a power cut may lose the last
    //! pages, which are pulled again since their cursor goes with them).
    //! Returns false (and does nothing) when the cache is not empty.
    [[nodiscard]] Result<bool> beginBulkLoad();
    //! Builds the indexes, restores synchronous=FULL and checkpoints.
    [[nodiscard]] Status endBulkLoad();

    //! The dossier as the user sees it (with local changes).
    [[nodiscard]] Result<std::optional<Dossier>> get(const QString &id);
    [[nodiscard]] Result<std::optional<Dossier>> getByCode(const QString &code);
    //! The newest server copy (equal to get() when nothing is pending).
    [[nodiscard]] Result<std::optional<Dossier>> serverCopy(const QString &id);
    //! Last server version seen for id (0 when unknown).
    [[nodiscard]] Result<qint64> serverVersion(const QString &id);

    //! Writes the local (optimistic) state and keeps the current server copy
    //! aside. Used by OutboxRepository::enqueue in its transaction.
    [[nodiscard]] Status writeLocal(const Dossier &local);
    //! A dossier made on this machine (received at the desk) before the server has
    //! it: server version 0, so the server's copy replaces it whenever it arrives.
    [[nodiscard]] Status insertLocal(const Dossier &local) { return writeRow(local, 0, QString()); }
    //! After an outbox action was answered: a newer server dossier becomes the
    //! server copy, and once the dossier has no action left that is not done the
    //! newest server copy replaces the optimistic local state.
    [[nodiscard]] Status settle(const QString &id, const std::optional<Dossier> &fromServer);
    //! Drops local changes: the server copy becomes the local state again.
    [[nodiscard]] Status restoreServerCopy(const QString &id);

    [[nodiscard]] Result<QList<InboxItem>> list(const InboxQuery &query);
    [[nodiscard]] Result<int> count(const InboxQuery &query);
    //! The documents of the dossiers a query lists, in the list's order (most
    //! urgent first when sorted by due date), without decoding any dossier:
    //! what a prefetch of the inbox needs.
    [[nodiscard]] Result<QList<ComponentRef>> componentRefs(const InboxQuery &query);
    //! The SQL text and bound values list() runs for a query (for benchmarks
    //! and diagnostics, e.g. EXPLAIN QUERY PLAN in the sqlite3 shell).
    //! broadSearch: the statement for a search matching many dossiers (read
    //! along the sort's index); list() decides with isBroadSearch().
    //! cipher: the store's (Database::fieldCipher), for the search tokens.
    [[nodiscard]] static std::pair<QString, QVariantList>
    listStatement(const InboxQuery &query, bool broadSearch = false, const FieldCipher *cipher = nullptr);
    //! The search matches so many dossiers that the page is best read along
    //! the sort's index (one bounded query on the search index).
    [[nodiscard]] Result<bool> isBroadSearch(const InboxQuery &query);
    //! Counts for every view with the query's user, agency, search and now.
    [[nodiscard]] Result<QHash<InboxView, int>> countsPerView(const InboxQuery &query);
    [[nodiscard]] Result<int> total();
    [[nodiscard]] Result<QStringList> allIds();
    //! After a full re-sync: removes dossiers not in keep, except those with outbox actions.
    [[nodiscard]] Result<int> pruneExcept(const QSet<QString> &keep);

    [[nodiscard]] Status replaceHistory(const QString &dossierId, const QList<HistoryStep> &steps);
    [[nodiscard]] Result<QList<HistoryStep>> history(const QString &dossierId);
    [[nodiscard]] Status replaceAnnotations(const QString &dossierId, const QList<Annotation> &annotations);
    [[nodiscard]] Result<QList<Annotation>> annotations(const QString &dossierId);

    //! Rewrites every row with the store's cipher (sealed JSON, search tokens):
    //! a cache from before encryption, or from a profile without a key that has
    //! one now (cachekey.cpp). Returns the number of dossiers rewritten.
    [[nodiscard]] Result<int> resealAll();
    //! Inserts or replaces (by id) one annotation: the optimistic copy of an annotate
    //! action, written in the action's transaction (see ActionQueue).
    [[nodiscard]] Status upsertAnnotation(const Annotation &annotation);
    //! The server's annotations of a dossier, then on top those of its annotate
    //! actions not yet accepted (pending, sending, failed, conflict), so that a
    //! pull never wipes an official's unsent work.
    [[nodiscard]] Status replaceAnnotationsKeepingPending(const QString &dossierId,
                                                          const QList<Annotation> &fromServer);

private:
    //! A procedure's values in a row, looked up once per page instead of once per row.
    struct Procedure
    {
        QString name; //!< the name, or the code when the directory does not know it
        QByteArray sortKey;
        QString folded; //!< searched
        QString foldedJson; //!< folded as a JSON string
    };
    //! What applyChangesPage keeps for the whole page.
    struct PageContext
    {
        QSet<QString> withOpenActions; //!< dossier ids with outbox actions not done
        QHash<QString, Procedure> procedures; //!< by code
        QList<qint64> searchDeletes; //!< rowids whose search row (from before the page) goes
        //! rowid -> folded search columns to insert, as JSON strings (rowid order)
        QMap<qint64, QString> searchRows;
        BulkLoad *bulk = nullptr;
        //! In a bulk pull: the ids this page inserted (added to BulkLoad::written once committed).
        QSet<QString> inserted;
    };
    [[nodiscard]] Status flushSearchRows(const PageContext &page);
    [[nodiscard]] Result<Outcome> applyItem(const Dossier &item, const QString &text, PageContext *page);
    [[nodiscard]] Status writeRow(const Dossier &local, qint64 serverVersion, const QString &serverJson,
                                  const QString &jsonText = QString(), PageContext *page = nullptr,
                                  bool fresh = false);
    [[nodiscard]] Result<Procedure> procedure(const QString &code, PageContext *page);
    [[nodiscard]] Status deleteRow(const QString &id, PageContext *page = nullptr);
    [[nodiscard]] Result<bool> hasOpenActions(const QString &id);
    [[nodiscard]] Result<QString> procedureName(const QString &code);
    [[nodiscard]] Result<std::optional<Dossier>> readOne(const QString &sql, const QString &key);
    //! The rowids a query matches, in applicant order (inboxquery.cpp): the
    //! applicant's sort key is sealed in the cache (issue 19), so SQL cannot
    //! order by it; the keys are opened and the rows ordered here.
    [[nodiscard]] Result<QList<qint64>> applicantOrder(const InboxQuery &query);
    //! The statement reading the query's page in that order: `select` over
    //! `d` (the dossier) and `p.key` (its place in the page), and its value.
    [[nodiscard]] Result<std::pair<QString, QVariantList>> applicantPage(const InboxQuery &query,
                                                                         const QString &select);
    [[nodiscard]] Result<QByteArray> openedSortKey(const QVariant &stored);

    Database &m_db;
    //! The last applicant order, for the pages of one list (scrolling), valid
    //! while the statement, its values and the database are unchanged.
    struct ApplicantOrder
    {
        QString statement;
        QVariantList binds;
        bool descending = false;
        QVariant dataVersion;
        QList<qint64> rowids;
    };
    ApplicantOrder m_applicantOrder;
    //! Opened sort keys by the sealed value's authentication tag (each seal has its own).
    QHash<QByteArray, QByteArray> m_openedKeys;
};

} // namespace motcua
