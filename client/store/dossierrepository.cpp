// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierrepository.h"

#include "core/json.h"
#include "database.h"
#include "fieldcipher.h"
#include "indicatorsource.h"
#include "schema.h"
#include "sortkey.h"
#include "statements.h"
#include "storelog.h"
#include "syncstaterepository.h"
#include "textfold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <limits>

namespace motcua {

namespace {

QVariant ms(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Error corruptRow(const QString &what, const Error &cause)
{
    return Error::make(Error::Kind::Storage, QStringLiteral("store.corrupt"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The local cache file is damaged."))
        .withDetail(what + QStringLiteral(": ") + cause.toString());
}

template<typename T> Result<T> parseStored(const QString &text, const QString &what)
{
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return corruptRow(what,
                          Error::make(Error::Kind::Invalid, QStringLiteral("json.syntax"), "bad JSON")
                              .withDetail(pe.errorString()));
    auto r = json::parse<T>(doc.object());
    if (!r)
        return corruptRow(what, r.error());
    return r;
}

//! Runs a one-column query of stored JSON rows and decodes each as T (history, annotations).
//! The rows are read out before decoding so the cached statement is finished early.
template<typename T>
Result<QList<T>> readStoredList(Database &db, const QString &sqlText, const QString &dossierId,
                                const QString &what)
{
    auto q = db.run(sqlText, {dossierId});
    if (!q)
        return q.error();
    QList<QVariant> rows;
    while ((*q)->next())
        rows << (*q)->value(0);
    (*q)->finish();
    QList<T> out;
    for (const QVariant &row : std::as_const(rows)) {
        auto text = fields::open(db.fieldCipher(), row);
        if (!text)
            return text.error();
        auto item = parseStored<T>(*text, what + dossierId);
        if (!item)
            return item.error();
        out.append(std::move(*item));
    }
    return out;
}

//! The instant after which the dossier counts as overdue (Dossier::isOverdue):
//! null = never (done, no due date, or clock paused before the due date);
//! the minimum = already overdue whatever "now" is (paused after the due date).
QVariant overdueAt(const Dossier &d)
{
    if (isTerminal(d.state) || d.finishedAt.isValid() || !d.dueAt.isValid())
        return QVariant();
    if (d.state == DossierState::SupplementRequested && d.pausedAt.isValid())
        return d.pausedAt > d.dueAt ? QVariant(std::numeric_limits<qint64>::min()) : QVariant();
    return QVariant(d.dueAt.toMSecsSinceEpoch());
}

//! "a","b",... : texts as JSON strings, comma-separated.
QString jsonStrings(const QStringList &texts)
{
    QString out;
    qsizetype size = 0;
    for (const QString &t : texts)
        size += t.size() + 3;
    out.reserve(size);
    for (const QString &t : texts) {
        if (!out.isEmpty())
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        for (const QChar c : t) {
            if (c == u'"' || c == u'\\') {
                out += QLatin1Char('\\');
                out += c;
            } else if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
        out += QLatin1Char('"');
    }
    return out;
}

} // namespace

DossierRepository::DossierRepository(Database &db)
    : m_db(db)
{ }

Result<QString> DossierRepository::procedureName(const QString &code)
{
    auto v = m_db.scalar(sql::kProcedureName, {code});
    if (!v)
        return v.error();
    return v->isValid() ? v->toString() : QString();
}

Result<DossierRepository::Procedure> DossierRepository::procedure(const QString &code, PageContext *page)
{
    //! The same for every row of a procedure, so a page looks each one up once.
    if (page) {
        if (const auto it = page->procedures.constFind(code); it != page->procedures.cend())
            return *it;
    }
    auto name = procedureName(code);
    if (!name)
        return name.error();
    Procedure p;
    p.name = name->isEmpty() ? code : *name;
    p.sortKey = sortkey::vietnamese(p.name);
    p.folded = fields::indexText(m_db.fieldCipher(), textfold::fold(p.name));
    p.foldedJson = jsonStrings({p.folded});
    if (page)
        page->procedures.insert(code, p);
    return p;
}

Status DossierRepository::writeRow(const Dossier &d, qint64 serverVersion, const QString &serverJson,
                                   const QString &jsonText, PageContext *page, bool fresh)
{
    auto proc = procedure(d.procedureCode, page);
    if (!proc)
        return proc.error();
    const FieldCipher *cipher = m_db.fieldCipher();
    //! The dossier's JSON and its server copy are sealed (fieldcipher.h); the
    //! components' JSON (documents: hashes, sizes, kinds) stays readable by SQL.
    const QVariant serverJsonValue = serverJson.isNull() ? QVariant() : fields::seal(cipher, serverJson);
    QJsonArray components;
    for (const Component &c : d.components)
        components.append(json::toJson(c));
    auto up = m_db.run(sql::kUpsertDossier,
                       {d.id, d.code, d.procedureCode, toWire(d.state), d.agencyCode, d.assignee,
                        QString(), //!< applicant_name: only in the sealed JSON
                        //! Sealed: a collation key can be decoded back to the name.
                        fields::sealBytes(cipher, sortkey::vietnamese(d.applicant.name)), proc->sortKey,
                        ms(d.receivedAt), ms(d.dueAt), ms(d.stepDueAt), ms(d.finishedAt),
                        (!isTerminal(d.state) && !d.finishedAt.isValid()) ? 1 : 0, overdueAt(d), d.version,
                        fields::seal(cipher, jsonText.isEmpty() ? compact(json::toJson(d)) : jsonText),
                        serverVersion, serverJsonValue, QDateTime::currentMSecsSinceEpoch(),
                        QString::fromUtf8(QJsonDocument(components).toJson(QJsonDocument::Compact))});
    if (!up)
        return up.error();
    if (!(*up)->next())
        return Database::sqliteError(1, QStringLiteral("upsert returned no rowid"));
    const qint64 rowid = (*up)->value(0).toLongLong();
    (*up)->finish();

    //! The search index holds keyed tokens of the folded words, not the words.
    const QStringList searchText = {fields::indexText(cipher, textfold::fold(d.code)),
                                    fields::indexText(cipher, textfold::fold(d.applicant.name)),
                                    fields::indexText(cipher, textfold::fold(d.applicant.idNumber)),
                                    fields::indexText(cipher, textfold::fold(d.applicant.address))};
    if (page) {
        //! A page writes its search rows in two statements at its end (see flushSearchRows).
        if (!fresh && !page->searchRows.contains(rowid))
            page->searchDeletes.append(rowid);
        page->searchRows.insert(rowid, jsonStrings(searchText) + QLatin1Char(',') + proc->foldedJson);
    } else {
        //! A row that did not exist has no search entry yet.
        if (!fresh) {
            if (Status s = m_db.exec(sql::kFtsDelete, {rowid}); !s)
                return s;
        }
        QVariantList binds {rowid};
        for (const QString &t : searchText)
            binds << t;
        binds << proc->folded;
        if (Status s = m_db.exec(sql::kFtsInsert, binds); !s)
            return s;
    }

    //! Components are read from the JSON (the `components` view); the
    //! indicators read their own columns, written here with the row.
    return indicatorsource::writeInputs(m_db, d, fresh);
}

Status DossierRepository::deleteRow(const QString &id, PageContext *page)
{
    auto rowid = m_db.scalar(sql::kDossierRowid, {id});
    if (!rowid)
        return rowid.error();
    if (!rowid->isValid())
        return {};
    if (page)
        page->searchRows.remove(rowid->toLongLong()); //!< written earlier in this page: not in the index yet
    if (Status s = m_db.exec(sql::kFtsDelete, {rowid->toLongLong()}); !s)
        return s;
    //! history and annotations go with the row (ON DELETE CASCADE); components are in its JSON.
    return m_db.exec(sql::kDeleteDossier, {id});
}

Result<bool> DossierRepository::hasOpenActions(const QString &id)
{
    auto n = m_db.scalar(sql::kOutboxOpenForDossier, {id});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Result<DossierRepository::Outcome> DossierRepository::applyServerItem(const Dossier &item)
{
    return applyItem(item, QString(), nullptr);
}

Result<DossierRepository::Outcome> DossierRepository::applyItem(const Dossier &item, const QString &text,
                                                                PageContext *page)
{
    if (item.id.isEmpty())
        return Error::make(Error::Kind::Invalid, QStringLiteral("store.invalid_dossier"),
                           QT_TRANSLATE_NOOP("motcua::Error", "A dossier without an id cannot be stored."));
    bool exists = false;
    qint64 known = 0;
    //! In a bulk first pull only an id this pull wrote can be in the cache.
    if (!page || !page->bulk || page->bulk->written.contains(item.id) || page->inserted.contains(item.id)) {
        auto q = m_db.run(sql::kDossierServerVersion, {item.id});
        if (!q)
            return q.error();
        exists = (*q)->next();
        known = exists ? (*q)->value(0).toLongLong() : 0;
        (*q)->finish();
    }

    //! A tombstone carries the version the dossier had when it left our scope (a
    //! forward): the same version as the server's copy our push already stored.
    if (exists && (item.deleted ? item.version < known : item.version <= known))
        return Outcome::Stale;
    if (item.deleted) {
        if (!exists)
            return Outcome::Stale;
        if (Status s = deleteRow(item.id, page); !s)
            return s.error();
        return Outcome::Deleted;
    }
    bool pending = false;
    if (exists) {
        //! Only a cached dossier can have outbox actions (enqueue writes its row).
        if (page) {
            pending = page->withOpenActions.contains(item.id);
        } else {
            auto open = hasOpenActions(item.id);
            if (!open)
                return open.error();
            pending = *open;
        }
    }
    if (pending) {
        //! Keep the user's optimistic state; remember the server's beside it.
        if (Status s = m_db.exec(
                sql::kKeepServerCopy,
                {item.version,
                 fields::seal(m_db.fieldCipher(), text.isEmpty() ? compact(json::toJson(item)) : text),
                 QDateTime::currentMSecsSinceEpoch(), item.id});
            !s)
            return s.error();
        return Outcome::KeptLocal;
    }
    if (Status s = writeRow(item, item.version, QString(), text, page, !exists); !s)
        return s.error();
    if (page && page->bulk && !exists)
        page->inserted.insert(item.id);
    return exists ? Outcome::Updated : Outcome::Inserted;
}

Result<bool> DossierRepository::upsert(const Dossier &item)
{
    auto r = applyServerItem(item);
    if (!r)
        return r.error();
    return *r != Outcome::Stale;
}

Result<DossierRepository::PageResult> DossierRepository::applyChangesPage(const QList<Dossier> &items,
                                                                          const QString &cursor)
{
    return applyChangesPage(items, QStringList(), cursor);
}

Result<DossierRepository::PageResult> DossierRepository::applyChangesPage(const QList<Dossier> &items,
                                                                          const QStringList &texts,
                                                                          const QString &cursor)
{
    return applyChangesPage(Page {items, texts, cursor});
}

Result<DossierRepository::PageResult> DossierRepository::applyChangesPage(const Page &in, BulkLoad *bulk)
{
    const bool withTexts = in.texts.size() == in.items.size();
    PageResult result;
    QSet<QString> inserted;
    Status s = m_db.write([&]() -> Status {
        PageContext page;
        page.bulk = bulk;
        auto open = m_db.run(sql::kOutboxOpenDossiers);
        if (!open)
            return open.error();
        while ((*open)->next())
            page.withOpenActions.insert((*open)->value(0).toString());
        (*open)->finish();
        for (qsizetype i = 0; i < in.items.size(); ++i) {
            auto r = applyItem(in.items.at(i), withTexts ? in.texts.at(i) : QString(), &page);
            if (!r)
                return r.error();
            switch (*r) {
            case Outcome::Inserted:
            case Outcome::Updated:
            case Outcome::KeptLocal:
                ++result.applied;
                break;
            case Outcome::Deleted:
                ++result.deleted;
                break;
            case Outcome::Stale:
                ++result.stale;
                break;
            }
        }
        if (Status f = flushSearchRows(page); !f)
            return f;
        if (Status c = m_db.exec(sql::kSetSyncState, {SyncStateRepository::kCursor, in.cursor}); !c)
            return c;
        inserted = std::move(page.inserted);
        return {};
    });
    if (!s)
        return s.error();
    if (bulk)
        bulk->written.unite(inserted); //!< only once committed
    return result;
}

Status DossierRepository::flushSearchRows(const PageContext &page)
{
    //! FTS5 writes its pending rows to a new segment whenever a statement opens
    //! a savepoint after the index was written in the transaction (every upsert
    //! does): row-by-row inserts made one tiny segment per row, then merged them.
    //! So the page's search rows go in last, as two statements over a JSON array.
    if (!page.searchDeletes.isEmpty()) {
        QJsonArray rowids;
        for (const qint64 r : page.searchDeletes)
            rowids.append(r);
        if (Status s = m_db.exec(sql::kFtsDeleteMany,
                                 {QString::fromUtf8(QJsonDocument(rowids).toJson(QJsonDocument::Compact))});
            !s)
            return s;
    }
    if (page.searchRows.isEmpty())
        return {};
    //! Written as text: each row's columns are JSON strings already (writeRow).
    QString rows;
    qsizetype size = 2;
    for (const QString &row : page.searchRows)
        size += row.size() + 24;
    rows.reserve(size);
    rows += QLatin1Char('[');
    for (auto it = page.searchRows.cbegin(); it != page.searchRows.cend(); ++it) {
        if (rows.size() > 1)
            rows += QLatin1Char(',');
        rows += QLatin1Char('[') + QString::number(it.key()) + QLatin1Char(',') + it.value()
            + QLatin1Char(']');
    }
    rows += QLatin1Char(']');
    return m_db.exec(sql::kFtsInsertMany, {rows});
}

Result<bool> DossierRepository::beginBulkLoad()
{
    auto n = total();
    if (!n)
        return n.error();
    if (*n > 0)
        return false;
    Status s = m_db.write([&]() -> Status {
        for (const QString &name : schema::dossierIndexNames()) {
            if (Status e = m_db.exec(QStringLiteral("DROP INDEX IF EXISTS ") + name.mid(1, name.size() - 2));
                !e)
                return e;
        }
        return {};
    });
    if (!s)
        return s.error();
    for (const char *pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA wal_autocheckpoint=16384"}) {
        if (auto r = m_db.pragma(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    return true;
}

Status DossierRepository::endBulkLoad()
{
    Status built = m_db.restoreDossierIndexes();
    for (const char *pragma :
         {"PRAGMA synchronous=FULL", "PRAGMA wal_autocheckpoint=1000", "PRAGMA wal_checkpoint(PASSIVE)"}) {
        if (auto r = m_db.pragma(QString::fromLatin1(pragma)); !r && built)
            built = r.error();
    }
    return built;
}

Result<std::optional<Dossier>> DossierRepository::readOne(const QString &sqlText, const QString &key)
{
    auto v = m_db.scalar(sqlText, {key});
    if (!v)
        return v.error();
    if (!v->isValid() || v->isNull())
        return std::optional<Dossier>();
    auto text = fields::open(m_db.fieldCipher(), *v);
    if (!text)
        return text.error();
    auto d = parseStored<Dossier>(*text, QStringLiteral("dossier ") + key);
    if (!d)
        return d.error();
    return std::optional<Dossier>(std::move(*d));
}

Result<std::optional<Dossier>> DossierRepository::get(const QString &id)
{
    return readOne(sql::kDossierJsonById, id);
}

Result<std::optional<Dossier>> DossierRepository::getByCode(const QString &code)
{
    return readOne(sql::kDossierJsonByCode, code);
}

Result<std::optional<Dossier>> DossierRepository::serverCopy(const QString &id)
{
    return readOne(sql::kDossierServerJsonById, id);
}

Result<qint64> DossierRepository::serverVersion(const QString &id)
{
    auto q = m_db.run(sql::kDossierServerVersion, {id});
    if (!q)
        return q.error();
    const qint64 v = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return v;
}

Status DossierRepository::writeLocal(const Dossier &local)
{
    auto q = m_db.run(sql::kDossierServerState, {local.id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error::make(Error::Kind::NotFound, QStringLiteral("store.dossier_missing"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The dossier is not in the local cache."))
            .withDetail(local.id);
    const qint64 serverVersion = (*q)->value(0).toLongLong();
    //! The server copy is what the row held before its first local change.
    const QVariant stored = (*q)->value(2).isNull() ? (*q)->value(1) : (*q)->value(2);
    (*q)->finish();
    auto serverJson = fields::open(m_db.fieldCipher(), stored);
    if (!serverJson)
        return serverJson.error();
    return writeRow(local, serverVersion, *serverJson);
}

Status DossierRepository::settle(const QString &id, const std::optional<Dossier> &fromServer)
{
    const bool usable = fromServer.has_value() && !fromServer->deleted && fromServer->id == id;
    auto q = m_db.run(sql::kDossierServerState, {id});
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        (*q)->finish();
        return usable ? writeRow(*fromServer, fromServer->version, QString()) : Status();
    }
    const qint64 known = (*q)->value(0).toLongLong();
    const QVariant storedValue = (*q)->value(2).isNull() ? (*q)->value(1) : (*q)->value(2);
    (*q)->finish();
    auto opened = fields::open(m_db.fieldCipher(), storedValue);
    if (!opened)
        return opened.error();
    const QString storedCopy = *opened;
    const bool newer = usable && fromServer->version > known;

    auto pending = hasOpenActions(id);
    if (!pending)
        return pending.error();
    if (*pending) {
        if (!newer)
            return {};
        return m_db.exec(sql::kKeepServerCopy,
                         {fromServer->version,
                          fields::seal(m_db.fieldCipher(), compact(json::toJson(*fromServer))),
                          QDateTime::currentMSecsSinceEpoch(), id});
    }
    if (newer)
        return writeRow(*fromServer, fromServer->version, QString());
    auto copy = parseStored<Dossier>(storedCopy, QStringLiteral("server copy of ") + id);
    if (!copy)
        return copy.error();
    return writeRow(*copy, known, QString());
}

Status DossierRepository::restoreServerCopy(const QString &id)
{
    auto copy = serverCopy(id);
    if (!copy)
        return copy.error();
    if (!copy->has_value())
        return {};
    auto version = serverVersion(id);
    if (!version)
        return version.error();
    return writeRow(**copy, *version, QString());
}

Result<int> DossierRepository::total()
{
    auto v = m_db.scalar(sql::kDossierCount);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QStringList> DossierRepository::allIds()
{
    auto q = m_db.run(sql::kDossierIds);
    if (!q)
        return q.error();
    QStringList ids;
    while ((*q)->next())
        ids << (*q)->value(0).toString();
    (*q)->finish();
    return ids;
}

Result<int> DossierRepository::pruneExcept(const QSet<QString> &keep)
{
    auto ids = allIds();
    if (!ids)
        return ids.error();
    int removed = 0;
    Status s = m_db.write([&]() -> Status {
        for (const QString &id : std::as_const(*ids)) {
            if (keep.contains(id))
                continue;
            auto pending = hasOpenActions(id);
            if (!pending)
                return pending.error();
            if (*pending)
                continue;
            if (Status d = deleteRow(id); !d)
                return d;
            ++removed;
        }
        return {};
    });
    if (!s)
        return s.error();
    return removed;
}

Status DossierRepository::replaceHistory(const QString &dossierId, const QList<HistoryStep> &steps)
{
    return m_db.write([&]() -> Status {
        if (Status s = m_db.exec(sql::kDeleteHistory, {dossierId}); !s)
            return s;
        int position = 0;
        for (const HistoryStep &step : steps) {
            const QString id = step.id.isEmpty() ? QString::number(position) : step.id;
            if (Status s = m_db.exec(sql::kInsertHistory,
                                     {dossierId, id, position, ms(step.at),
                                      fields::seal(m_db.fieldCipher(), compact(json::toJson(step)))});
                !s)
                return s;
            ++position;
        }
        return {};
    });
}

Result<QList<HistoryStep>> DossierRepository::history(const QString &dossierId)
{
    return readStoredList<HistoryStep>(m_db, sql::kSelectHistory, dossierId, QStringLiteral("history of "));
}

Status DossierRepository::replaceAnnotations(const QString &dossierId, const QList<Annotation> &annotations)
{
    return m_db.write([&]() -> Status {
        if (Status s = m_db.exec(sql::kDeleteAnnotations, {dossierId}); !s)
            return s;
        int position = 0;
        for (const Annotation &a : annotations) {
            if (Status s = m_db.exec(sql::kInsertAnnotation,
                                     {dossierId, a.id, position++,
                                      fields::seal(m_db.fieldCipher(), compact(json::toJson(a)))});
                !s)
                return s;
        }
        return {};
    });
}

Result<QList<Annotation>> DossierRepository::annotations(const QString &dossierId)
{
    return readStoredList<Annotation>(m_db, sql::kSelectAnnotations, dossierId,
                                      QStringLiteral("annotation of "));
}

Status DossierRepository::upsertAnnotation(const Annotation &annotation)
{
    if (annotation.dossierId.isEmpty() || annotation.id.isEmpty())
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("store.annotation_id_missing"),
            QT_TRANSLATE_NOOP("motcua::Error", "An annotation without an id cannot be stored."));
    return m_db.exec(sql::kUpsertAnnotation,
                     {annotation.dossierId, annotation.id, annotation.dossierId,
                      fields::seal(m_db.fieldCipher(), compact(json::toJson(annotation)))});
}

Status DossierRepository::replaceAnnotationsKeepingPending(const QString &dossierId,
                                                           const QList<Annotation> &fromServer)
{
    return m_db.write([&]() -> Status {
        auto q = m_db.run(sql::kSelectOpenAnnotatePayloads, {dossierId});
        if (!q)
            return q.error();
        QStringList payloads;
        while ((*q)->next()) {
            //! A payload that does not open is skipped like one that does not parse.
            if (auto text = fields::open(m_db.fieldCipher(), (*q)->value(0)))
                payloads << *text;
        }
        (*q)->finish();
        if (Status s = replaceAnnotations(dossierId, fromServer); !s)
            return s;
        for (const QString &text : std::as_const(payloads)) {
            const QJsonObject payload = QJsonDocument::fromJson(text.toUtf8()).object();
            auto a = json::parse<Annotation>(payload.value(QStringLiteral("annotation")).toObject());
            if (!a || a->dossierId != dossierId)
                continue; // the outbox keeps the action; the server will refuse it
            if (Status s = upsertAnnotation(*a); !s)
                return s;
        }
        return {};
    });
}

} // namespace motcua
