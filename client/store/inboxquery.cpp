// SPDX-License-Identifier: GPL-3.0-or-later
//! The inbox queries of DossierRepository: views, search, sort, paging, counts.
#include "core/json.h"
#include "database.h"
#include "dossierrepository.h"
#include "textfold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace motcua {

namespace {

struct ViewName
{
    InboxView view;
    const char *wire;
};
constexpr ViewName kViews[] = {
    {InboxView::All, "all"},
    {InboxView::Mine, "mine"},
    {InboxView::Agency, "agency"},
    {InboxView::AwaitingApproval, "awaiting_approval"},
    {InboxView::SupplementRequested, "supplement_requested"},
    {InboxView::Overdue, "overdue"},
    {InboxView::DueSoon, "due_soon"},
    {InboxView::PendingSync, "pending_sync"},
    {InboxView::Conflicts, "conflicts"},
    {InboxView::Apologies, "apologies"},
};

const QString kPendingExists = QStringLiteral(
    "EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_id = d.id AND o.state IN ('pending', 'sending'))");
const QString kConflictExists = QStringLiteral(
    "EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_id = d.id AND o.state IN ('conflict', 'failed'))");

//! The WHERE clause and its bound values for a query. Only fixed SQL text is
//! composed; everything the user or the server supplied is a bound value.
struct Filter
{
    QString from = QStringLiteral(" FROM dossiers d");
    QStringList clauses;
    QVariantList binds;
};

//! The index that yields a sort's order (schema version 2), or empty when it
//! has none (descending sorts end on an ascending id).
QString sortIndex(const InboxQuery &q)
{
    if (q.descending)
        return {};
    switch (q.sort) {
    case InboxSort::DueDate:
        return QStringLiteral("dossiers_sort_due");
    case InboxSort::ReceivedDate:
        return QStringLiteral("dossiers_sort_received");
    case InboxSort::Procedure:
        return QStringLiteral("dossiers_sort_procedure");
    case InboxSort::Applicant:
        return QStringLiteral("dossiers_sort_applicant");
    }
    return {};
}

//! How a search drives the query. Few matches: from the search index to their
//! rows, then sorted (a few hundred row reads). Many matches (a keystroke's
//! first letters): along the sort's index, keeping rows the search matched,
//! until the page is full (the set of matches is built once, from the index).
enum class Drive { BySearch, BySortIndex };

Filter filterFor(const InboxQuery &q, Drive drive = Drive::BySearch)
{
    Filter f;
    const QDateTime now = q.now.isValid() ? q.now : QDateTime::currentDateTimeUtc();
    switch (q.view) {
    case InboxView::All:
        break;
    case InboxView::Mine:
        f.clauses << QStringLiteral("d.open = 1 AND d.assignee = ?");
        f.binds << q.username;
        break;
    case InboxView::Agency:
        f.clauses << QStringLiteral("d.open = 1 AND d.agency_code = ?");
        f.binds << q.agencyCode;
        break;
    case InboxView::AwaitingApproval:
        f.clauses << QStringLiteral("d.state = 'awaiting_approval'");
        break;
    case InboxView::SupplementRequested:
        f.clauses << QStringLiteral("d.state = 'supplement_requested'");
        break;
    case InboxView::Overdue:
        f.clauses << QStringLiteral("d.overdue_at < ?");
        f.binds << now.toMSecsSinceEpoch();
        break;
    case InboxView::DueSoon: {
        const QDateTime limit = q.calendar.addWorkingDays(now, q.dueSoonWorkingDays);
        f.clauses << QStringLiteral("d.overdue_at >= ? AND d.overdue_at <= ?");
        f.binds << now.toMSecsSinceEpoch() << (limit.isValid() ? limit : now).toMSecsSinceEpoch();
        break;
    }
    case InboxView::PendingSync:
        f.clauses << kPendingExists;
        break;
    case InboxView::Conflicts:
        f.clauses << kConflictExists;
        break;
    case InboxView::Apologies:
        //! Not terminal (a result issued late still waits for its letter). The agency index
        //! narrows to the agency's dossiers; instr() skips the JSON
        //! parse for the many without an apology letter.
        f.clauses << QStringLiteral(
            "d.agency_code = ? AND d.state NOT IN ('returned', 'rejected', 'withdrawn') AND instr(d.json, "
            "'\"apology\"') > 0 AND EXISTS (SELECT 1 FROM "
            "json_each(d.json, '$.components') c WHERE json_extract(c.value, '$.kind') = 'apology' "
            "AND json_extract(c.value, '$.signed') = 0)");
        f.binds << q.agencyCode;
        break;
    }
    if (q.restrictToIds) {
        f.clauses << QStringLiteral("d.id IN (SELECT value FROM json_each(?))");
        f.binds << QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(q.ids)).toJson(QJsonDocument::Compact));
    }
    const QString match = textfold::ftsQuery(q.search);
    if (!match.isEmpty()) {
        const QString index = sortIndex(q);
        //! First in the WHERE clause: along an index the match is tested on the
        //! index entry's rowid, before the row itself is read.
        if (drive == Drive::BySortIndex && !index.isEmpty()) {
            f.from = QStringLiteral(" FROM dossiers d INDEXED BY ") + index;
            f.clauses.prepend(
                QStringLiteral("d.rowid IN (SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH ?)"));
        } else {
            //! CROSS JOIN keeps the search index as the outer loop.
            f.from = QStringLiteral(" FROM dossier_fts f CROSS JOIN dossiers d ON d.rowid = f.rowid");
            f.clauses.prepend(QStringLiteral("f.dossier_fts MATCH ?"));
        }
        f.binds.prepend(match);
    }
    return f;
}

//! Matches above which a search's page is read along the sort's index.
constexpr int kBroadSearch = 2000;

QString whereSql(const Filter &f)
{
    return f.clauses.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + f.clauses.join(QStringLiteral(" AND "));
}

QString orderSql(const InboxQuery &q)
{
    const QString dir = q.descending ? QStringLiteral(" DESC") : QString();
    switch (q.sort) {
    case InboxSort::DueDate:
        return QStringLiteral(" ORDER BY d.due_at IS NULL, d.due_at%1, d.code%1, d.id").arg(dir);
    case InboxSort::ReceivedDate:
        return QStringLiteral(" ORDER BY d.received_at IS NULL, d.received_at%1, d.code%1, d.id").arg(dir);
    case InboxSort::Procedure:
        return QStringLiteral(" ORDER BY d.procedure_key%1, d.due_at IS NULL, d.due_at, d.id").arg(dir);
    case InboxSort::Applicant:
        return QStringLiteral(" ORDER BY d.applicant_key%1, d.due_at IS NULL, d.due_at, d.id").arg(dir);
    }
    return {};
}

} // namespace

QList<InboxView> allInboxViews()
{
    QList<InboxView> out;
    for (const ViewName &v : kViews)
        out << v.view;
    return out;
}

QString toWire(InboxView view)
{
    for (const ViewName &v : kViews) {
        if (v.view == view)
            return QString::fromLatin1(v.wire);
    }
    return {};
}

std::optional<InboxView> inboxViewFromWire(QStringView wire)
{
    for (const ViewName &v : kViews) {
        if (wire == QLatin1String(v.wire))
            return v.view;
    }
    return std::nullopt;
}

std::pair<QString, QVariantList> DossierRepository::listStatement(const InboxQuery &query, bool broadSearch)
{
    const Filter f = filterFor(query, broadSearch ? Drive::BySortIndex : Drive::BySearch);
    const QString order = orderSql(query);
    QVariantList binds = f.binds;
    QString page = QStringLiteral("SELECT d.rowid AS r") + f.from + whereSql(f) + order;
    if (query.limit > 0 || query.offset > 0) {
        page += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << (query.limit > 0 ? query.limit : -1) << qMax(0, query.offset);
    }
    //! The page is chosen on rowids and sort keys only; the JSON (most of a
    //! row's bytes) is read for the rows of the page, not for every match.
    const QString text = QStringLiteral("SELECT d.json, ") + kPendingExists + QStringLiteral(", ")
        + kConflictExists + QStringLiteral(" FROM (") + page
        + QStringLiteral(") p JOIN dossiers d ON d.rowid = p.r") + order;
    return {text, binds};
}

Result<bool> DossierRepository::isBroadSearch(const InboxQuery &query)
{
    const QString match = textfold::ftsQuery(query.search);
    if (match.isEmpty() || sortIndex(query).isEmpty())
        return false;
    auto n = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM dossier_fts WHERE dossier_fts MATCH ? LIMIT ?)"),
        {match, kBroadSearch + 1});
    if (!n)
        return n.error();
    return n->toInt() > kBroadSearch;
}

Result<QList<InboxItem>> DossierRepository::list(const InboxQuery &query)
{
    auto broad = isBroadSearch(query);
    if (!broad)
        return broad.error();
    const auto [text, binds] = listStatement(query, *broad);
    auto q = m_db.run(text, binds);
    if (!q)
        return q.error();
    QList<InboxItem> items;
    while ((*q)->next()) {
        QJsonParseError pe {};
        const QJsonDocument doc = QJsonDocument::fromJson((*q)->value(0).toString().toUtf8(), &pe);
        InboxItem item;
        Status s = doc.isObject()
            ? json::fromJson(doc.object(), item.dossier)
            : Status(Error::make(Error::Kind::Invalid, QStringLiteral("json.syntax"), "bad JSON"));
        if (!s) {
            (*q)->finish();
            return Error::make(Error::Kind::Storage, QStringLiteral("store.corrupt"),
                               QT_TRANSLATE_NOOP("motcua::Error", "The local cache file is damaged."))
                .withDetail(s.error().toString());
        }
        item.pendingSync = (*q)->value(1).toBool();
        item.conflict = (*q)->value(2).toBool();
        items.append(std::move(item));
    }
    (*q)->finish();
    return items;
}

Result<QList<ComponentRef>> DossierRepository::componentRefs(const InboxQuery &query)
{
    const Filter f = filterFor(query);
    const QString order = orderSql(query);
    QString page = QStringLiteral("SELECT d.id AS id, row_number() OVER (") + order.mid(1)
        + QStringLiteral(") AS n") + f.from + whereSql(f) + order;
    QVariantList binds = f.binds;
    if (query.limit > 0 || query.offset > 0) {
        page += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << (query.limit > 0 ? query.limit : -1) << qMax(0, query.offset);
    }
    const QString text = QStringLiteral("WITH p AS (") + page
        + QStringLiteral(") SELECT c.dossier_id, c.id, c.sha256, c.size FROM p "
                         "JOIN components c ON c.dossier_id = p.id ORDER BY p.n, c.position");
    auto q = m_db.run(text, binds);
    if (!q)
        return q.error();
    QList<ComponentRef> refs;
    while ((*q)->next())
        refs.append({(*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toString(),
                     (*q)->value(3).toLongLong()});
    (*q)->finish();
    return refs;
}

Result<int> DossierRepository::count(const InboxQuery &query)
{
    const Filter f = filterFor(query);
    auto v = m_db.scalar(QStringLiteral("SELECT count(*)") + f.from + whereSql(f), f.binds);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QHash<InboxView, int>> DossierRepository::countsPerView(const InboxQuery &query)
{
    QHash<InboxView, int> counts;
    Status s = m_db.read([&]() -> Status {
        for (const InboxView view : allInboxViews()) {
            InboxQuery q = query;
            q.view = view;
            auto n = count(q);
            if (!n)
                return n.error();
            counts.insert(view, *n);
        }
        return {};
    });
    if (!s)
        return s.error();
    return counts;
}

} // namespace motcua
