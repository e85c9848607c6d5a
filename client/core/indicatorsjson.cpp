// SPDX-License-Identifier: GPL-3.0-or-later
//! Codecs of the indicator definitions and of the computed report.
#include "indicators.h"
#include "json.h"
#include "jsonreader.h"
#include "wirenames.h"

#include <QJsonArray>

namespace motcua::json {

namespace {
constexpr WireName<IndicatorUnit> kUnits[] = {
    {IndicatorUnit::Dossier, "dossier"},
    {IndicatorUnit::Component, "component"},
    {IndicatorUnit::Transfer, "transfer"},
};
constexpr WireName<PeriodRule> kPeriodRules[] = {
    {PeriodRule::Received, "received"},
    {PeriodRule::Finished, "finished"},
    {PeriodRule::Transferred, "transferred"},
};
QString toWire(IndicatorUnit u)
{
    return wire::name(kUnits, u);
}
QString toWire(PeriodRule p)
{
    return wire::name(kPeriodRules, p);
}
std::optional<IndicatorUnit> unitFromWire(QStringView w)
{
    return wire::parse(kUnits, w);
}
std::optional<PeriodRule> periodRuleFromWire(QStringView w)
{
    return wire::parse(kPeriodRules, w);
}
QJsonObject tallyJson(const Tally &t)
{
    const auto pct = t.percent();
    return {{QStringLiteral("numerator"), double(t.numerator)},
            {QStringLiteral("denominator"), double(t.denominator)},
            {QStringLiteral("percent"), pct ? QJsonValue(*pct) : QJsonValue(QJsonValue::Null)}};
}
QJsonValue optionalNumber(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject toJson(const IndicatorDefinition &v)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("group"), motcua::toWire(v.group)},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("name_en"), v.nameEn},
            {QStringLiteral("unit"), toWire(v.unit)},
            {QStringLiteral("period"), toWire(v.period)},
            {QStringLiteral("numerator"), v.numerator},
            {QStringLiteral("denominator"), v.denominator},
            {QStringLiteral("procedures"), QJsonArray::fromStringList(v.procedures)},
            {QStringLiteral("weight"), v.weight},
            {QStringLiteral("target"), v.target},
            {QStringLiteral("amber_below"), v.amberBelow},
            {QStringLiteral("source"), v.source}};
}

QJsonObject toJson(const IndicatorSet &v)
{
    QJsonArray items;
    for (const IndicatorDefinition &d : v.indicators)
        items.append(toJson(d));
    return {{QStringLiteral("province"), v.province},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("indicators"), items}};
}

Status fromJson(const QJsonObject &o, IndicatorDefinition &out, const QString &path)
{
    JsonReader r(o, path);
    out = IndicatorDefinition();
    r.string(QStringLiteral("id"), out.id, false);
    r.enumValue(QStringLiteral("group"), out.group, &indicatorGroupFromWire);
    r.string(QStringLiteral("name"), out.name, false);
    r.string(QStringLiteral("name_en"), out.nameEn);
    r.enumValue(QStringLiteral("unit"), out.unit, &unitFromWire);
    r.enumValue(QStringLiteral("period"), out.period, &periodRuleFromWire);
    r.string(QStringLiteral("numerator"), out.numerator, false);
    r.string(QStringLiteral("denominator"), out.denominator, false);
    QJsonArray procs;
    if (r.array(QStringLiteral("procedures"), procs)) {
        for (qsizetype i = 0; i < procs.size(); ++i) {
            if (!procs.at(i).isString()) {
                r.fail(JsonReader::wrongType(JsonReader::indexPath(r.pathOf(QStringLiteral("procedures")), i),
                                             "string"));
                return r.status();
            }
            out.procedures.append(procs.at(i).toString());
        }
    }
    r.number(QStringLiteral("weight"), out.weight, 0, 100);
    r.number(QStringLiteral("target"), out.target, 0, 100);
    r.number(QStringLiteral("amber_below"), out.amberBelow, 0, 100);
    r.string(QStringLiteral("source"), out.source);
    if (r.ok()) {
        const QStringList known = indicatorPredicates(out.unit);
        for (const QString &key : {QStringLiteral("numerator"), QStringLiteral("denominator")}) {
            const QString value = o.value(key).toString();
            if (!known.contains(value))
                r.fail(JsonReader::unknownValue(r.pathOf(key), value));
        }
    }
    return r.status();
}

Status fromJson(const QJsonObject &o, IndicatorSet &out, const QString &path)
{
    JsonReader r(o, path);
    out = IndicatorSet();
    r.string(QStringLiteral("province"), out.province, false);
    r.string(QStringLiteral("name"), out.name);
    r.objects(QStringLiteral("indicators"), out.indicators,
              [](const QJsonObject &item, IndicatorDefinition &d, const QString &p) {
                  return fromJson(item, d, p);
              });
    return r.status();
}

QJsonObject toJson(const IndicatorReport &v)
{
    QJsonArray months;
    for (const QDate &m : v.months)
        months.append(m.toString(QStringLiteral("yyyy-MM")));
    QJsonArray results;
    for (const IndicatorResult &r : v.results) {
        QJsonArray perMonth;
        for (const Tally &t : r.months)
            perMonth.append(tallyJson(t));
        QJsonArray byKey;
        for (auto it = r.byKey.cbegin(); it != r.byKey.cend(); ++it) {
            QJsonObject k = tallyJson(it.value());
            k.insert(QStringLiteral("key"), it.key());
            byKey.append(k);
        }
        QJsonObject o = tallyJson(r.total);
        o.insert(QStringLiteral("id"), r.definition.id);
        o.insert(QStringLiteral("target"), r.definition.target);
        o.insert(QStringLiteral("previous"), tallyJson(r.previous));
        o.insert(QStringLiteral("months"), perMonth);
        o.insert(QStringLiteral("breakdown"), byKey);
        o.insert(QStringLiteral("score"), optionalNumber(r.score));
        o.insert(QStringLiteral("rag"), motcua::toWire(r.rag));
        results.append(o);
    }
    QJsonArray groups;
    for (const GroupScore &g : v.groups)
        groups.append(QJsonObject {{QStringLiteral("group"), motcua::toWire(g.group)},
                                   {QStringLiteral("weight"), g.weight},
                                   {QStringLiteral("score"), optionalNumber(g.score)}});
    return {{QStringLiteral("period"),
             QJsonObject {{QStringLiteral("label"), v.period.label},
                          {QStringLiteral("first"), v.period.first.toString(Qt::ISODate)},
                          {QStringLiteral("last"), v.period.last.toString(Qt::ISODate)}}},
            {QStringLiteral("breakdown"), motcua::toWire(v.breakdown)},
            {QStringLiteral("months"), months},
            {QStringLiteral("indicators"), results},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("score"), optionalNumber(v.score)}};
}

} // namespace motcua::json
