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

QVariant orNull(qint64 v, qint64 none)
{
    return v == none ? QVariant() : QVariant(v);
}

//! Rows of a scan, column by column: SQLite's API or Qt Sql behind one face.
class Rows
{
public:
    virtual ~Rows() = default;
    virtual bool next() = 0;
    [[nodiscard]] virtual bool isNull(int column) = 0;
    [[nodiscard]] virtual qint64 integer(int column) = 0;
    //! UTF-8 text valid until next().
    [[nodiscard]] virtual QByteArray bytes(int column) = 0;
    [[nodiscard]] virtual QString error() const = 0;
};

class QtRows final : public Rows
{
public:
    explicit QtRows(QSqlQuery &q)
        : m_q(q)
    { }
    bool next() override { return m_q.next(); }
    bool isNull(int c) override { return m_q.isNull(c); }
    qint64 integer(int c) override { return m_q.value(c).toLongLong(); }
    QByteArray bytes(int c) override { return m_q.value(c).toString().toUtf8(); }
    QString error() const override { return m_q.lastError().text(); }

private:
    QSqlQuery &m_q;
};

#if MOTCUA_SQLITE_API
class SqliteRows final : public Rows
{
public:
    SqliteRows(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~SqliteRows() override { sqlite3_finalize(m_stmt); }
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;
    bool next() override
    {
        if (m_rc != SQLITE_OK && m_rc != SQLITE_ROW)
            return false;
        m_rc = sqlite3_step(m_stmt);
        return m_rc == SQLITE_ROW;
    }
    bool isNull(int c) override { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    qint64 integer(int c) override { return sqlite3_column_int64(m_stmt, c); }
    QByteArray bytes(int c) override
    {
        //! No copy: the interner below copies only what it has not met yet.
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        return QByteArray::fromRawData(text ? text : "", sqlite3_column_bytes(m_stmt, c));
    }
    QString error() const override
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

//! Ids and codes repeat across 100k rows: one QString each, shared.
class Interner
{
public:
    QString operator()(const QByteArray &bytes)
    {
        if (const auto it = m_strings.constFind(bytes); it != m_strings.cend())
            return *it;
        const QString s = QString::fromUtf8(bytes);
        m_strings.insert(QByteArray(bytes.constData(), bytes.size()), s);
        return s;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

//! A wire value of an enum column, decoded once per distinct text.
template<typename E> class WireColumn
{
public:
    using Parse = std::optional<E> (*)(QStringView);
    explicit WireColumn(Parse parse)
        : m_parse(parse)
    { }
    std::optional<E> operator()(const QByteArray &bytes)
    {
        if (const auto it = m_values.constFind(bytes); it != m_values.cend())
            return *it;
        const auto v = m_parse(QString::fromUtf8(bytes));
        if (v)
            m_values.insert(QByteArray(bytes.constData(), bytes.size()), *v);
        return v;
    }

private:
    Parse m_parse;
    QHash<QByteArray, E> m_values;
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

Status readScope(Rows &dossiers, Rows &transfers, IndicatorScope &out)
{
    Interner intern;
    WireColumn<DossierState> state(&dossierStateFromWire);
    WireColumn<SubmissionChannel> channel(&submissionChannelFromWire);
    WireColumn<PaymentMethod> payment(&paymentMethodFromWire);
    WireColumn<Satisfaction> satisfaction(&satisfactionOrNone);
    WireColumn<deadline::Outcome> outcome(&outcomeFromWire);
    auto day = [](Rows &r, int c) { return r.isNull(c) ? kNoDay : qint32(r.integer(c)); };
    auto time = [](Rows &r, int c) { return r.isNull(c) ? kNoTime : r.integer(c); };
    while (dossiers.next()) {
        IndicatorDossier d;
        d.id = QString::fromUtf8(dossiers.bytes(0));
        d.agency = intern(dossiers.bytes(1));
        d.procedure = intern(dossiers.bytes(2));
        d.official = intern(dossiers.bytes(3));
        const auto st = state(dossiers.bytes(4));
        d.rejectedAtReception = dossiers.integer(5) != 0;
        d.receivedDay = day(dossiers, 6);
        d.finishedDay = day(dossiers, 7);
        d.finishedAt = time(dossiers, 8);
        d.nationalSyncedAt = time(dossiers, 9);
        const auto ch = channel(dossiers.bytes(10));
        const auto pay = payment(dossiers.bytes(11));
        const auto sat = satisfaction(dossiers.bytes(12));
        const auto out2 = outcome(dossiers.bytes(13));
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
        out.dossiers.append(std::move(d));
    }
    if (const QString e = dossiers.error(); !e.isEmpty())
        return Database::sqliteError(1, e);
    while (transfers.next()) {
        IndicatorTransfer t;
        t.dossierId = intern(transfers.bytes(0));
        t.agency = intern(transfers.bytes(1));
        t.procedure = intern(transfers.bytes(2));
        t.official = intern(transfers.bytes(3));
        t.rejectedAtReception = transfers.integer(4) != 0;
        t.fromAgency = intern(transfers.bytes(5));
        t.day = day(transfers, 6);
        t.electronic = transfers.integer(7) != 0;
        out.transfers.append(std::move(t));
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
    QtRows d(dq), t(tq);
    return readScope(d, t, out);
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
                SqliteRows d(h, kScanDossiers), t(h, kScanTransfers);
                return readScope(d, t, out);
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
