// SPDX-License-Identifier: GPL-3.0-or-later
#include "receptiondesk.h"

#include "actionqueue.h"
#include "apiclient.h"
#include "core/json.h"
#include "core/problem.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/receptionrepository.h"
#include "store/referencerepository.h"
#include "store/syncstaterepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUrl>
#include <QUuid>

namespace motcua {

namespace {

Result<json::Me> deskOfficial(Database &db)
{
    auto me = ActionQueue::cachedMe(db);
    if (!me)
        return me.error();
    if (!me->official.hasRole(Role::DeskStaff))
        return Error::make(Error::Kind::Forbidden, QStringLiteral("reception.not_desk_staff"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Only one-stop desk staff receive dossiers."));
    return me.value();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

Result<Dossier> ReceptionDesk::receive(ReceptionRequest request, const QDateTime &now)
{
    auto me = deskOfficial(m_db);
    if (!me)
        return me.error();
    request.applicant.name = request.applicant.name.simplified();
    request.applicant.idNumber = request.applicant.idNumber.trimmed();
    if (request.applicant.name.isEmpty() || request.applicant.idNumber.isEmpty())
        return Error::make(Error::Kind::Invalid, QStringLiteral("reception.applicant_missing"),
                           QT_TRANSLATE_NOOP("motcua::Error", "Enter the applicant's name and ID number."));
    ReferenceRepository reference(m_db);
    auto procedure = reference.procedure(request.procedureCode);
    if (!procedure)
        return procedure.error();
    if (!*procedure)
        return Error::make(Error::Kind::Invalid, QStringLiteral("reception.unknown_procedure"),
                           QT_TRANSLATE_NOOP("motcua::Error", "There is no procedure with the code %1."),
                           {request.procedureCode}, QStringLiteral("procedure_code"));
    auto calendar = reference.workingCalendar();
    if (!calendar)
        return calendar.error();
    if (request.dossierId.isEmpty())
        request.dossierId = QStringLiteral("HS-") + newId().left(20);
    const QString agency = me->official.agencyCode;
    const QDateTime at = now.toUTC();
    return ReceptionRepository(m_db).receive(
        agency, QStringLiteral("receive-") + newId(),
        [&](qint64 reservation, qint64 seq) -> Result<std::pair<ReceptionRequest, Dossier>> {
            ReceptionRequest r = request;
            r.reservationId = reservation;
            r.reservedSeq = seq;
            r.receivedAt = at;
            return std::pair {r, reception::makeDossier(r, **procedure, *calendar, agency, seq, at)};
        });
}

Result<ReceptionDesk::Identity> ReceptionDesk::identity()
{
    auto me = deskOfficial(m_db);
    if (!me)
        return me.error();
    Identity id {me->official.fullName, me->agency.name, {}};
    auto agencies = ReferenceRepository(m_db).agencies();
    if (agencies) {
        for (const Agency &a : std::as_const(*agencies))
            if (a.code == me->agency.parentCode)
                id.parentAgencyName = a.name;
    }
    return id;
}

Result<qint64> ReceptionDesk::codesLeft()
{
    auto me = deskOfficial(m_db);
    if (!me)
        return me.error();
    return ReceptionRepository(m_db).remaining(me->official.agencyCode);
}

Result<int> ReceptionDesk::push(ApiClient &api, Database &db, BlobStore &blobs)
{
    ReceptionRepository repo(db);
    auto entries = repo.pending();
    if (!entries)
        return entries.error();
    int sent = 0;
    for (const ReceptionEntry &e : std::as_const(*entries)) {
        if (Status s = repo.markSending(e.id); !s)
            return s.error();
        //! The digitized components go up first: POST /dossiers names them by hash.
        for (const QJsonValue &c : e.body.value(QStringLiteral("components")).toArray()) {
            const QString sha = c.toObject().value(QStringLiteral("sha256")).toString();
            if (!blobs.contains(sha))
                continue; //!< a reused warehouse document is on the server already
            auto data = blobs.read(sha);
            if (!data)
                return data.error();
            if (Status s = api.putDocument(sha, *data); !s) {
                (void)repo.markRetry(e.id, s.error().toString());
                return s.error();
            }
        }
        auto r = api.send(
            "POST", QStringLiteral("/dossiers"), QJsonDocument(e.body).toJson(QJsonDocument::Compact),
            {{"Idempotency-Key", e.idempotencyKey.toUtf8()}, {"Content-Type", "application/json"}});
        if (!r || r->status == 401 || r->status >= 500) {
            const Error err = r ? json::errorFromProblemJson(r->json(), r->status) : r.error();
            (void)repo.markRetry(e.id, err.toString());
            return err;
        }
        if (!r->isSuccess()) {
            //! A verdict (a number used twice, an unknown procedure): kept for the official, never dropped.
            if (Status s = repo.markFailed(e.id, json::errorFromProblemJson(r->json(), r->status).toString());
                !s)
                return s.error();
            continue;
        }
        auto d = json::parse<Dossier>(r->json().value(QStringLiteral("dossier")).toObject(),
                                      QStringLiteral("dossier"));
        if (!d) {
            (void)repo.markRetry(e.id, d.error().toString());
            return d.error();
        }
        if (Status s = repo.markDone(e.id, *d); !s)
            return s.error();
        ++sent;
    }
    return sent;
}

Status ReceptionDesk::refill(ApiClient &api, Database &db, int low, int count)
{
    auto me = SyncStateRepository(db).me();
    if (!me)
        return me.error();
    if (!*me || !(*me)->official.hasRole(Role::DeskStaff))
        return {};
    ReceptionRepository repo(db);
    auto left = repo.remaining((*me)->official.agencyCode);
    if (!left)
        return left.error();
    if (*left >= low)
        return {};
    QString desk = QSysInfo::machineHostName() + QLatin1Char('-') + (*me)->official.username;
    desk.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("-"));
    auto r = api.send("POST", QStringLiteral("/desks/reservations"),
                      QJsonDocument(QJsonObject {{QStringLiteral("desk_id"), desk.left(100)},
                                                 {QStringLiteral("count"), count}})
                          .toJson(QJsonDocument::Compact),
                      {{"Content-Type", "application/json"}});
    if (!r)
        return r.error();
    if (!r->isSuccess())
        return json::errorFromProblemJson(r->json(), r->status);
    const QJsonObject o = r->json();
    CodeReservation b;
    b.id = o.value(QStringLiteral("id")).toInteger();
    b.agencyCode = o.value(QStringLiteral("agency_code")).toString();
    b.first = o.value(QStringLiteral("first")).toInteger();
    b.last = o.value(QStringLiteral("last")).toInteger();
    b.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    if (b.id <= 0 || b.first <= 0 || b.last < b.first || b.agencyCode != (*me)->official.agencyCode)
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("reception.bad_reservation"),
            QT_TRANSLATE_NOOP("motcua::Error", "The central system sent an unusable code block."));
    return repo.addBlock(b);
}

Result<Applicant> ReceptionDesk::lookUpCitizen(ApiClient &api, const QString &idNumber)
{
    auto r = api.send("GET",
                      QStringLiteral("/citizens/")
                          + QString::fromLatin1(QUrl::toPercentEncoding(idNumber.trimmed())));
    if (!r)
        return r.error();
    if (!r->isSuccess())
        return json::errorFromProblemJson(r->json(), r->status);
    auto a = json::parse<Applicant>(r->json());
    if (!a)
        return a.error();
    return a;
}

} // namespace motcua
