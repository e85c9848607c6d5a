// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorsource.h"

#include "core/json.h"
#include "database.h"
#include "dossierrepository.h"
#include "storelog.h"
#include "syncstaterepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <cstring>

#if MOTCUA_SQLITE_API
#include <sqlite3.h>
#endif

namespace motcua::indicatorsource {

namespace {
Error corrupt(const QString &detail)
{
    return Error::make(Error::Kind::Storage, QStringLiteral("store.corrupt"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The local cache file is damaged."))
        .withDetail(detail);
}

const QString kWriteDossier = QStringLiteral(
    "INSERT OR REPLACE INTO indicator_dossiers(dossier_id, agency_code, procedure_code, official, state, "
    "rejected_at_reception, received_day, finished_day, finished_at, national_synced_at, channel, payment, "
    "satisfaction, outcome, input_components, paper_components, reused_components, result_components, "
    "result_on_paper, signed_result, apology) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?)");
const QString kDeleteTransfers = QStringLiteral("DELETE FROM indicator_transfers WHERE dossier_id = ?");
const QString kWriteTransfer = QStringLiteral(
    "INSERT INTO indicator_transfers(dossier_id, position, agency_code, procedure_code, official, "
    "rejected_at_reception, from_agency, day, electronic) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
//! Both in primary key order (no sort): the transfers of a dossier stay together.
const char kScanDossiers[]
    = "SELECT dossier_id, agency_code, procedure_code, official, state, rejected_at_reception, received_day, "
      "finished_day, finished_at, national_synced_at, channel, payment, satisfaction, outcome, "
      "input_components, paper_components, reused_components, result_components, result_on_paper, "
      "signed_result, apology FROM indicator_dossiers ORDER BY dossier_id";
const char kScanTransfers[]
    = "SELECT dossier_id, agency_code, procedure_code, official, rejected_at_reception, from_agency, day, "
      "electronic FROM indicator_transfers ORDER BY dossier_id, position";
//! The sizes of both, to size the lists once (a count walks the tables' pages, not their rows).
const char kCountRows[]
    = "SELECT (SELECT count(*) FROM indicator_dossiers), (SELECT count(*) FROM indicator_transfers)";

QVariant orNull(qint64 v, qint64 none)
{
    return v == none ? QVariant() : QVariant(v);
}

//! A text cell: UTF-8 bytes valid until the next row.
struct Text
{
    const char *data = "";
    qsizetype size = 0;
    [[nodiscard]] QByteArray copy() const { return {data, size}; }
};

//! A text's length and its first and last 8 bytes: equal keys are equal texts
//! up to 16 bytes (codes, enum values), compared without a call to memcmp.
struct TextKey
{
    qsizetype size = 0;
    quint64 head = 0;
    quint64 tail = 0;

    TextKey() = default;
    explicit TextKey(const Text &t)
        : size(t.size)
    {
        if (size >= 8) {
            std::memcpy(&head, t.data, 8);
            std::memcpy(&tail, t.data + size - 8, 8);
        } else {
            for (qsizetype i = 0; i < size; ++i)
                head |= quint64(quint8(t.data[i])) << (8 * i);
        }
    }
    [[nodiscard]] bool matches(const TextKey &k, const QByteArray &bytes, const Text &t) const
    {
        return size == k.size && head == k.head && tail == k.tail
            && (size <= 16 || std::memcmp(bytes.constData(), t.data, size_t(size)) == 0);
    }
};

//! Rows of a scan through Qt Sql (the same face as SqliteRows, for readScope).
class QtRows
{
public:
    explicit QtRows(QSqlQuery &q)
        : m_q(q)
    { }
    bool next() { return m_q.next(); }
    [[nodiscard]] qint64 integer(int c) { return m_q.value(c).toLongLong(); }
    //! `none` for a NULL.
    [[nodiscard]] qint64 integerOr(int c, qint64 none)
    {
        const QVariant v = m_q.value(c);
        return v.isNull() ? none : v.toLongLong();
    }
    [[nodiscard]] Text text(int c)
    {
        m_bytes[c % kBuffers] = m_q.value(c).toString().toUtf8();
        return {m_bytes[c % kBuffers].constData(), m_bytes[c % kBuffers].size()};
    }
    [[nodiscard]] QString error() const { return m_q.lastError().text(); }

private:
    static constexpr int kBuffers = 32; //!< more than the columns: a row's texts stay valid together
    QSqlQuery &m_q;
    QByteArray m_bytes[kBuffers];
};

#if MOTCUA_SQLITE_API
//! Rows of a scan through SQLite's API: no copy of a text, no QVariant.
class SqliteRows
{
public:
    SqliteRows(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~SqliteRows() { sqlite3_finalize(m_stmt); }
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;
    bool next()
    {
        if (m_rc != SQLITE_OK && m_rc != SQLITE_ROW)
            return false;
        m_rc = sqlite3_step(m_stmt);
        return m_rc == SQLITE_ROW;
    }
    [[nodiscard]] qint64 integer(int c) { return sqlite3_column_int64(m_stmt, c); }
    [[nodiscard]] qint64 integerOr(int c, qint64 none)
    {
        //! One column call (the value's accessors need no lock) instead of type + int64.
        sqlite3_value *v = sqlite3_column_value(m_stmt, c);
        return sqlite3_value_type(v) == SQLITE_NULL ? none : sqlite3_value_int64(v);
    }
    [[nodiscard]] Text text(int c)
    {
        sqlite3_value *v = sqlite3_column_value(m_stmt, c);
        const auto *t = reinterpret_cast<const char *>(sqlite3_value_text(v));
        return {t ? t : "", sqlite3_value_bytes(v)};
    }
    [[nodiscard]] QString error() const
    {
        return m_rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

//! Qt's connection handle, when Qt's SQLite driver runs the library we link
//! (one shared libsqlite3 in the process, as Debian's Qt does); null otherwise
//! (a Qt with its own copy of SQLite: the handle is not ours to use).
sqlite3 *sharedHandle(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    static const bool sameLibrary = [&] {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
            && q.value(0).toString() == QLatin1String(sqlite3_sourceid());
    }();
    return sameLibrary ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}
#endif

//! The values of a text column met so far, each decoded once: a column holds a
//! few distinct texts (codes, officials, enum wire values) over 100k rows, so a
//! short list compared byte-wise beats hashing every cell; a hash beyond it.
template<typename V> class Distinct
{
public:
    template<typename Decode> const V *operator()(const Text &t, Decode &&decode)
    {
        const TextKey key(t);
        for (const Entry &e : m_few)
            if (e.key.matches(key, e.bytes, t))
                return &e.value;
        if (!m_many.isEmpty() || m_few.size() == kFew) {
            if (const auto it = m_many.constFind(QByteArray::fromRawData(t.data, t.size));
                it != m_many.cend())
                return &*it;
            const std::optional<V> v = decode(t);
            return v ? &*m_many.insert(t.copy(), *v) : nullptr;
        }
        const std::optional<V> v = decode(t);
        if (!v)
            return nullptr;
        m_few.append({key, t.copy(), *v});
        return &m_few.last().value;
    }

private:
    static constexpr qsizetype kFew = 16;
    //! Reserved: the pointers returned stay valid while it grows to kFew.
    struct Entry
    {
        TextKey key;
        QByteArray bytes;
        V value;
    };
    QVarLengthArray<Entry, kFew> m_few;
    QHash<QByteArray, V> m_many;
};

//! A text column of ids and codes: one shared QString per distinct text.
class Strings
{
public:
    QString operator()(const Text &t)
    {
        return *m_values(t, [](const Text &x) { return std::optional(QString::fromUtf8(x.data, x.size)); });
    }

private:
    Distinct<QString> m_values;
};

//! An enum column: each wire text parsed once.
template<typename E> class WireColumn
{
public:
    using Parse = std::optional<E> (*)(QStringView);
    explicit WireColumn(Parse parse)
        : m_parse(parse)
    { }
    std::optional<E> operator()(const Text &t)
    {
        const E *v
            = m_values(t, [this](const Text &x) { return m_parse(QString::fromUtf8(x.data, x.size)); });
        return v ? std::optional<E>(*v) : std::nullopt;
    }

private:
    Parse m_parse;
    Distinct<E> m_values;
};

std::optional<deadline::Outcome> outcomeFromWire(QStringView wire)
{
    for (auto o : {deadline::Outcome::Pending, deadline::Outcome::Overdue, deadline::Outcome::OnTime,
                   deadline::Outcome::Late, deadline::Outcome::NotCounted})
        if (wire == deadline::toWire(o))
            return o;
    return std::nullopt;
}
std::optional<Satisfaction> satisfactionOrNone(QStringView wire)
{
    return wire.isEmpty() ? std::optional(Satisfaction::None) : satisfactionFromWire(wire);
}

//! The rows of both scans into `out`; `dossierCount` and `transferCount` (the
//! tables' sizes, or 0 when unknown) size the lists once.
template<typename Rows>
Status readScope(Rows &dossiers, Rows &transfers, qsizetype dossierCount, qsizetype transferCount,
                 IndicatorScope &out)
{
    Strings agency, procedure, official, dossierIds;
    WireColumn<DossierState> state(&dossierStateFromWire);
    WireColumn<SubmissionChannel> channel(&submissionChannelFromWire);
    WireColumn<PaymentMethod> payment(&paymentMethodFromWire);
    WireColumn<Satisfaction> satisfaction(&satisfactionOrNone);
    WireColumn<deadline::Outcome> outcome(&outcomeFromWire);
    out.dossiers.reserve(dossierCount);
    out.transfers.reserve(transferCount);
    while (dossiers.next()) {
        IndicatorDossier &d = out.dossiers.emplace_back();
        const Text id = dossiers.text(0);
        //! Ids are unique: one string each, not looked up.
        d.id = QString::fromUtf8(id.data, id.size);
        d.agency = agency(dossiers.text(1));
        d.procedure = procedure(dossiers.text(2));
        d.official = official(dossiers.text(3));
        const auto st = state(dossiers.text(4));
        d.rejectedAtReception = dossiers.integer(5) != 0;
        d.receivedDay = qint32(dossiers.integerOr(6, kNoDay));
        d.finishedDay = qint32(dossiers.integerOr(7, kNoDay));
        d.finishedAt = dossiers.integerOr(8, kNoTime);
        d.nationalSyncedAt = dossiers.integerOr(9, kNoTime);
        const auto ch = channel(dossiers.text(10));
        const auto pay = payment(dossiers.text(11));
        const auto sat = satisfaction(dossiers.text(12));
        const auto out2 = outcome(dossiers.text(13));
        if (!st || !ch || !pay || !sat || !out2)
            return corrupt(QStringLiteral("indicator_dossiers: bad value in row ") + d.id);
        d.state = *st;
        d.channel = *ch;
        d.payment = *pay;
        d.satisfaction = *sat;
        d.outcome = *out2;
        d.inputComponents = int(dossiers.integer(14));
        d.paperComponents = int(dossiers.integer(15));
        d.reusedComponents = int(dossiers.integer(16));
        d.resultComponents = int(dossiers.integer(17));
        d.resultOnPaper = dossiers.integer(18) != 0;
        d.signedResult = dossiers.integer(19) != 0;
        d.apology = dossiers.integer(20) != 0;
    }
    if (const QString e = dossiers.error(); !e.isEmpty())
        return Database::sqliteError(1, e);
    QByteArray lastId;
    QString lastIdString;
    while (transfers.next()) {
        IndicatorTransfer &t = out.transfers.emplace_back();
        //! A dossier's transfers are consecutive (primary key order): its id once.
        if (const Text id = transfers.text(0); QByteArrayView(id.data, id.size) != lastId) {
            lastId = id.copy();
            lastIdString = QString::fromUtf8(lastId);
        }
        t.dossierId = lastIdString;
        t.agency = agency(transfers.text(1));
        t.procedure = procedure(transfers.text(2));
        t.official = official(transfers.text(3));
        t.rejectedAtReception = transfers.integer(4) != 0;
        t.fromAgency = agency(transfers.text(5));
        t.day = qint32(transfers.integerOr(6, kNoDay));
        t.electronic = transfers.integer(7) != 0;
    }
    if (const QString e = transfers.error(); !e.isEmpty())
        return Database::sqliteError(1, e);
    return {};
}

Status scanWithQt(Database &db, IndicatorScope &out)
{
    QSqlQuery dq(db.connection()), tq(db.connection());
    dq.setForwardOnly(true);
    tq.setForwardOnly(true);
    if (!dq.exec(QString::fromLatin1(kScanDossiers)) || !tq.exec(QString::fromLatin1(kScanTransfers)))
        return Database::sqliteError(1, dq.lastError().text() + tq.lastError().text());
    QSqlQuery count(db.connection());
    if (!count.exec(QString::fromLatin1(kCountRows)) || !count.next())
        return Database::sqliteError(1, count.lastError().text());
    QtRows d(dq), t(tq);
    return readScope(d, t, count.value(0).toLongLong(), count.value(1).toLongLong(), out);
}
} // namespace

Result<IndicatorScope> cachedScope(Database &db, ScanApi api)
{
    IndicatorScope out;
    Status s = db.read([&]() -> Status {
        out = IndicatorScope();
#if MOTCUA_SQLITE_API
        if (api == ScanApi::Fastest) {
            if (sqlite3 *h = sharedHandle(db)) {
                SqliteRows count(h, kCountRows), d(h, kScanDossiers), t(h, kScanTransfers);
                if (!count.next())
                    return Database::sqliteError(1, count.error());
                return readScope(d, t, count.integer(0), count.integer(1), out);
            }
        }
#else
        Q_UNUSED(api)
#endif
        return scanWithQt(db, out);
    });
    if (!s)
        return s.error();
    return out;
}

Status writeInputs(Database &db, const Dossier &d, bool fresh)
{
    const IndicatorDossier in = indicatorDossier(d);
    if (Status s
        = db.exec(kWriteDossier,
                  {in.id,
                   in.agency,
                   in.procedure,
                   in.official,
                   toWire(in.state),
                   in.rejectedAtReception ? 1 : 0,
                   orNull(in.receivedDay, kNoDay),
                   orNull(in.finishedDay, kNoDay),
                   orNull(in.finishedAt, kNoTime),
                   orNull(in.nationalSyncedAt, kNoTime),
                   toWire(in.channel),
                   toWire(in.payment),
                   in.satisfaction == Satisfaction::None ? QVariant() : QVariant(toWire(in.satisfaction)),
                   deadline::toWire(in.outcome),
                   in.inputComponents,
                   in.paperComponents,
                   in.reusedComponents,
                   in.resultComponents,
                   in.resultOnPaper ? 1 : 0,
                   in.signedResult ? 1 : 0,
                   in.apology ? 1 : 0});
        !s)
        return s;
    //! Always cleared, "fresh" or not: a cache resealed on open (cachekey.h) rewrites
    //! rows whose transfers are already there.
    Q_UNUSED(fresh)
    if (Status s = db.exec(kDeleteTransfers, {d.id}); !s)
        return s;
    int position = 0;
    for (const IndicatorTransfer &t : indicatorTransfers(d)) {
        if (Status s = db.exec(kWriteTransfer,
                               {t.dossierId, position++, t.agency, t.procedure, t.official,
                                t.rejectedAtReception ? 1 : 0, t.fromAgency, orNull(t.day, kNoDay),
                                t.electronic ? 1 : 0});
            !s)
            return s;
    }
    return {};
}

Result<int> backfill(Database &db)
{
    SyncStateRepository state(db);
    auto done = state.value(kInputsKey);
    if (!done)
        return done.error();
    if (*done == kInputsVersion)
        return 0;
    DossierRepository dossiers(db);
    int written = 0;
    Status s = db.write([&]() -> Status {
        if (Status s = db.exec(QStringLiteral("DELETE FROM indicator_transfers")); !s)
            return s;
        if (Status s = db.exec(QStringLiteral("DELETE FROM indicator_dossiers")); !s)
            return s;
        auto ids = dossiers.allIds();
        if (!ids)
            return ids.error();
        //! Through the repository's own reading of a row (the local view, as the
        //! dashboard always counted it), whatever the row's storage.
        for (const QString &id : std::as_const(*ids)) {
            auto d = dossiers.get(id);
            if (!d)
                return d.error();
            if (!d->has_value())
                continue;
            if (Status w = writeInputs(db, **d, true); !w)
                return w;
            ++written;
        }
        return state.setValue(kInputsKey, kInputsVersion);
    });
    if (!s)
        return s.error();
    if (written > 0)
        qCInfo(lcStore) << "indicator inputs derived for" << written << "cached dossiers";
    return written;
}

Result<std::optional<IndicatorSet>> cachedSet(SyncStateRepository &state)
{
    auto text = state.value(kDefinitionsKey);
    if (!text)
        return text.error();
    if (!text->has_value())
        return std::optional<IndicatorSet>();
    const QJsonDocument doc = QJsonDocument::fromJson((*text)->toUtf8());
    auto set = json::parse<IndicatorSet>(doc.object());
    if (!set)
        return corrupt(set.error().toString());
    return std::optional<IndicatorSet>(*set);
}

Status storeSet(SyncStateRepository &state, const QJsonObject &set)
{
    //! Checked before it replaces a good one.
    auto parsed = json::parse<IndicatorSet>(set);
    if (!parsed)
        return parsed.error();
    return state.setValue(kDefinitionsKey,
                          QString::fromUtf8(QJsonDocument(set).toJson(QJsonDocument::Compact)));
}

} // namespace motcua::indicatorsource
