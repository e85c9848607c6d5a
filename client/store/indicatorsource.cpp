// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorsource.h"

#include "core/json.h"
#include "database.h"
#include "fieldcipher.h"
#include "syncstaterepository.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace motcua::indicatorsource {

namespace {
Error corrupt(const QString &detail)
{
    return Error::make(Error::Kind::Storage, QStringLiteral("store.corrupt"),
                       QT_TRANSLATE_NOOP("motcua::Error", "The local cache file is damaged."))
        .withDetail(detail);
}
} // namespace

Result<QList<Dossier>> cachedScope(Database &db)
{
    auto q = db.run(QStringLiteral("SELECT json FROM dossiers"));
    if (!q)
        return q.error();
    QList<Dossier> out;
    while ((*q)->next()) {
        auto text = fields::open(db.fieldCipher(), (*q)->value(0)); //!< sealed (fieldcipher.h)
        if (!text) {
            (*q)->finish();
            return text.error();
        }
        QJsonParseError pe {};
        const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &pe);
        Dossier d;
        Status s = doc.isObject() ? json::fromJson(doc.object(), d) : Status(corrupt(pe.errorString()));
        if (!s) {
            (*q)->finish();
            return corrupt(s.error().toString());
        }
        out.append(std::move(d));
    }
    (*q)->finish();
    return out;
}

Result<std::optional<IndicatorSet>> cachedSet(SyncStateRepository &state)
{
    auto text = state.value(kDefinitionsKey);
    if (!text)
        return text.error();
    if (!text->has_value())
        return std::optional<IndicatorSet>();
    const QJsonDocument doc = QJsonDocument::fromJson((*text)->toUtf8());
    auto set = json::parse<IndicatorSet>(doc.object());
    if (!set)
        return corrupt(set.error().toString());
    return std::optional<IndicatorSet>(*set);
}

Status storeSet(SyncStateRepository &state, const QJsonObject &set)
{
    //! Checked before it replaces a good one.
    auto parsed = json::parse<IndicatorSet>(set);
    if (!parsed)
        return parsed.error();
    return state.setValue(kDefinitionsKey,
                          QString::fromUtf8(QJsonDocument(set).toJson(QJsonDocument::Compact)));
}

} // namespace motcua::indicatorsource
