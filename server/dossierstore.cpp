// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierstore.h"

#include "auditlog.h"
#include "core/json.h"
#include "database.h"

#include <QJsonDocument>

namespace motcua::server {

QByteArray DossierStore::encode(const Dossier &d)
{
    return QJsonDocument(json::toJson(d)).toJson(QJsonDocument::Compact);
}

Result<Dossier> DossierStore::decode(const QByteArray &data)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (!doc.isObject())
        return Database::storageError(QStringLiteral("dossier row"), err.errorString());
    return json::parse<Dossier>(doc.object());
}

Result<std::optional<Dossier>> DossierStore::load(const QString &id, bool forUpdate)
{
    QString sql = QStringLiteral("SELECT data FROM dossiers WHERE id = ?");
    if (forUpdate && m_db->isPostgres())
        sql += QStringLiteral(" FOR UPDATE");
    auto q = m_db->exec(sql, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Dossier> {};
    auto d = decode(q->value(0).toByteArray());
    if (!d)
        return d.error();
    return std::optional<Dossier>(std::move(d.value()));
}

Status DossierStore::insert(const Dossier &d, const QList<HistoryStep> &steps, qint64 seq)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto q = m_db->exec(
        QStringLiteral("INSERT INTO dossiers (id, code, agency_code, state, version, applicant_id, "
                       "updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {d.id, d.code, d.agencyCode, toWire(d.state), d.version, d.applicant.idNumber, now,
         QString::fromUtf8(encode(d))});
    if (!q)
        return q.error();
    for (const HistoryStep &s : steps) {
        auto h
            = m_db->exec(QStringLiteral("INSERT INTO history (dossier_id, at, data) VALUES (?, ?, ?)"),
                         {d.id, s.at.toSecsSinceEpoch(),
                          QString::fromUtf8(QJsonDocument(json::toJson(s)).toJson(QJsonDocument::Compact))});
        if (!h)
            return h.error();
    }
    auto c = m_db->exec(
        QStringLiteral("INSERT INTO changes (agency_code, dossier_id, seq, deleted, version, changed_at) "
                       "VALUES (?, ?, ?, 0, ?, ?)"),
        {d.agencyCode, d.id, seq, d.version, now});
    if (!c)
        return c.error();
    return linkDocuments(d);
}

Status DossierStore::recordChange(const QString &agencyCode, const QString &dossierId, bool deleted,
                                  qint64 version)
{
    auto seq = m_db->nextSeq();
    if (!seq)
        return seq.error();
    auto q = m_db->exec(
        QStringLiteral("INSERT INTO changes (agency_code, dossier_id, seq, deleted, version, changed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (agency_code, dossier_id) DO UPDATE SET "
                       "seq = excluded.seq, deleted = excluded.deleted, version = excluded.version, "
                       "changed_at = excluded.changed_at"),
        {agencyCode, dossierId, *seq, deleted ? 1 : 0, version, QDateTime::currentSecsSinceEpoch()});
    if (!q)
        return q.error();
    return {};
}

Status DossierStore::appendAudit(const QString &actor, const QString &dossierId, const QString &action,
                                 const QString &fromState, const QString &toState, const QString &detail)
{
    if (!m_audit)
        return Database::storageError(QStringLiteral("audit"), QStringLiteral("no audit log configured"));
    return m_audit->append(actor, dossierId, action, fromState, toState, detail);
}

Result<HistoryStep> DossierStore::saveChange(const Dossier &before, const Dossier &after, HistoryStep step)
{
    auto u = m_db->exec(
        QStringLiteral(
            "UPDATE dossiers SET agency_code = ?, state = ?, version = ?, updated_at = ?, data = ? "
            "WHERE id = ? AND version = ?"),
        {after.agencyCode, toWire(after.state), after.version, QDateTime::currentSecsSinceEpoch(),
         QString::fromUtf8(encode(after)), after.id, before.version});
    if (!u)
        return u.error();
    if (u->numRowsAffected() != 1)
        return Error::make(Error::Kind::Stale, QStringLiteral("dossier.stale"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The dossier was changed by someone else."));
    // The step id is assigned here: the history row's own id, as text.
    auto h = m_db->exec(
        QStringLiteral("INSERT INTO history (dossier_id, at, data) VALUES (?, ?, '{}') RETURNING id"),
        {after.id, step.at.toSecsSinceEpoch()});
    if (!h)
        return h.error();
    if (!h->next())
        return Database::storageError(QStringLiteral("history"), QStringLiteral("no id returned"));
    step.id = h->value(0).toString();
    h->finish();
    auto hu = m_db->exec(QStringLiteral("UPDATE history SET data = ? WHERE id = ?"),
                         {QString::fromUtf8(QJsonDocument(json::toJson(step)).toJson(QJsonDocument::Compact)),
                          step.id.toLongLong()});
    if (!hu)
        return hu.error();
    const QJsonObject detail {{QStringLiteral("note"), step.note},
                              {QStringLiteral("from_agency"), before.agencyCode},
                              {QStringLiteral("to_agency"), after.agencyCode},
                              {QStringLiteral("version"), after.version}};
    if (auto a
        = appendAudit(step.actor, after.id, toWire(step.action), toWire(before.state), toWire(after.state),
                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        !a)
        return a.error();
    if (before.components != after.components) {
        if (auto s = linkDocuments(after); !s)
            return s.error();
    }
    if (before.agencyCode != after.agencyCode) {
        if (auto s = recordChange(before.agencyCode, after.id, true, after.version); !s)
            return s.error();
    }
    if (auto s = recordChange(after.agencyCode, after.id, false, after.version); !s)
        return s.error();
    return step;
}

Status DossierStore::linkDocuments(const Dossier &d)
{
    for (const Component &c : d.components) {
        auto q = m_db->exec(QStringLiteral("INSERT INTO dossier_documents (sha256, dossier_id) VALUES (?, ?) "
                                           "ON CONFLICT DO NOTHING"),
                            {c.sha256, d.id});
        if (!q)
            return q.error();
    }
    return {};
}

Result<QList<HistoryStep>> DossierStore::history(const QString &dossierId)
{
    auto q = m_db->exec(QStringLiteral("SELECT id, data FROM history WHERE dossier_id = ? ORDER BY id"),
                        {dossierId});
    if (!q)
        return q.error();
    QList<HistoryStep> out;
    while (q->next()) {
        auto s = json::parse<HistoryStep>(QJsonDocument::fromJson(q->value(1).toByteArray()).object());
        if (!s)
            return s.error();
        out.append(s.value());
    }
    return out;
}

} // namespace motcua::server
