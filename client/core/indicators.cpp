// SPDX-License-Identifier: GPL-3.0-or-later
//! The indicator computation (one pass over the scope) and periods.
#include "indicators.h"

#include "deadline.h"

#include <QRegularExpression>
#include <algorithm>

namespace motcua {

namespace {
using G = IndicatorGroup;

//! Vietnam has kept UTC+7 without daylight saving since 1975.
constexpr qint64 kVietnamOffset = 7 * 3600;

bool received(const Dossier &d)
{
    //! Rejected at reception (status 3, không được tiếp nhận) was never received.
    return !d.deleted && !d.rejectedAtReception;
}
bool finished(const Dossier &d)
{
    //! Processed: a result, or stopped during processing (status 8); a withdrawal
    //! by the citizen is no processing outcome of the agency.
    return d.finishedAt.isValid() && d.state != DossierState::Withdrawn;
}
bool resultIssued(const Dossier &d)
{
    return d.finishedAt.isValid()
        && (d.state == DossierState::ResultIssued || d.state == DossierState::Returned);
}
bool resultElectronic(const Dossier &d)
{
    return resultIssued(d) && !d.service.resultOnPaper
        && std::any_of(d.components.cbegin(), d.components.cend(),
                       [](const Component &c) { return c.kind == ComponentKind::Result; });
}
bool late(const Dossier &d)
{
    //! Rejected during processing is neither on time nor late (docs/deadlines.md).
    return finished(d) && deadline::finishedOutcome(d) == deadline::Outcome::Late;
}

using DossierPredicate = bool (*)(const Dossier &);
struct NamedPredicate
{
    const char *id;
    DossierPredicate fn;
};
//! The vocabulary of the dossier unit (docs/indicators.md explains each).
const NamedPredicate kDossierPredicates[] = {
    {"received", [](const Dossier &) { return true; }},
    {"online", [](const Dossier &d) { return d.service.channel == SubmissionChannel::Online; }},
    {"postal", [](const Dossier &d) { return d.service.channel == SubmissionChannel::Postal; }},
    {"paid", [](const Dossier &d) { return d.service.payment != PaymentMethod::None; }},
    {"paid_online", [](const Dossier &d) { return d.service.payment == PaymentMethod::Online; }},
    {"synced",
     [](const Dossier &d) {
         //! Synchronised, and again after it finished (the result reached the portal).
         return d.service.nationalSyncedAt.isValid()
             && (!d.finishedAt.isValid() || d.service.nationalSyncedAt >= d.finishedAt);
     }},
    {"digitized",
     [](const Dossier &d) {
         return d.service.paperComponents == 0
             && std::any_of(d.components.cbegin(), d.components.cend(),
                            [](const Component &c) { return c.kind == ComponentKind::Input; });
     }},
    {"finished", &finished},
    {"on_time", [](const Dossier &d) { return finished(d) && indicatorOnTime(d); }},
    {"late", &late},
    {"late_apology", [](const Dossier &d) { return late(d) && d.hasApology(); }},
    {"result_issued", &resultIssued},
    {"result_electronic", &resultElectronic},
    {"result_signed", [](const Dossier &d) { return resultElectronic(d) && d.hasSignedResult(); }},
    {"rated", [](const Dossier &d) { return d.service.satisfaction != Satisfaction::None; }},
    {"satisfied",
     [](const Dossier &d) {
         return d.service.satisfaction == Satisfaction::Satisfied
             || d.service.satisfaction == Satisfaction::VerySatisfied;
     }},
};
const char *const kComponentPredicates[] = {"input_component", "reused_component"};
const char *const kTransferPredicates[] = {"transfer", "electronic_transfer"};

DossierPredicate dossierPredicate(const QString &id)
{
    for (const auto &p : kDossierPredicates)
        if (id == QLatin1String(p.id))
            return p.fn;
    return nullptr;
}

//! Counts of one dossier for one definition: calls `add(date, numerator, denominator, key)`.
struct Evaluator
{
    const IndicatorDefinition *def = nullptr;
    DossierPredicate num = nullptr;
    DossierPredicate den = nullptr;
    bool numIsReused = false;
    bool numIsElectronic = false;

    explicit Evaluator(const IndicatorDefinition &d)
        : def(&d)
        , num(dossierPredicate(d.numerator))
        , den(dossierPredicate(d.denominator))
        , numIsReused(d.numerator == QLatin1String("reused_component"))
        , numIsElectronic(d.numerator == QLatin1String("electronic_transfer"))
    { }

    template<typename Add> void visit(const Dossier &d, Breakdown breakdown, Add &&add) const
    {
        if (!received(d))
            return;
        if (!def->procedures.isEmpty() && !def->procedures.contains(d.procedureCode))
            return;
        const QString key = breakdown == Breakdown::Agency ? d.agencyCode
            : breakdown == Breakdown::Procedure            ? d.procedureCode
            : breakdown == Breakdown::Official             ? d.assignee
                                                           : QString();
        switch (def->unit) {
        case IndicatorUnit::Dossier: {
            if (!den || !den(d))
                return;
            const QDateTime &at = def->period == PeriodRule::Finished ? d.finishedAt : d.receivedAt;
            add(at, num && num(d) ? 1 : 0, 1, key);
            return;
        }
        case IndicatorUnit::Component: {
            qint64 inputs = d.service.paperComponents, reused = 0;
            for (const Component &c : d.components) {
                if (c.kind != ComponentKind::Input)
                    continue;
                ++inputs;
                if (d.service.reusedComponents.contains(c.id))
                    ++reused;
            }
            if (inputs == 0)
                return;
            const QDateTime &at = def->period == PeriodRule::Finished ? d.finishedAt : d.receivedAt;
            add(at, numIsReused ? reused : inputs, inputs, key);
            return;
        }
        case IndicatorUnit::Transfer:
            //! Each forward once, under the agency that sent it.
            for (const Transfer &t : d.service.transfers)
                add(t.at, !numIsElectronic || t.electronic ? 1 : 0, 1,
                    breakdown == Breakdown::Agency ? t.fromAgency : key);
            return;
        }
    }
};

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

QList<IndicatorGroup> allIndicatorGroups()
{
    return {G::Publicity, G::Progress, G::Digitization, G::Online, G::Satisfaction};
}

QString toWire(IndicatorGroup g)
{
    switch (g) {
    case G::Publicity:
        return QStringLiteral("publicity");
    case G::Progress:
        return QStringLiteral("progress");
    case G::Digitization:
        return QStringLiteral("digitization");
    case G::Online:
        return QStringLiteral("online");
    case G::Satisfaction:
        return QStringLiteral("satisfaction");
    }
    return {};
}

std::optional<IndicatorGroup> indicatorGroupFromWire(QStringView wire)
{
    for (G g : allIndicatorGroups())
        if (wire == toWire(g))
            return g;
    return std::nullopt;
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

QString toWire(Rag r)
{
    switch (r) {
    case Rag::NoData:
        return QStringLiteral("no_data");
    case Rag::Red:
        return QStringLiteral("red");
    case Rag::Amber:
        return QStringLiteral("amber");
    case Rag::Green:
        return QStringLiteral("green");
    }
    return {};
}

QString toWire(Breakdown b)
{
    switch (b) {
    case Breakdown::None:
        return QStringLiteral("none");
    case Breakdown::Agency:
        return QStringLiteral("agency");
    case Breakdown::Procedure:
        return QStringLiteral("procedure");
    case Breakdown::Official:
        return QStringLiteral("official");
    }
    return {};
}

std::optional<Breakdown> breakdownFromWire(QStringView wire)
{
    for (Breakdown b : {Breakdown::None, Breakdown::Agency, Breakdown::Procedure, Breakdown::Official})
        if (wire == toWire(b))
            return b;
    return std::nullopt;
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

IndicatorReport computeIndicators(const IndicatorSet &set, const QList<Dossier> &dossiers,
                                  const Period &period, Breakdown breakdown)
{
    IndicatorReport report;
    report.period = period;
    report.breakdown = breakdown;
    report.months = period.months();
    const Period prev = period.previous();
    const QDate firstMonth = report.months.isEmpty() ? QDate() : report.months.first();
    QList<Evaluator> evals;
    for (const IndicatorDefinition &def : set.indicators) {
        IndicatorResult r;
        r.definition = def;
        r.months.resize(report.months.size());
        report.results.append(r);
        evals.append(Evaluator(def));
    }
    for (const Dossier &d : dossiers) {
        for (qsizetype i = 0; i < evals.size(); ++i) {
            IndicatorResult &r = report.results[i];
            evals[i].visit(d, breakdown,
                           [&](const QDateTime &at, qint64 num, qint64 den, const QString &key) {
                               const QDate day = vietnamDate(at);
                               if (!day.isValid())
                                   return;
                               if (day >= period.first && day <= period.last) {
                                   r.total.numerator += num;
                                   r.total.denominator += den;
                                   Tally &m = r.months[(day.year() - firstMonth.year()) * 12 + day.month()
                                                       - firstMonth.month()];
                                   m.numerator += num;
                                   m.denominator += den;
                                   if (breakdown != Breakdown::None) {
                                       Tally &k = r.byKey[key];
                                       k.numerator += num;
                                       k.denominator += den;
                                   }
                               } else if (day >= prev.first && day <= prev.last) {
                                   r.previous.numerator += num;
                                   r.previous.denominator += den;
                               }
                           });
        }
    }
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
    return report;
}

QStringList indicatorDossierIds(const IndicatorSet &set, const QString &id, const QList<Dossier> &dossiers,
                                const Period &period, DrillDown which, Breakdown breakdown,
                                const QString &key)
{
    QStringList out;
    const auto it = std::find_if(set.indicators.cbegin(), set.indicators.cend(),
                                 [&](const IndicatorDefinition &d) { return d.id == id; });
    if (it == set.indicators.cend())
        return out;
    const Evaluator eval(*it);
    for (const Dossier &d : dossiers) {
        bool in = false;
        eval.visit(d, breakdown, [&](const QDateTime &at, qint64 num, qint64 den, const QString &k) {
            if (!period.contains(at) || (breakdown != Breakdown::None && k != key))
                return;
            in = in
                || (which == DrillDown::Denominator     ? den > 0
                        : which == DrillDown::Numerator ? num > 0
                                                        : num < den);
        });
        if (in)
            out.append(d.id);
    }
    return out;
}

} // namespace motcua
