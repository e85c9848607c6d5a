// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstaterepository.h"

#include "database.h"
#include "statements.h"

#include <QJsonDocument>

namespace motcua {

SyncStateRepository::SyncStateRepository(Database &db)
    : m_db(db)
{
}

Result<std::optional<QString>> SyncStateRepository::value(const QString &key)
{
    auto v = m_db.scalar(sql::kGetSyncState, {key});
    if (!v)
        return v.error();
    if (!v->isValid() || v->isNull())
        return std::optional<QString>();
    return std::optional<QString>(v->toString());
}

Status SyncStateRepository::setValue(const QString &key, const QString &value)
{
    return m_db.exec(sql::kSetSyncState, {key, value});
}

Status SyncStateRepository::remove(const QString &key)
{
    return m_db.exec(sql::kDeleteSyncState, {key});
}

Result<QString> SyncStateRepository::cursor()
{
    auto v = value(kCursor);
    if (!v)
        return v.error();
    return v->value_or(QString());
}

Status SyncStateRepository::setCursor(const QString &cursor)
{
    return setValue(kCursor, cursor);
}

Result<QDateTime> SyncStateRepository::lastSync()
{
    auto v = value(kLastSync);
    if (!v)
        return v.error();
    if (!v->has_value())
        return QDateTime();
    auto t = json::parseTimestamp(**v, kLastSync);
    if (!t)
        return QDateTime(); // an unreadable time is as good as "never"
    return *t;
}

Status SyncStateRepository::setLastSync(const QDateTime &at)
{
    return setValue(kLastSync, json::timestampToJson(at).toString());
}

Result<std::optional<json::Me>> SyncStateRepository::me()
{
    auto v = value(kMe);
    if (!v)
        return v.error();
    if (!v->has_value())
        return std::optional<json::Me>();
    const QJsonDocument doc = QJsonDocument::fromJson((*v)->toUtf8());
    auto me = json::parse<json::Me>(doc.object());
    if (!me)
        return Error(me.error()).withDetail(QStringLiteral("stored me: ") + me.error().toString());
    return std::optional<json::Me>(std::move(*me));
}

Status SyncStateRepository::setMe(const json::Me &me)
{
    return setValue(kMe, QString::fromUtf8(QJsonDocument(json::toJson(me)).toJson(QJsonDocument::Compact)));
}

} // namespace motcua
