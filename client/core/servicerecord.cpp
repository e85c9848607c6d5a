// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicerecord.h"

#include "json.h"
#include "jsonreader.h"
#include "wirenames.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua {

namespace {
constexpr WireName<SubmissionChannel> kChannels[] = {
    {SubmissionChannel::InPerson, "in_person"},
    {SubmissionChannel::Online, "online"},
    {SubmissionChannel::Postal, "postal"},
};
constexpr WireName<PaymentMethod> kPayments[] = {
    {PaymentMethod::None, "none"},
    {PaymentMethod::Desk, "desk"},
    {PaymentMethod::Online, "online"},
};
//! Without None: it has no name on the wire (null), so "" is not a satisfaction.
constexpr WireName<Satisfaction> kSatisfactions[] = {
    {Satisfaction::VerySatisfied, "very_satisfied"},
    {Satisfaction::Satisfied, "satisfied"},
    {Satisfaction::Dissatisfied, "dissatisfied"},
};
} // namespace

MOTCUA_WIRE_FUNCTIONS(SubmissionChannel, submissionChannelFromWire, kChannels)
MOTCUA_WIRE_FUNCTIONS(PaymentMethod, paymentMethodFromWire, kPayments)

QString toWire(Satisfaction v)
{
    return v == Satisfaction::None ? QString() : wire::name(kSatisfactions, v);
}

std::optional<Satisfaction> satisfactionFromWire(QStringView wire)
{
    return wire::parse(kSatisfactions, wire);
}

namespace json {

void writeServiceRecord(QJsonObject &o, const ServiceRecord &v)
{
    QJsonArray transfers;
    for (const Transfer &t : v.transfers)
        transfers.append(QJsonObject {{QStringLiteral("from_agency"), t.fromAgency},
                                      {QStringLiteral("to_agency"), t.toAgency},
                                      {QStringLiteral("at"), timestampToJson(t.at)},
                                      {QStringLiteral("electronic"), t.electronic}});
    o.insert(QStringLiteral("channel"), toWire(v.channel));
    o.insert(QStringLiteral("payment"), toWire(v.payment));
    o.insert(QStringLiteral("reused_components"), QJsonArray::fromStringList(v.reusedComponents));
    o.insert(QStringLiteral("paper_components"), v.paperComponents);
    o.insert(QStringLiteral("result_on_paper"), v.resultOnPaper);
    o.insert(QStringLiteral("transfers"), transfers);
    o.insert(QStringLiteral("national_synced_at"), timestampToJson(v.nationalSyncedAt));
    o.insert(QStringLiteral("satisfaction"),
             v.satisfaction == Satisfaction::None ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(toWire(v.satisfaction)));
}

void readServiceRecord(JsonReader &r, ServiceRecord &out)
{
    out = ServiceRecord();
    if (r.has(QStringLiteral("channel")))
        r.enumValue(QStringLiteral("channel"), out.channel, &submissionChannelFromWire);
    if (r.has(QStringLiteral("payment")))
        r.enumValue(QStringLiteral("payment"), out.payment, &paymentMethodFromWire);
    QJsonArray arr;
    if (r.has(QStringLiteral("reused_components")) && r.array(QStringLiteral("reused_components"), arr)) {
        for (qsizetype i = 0; i < arr.size(); ++i) {
            if (!arr.at(i).isString()) {
                r.fail(JsonReader::wrongType(
                    JsonReader::indexPath(r.pathOf(QStringLiteral("reused_components")), i), "string"));
                return;
            }
            out.reusedComponents.append(arr.at(i).toString());
        }
    }
    if (r.has(QStringLiteral("paper_components")))
        r.integer(QStringLiteral("paper_components"), out.paperComponents, 0, 1000);
    if (r.has(QStringLiteral("result_on_paper")))
        r.boolean(QStringLiteral("result_on_paper"), out.resultOnPaper);
    if (r.has(QStringLiteral("transfers")))
        r.objects(QStringLiteral("transfers"), out.transfers,
                  [](const QJsonObject &item, Transfer &tr, const QString &p) {
                      JsonReader t(item, p);
                      t.string(QStringLiteral("from_agency"), tr.fromAgency, false);
                      t.string(QStringLiteral("to_agency"), tr.toAgency, false);
                      t.timestamp(QStringLiteral("at"), tr.at, false);
                      t.boolean(QStringLiteral("electronic"), tr.electronic);
                      return t.status();
                  });
    r.optionalTimestamp(QStringLiteral("national_synced_at"), out.nationalSyncedAt);
    if (r.has(QStringLiteral("satisfaction")) && !r.object().value(QStringLiteral("satisfaction")).isNull())
        r.enumValue(QStringLiteral("satisfaction"), out.satisfaction, &satisfactionFromWire);
}

} // namespace json
} // namespace motcua
