// SPDX-License-Identifier: GPL-3.0-or-later
//! The inbox queries of DossierRepository: views, search, sort, paging, counts.
#include "core/json.h"
#include "database.h"
#include "dossierrepository.h"
#include "fieldcipher.h"
#include "textfold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

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
    {InboxView::Finished, "finished"},
};

struct FieldName
{
    const char *prefix; //!< folded
    SearchTerms::Field field;
};
constexpr FieldName kFieldNames[] = {
    {"ten", SearchTerms::Field::Applicant},      {"name", SearchTerms::Field::Applicant},
    {"nguoinop", SearchTerms::Field::Applicant}, {"ma", SearchTerms::Field::Code},
    {"code", SearchTerms::Field::Code},          {"mahoso", SearchTerms::Field::Code},
    {"diachi", SearchTerms::Field::Address},     {"address", SearchTerms::Field::Address},
    {"dc", SearchTerms::Field::Address},         {"cccd", SearchTerms::Field::IdNumber},
    {"cmnd", SearchTerms::Field::IdNumber},      {"id", SearchTerms::Field::IdNumber},
    {"thutuc", SearchTerms::Field::Procedure},   {"procedure", SearchTerms::Field::Procedure},
};

//! The search index's column of a field (fixed text, never user input).
QString columnOf(SearchTerms::Field field)
{
    switch (field) {
    case SearchTerms::Field::Code:
        return QStringLiteral("code");
    case SearchTerms::Field::Applicant:
        return QStringLiteral("applicant");
    case SearchTerms::Field::IdNumber:
        return QStringLiteral("id_number");
    case SearchTerms::Field::Address:
        return QStringLiteral("address");
    case SearchTerms::Field::Procedure:
        return QStringLiteral("procedure");
    case SearchTerms::Field::Any:
        break;
    }
    return {};
}

//! "The column has the word" (a whole word, or for the last word typed a
//! prefix of a word), on the search index's own copy of the column: its tokens
//! (fieldcipher.h) separated by spaces. The index is detail=none: no FTS5 column
//! filters. "0001" finds "...-230504-0001": the code's words are indexed.
QString wordInColumn(const QString &qualifier, SearchTerms::Field field)
{
    const QString col = qualifier + columnOf(field);
    return QStringLiteral("instr(' ' || %1 || ' ', ' ' || ? || ' ') > 0").arg(col);
}

//! The token each term looks up (the last one as a prefix).
QStringList termTokens(const SearchTerms &terms, const FieldCipher *cipher)
{
    QStringList out;
    for (qsizetype i = 0; i < terms.terms.size(); ++i)
        out << fields::queryToken(cipher, terms.terms.at(i).token, i == terms.terms.size() - 1);
    return out;
}

//! The FTS5 MATCH text of the tokens (ANDed, each quoted), empty without any.
QString matchText(const QStringList &tokens)
{
    QStringList parts;
    for (const QString &t : tokens)
        parts << QLatin1Char('"') + t + QLatin1Char('"');
    return parts.join(QLatin1Char(' '));
}

//! Conditions for the words that carry a field prefix, and their binds.
std::pair<QStringList, QVariantList> fieldConditions(const SearchTerms &terms, const QStringList &tokens,
                                                     const QString &qualifier)
{
    QStringList clauses;
    QVariantList binds;
    for (qsizetype i = 0; i < terms.terms.size(); ++i) {
        if (terms.terms.at(i).field == SearchTerms::Field::Any)
            continue;
        clauses << wordInColumn(qualifier, terms.terms.at(i).field);
        binds << tokens.at(i);
    }
    return {clauses, binds};
}

//! Ranking of a search's rows: how many of the words without a field prefix
//! were NOT found in the applicant's name, the code or the ID number (0 first).
//! "Nguyễn" then lists Nguyễn Văn An before a dossier from Thái Nguyên.
std::pair<QString, QVariantList> rankExpression(const SearchTerms &terms, const QStringList &tokens,
                                                const QString &qualifier)
{
    QStringList parts;
    QVariantList binds;
    for (qsizetype i = 0; i < terms.terms.size(); ++i) {
        if (terms.terms.at(i).field != SearchTerms::Field::Any)
            continue;
        const QString &token = tokens.at(i);
        parts << QStringLiteral("(CASE WHEN %1 OR %2 OR %3 THEN 0 ELSE 1 END)")
                     .arg(wordInColumn(qualifier, SearchTerms::Field::Applicant),
                          wordInColumn(qualifier, SearchTerms::Field::Code),
                          wordInColumn(qualifier, SearchTerms::Field::IdNumber));
        binds << token << token << token;
    }
    if (parts.isEmpty())
        return {QStringLiteral("0"), {}};
    return {parts.join(QStringLiteral(" + ")), binds};
}

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
    case InboxSort::Applicant: //!< sealed keys: ordered in C++ (applicantOrder)
        return {};
    }
    return {};
}

//! How a search drives the query. Few matches: from the search index to their
//! rows, then sorted (a few hundred row reads). Many matches (a keystroke's
//! first letters): along the sort's index, keeping rows the search matched,
//! until the page is full (the set of matches is built once, from the index).
enum class Drive { BySearch, BySortIndex };

Filter filterFor(const InboxQuery &q, const FieldCipher *cipher, Drive drive = Drive::BySearch)
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
    case InboxView::Finished:
        f.clauses << QStringLiteral(
            "(d.open = 0 OR d.state IN ('result_issued', 'returned', 'rejected', 'withdrawn'))");
        break;
    case InboxView::Apologies:
        //! Not terminal (a result issued late still waits for its letter). The agency index
        //! narrows to the agency's dossiers; instr() skips the JSON
        //! parse for the many without an apology letter.
        f.clauses << QStringLiteral(
            "d.agency_code = ? AND d.state NOT IN ('returned', 'rejected', 'withdrawn') AND "
            "instr(d.components_json, '\"apology\"') > 0 AND EXISTS (SELECT 1 FROM "
            "json_each(d.components_json) c WHERE json_extract(c.value, '$.kind') = 'apology' "
            "AND json_extract(c.value, '$.signed') = 0)");
        f.binds << q.agencyCode;
        break;
    }
    if (q.restrictToIds) {
        f.clauses << QStringLiteral("d.id IN (SELECT value FROM json_each(?))");
        f.binds << QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(q.ids)).toJson(QJsonDocument::Compact));
    }
    const SearchTerms terms = parseSearch(q.search);
    const QStringList tokens = termTokens(terms, cipher);
    const QString match = matchText(tokens);
    if (!match.isEmpty()) {
        const QString index = sortIndex(q);
        //! First in the WHERE clause: along an index the match is tested on the
        //! index entry's rowid, before the row itself is read.
        if (drive == Drive::BySortIndex && !index.isEmpty()) {
            const auto [conds, condBinds] = fieldConditions(terms, tokens, QString());
            f.from = QStringLiteral(" FROM dossiers d INDEXED BY ") + index;
            f.clauses.prepend(
                QStringLiteral("d.rowid IN (SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH ?")
                + (conds.isEmpty() ? QString()
                                   : QStringLiteral(" AND ") + conds.join(QStringLiteral(" AND ")))
                + QLatin1Char(')'));
            f.binds = QVariantList {match} + condBinds + f.binds;
        } else {
            const auto [conds, condBinds] = fieldConditions(terms, tokens, QStringLiteral("f."));
            //! CROSS JOIN keeps the search index as the outer loop.
            f.from = QStringLiteral(" FROM dossier_fts f CROSS JOIN dossiers d ON d.rowid = f.rowid");
            f.clauses = QStringList {QStringLiteral("f.dossier_fts MATCH ?")} + conds + f.clauses;
            f.binds = QVariantList {match} + condBinds + f.binds;
        }
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
    case InboxSort::Applicant: //!< the SQL part of it; the keys are compared in applicantOrder()
        return QStringLiteral(" ORDER BY d.rowid");
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

SearchTerms parseSearch(const QString &userText)
{
    SearchTerms out;
    SearchTerms::Field field = SearchTerms::Field::Any;
    //! A field prefix ("ten:") applies to the words after it, up to the next prefix.
    for (const QString &word :
         userText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString rest = word;
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString prefix = textfold::fold(word.left(colon));
            for (const FieldName &n : kFieldNames) {
                if (prefix == QLatin1String(n.prefix)) {
                    field = n.field;
                    rest = word.mid(colon + 1);
                    break;
                }
            }
        }
        for (const QString &token : textfold::queryTokens(rest)) {
            if (out.terms.size() < textfold::kMaxQueryTokens)
                out.terms.append({token, field});
        }
    }
    return out;
}

QString SearchTerms::matchText() const
{
    QStringList words;
    for (const Term &t : terms)
        words << t.token;
    return words.join(QLatin1Char(' '));
}

std::pair<QString, QVariantList> DossierRepository::listStatement(const InboxQuery &query, bool broadSearch,
                                                                  const FieldCipher *cipher)
{
    const Filter f = filterFor(query, cipher, broadSearch ? Drive::BySortIndex : Drive::BySearch);
    const QString order = orderSql(query);
    const SearchTerms terms = parseSearch(query.search);
    //! Ranked only when the page is chosen from the search index (not along a
    //! sort's index for a keystroke's thousands of matches).
    const bool ranked = !broadSearch && !terms.terms.isEmpty();
    const auto [rank, rankBinds] = ranked
        ? rankExpression(terms, termTokens(terms, cipher), QStringLiteral("f."))
        : std::pair<QString, QVariantList> {QStringLiteral("0"), {}};
    QVariantList binds = rankBinds + f.binds;
    QString page = QStringLiteral("SELECT d.rowid AS r, ") + rank + QStringLiteral(" AS rk") + f.from
        + whereSql(f) + (ranked ? QStringLiteral(" ORDER BY rk, ") + order.mid(10) : order);
    if (query.limit > 0 || query.offset > 0) {
        page += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << (query.limit > 0 ? query.limit : -1) << qMax(0, query.offset);
    }
    //! The page is chosen on rowids and sort keys only; the JSON (most of a
    //! row's bytes) is read for the rows of the page, not for every match.
    const QString text = QStringLiteral("SELECT d.json, ") + kPendingExists + QStringLiteral(", ")
        + kConflictExists + QStringLiteral(" FROM (") + page
        + QStringLiteral(") p JOIN dossiers d ON d.rowid = p.r")
        + (ranked ? QStringLiteral(" ORDER BY p.rk, ") + order.mid(10) : order);
    return {text, binds};
}

Result<bool> DossierRepository::isBroadSearch(const InboxQuery &query)
{
    const QString match = matchText(termTokens(parseSearch(query.search), m_db.fieldCipher()));
    if (match.isEmpty() || sortIndex(query).isEmpty())
        return false;
    auto n = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM dossier_fts WHERE dossier_fts MATCH ? LIMIT ?)"),
        {match, kBroadSearch + 1});
    if (!n)
        return n.error();
    return n->toInt() > kBroadSearch;
}

Result<QByteArray> DossierRepository::openedSortKey(const QVariant &stored)
{
    const QByteArray bytes = stored.toByteArray();
    const FieldCipher *cipher = m_db.fieldCipher();
    if (!cipher || !FieldCipher::isSealed(bytes))
        return bytes; //!< a profile without a keychain: stored as it is
    const QByteArray tag = bytes.right(16);
    if (const auto it = m_openedKeys.constFind(tag); it != m_openedKeys.cend())
        return *it;
    auto key = cipher->open(bytes);
    if (!key)
        return key.error();
    if (m_openedKeys.size() >= 250000) //!< more than a cache holds: start again
        m_openedKeys.clear();
    m_openedKeys.insert(tag, *key);
    return *key;
}

Result<QList<qint64>> DossierRepository::applicantOrder(const InboxQuery &query)
{
    const Filter f = filterFor(query, m_db.fieldCipher());
    const SearchTerms terms = parseSearch(query.search);
    //! Ranked like list(): names, codes and ID numbers before addresses.
    const auto [rank, rankBinds] = terms.terms.isEmpty()
        ? std::pair<QString, QVariantList> {QStringLiteral("0"), {}}
        : rankExpression(terms, termTokens(terms, m_db.fieldCipher()), QStringLiteral("f."));
    const QString text = QStringLiteral("SELECT d.rowid, ") + rank
        + QStringLiteral(", d.applicant_key, d.due_at, d.id") + f.from + whereSql(f);
    const QVariantList binds = rankBinds + f.binds;
    //! Another connection's commit changes data_version, this one's writes total_changes().
    auto version
        = m_db.run(QStringLiteral("SELECT total_changes(), (SELECT data_version FROM pragma_data_version)"));
    if (!version)
        return version.error();
    QVariant stamp;
    if ((*version)->next())
        stamp = QVariantList {(*version)->value(0), (*version)->value(1)};
    (*version)->finish();
    if (m_applicantOrder.statement == text && m_applicantOrder.binds == binds
        && m_applicantOrder.descending == query.descending && m_applicantOrder.dataVersion == stamp
        && stamp.isValid())
        return m_applicantOrder.rowids;

    struct Row
    {
        qint64 rowid;
        int rank;
        QByteArray key;
        bool noDue;
        qint64 due;
        QString id;
    };
    QList<Row> rows;
    auto q = m_db.run(text, binds);
    if (!q)
        return q.error();
    while ((*q)->next()) {
        auto key = openedSortKey((*q)->value(2));
        if (!key) {
            (*q)->finish();
            return key.error();
        }
        const QVariant due = (*q)->value(3);
        rows.append({(*q)->value(0).toLongLong(), (*q)->value(1).toInt(), *key, due.isNull(),
                     due.toLongLong(), (*q)->value(4).toString()});
    }
    (*q)->finish();
    //! The order the SQL sort had: key (ascending or descending), then no due
    //! date last, due date, id (BINARY: ids are ASCII, so QString order agrees).
    const bool descending = query.descending;
    std::sort(rows.begin(), rows.end(), [descending](const Row &a, const Row &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (const int c = a.key.compare(b.key); c != 0)
            return descending ? c > 0 : c < 0;
        if (a.noDue != b.noDue)
            return !a.noDue;
        if (a.due != b.due)
            return a.due < b.due;
        return a.id < b.id;
    });
    QList<qint64> rowids;
    rowids.reserve(rows.size());
    for (const Row &r : std::as_const(rows))
        rowids.append(r.rowid);
    m_applicantOrder = {text, binds, query.descending, stamp, rowids};
    return rowids;
}

Result<std::pair<QString, QVariantList>> DossierRepository::applicantPage(const InboxQuery &query,
                                                                          const QString &select)
{
    auto order = applicantOrder(query);
    if (!order)
        return order.error();
    const qsizetype from = qBound(qsizetype(0), qsizetype(qMax(0, query.offset)), order->size());
    const qsizetype n
        = query.limit > 0 ? qMin(qsizetype(query.limit), order->size() - from) : order->size() - from;
    QJsonArray rowids;
    for (qsizetype i = from; i < from + n; ++i)
        rowids.append(order->at(i));
    return std::pair {select + QStringLiteral(" FROM json_each(?) p JOIN dossiers d ON d.rowid = p.value"),
                      QVariantList {QString::fromUtf8(QJsonDocument(rowids).toJson(QJsonDocument::Compact))}};
}

Result<QList<InboxItem>> DossierRepository::list(const InboxQuery &query)
{
    const QString select
        = QStringLiteral("SELECT d.json, ") + kPendingExists + QStringLiteral(", ") + kConflictExists;
    auto statement = [&]() -> Result<std::pair<QString, QVariantList>> {
        if (query.sort == InboxSort::Applicant)
            return applicantPage(query, select);
        auto broad = isBroadSearch(query);
        if (!broad)
            return broad.error();
        return listStatement(query, *broad, m_db.fieldCipher());
    }();
    if (!statement)
        return statement.error();
    const auto &[text, binds] = *statement;
    auto q = m_db.run(text, binds);
    if (!q)
        return q.error();
    QList<InboxItem> items;
    while ((*q)->next()) {
        auto stored = fields::open(m_db.fieldCipher(), (*q)->value(0));
        if (!stored) {
            (*q)->finish();
            return stored.error();
        }
        QJsonParseError pe {};
        const QJsonDocument doc = QJsonDocument::fromJson(stored->toUtf8(), &pe);
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
    auto statement = [&]() -> Result<std::pair<QString, QVariantList>> {
        if (query.sort == InboxSort::Applicant)
            return applicantPage(query, QStringLiteral("SELECT d.id AS id, p.key AS n"));
        const Filter f = filterFor(query, m_db.fieldCipher());
        const QString order = orderSql(query);
        QString page = QStringLiteral("SELECT d.id AS id, row_number() OVER (") + order.mid(1)
            + QStringLiteral(") AS n") + f.from + whereSql(f) + order;
        QVariantList binds = f.binds;
        if (query.limit > 0 || query.offset > 0) {
            page += QStringLiteral(" LIMIT ? OFFSET ?");
            binds << (query.limit > 0 ? query.limit : -1) << qMax(0, query.offset);
        }
        return std::pair {page, binds};
    }();
    if (!statement)
        return statement.error();
    const auto &[page, binds] = *statement;
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
    const Filter f = filterFor(query, m_db.fieldCipher());
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
