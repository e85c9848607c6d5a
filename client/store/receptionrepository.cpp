// SPDX-License-Identifier: GPL-3.0-or-later
#include "receptionrepository.h"

#include "database.h"
#include "dossierrepository.h"
#include "fieldcipher.h"

#include <QJsonDocument>

namespace motcua {

namespace {

ReceptionEntry::State stateFrom(const QString &s)
{
    if (s == QLatin1String("sending"))
        return ReceptionEntry::State::Sending;
    if (s == QLatin1String("failed"))
        return ReceptionEntry::State::Failed;
    if (s == QLatin1String("done"))
        return ReceptionEntry::State::Done;
    return ReceptionEntry::State::Pending;
}

const QString kSelect = QStringLiteral(
    "SELECT id, dossier_id, code, idempotency_key, body, state, attempts, last_error FROM receptions ");

} // namespace

Status ReceptionRepository::addBlock(const CodeReservation &b)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO code_blocks (id, agency_code, first_seq, last_seq, next_seq, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
        {b.id, b.agencyCode, b.first, b.last, b.first, b.createdAt.toMSecsSinceEpoch()});
}

Result<qint64> ReceptionRepository::remaining(const QString &agencyCode)
{
    auto v = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(last_seq - next_seq + 1), 0) FROM code_blocks "
                                        "WHERE agency_code = ? AND next_seq <= last_seq"),
                         {agencyCode});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<Dossier> ReceptionRepository::receive(const QString &agencyCode, const QString &idempotencyKey,
                                             const Maker &make)
{
    Dossier out;
    Status s = m_db.write([&]() -> Status {
        auto q = m_db.run(QStringLiteral("SELECT id, next_seq FROM code_blocks WHERE agency_code = ? AND "
                                         "next_seq <= last_seq ORDER BY id LIMIT 1"),
                          {agencyCode});
        if (!q)
            return q.error();
        if (!(*q)->next()) {
            (*q)->finish();
            return Error::make(
                Error::Kind::Invalid, QStringLiteral("reception.no_codes"),
                QT_TRANSLATE_NOOP("motcua::Error",
                                  "No reserved dossier codes are left on this computer. Connect "
                                  "to the central system once to receive a new block."));
        }
        const qint64 block = (*q)->value(0).toLongLong();
        const qint64 seq = (*q)->value(1).toLongLong();
        (*q)->finish();
        auto made = make(block, seq);
        if (!made)
            return made.error();
        const auto &[request, dossier] = *made;
        if (Status u = m_db.exec(
                QStringLiteral("UPDATE code_blocks SET next_seq = next_seq + 1 WHERE id = ?"), {block});
            !u)
            return u;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (Status i = m_db.exec(
                QStringLiteral("INSERT INTO receptions (dossier_id, code, idempotency_key, body, "
                               "state, created_at, updated_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)"),
                {dossier.id, dossier.code, idempotencyKey,
                 //! The applicant's name, ID number, address and phone: sealed like the dossier.
                 fields::seal(m_db.fieldCipher(),
                              QString::fromUtf8(
                                  QJsonDocument(reception::toJson(request)).toJson(QJsonDocument::Compact))),
                 now, now});
            !i)
            return i;
        out = dossier;
        return DossierRepository(m_db).insertLocal(dossier);
    });
    if (!s)
        return s.error();
    return out;
}

Result<QList<ReceptionEntry>> ReceptionRepository::list()
{
    QList<ReceptionEntry> out;
    auto q = m_db.run(kSelect + QStringLiteral("ORDER BY id"));
    if (!q)
        return q.error();
    while ((*q)->next()) {
        ReceptionEntry e;
        e.id = (*q)->value(0).toLongLong();
        e.dossierId = (*q)->value(1).toString();
        e.code = (*q)->value(2).toString();
        e.idempotencyKey = (*q)->value(3).toString();
        auto body = fields::open(m_db.fieldCipher(), (*q)->value(4));
        if (!body) {
            (*q)->finish();
            return body.error();
        }
        e.body = QJsonDocument::fromJson(body->toUtf8()).object();
        e.state = stateFrom((*q)->value(5).toString());
        e.attempts = (*q)->value(6).toInt();
        e.lastError = (*q)->value(7).toString();
        out.append(e);
    }
    (*q)->finish();
    return out;
}

Result<QList<ReceptionEntry>> ReceptionRepository::pending()
{
    auto all = list();
    if (!all)
        return all.error();
    QList<ReceptionEntry> out;
    for (const ReceptionEntry &e : std::as_const(*all)) {
        if (e.state == ReceptionEntry::State::Pending || e.state == ReceptionEntry::State::Sending)
            out.append(e);
    }
    return out;
}

Status ReceptionRepository::setState(qint64 id, const char *state, int addAttempts, const QString &error)
{
    return m_db.exec(
        QStringLiteral("UPDATE receptions SET state = ?, attempts = attempts + ?, last_error = ?, "
                       "updated_at = ? WHERE id = ?"),
        {QString::fromLatin1(state), addAttempts, error, QDateTime::currentMSecsSinceEpoch(), id});
}

Status ReceptionRepository::markSending(qint64 id)
{
    return setState(id, "sending", 1, QString());
}

Status ReceptionRepository::markRetry(qint64 id, const QString &error)
{
    return setState(id, "pending", 0, error);
}

Status ReceptionRepository::markFailed(qint64 id, const QString &error)
{
    return setState(id, "failed", 0, error);
}

Status ReceptionRepository::markDone(qint64 id, const Dossier &fromServer)
{
    return m_db.write([&]() -> Status {
        if (Status s = setState(id, "done", 0, QString()); !s)
            return s;
        return DossierRepository(m_db).settle(fromServer.id, fromServer);
    });
}

} // namespace motcua
