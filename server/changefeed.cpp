// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefeed.h"

#include "database.h"
#include "servercontext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace motcua::server {

namespace {
Error invalidCursor(const QString &why)
{
    return Error::make(Error::Kind::Invalid, QStringLiteral("feed.invalid_cursor"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The sync cursor is not valid."))
        .withDetail(why);
}
} // namespace

QString ChangeFeed::encodeCursor(const Cursor &c)
{
    const QByteArray raw = "v1:" + QByteArray::number(c.seq) + ':' + QByteArray::number(c.issuedAt);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<ChangeFeed::Cursor> ChangeFeed::decodeCursor(const QString &text) const
{
    if (text.size() > 200)
        return invalidCursor(QStringLiteral("too long"));
    const auto dec = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!dec)
        return invalidCursor(QStringLiteral("not base64url"));
    const QList<QByteArray> parts = dec.decoded.split(':');
    if (parts.size() != 3 || parts[0] != "v1")
        return invalidCursor(QStringLiteral("unknown format"));
    bool ok1 = false, ok2 = false;
    Cursor c {parts[1].toLongLong(&ok1), parts[2].toLongLong(&ok2)};
    if (!ok1 || !ok2 || c.seq < 0 || c.issuedAt <= 0)
        return invalidCursor(QStringLiteral("bad numbers"));
    const qint64 now = this->now();
    if (c.issuedAt > now + 300)
        return invalidCursor(QStringLiteral("issued in the future"));
    if (now - c.issuedAt > m_retention)
        return Error::make(
            Error::Kind::Invalid, QStringLiteral("feed.cursor_expired"),
            QT_TRANSLATE_NOOP("motcua::Error", "The sync cursor has expired; a full sync is needed."));
    return c;
}

qint64 ChangeFeed::now() const
{
    return m_clock ? m_clock->nowSecs() : QDateTime::currentSecsSinceEpoch();
}

void ChangeFeed::purgeOldTombstones()
{
    const qint64 now = this->now();
    if (now - m_lastPurge < qMin<qint64>(60, m_retention))
        return;
    m_lastPurge = now;
    auto q = m_db->exec(QStringLiteral("DELETE FROM changes WHERE deleted = 1 AND changed_at < ?"),
                        {now - m_retention});
    Q_UNUSED(q);
}

Result<QByteArray> ChangeFeed::page(const QString &agencyCode, const QString &since, int limit)
{
    Cursor cur;
    if (!since.isEmpty()) {
        auto c = decodeCursor(since);
        if (!c)
            return c.error();
        cur = *c;
    }
    purgeOldTombstones();
    auto q
        = m_db->exec(QStringLiteral("SELECT c.dossier_id, c.seq, c.deleted, c.version, d.data, d.agency_code "
                                    "FROM changes c LEFT JOIN dossiers d ON d.id = c.dossier_id "
                                    "WHERE c.agency_code = ? AND c.seq > ? ORDER BY c.seq LIMIT ?"),
                     {agencyCode, cur.seq, limit + 1});
    if (!q)
        return q.error();
    QByteArray items;
    items.reserve(limit * 1200);
    int count = 0;
    qint64 last = cur.seq;
    bool more = false;
    while (q->next()) {
        if (count == limit) {
            more = true;
            break;
        }
        last = q->value(1).toLongLong();
        const bool deleted = q->value(2).toInt() != 0 || q->value(5).toString() != agencyCode;
        if (count++ > 0)
            items += ',';
        if (deleted) {
            items += QJsonDocument(QJsonObject {{QStringLiteral("id"), q->value(0).toString()},
                                                {QStringLiteral("deleted"), true},
                                                {QStringLiteral("version"), q->value(3).toLongLong()}})
                         .toJson(QJsonDocument::Compact);
        } else {
            items += q->value(4).toString().toUtf8(); // compact JSON object as stored by DossierStore
        }
    }
    return QByteArray("{\"items\":[") + items + "],\"cursor\":\"" + encodeCursor({last, now()}).toLatin1()
        + "\",\"has_more\":" + (more ? "true" : "false") + '}';
}

} // namespace motcua::server
