// SPDX-License-Identifier: GPL-3.0-or-later
#include "reception.h"

#include "json.h"
#include "jsonreader.h"
#include "workflow.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <limits>

namespace motcua {

namespace reception {

QString dossierCode(const QString &agencyCode, const QDateTime &receivedAt, qint64 seq)
{
    const QDate local = WorkingCalendar::localDate(receivedAt);
    return QStringLiteral("%1-%2-%3")
        .arg(agencyCode, local.toString(QStringLiteral("yyMMdd")))
        .arg(seq, 4, 10, QLatin1Char('0'));
}

Dossier makeDossier(const ReceptionRequest &request, const Procedure &procedure,
                    const WorkingCalendar &calendar, const QString &agencyCode, qint64 seq,
                    const QDateTime &receivedAt)
{
    Dossier d;
    d.id = request.dossierId;
    d.code = dossierCode(agencyCode, receivedAt, seq);
    d.applicant = request.applicant;
    d.agencyCode = agencyCode;
    d.service.channel = request.channel;
    d.components = request.components;
    //! i16-clock owns the deadline rules: the due date comes from this one call.
    return Workflow::receive(d, procedure, calendar, receivedAt);
}

QJsonObject toJson(const ReceptionRequest &request)
{
    QJsonArray comps;
    for (const Component &c : request.components)
        comps.append(json::toJson(c));
    QJsonObject o {{QStringLiteral("id"), request.dossierId},
                   {QStringLiteral("procedure_code"), request.procedureCode},
                   {QStringLiteral("applicant"), json::toJson(request.applicant)},
                   {QStringLiteral("channel"), toWire(request.channel)},
                   {QStringLiteral("components"), comps}};
    if (request.reservationId) {
        o.insert(QStringLiteral("reservation"),
                 QJsonObject {{QStringLiteral("id"), double(*request.reservationId)},
                              {QStringLiteral("seq"), double(request.reservedSeq)}});
        if (request.receivedAt.isValid())
            o.insert(QStringLiteral("received_at"), json::timestampToJson(request.receivedAt));
    }
    return o;
}

Result<ReceptionRequest> parse(const QJsonObject &body)
{
    static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    json::JsonReader r(body, QString());
    ReceptionRequest out;
    if (r.has(QStringLiteral("id")) && r.string(QStringLiteral("id"), out.dossierId, false)
        && !idRe.match(out.dossierId).hasMatch())
        r.fail(json::JsonReader::badFormat(QStringLiteral("id"), "identifier"));
    r.string(QStringLiteral("procedure_code"), out.procedureCode, false);
    QJsonObject applicant;
    if (r.object(QStringLiteral("applicant"), applicant)) {
        r.take(json::fromJson(applicant, out.applicant, QStringLiteral("applicant")));
        if (r.ok() && out.applicant.idNumber.trimmed().isEmpty())
            r.fail(json::JsonReader::missing(QStringLiteral("applicant.id_number")));
    }
    r.enumValue(QStringLiteral("channel"), out.channel, &channelFromWire);
    QJsonArray comps;
    if (r.array(QStringLiteral("components"), comps)) {
        for (qsizetype i = 0; i < comps.size() && r.ok(); ++i) {
            const QString ip = json::JsonReader::indexPath(QStringLiteral("components"), i);
            if (!comps.at(i).isObject()) {
                r.fail(json::JsonReader::wrongType(ip, "object"));
                break;
            }
            Component c;
            if (r.take(json::fromJson(comps.at(i).toObject(), c, ip)))
                out.components.append(c);
        }
    }
    if (r.ok() && r.has(QStringLiteral("reservation"))) {
        QJsonObject res;
        if (r.object(QStringLiteral("reservation"), res)) {
            json::JsonReader rr(res, QStringLiteral("reservation"));
            qint64 id = 0;
            rr.integer(QStringLiteral("id"), id, 1, std::numeric_limits<qint32>::max());
            rr.integer(QStringLiteral("seq"), out.reservedSeq, 1, qint64(1) << 50);
            if (r.take(rr.status()))
                out.reservationId = id;
        }
        r.optionalTimestamp(QStringLiteral("received_at"), out.receivedAt);
    }
    if (!r.ok())
        return r.status().error();
    return out;
}

} // namespace reception
} // namespace motcua
