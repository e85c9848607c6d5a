// SPDX-License-Identifier: GPL-3.0-or-later
//! The indicator computation (one pass over the scope) and periods.
#include "indicators.h"

#include "deadline.h"
#include "wirenames.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace motcua {

namespace {
using G = IndicatorGroup;

//! Vietnam has kept UTC+7 without daylight saving since 1975.
constexpr qint64 kVietnamOffset = 7 * 3600;

using D = IndicatorDossier;

bool finished(const D &d)
{
    //! Processed: a result, or stopped during processing (status 8); a withdrawal
    //! by the citizen is no processing outcome of the agency.
    return d.finishedAt != kNoTime && d.state != DossierState::Withdrawn;
}
bool resultIssued(const D &d)
{
    return d.finishedAt != kNoTime
        && (d.state == DossierState::ResultIssued || d.state == DossierState::Returned);
}
bool resultElectronic(const D &d)
{
    return resultIssued(d) && !d.resultOnPaper && d.resultComponents > 0;
}
bool late(const D &d)
{
    //! Rejected during processing is neither on time nor late (docs/deadlines.md).
    return finished(d) && d.outcome == deadline::Outcome::Late;
}

using DossierPredicate = bool (*)(const D &);
struct NamedPredicate
{
    const char *id;
    DossierPredicate fn;
};
//! The vocabulary of the dossier unit (docs/indicators.md explains each): the
//! one definition of every formula, over the inputs of indicatorinputs.h.
const NamedPredicate kDossierPredicates[] = {
    {"received", [](const D &) { return true; }},
    {"online", [](const D &d) { return d.channel == SubmissionChannel::Online; }},
    {"postal", [](const D &d) { return d.channel == SubmissionChannel::Postal; }},
    {"paid", [](const D &d) { return d.payment != PaymentMethod::None; }},
    {"paid_online", [](const D &d) { return d.payment == PaymentMethod::Online; }},
    {"synced",
     [](const D &d) {
         //! Synchronised, and again after it finished (the result reached the portal).
         return d.nationalSyncedAt != kNoTime
             && (d.finishedAt == kNoTime || d.nationalSyncedAt >= d.finishedAt);
     }},
    {"digitized", [](const D &d) { return d.paperComponents == 0 && d.inputComponents > 0; }},
    {"finished", &finished},
    {"on_time", [](const D &d) { return finished(d) && d.outcome == deadline::Outcome::OnTime; }},
    {"late", &late},
    {"late_apology", [](const D &d) { return late(d) && d.apology; }},
    {"result_issued", &resultIssued},
    {"result_electronic", &resultElectronic},
    {"result_signed", [](const D &d) { return resultElectronic(d) && d.signedResult; }},
    {"rated", [](const D &d) { return d.satisfaction != Satisfaction::None; }},
    {"satisfied",
     [](const D &d) {
         return d.satisfaction == Satisfaction::Satisfied || d.satisfaction == Satisfaction::VerySatisfied;
     }},
};
constexpr int kDossierPredicateCount = int(std::size(kDossierPredicates));
static_assert(kDossierPredicateCount <= 32, "predicate bits fit a quint32");
const char *const kComponentPredicates[] = {"input_component", "reused_component"};
const char *const kTransferPredicates[] = {"transfer", "electronic_transfer"};

//! Bit of a dossier predicate in predicateBits(); 0 when unknown.
quint32 predicateBit(const QString &id)
{
    for (int i = 0; i < kDossierPredicateCount; ++i)
        if (id == QLatin1String(kDossierPredicates[i].id))
            return 1u << i;
    return 0;
}
//! Every dossier predicate of one dossier, evaluated once for all indicators.
quint32 predicateBits(const D &d)
{
    quint32 bits = 0;
    for (int i = 0; i < kDossierPredicateCount; ++i)
        if (kDossierPredicates[i].fn(d))
            bits |= 1u << i;
    return bits;
}

//! Counts of one unit for one definition: `add(day, numerator, denominator)`.
struct Evaluator
{
    const IndicatorDefinition *def = nullptr;
    quint32 num = 0;
    quint32 den = 0;
    bool numIsReused = false;
    bool numIsElectronic = false;
    QSet<QString> procedures;

    explicit Evaluator(const IndicatorDefinition &d)
        : def(&d)
        , num(predicateBit(d.numerator))
        , den(predicateBit(d.denominator))
        , numIsReused(d.numerator == QLatin1String("reused_component"))
        , numIsElectronic(d.numerator == QLatin1String("electronic_transfer"))
        , procedures(d.procedures.cbegin(), d.procedures.cend())
    { }

    [[nodiscard]] bool counts(const QString &procedure, bool rejectedAtReception) const
    {
        //! Rejected at reception (status 3, không được tiếp nhận) was never received.
        return !rejectedAtReception && (procedures.isEmpty() || procedures.contains(procedure));
    }

    //! A dossier (units dossier and component); bits = predicateBits(d).
    template<typename Add> void visit(const D &d, quint32 bits, Add &&add) const
    {
        if (def->unit == IndicatorUnit::Transfer || !counts(d.procedure, d.rejectedAtReception))
            return;
        const qint32 day = def->period == PeriodRule::Finished ? d.finishedDay : d.receivedDay;
        if (def->unit == IndicatorUnit::Dossier) {
            if (den && (bits & den))
                add(day, (bits & num) ? 1 : 0, 1);
            return;
        }
        const qint64 inputs = qint64(d.paperComponents) + d.inputComponents;
        if (inputs > 0)
            add(day, numIsReused ? d.reusedComponents : inputs, inputs);
    }
    //! A transfer (unit transfer).
    template<typename Add> void visit(const IndicatorTransfer &t, Add &&add) const
    {
        if (def->unit == IndicatorUnit::Transfer && counts(t.procedure, t.rejectedAtReception))
            add(t.day, !numIsElectronic || t.electronic ? 1 : 0, 1);
    }
};

QString keyOf(const D &d, Breakdown b)
{
    return b == Breakdown::Agency   ? d.agency
        : b == Breakdown::Procedure ? d.procedure
        : b == Breakdown::Official  ? d.official
                                    : QString();
}
QString keyOf(const IndicatorTransfer &t, Breakdown b)
{
    //! Each forward once, under the agency that sent it.
    return b == Breakdown::Agency   ? t.fromAgency
        : b == Breakdown::Procedure ? t.procedure
        : b == Breakdown::Official  ? t.official
                                    : QString();
}

} // namespace

Rag ragFor(const IndicatorDefinition &def, std::optional<double> pct)
{
    if (!pct)
        return Rag::NoData;
    if (*pct + 1e-9 >= def.target)
        return Rag::Green;
    if (*pct + 1e-9 >= def.target - def.amberBelow)
        return Rag::Amber;
    return Rag::Red;
}

bool indicatorOnTime(const Dossier &d)
{
    return d.finishedAt.isValid() && deadline::finishedOutcome(d) == deadline::Outcome::OnTime;
}

//! The groups in the order of Decision 766 (and of the screen and the report).
constexpr WireName<IndicatorGroup> kGroups[] = {
    {G::Publicity, "publicity"}, {G::Progress, "progress"},         {G::Digitization, "digitization"},
    {G::Online, "online"},       {G::Satisfaction, "satisfaction"},
};

QList<IndicatorGroup> allIndicatorGroups()
{
    return wire::values(kGroups);
}

QString toWire(IndicatorGroup g)
{
    return wire::name(kGroups, g);
}

std::optional<IndicatorGroup> indicatorGroupFromWire(QStringView text)
{
    return wire::parse(kGroups, text);
}

QStringList indicatorPredicates(IndicatorUnit unit)
{
    QStringList out;
    switch (unit) {
    case IndicatorUnit::Dossier:
        for (const auto &p : kDossierPredicates)
            out.append(QLatin1String(p.id));
        break;
    case IndicatorUnit::Component:
        for (const char *p : kComponentPredicates)
            out.append(QLatin1String(p));
        break;
    case IndicatorUnit::Transfer:
        for (const char *p : kTransferPredicates)
            out.append(QLatin1String(p));
        break;
    }
    return out;
}

QDate vietnamDate(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QDateTime::fromSecsSinceEpoch(utc.toSecsSinceEpoch() + kVietnamOffset, Qt::UTC).date();
}

Result<Period> Period::parse(const QString &text)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression range(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    Period p;
    p.label = text;
    if (auto m = month.match(text); m.hasMatch()) {
        p.first = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        p.last = p.first.isValid() ? p.first.addMonths(1).addDays(-1) : QDate();
    } else if (auto m = quarter.match(text); m.hasMatch()) {
        p.first = QDate(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1);
        p.last = p.first.addMonths(3).addDays(-1);
    } else if (auto m = year.match(text); m.hasMatch()) {
        p.first = QDate(m.captured(1).toInt(), 1, 1);
        p.last = QDate(m.captured(1).toInt(), 12, 31);
    } else if (auto m = range.match(text); m.hasMatch()) {
        p.first = QDate::fromString(m.captured(1), Qt::ISODate);
        p.last = QDate::fromString(m.captured(2), Qt::ISODate);
    }
    if (!p.isValid() || p.first.daysTo(p.last) > 366 * 10)
        return Error::make(Error::Kind::Invalid, QStringLiteral("indicators.bad_period"),
                           QT_TRANSLATE_NOOP("motcua::Error",
                                             "\"%1\" is not a period: write 2026-07, 2026-Q3, 2026 or "
                                             "2026-07-01..2026-08-15."),
                           {text}, QStringLiteral("period"));
    return p;
}

Period Period::previous() const
{
    Period p;
    const bool wholeMonths = first.day() == 1 && last.addDays(1).day() == 1;
    if (wholeMonths) {
        const int n = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
        p.first = first.addMonths(-n);
        p.last = first.addDays(-1);
    } else {
        const qint64 days = first.daysTo(last) + 1;
        p.first = first.addDays(-days);
        p.last = first.addDays(-1);
    }
    p.label = p.first.toString(Qt::ISODate) + QStringLiteral("..") + p.last.toString(Qt::ISODate);
    return p;
}

QList<QDate> Period::months() const
{
    QList<QDate> out;
    if (!isValid())
        return out;
    for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1))
        out.append(m);
    return out;
}

bool Period::contains(const QDateTime &utc) const
{
    const QDate d = vietnamDate(utc);
    return d.isValid() && d >= first && d <= last;
}

std::optional<double> Tally::percent() const
{
    if (denominator <= 0)
        return std::nullopt;
    return 100.0 * double(numerator) / double(denominator);
}

constexpr WireName<Rag> kRags[] = {
    {Rag::NoData, "no_data"},
    {Rag::Red, "red"},
    {Rag::Amber, "amber"},
    {Rag::Green, "green"},
};
constexpr WireName<Breakdown> kBreakdowns[] = {
    {Breakdown::None, "none"},
    {Breakdown::Agency, "agency"},
    {Breakdown::Procedure, "procedure"},
    {Breakdown::Official, "official"},
};

QString toWire(Rag r)
{
    return wire::name(kRags, r);
}

QString toWire(Breakdown b)
{
    return wire::name(kBreakdowns, b);
}

std::optional<Breakdown> breakdownFromWire(QStringView text)
{
    return wire::parse(kBreakdowns, text);
}

std::optional<DrillDown> drillDownFromWire(QStringView wire)
{
    if (wire == u"numerator")
        return DrillDown::Numerator;
    if (wire == u"denominator")
        return DrillDown::Denominator;
    if (wire == u"missing")
        return DrillDown::Missing;
    return std::nullopt;
}

namespace {
//! Where a day falls: in the period (its month's index), in the previous period, or neither.
class DayIndex
{
public:
    static constexpr int kPrevious = -1;
    static constexpr int kOutside = -2;

    DayIndex(const Period &period, const Period &previous)
        : m_first(epochDay(previous.first))
        , m_periodFirst(epochDay(period.first))
        , m_last(epochDay(period.last))
    {
        //! One slot per day from the previous period's start: a scan of 100k
        //! units then costs one subtraction and one load per unit.
        m_slots.resize(qsizetype(m_last) - m_first + 1, kOutside);
        const QDate firstMonth(period.first.year(), period.first.month(), 1);
        for (qint32 day = m_first; day <= m_last; ++day) {
            if (day >= m_periodFirst) {
                const QDate date = dateOfEpochDay(day);
                m_slots[day - m_first]
                    = qint16((date.year() - firstMonth.year()) * 12 + date.month() - firstMonth.month());
            } else if (day >= epochDay(previous.last) + 1) {
                continue;
            } else {
                m_slots[day - m_first] = kPrevious;
            }
        }
    }
    [[nodiscard]] int operator()(qint32 day) const
    {
        if (day == kNoDay || day < m_first || day > m_last)
            return kOutside;
        return m_slots[day - m_first];
    }

private:
    qint32 m_first;
    qint32 m_periodFirst;
    qint32 m_last;
    QList<qint16> m_slots;
};

//! The breakdown keys met, each given a small index once per unit (not per indicator).
class KeyIndex
{
public:
    int operator()(const QString &key)
    {
        const auto it = m_index.constFind(key);
        if (it != m_index.cend())
            return *it;
        m_keys.append(key);
        return *m_index.insert(key, int(m_keys.size() - 1));
    }
    [[nodiscard]] const QStringList &keys() const { return m_keys; }

private:
    QHash<QString, int> m_index;
    QStringList m_keys;
};

void score(IndicatorReport &report)
{
    double totalScore = 0, totalWeight = 0;
    for (IndicatorGroup g : allIndicatorGroups()) {
        GroupScore gs;
        gs.group = g;
        double points = 0, weighted = 0;
        bool any = false;
        for (IndicatorResult &r : report.results) {
            if (r.definition.group != g)
                continue;
            gs.weight += r.definition.weight;
            const auto pct = r.total.percent();
            r.rag = ragFor(r.definition, pct);
            if (!pct)
                continue;
            const double ratio = r.definition.target > 0 ? std::min(1.0, *pct / r.definition.target) : 1.0;
            r.score = r.definition.weight * ratio;
            points += *r.score;
            weighted += r.definition.weight;
            any = true;
        }
        if (any && weighted > 0) {
            gs.score = points * gs.weight / weighted;
            totalScore += *gs.score;
            totalWeight += gs.weight;
        }
        report.groups.append(gs);
    }
    if (totalWeight > 0)
        report.score = totalScore * 100.0 / totalWeight;
}
} // namespace

IndicatorReport computeIndicators(const IndicatorSet &set, const IndicatorScope &scope, const Period &period,
                                  Breakdown breakdown)
{
    IndicatorReport report;
    report.period = period;
    report.breakdown = breakdown;
    report.months = period.months();
    if (!period.isValid())
        return report;
    const DayIndex slotOf(period, period.previous());
    QList<Evaluator> evals;
    QList<QList<Tally>> byKey(set.indicators.size());
    for (const IndicatorDefinition &def : set.indicators) {
        IndicatorResult r;
        r.definition = def;
        r.months.resize(report.months.size());
        report.results.append(r);
        evals.append(Evaluator(def));
    }
    KeyIndex keys;
    const bool withKeys = breakdown != Breakdown::None;
    int key = 0;
    //! Counts num/den of indicator i into its period slot (DayIndex).
    auto addAt = [&](qsizetype i, int slot, qint64 num, qint64 den) {
        IndicatorResult &r = report.results[i];
        if (slot == DayIndex::kPrevious) {
            r.previous.numerator += num;
            r.previous.denominator += den;
            return;
        }
        r.total.numerator += num;
        r.total.denominator += den;
        r.months[slot].numerator += num;
        r.months[slot].denominator += den;
        if (withKeys) {
            QList<Tally> &perKey = byKey[i];
            if (key >= perKey.size())
                perKey.resize(key + 1);
            perKey[key].numerator += num;
            perKey[key].denominator += den;
        }
    };
    auto adder = [&](qsizetype i) {
        return [&, i](qint32 day, qint64 num, qint64 den) {
            if (const int slot = slotOf(day); slot != DayIndex::kOutside)
                addAt(i, slot, num, den);
        };
    };
    QList<qsizetype> perDossier, perTransfer;
    for (qsizetype i = 0; i < evals.size(); ++i)
        (evals[i].def->unit == IndicatorUnit::Transfer ? perTransfer : perDossier).append(i);
    //! One pass over the dossiers for all their indicators: the predicates are
    //! evaluated once per dossier.
    if (!perDossier.isEmpty()) {
        for (const IndicatorDossier &d : scope.dossiers) {
            //! Both of a dossier's days placed once, not once per indicator; a
            //! dossier outside both periods counts nowhere.
            const int received = slotOf(d.receivedDay), finished = slotOf(d.finishedDay);
            if (received == DayIndex::kOutside && finished == DayIndex::kOutside)
                continue;
            if (withKeys)
                key = keys(keyOf(d, breakdown));
            const quint32 bits = predicateBits(d);
            for (qsizetype i : std::as_const(perDossier)) {
                const int slot = evals[i].def->period == PeriodRule::Finished ? finished : received;
                if (slot != DayIndex::kOutside)
                    evals[i].visit(d, bits,
                                   [&](qint32, qint64 num, qint64 den) { addAt(i, slot, num, den); });
            }
        }
    }
    if (!perTransfer.isEmpty()) {
        for (const IndicatorTransfer &t : scope.transfers) {
            if (withKeys)
                key = keys(keyOf(t, breakdown));
            for (qsizetype i : std::as_const(perTransfer))
                evals[i].visit(t, adder(i));
        }
    }
    if (withKeys) {
        for (qsizetype i = 0; i < evals.size(); ++i)
            for (qsizetype k = 0; k < byKey[i].size(); ++k)
                if (byKey[i][k].denominator > 0 || byKey[i][k].numerator > 0)
                    report.results[i].byKey.insert(keys.keys().at(k), byKey[i][k]);
    }
    score(report);
    return report;
}

IndicatorReport computeIndicators(const IndicatorSet &set, const QList<Dossier> &dossiers,
                                  const Period &period, Breakdown breakdown)
{
    return computeIndicators(set, indicatorScope(dossiers), period, breakdown);
}

QStringList indicatorDossierIds(const IndicatorSet &set, const QString &id, const IndicatorScope &scope,
                                const Period &period, DrillDown which, Breakdown breakdown,
                                const QString &key)
{
    QStringList out;
    const auto it = std::find_if(set.indicators.cbegin(), set.indicators.cend(),
                                 [&](const IndicatorDefinition &d) { return d.id == id; });
    if (it == set.indicators.cend() || !period.isValid())
        return out;
    const Evaluator eval(*it);
    const qint32 first = epochDay(period.first), last = epochDay(period.last);
    bool in = false;
    auto add = [&](qint32 day, qint64 num, qint64 den) {
        if (day == kNoDay || day < first || day > last)
            return;
        in = in
            || (which == DrillDown::Denominator     ? den > 0
                    : which == DrillDown::Numerator ? num > 0
                                                    : num < den);
    };
    if (it->unit == IndicatorUnit::Transfer) {
        for (const IndicatorTransfer &t : scope.transfers) {
            if (breakdown != Breakdown::None && keyOf(t, breakdown) != key)
                continue;
            in = false;
            eval.visit(t, add);
            //! A dossier forwarded twice is listed once.
            if (in && (out.isEmpty() || out.last() != t.dossierId))
                out.append(t.dossierId);
        }
        return out;
    }
    for (const IndicatorDossier &d : scope.dossiers) {
        if (breakdown != Breakdown::None && keyOf(d, breakdown) != key)
            continue;
        in = false;
        eval.visit(d, predicateBits(d), add);
        if (in)
            out.append(d.id);
    }
    return out;
}

QStringList indicatorDossierIds(const IndicatorSet &set, const QString &id, const QList<Dossier> &dossiers,
                                const Period &period, DrillDown which, Breakdown breakdown,
                                const QString &key)
{
    return indicatorDossierIds(set, id, indicatorScope(dossiers), period, which, breakdown, key);
}

} // namespace motcua
