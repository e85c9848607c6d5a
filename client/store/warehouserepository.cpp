// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouserepository.h"

#include "database.h"
#include "fieldcipher.h"
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
    //! Keyed by a token of the ID number, sealed (fieldcipher.h): no ID number on disk.
    auto v = state.value(kKeyPrefix + fields::token(m_db.fieldCipher(), 'i', idNumber));
    if (!v)
        return v.error();
    if (!v->has_value())
        return std::optional<CitizenWarehouse>();
    auto text = fields::openText(m_db.fieldCipher(), **v);
    if (!text)
        return text.error();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &pe);
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
        kKeyPrefix + fields::token(m_db.fieldCipher(), 'i', warehouse.idNumber),
        fields::sealText(
            m_db.fieldCipher(),
            QString::fromUtf8(QJsonDocument(json::toJson(warehouse)).toJson(QJsonDocument::Compact))));
}

} // namespace motcua
