// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier.h"
#include "indicatorinputs.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

//! The service-quality indicators of Decision 766/QĐ-TTg (2022): definitions as
//! data (served by the server per province), one computation shared by the
//! desktop (over its cached scope, offline) and the server (over the province).
//! docs/indicators.md gives every formula and its source.
namespace motcua {

//! The five groups the indicators are scored in.
enum class IndicatorGroup {
    Publicity, //!< "publicity": công khai, minh bạch
    Progress, //!< "progress": tiến độ, kết quả giải quyết
    Digitization, //!< "digitization": số hóa hồ sơ
    Online, //!< "online": dịch vụ công trực tuyến, thanh toán trực tuyến
    Satisfaction, //!< "satisfaction": mức độ hài lòng
};
[[nodiscard]] QList<IndicatorGroup> allIndicatorGroups();
[[nodiscard]] QString toWire(IndicatorGroup g);
[[nodiscard]] std::optional<IndicatorGroup> indicatorGroupFromWire(QStringView wire);

//! What one counted unit is.
enum class IndicatorUnit {
    Dossier, //!< "dossier"
    Component, //!< "component": input components of a dossier
    Transfer, //!< "transfer": one forward between agencies
};
//! Which date puts a unit into a period.
enum class PeriodRule {
    Received, //!< "received": the dossier's received_at
    Finished, //!< "finished": the dossier's finished_at
    Transferred, //!< "transferred": the transfer's at
};

//! One indicator: percent = numerator / denominator over the units whose date
//! (period rule) falls in the period. numerator and denominator name predicates
//! of a fixed vocabulary (indicatorPredicates()); a unit counts in the numerator
//! only if it also counts in the denominator. Wire: see docs/api/openapi.yaml
//! (IndicatorDefinition).
struct IndicatorDefinition
{
    QString id;
    IndicatorGroup group = IndicatorGroup::Progress;
    QString name; //!< Vietnamese, the official wording
    QString nameEn;
    IndicatorUnit unit = IndicatorUnit::Dossier;
    PeriodRule period = PeriodRule::Received;
    QString numerator;
    QString denominator;
    QStringList procedures; //!< only these procedures count; empty = all
    double weight = 0; //!< points out of 100
    double target = 100; //!< percent
    double amberBelow = 10; //!< points below the target that are still amber
    QString source; //!< the text that sets the target

    bool operator==(const IndicatorDefinition &) const = default;
};

//! A province's indicator set. Wire: {"province","name","indicators":[...]}.
struct IndicatorSet
{
    QString province;
    QString name;
    QList<IndicatorDefinition> indicators;
    bool operator==(const IndicatorSet &) const = default;
};

//! The predicate ids a definition may use, per unit.
[[nodiscard]] QStringList indicatorPredicates(IndicatorUnit unit);

//! A closed range of calendar days in Vietnam's time (UTC+7, no daylight saving).
struct Period
{
    QDate first;
    QDate last;
    QString label; //!< as parsed, e.g. "2026-Q3"

    //! "2026-07", "2026-Q3", "2026" or "2026-07-01..2026-08-15".
    [[nodiscard]] static Result<Period> parse(const QString &text);
    //! The period of the same kind just before (previous month, quarter, year;
    //! for a custom range the same number of days before it).
    [[nodiscard]] Period previous() const;
    //! First day of every month the period touches.
    [[nodiscard]] QList<QDate> months() const;
    [[nodiscard]] bool contains(const QDateTime &utc) const;
    [[nodiscard]] bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
};
//! The day in Vietnam (UTC+7) of a UTC time.
[[nodiscard]] QDate vietnamDate(const QDateTime &utc);

struct Tally
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    //! std::nullopt without a denominator ("no data", never 0% or 100%).
    [[nodiscard]] std::optional<double> percent() const;
    bool operator==(const Tally &) const = default;
};

enum class Rag { NoData, Red, Amber, Green };
[[nodiscard]] QString toWire(Rag r);
//! Green at or above the target, amber within amberBelow points under it, red below; NoData without a value.
[[nodiscard]] Rag ragFor(const IndicatorDefinition &def, std::optional<double> percent);

//! What a breakdown groups by.
enum class Breakdown { None, Agency, Procedure, Official };
[[nodiscard]] std::optional<Breakdown> breakdownFromWire(QStringView wire);
[[nodiscard]] QString toWire(Breakdown b);

struct IndicatorResult
{
    IndicatorDefinition definition;
    Tally total;
    Tally previous; //!< same indicator over Period::previous() (the trend)
    QList<Tally> months; //!< one per Period::months()
    QMap<QString, Tally> byKey; //!< breakdown (agency / procedure / official); empty for None
    std::optional<double> score; //!< weight * min(1, percent / target); nullopt without data
    Rag rag = Rag::NoData;
};

struct GroupScore
{
    IndicatorGroup group = IndicatorGroup::Progress;
    double weight = 0; //!< sum of its indicators' weights
    std::optional<double> score; //!< scaled to `weight` over the indicators with data
};

struct IndicatorReport
{
    Period period;
    Breakdown breakdown = Breakdown::None;
    QList<QDate> months;
    QList<IndicatorResult> results;
    QList<GroupScore> groups;
    std::optional<double> score; //!< out of 100, over the groups with data
};

//! Which dossiers a drill-down lists.
enum class DrillDown {
    Numerator, //!< those counted in the numerator (e.g. online, on time)
    Denominator, //!< all counted
    Missing, //!< in the denominator but not the numerator: the ones that drag the figure down
};
[[nodiscard]] std::optional<DrillDown> drillDownFromWire(QStringView wire);

//! The one computation, over the inputs of a scope (indicatorinputs.h): what
//! the desktop reads from its cache's indicator columns.
[[nodiscard]] IndicatorReport computeIndicators(const IndicatorSet &set, const IndicatorScope &scope,
                                                const Period &period, Breakdown breakdown = Breakdown::None);
//! The same over dossiers (the server's store, tests): tombstones are skipped.
[[nodiscard]] IndicatorReport computeIndicators(const IndicatorSet &set, const QList<Dossier> &dossiers,
                                                const Period &period, Breakdown breakdown = Breakdown::None);

//! The ids of the dossiers behind one number of computeIndicators(): indicator
//! `id` over `period`, restricted to breakdown `key` when `breakdown` is not None.
[[nodiscard]] QStringList indicatorDossierIds(const IndicatorSet &set, const QString &id,
                                              const IndicatorScope &scope, const Period &period,
                                              DrillDown which, Breakdown breakdown = Breakdown::None,
                                              const QString &key = {});
[[nodiscard]] QStringList indicatorDossierIds(const IndicatorSet &set, const QString &id,
                                              const QList<Dossier> &dossiers, const Period &period,
                                              DrillDown which, Breakdown breakdown = Breakdown::None,
                                              const QString &key = {});

//! The on-time predicate of the indicators: the legal clock's verdict on a
//! finished dossier (deadline::finishedOutcome; rejected and withdrawn are never
//! on time).
[[nodiscard]] bool indicatorOnTime(const Dossier &d);

namespace json {
[[nodiscard]] QJsonObject toJson(const IndicatorDefinition &v);
[[nodiscard]] QJsonObject toJson(const IndicatorSet &v);
//! Checks that the predicates exist for the unit, weight in [0,100], target in [0,100].
Status fromJson(const QJsonObject &o, IndicatorDefinition &out, const QString &path = {});
Status fromJson(const QJsonObject &o, IndicatorSet &out, const QString &path = {});
//! The report as the server sends it (GET /indicators): numbers only, no names.
[[nodiscard]] QJsonObject toJson(const IndicatorReport &v);
} // namespace json

} // namespace motcua
