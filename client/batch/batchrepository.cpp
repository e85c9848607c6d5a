// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchrepository.h"

#include "store/database.h"

#include <QSqlQuery>

namespace motcua::batch {

namespace {

constexpr std::pair<ItemState, const char *> kStates[] = {
    {ItemState::Pending, "pending"}, {ItemState::Signed, "signed"}, {ItemState::Queued, "queued"},
    {ItemState::Done, "done"},       {ItemState::Failed, "failed"}, {ItemState::Excluded, "excluded"},
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const QString kItemColumns = QStringLiteral(
    "job_id, dossier_id, position, code, state, component_id, draft_sha256, signed_sha256, signed_size, "
    "timestamped, approve_outbox, sign_outbox, error");

BatchItem readItem(const QSqlQuery &q)
{
    BatchItem i;
    i.jobId = q.value(0).toLongLong();
    i.dossierId = q.value(1).toString();
    i.position = q.value(2).toInt();
    i.code = q.value(3).toString();
    i.state = itemStateFromWire(q.value(4).toString()).value_or(ItemState::Failed);
    i.componentId = q.value(5).toString();
    i.draftSha256 = q.value(6).toString();
    i.signedSha256 = q.value(7).toString();
    i.signedSize = q.value(8).toLongLong();
    i.timestamped = q.value(9).toInt() != 0;
    i.approveOutbox = q.value(10).toLongLong();
    i.signOutbox = q.value(11).toLongLong();
    i.error = q.value(12).toString();
    return i;
}

Result<std::optional<BatchJob>> readJob(Database &db, const QString &where, const QVariantList &binds)
{
    auto q = db.run(QStringLiteral("SELECT id, state, signer, tsa_url, created_at FROM batch_jobs WHERE ")
                        + where + QStringLiteral(" ORDER BY id DESC LIMIT 1"),
                    binds);
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<BatchJob>();
    BatchJob j;
    j.id = (*q)->value(0).toLongLong();
    j.open = (*q)->value(1).toString() == QLatin1String("open");
    j.signer = (*q)->value(2).toString();
    j.tsaUrl = (*q)->value(3).toString();
    j.createdAt = QDateTime::fromMSecsSinceEpoch((*q)->value(4).toLongLong(), Qt::UTC);
    (*q)->finish();
    return std::optional<BatchJob>(j);
}

} // namespace

QString toWire(ItemState state)
{
    for (const auto &[s, w] : kStates)
        if (s == state)
            return QString::fromLatin1(w);
    return {};
}

std::optional<ItemState> itemStateFromWire(QStringView wire)
{
    for (const auto &[s, w] : kStates)
        if (wire == QLatin1String(w))
            return s;
    return std::nullopt;
}

BatchRepository::BatchRepository(Database &db)
    : m_db(db)
{ }

Result<std::optional<BatchJob>> BatchRepository::openJob()
{
    return readJob(m_db, QStringLiteral("state = 'open'"), {});
}

Result<std::optional<BatchJob>> BatchRepository::job(qint64 id)
{
    return readJob(m_db, QStringLiteral("id = ?"), {id});
}

Result<qint64> BatchRepository::create(const QList<Dossier> &dossiers, const QString &signer,
                                       const QString &tsaUrl, const QDateTime &now)
{
    qint64 id = 0;
    Status s = m_db.write([&]() -> Status {
        auto open = openJob();
        if (!open)
            return open.error();
        if (*open)
            return Error::make(Error::Kind::Invalid, QStringLiteral("batch.job_open"),
                               QT_TRANSLATE_NOOP("motcua::Error",
                                                 "An unfinished batch exists: resume it or close it first."));
        const qint64 t = now.toMSecsSinceEpoch();
        if (Status e = m_db.exec(QStringLiteral("INSERT INTO batch_jobs (state, signer, tsa_url, created_at, "
                                                "updated_at) VALUES ('open', ?, ?, ?, ?)"),
                                 {signer, tsaUrl, t, t});
            !e)
            return e;
        auto rowid = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
        if (!rowid)
            return rowid.error();
        id = rowid->toLongLong();
        int position = 0;
        for (const Dossier &d : dossiers) {
            if (Status e = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO batch_items (job_id, dossier_id, "
                                                    "position, code, state, updated_at) VALUES (?, ?, ?, ?, "
                                                    "'pending', ?)"),
                                     {id, d.id, position++, d.code, t});
                !e)
                return e;
        }
        return Status();
    });
    if (!s)
        return s.error();
    return id;
}

Status BatchRepository::close(qint64 jobId)
{
    return m_db.exec(QStringLiteral("UPDATE batch_jobs SET state = 'closed', updated_at = ? WHERE id = ?"),
                     {nowMs(), jobId});
}

Status BatchRepository::setTsaUrl(qint64 jobId, const QString &tsaUrl)
{
    return m_db.exec(QStringLiteral("UPDATE batch_jobs SET tsa_url = ?, updated_at = ? WHERE id = ?"),
                     {tsaUrl, nowMs(), jobId});
}

Result<QList<BatchItem>> BatchRepository::items(qint64 jobId)
{
    auto q = m_db.run(QStringLiteral("SELECT ") + kItemColumns
                          + QStringLiteral(" FROM batch_items WHERE job_id = ? ORDER BY position"),
                      {jobId});
    if (!q)
        return q.error();
    QList<BatchItem> out;
    while ((*q)->next())
        out.append(readItem(**q));
    return out;
}

Result<std::optional<BatchItem>> BatchRepository::item(qint64 jobId, const QString &dossierId)
{
    auto q = m_db.run(QStringLiteral("SELECT ") + kItemColumns
                          + QStringLiteral(" FROM batch_items WHERE job_id = ? AND dossier_id = ?"),
                      {jobId, dossierId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<BatchItem>();
    BatchItem i = readItem(**q);
    (*q)->finish();
    return std::optional<BatchItem>(i);
}

Result<BatchCounts> BatchRepository::counts(qint64 jobId)
{
    auto q = m_db.run(
        QStringLiteral("SELECT state, count(*) FROM batch_items WHERE job_id = ? GROUP BY state"), {jobId});
    if (!q)
        return q.error();
    BatchCounts c;
    while ((*q)->next()) {
        const int n = (*q)->value(1).toInt();
        switch (itemStateFromWire((*q)->value(0).toString()).value_or(ItemState::Failed)) {
        case ItemState::Pending:
            c.pending += n;
            break;
        case ItemState::Signed:
            c.signedOnly += n;
            break;
        case ItemState::Queued:
            c.queued += n;
            break;
        case ItemState::Done:
            c.done += n;
            break;
        case ItemState::Failed:
            c.failed += n;
            break;
        case ItemState::Excluded:
            c.excluded += n;
            break;
        }
    }
    c.total = c.pending + c.signedOnly + c.queued + c.done + c.failed;
    return c;
}

Status BatchRepository::markSigned(qint64 jobId, const QString &dossierId, const QString &componentId,
                                   const QString &draftSha, const QString &signedSha, qint64 size,
                                   bool timestamped)
{
    return m_db.exec(
        QStringLiteral("UPDATE batch_items SET state = 'signed', component_id = ?, draft_sha256 = ?, "
                       "signed_sha256 = ?, signed_size = ?, timestamped = ?, error = '', "
                       "updated_at = ? WHERE job_id = ? AND dossier_id = ? AND state = 'pending'"),
        {componentId, draftSha, signedSha, size, timestamped ? 1 : 0, nowMs(), jobId, dossierId});
}

Status BatchRepository::markQueued(qint64 jobId, const QString &dossierId, qint64 approveId, qint64 signId)
{
    return m_db.exec(
        QStringLiteral("UPDATE batch_items SET state = 'queued', approve_outbox = ?, sign_outbox = ?, "
                       "error = '', updated_at = ? WHERE job_id = ? AND dossier_id = ?"),
        {approveId, signId, nowMs(), jobId, dossierId});
}

Status BatchRepository::markTimestamped(qint64 jobId, const QString &dossierId, const QString &signedSha,
                                        qint64 size)
{
    return m_db.exec(
        QStringLiteral("UPDATE batch_items SET signed_sha256 = ?, signed_size = ?, timestamped = 1, "
                       "updated_at = ? WHERE job_id = ? AND dossier_id = ?"),
        {signedSha, size, nowMs(), jobId, dossierId});
}

Status BatchRepository::markDone(qint64 jobId, const QString &dossierId)
{
    return setState(jobId, dossierId, ItemState::Done);
}

Status BatchRepository::markFailed(qint64 jobId, const QString &dossierId, const QString &reason)
{
    return setState(jobId, dossierId, ItemState::Failed, reason);
}

Status BatchRepository::setExcluded(qint64 jobId, const QString &dossierId, bool excluded)
{
    //! Only items not yet signed can leave or re-enter the batch.
    return excluded
        ? m_db.exec(QStringLiteral("UPDATE batch_items SET state = 'excluded', updated_at = ? "
                                   "WHERE job_id = ? AND dossier_id = ? AND state IN ('pending', "
                                   "'failed')"),
                    {nowMs(), jobId, dossierId})
        : m_db.exec(QStringLiteral("UPDATE batch_items SET state = 'pending', error = '', "
                                   "updated_at = ? WHERE job_id = ? AND dossier_id = ? AND state = "
                                   "'excluded'"),
                    {nowMs(), jobId, dossierId});
}

Status BatchRepository::resetForRetry(qint64 jobId, const QString &dossierId, bool keepSigned)
{
    if (keepSigned)
        return m_db.exec(
            QStringLiteral("UPDATE batch_items SET state = 'signed', error = '', approve_outbox = 0, "
                           "sign_outbox = 0, updated_at = ? WHERE job_id = ? AND dossier_id = ? "
                           "AND state = 'failed'"),
            {nowMs(), jobId, dossierId});
    return m_db.exec(
        QStringLiteral("UPDATE batch_items SET state = 'pending', error = '', signed_sha256 = '', "
                       "signed_size = 0, timestamped = 0, approve_outbox = 0, sign_outbox = 0, "
                       "updated_at = ? WHERE job_id = ? AND dossier_id = ? AND state = 'failed'"),
        {nowMs(), jobId, dossierId});
}

Status BatchRepository::setState(qint64 jobId, const QString &dossierId, ItemState state,
                                 const QString &error)
{
    return m_db.exec(QStringLiteral("UPDATE batch_items SET state = ?, error = ?, updated_at = ? "
                                    "WHERE job_id = ? AND dossier_id = ?"),
                     {toWire(state), error, nowMs(), jobId, dossierId});
}

} // namespace motcua::batch
