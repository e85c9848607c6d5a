// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "component.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace motcua {

//! A document already digitized for a citizen, held in the province's e-data
//! warehouse (kho dữ liệu điện tử): a result issued by an earlier dossier. Reused
//! with the `attach_document` action so the citizen is not asked for it again.
//! Wire (GET /citizens/{idNumber}/documents, items): {"sha256","dossier_id","name",
//! "document_code","kind","issued_at","size"?} ("size" may be absent: 0 = unknown).
struct CitizenDocument
{
    QString sha256;
    QString dossierId; //!< the dossier that issued it
    QString name;
    QString documentCode; //!< mã giấy tờ / số hóa; may be empty
    ComponentKind kind = ComponentKind::Result;
    QDateTime issuedAt; //!< UTC
    qint64 size = 0;

    bool operator==(const CitizenDocument &) const = default;

    //! The application component that reuses this document in another dossier:
    //! kind input, same sha256; the id is derived from the sha256, so attaching the
    //! same document twice replaces rather than duplicates it.
    [[nodiscard]] Component toInputComponent() const;
    [[nodiscard]] static QString componentIdFor(const QString &sha256);
};

//! The warehouse of one citizen as cached by the client.
struct CitizenWarehouse
{
    QString idNumber;
    QList<CitizenDocument> documents;
    QDateTime fetchedAt; //!< UTC; null when never fetched

    bool operator==(const CitizenWarehouse &) const = default;
};

namespace json {
[[nodiscard]] QJsonObject toJson(const CitizenDocument &v);
Status fromJson(const QJsonObject &o, CitizenDocument &out, const QString &path = {});
//! The body of GET /citizens/{idNumber}/documents ({"id_number","items"}), plus
//! "fetched_at" in the cached form (absent on the wire).
[[nodiscard]] QJsonObject toJson(const CitizenWarehouse &v);
Status fromJson(const QJsonObject &o, CitizenWarehouse &out, const QString &path = {});
} // namespace json

} // namespace motcua
