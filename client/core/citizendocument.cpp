// SPDX-License-Identifier: GPL-3.0-or-later
#include "citizendocument.h"

#include "json.h"
#include "jsonreader.h"

#include <QJsonArray>

namespace motcua {

QString CitizenDocument::componentIdFor(const QString &sha256)
{
    return QStringLiteral("reuse-") + sha256.left(16);
}

Component CitizenDocument::toInputComponent() const
{
    Component c;
    c.id = componentIdFor(sha256);
    c.name = name;
    c.documentCode = documentCode;
    c.sha256 = sha256;
    c.size = size;
    c.mime = QStringLiteral("application/pdf");
    c.kind = ComponentKind::Input;
    //! Results enter the warehouse when they are signed (sign_result).
    c.isSigned = kind == ComponentKind::Result;
    return c;
}

namespace json {

QJsonObject toJson(const CitizenDocument &v)
{
    return {{QStringLiteral("sha256"), v.sha256},
            {QStringLiteral("dossier_id"), v.dossierId},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("document_code"), v.documentCode},
            {QStringLiteral("kind"), motcua::toWire(v.kind)},
            {QStringLiteral("issued_at"), timestampToJson(v.issuedAt)},
            {QStringLiteral("size"), v.size}};
}

Status fromJson(const QJsonObject &o, CitizenDocument &out, const QString &path)
{
    JsonReader r(o, path);
    r.sha256(QStringLiteral("sha256"), out.sha256);
    r.string(QStringLiteral("dossier_id"), out.dossierId);
    r.string(QStringLiteral("name"), out.name);
    r.string(QStringLiteral("document_code"), out.documentCode);
    r.enumValue(QStringLiteral("kind"), out.kind, &componentKindFromWire);
    r.timestamp(QStringLiteral("issued_at"), out.issuedAt, true);
    out.size = 0;
    if (r.has(QStringLiteral("size")))
        r.integer(QStringLiteral("size"), out.size, 0, qint64(1) << 53);
    return r.status();
}

QJsonObject toJson(const CitizenWarehouse &v)
{
    QJsonArray items;
    for (const CitizenDocument &d : v.documents)
        items.append(toJson(d));
    QJsonObject o {{QStringLiteral("id_number"), v.idNumber}, {QStringLiteral("items"), items}};
    if (v.fetchedAt.isValid())
        o.insert(QStringLiteral("fetched_at"), timestampToJson(v.fetchedAt));
    return o;
}

Status fromJson(const QJsonObject &o, CitizenWarehouse &out, const QString &path)
{
    JsonReader r(o, path);
    r.string(QStringLiteral("id_number"), out.idNumber, false);
    r.optionalTimestamp(QStringLiteral("fetched_at"), out.fetchedAt);
    if (!r.ok())
        return r.status();
    //! Not parseItems<>: its unqualified fromJson() cannot see this header's overload.
    auto docs = parseItemsWith<CitizenDocument>(
        o, path,
        [](const QJsonObject &item, CitizenDocument &d, const QString &p) { return fromJson(item, d, p); });
    if (!docs)
        return docs.error();
    out.documents = std::move(docs.value());
    return {};
}

} // namespace json
} // namespace motcua
