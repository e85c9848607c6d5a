// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouserepository.h"

#include "syncstaterepository.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace motcua {

WarehouseRepository::WarehouseRepository(Database &db)
    : m_db(db)
{ }

Result<std::optional<CitizenWarehouse>> WarehouseRepository::get(const QString &idNumber)
{
    SyncStateRepository state(m_db);
    auto v = state.value(kKeyPrefix + idNumber);
    if (!v)
        return v.error();
    if (!v->has_value())
        return std::optional<CitizenWarehouse>();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson((*v)->toUtf8(), &pe);
    if (!doc.isObject())
        return Error::make(
            Error::Kind::Storage, QStringLiteral("store.corrupt"),
            QT_TRANSLATE_NOOP("motcua::Error", "The cached document list of %1 is unreadable."), {idNumber});
    CitizenWarehouse w;
    if (Status s = json::fromJson(doc.object(), w); !s)
        return s.error();
    return std::optional<CitizenWarehouse>(std::move(w));
}

Status WarehouseRepository::put(const CitizenWarehouse &warehouse)
{
    if (warehouse.idNumber.isEmpty())
        return Error::make(Error::Kind::Invalid, QStringLiteral("store.warehouse_id"),
                           QT_TRANSLATE_NOOP("motcua::Error", "The citizen's ID number is missing."));
    SyncStateRepository state(m_db);
    return state.setValue(
        kKeyPrefix + warehouse.idNumber,
        QString::fromUtf8(QJsonDocument(json::toJson(warehouse)).toJson(QJsonDocument::Compact)));
}

} // namespace motcua
