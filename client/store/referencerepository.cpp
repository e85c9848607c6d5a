// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencerepository.h"

#include "core/json.h"
#include "database.h"
#include "fieldcipher.h"
#include "sortkey.h"
#include "statements.h"
#include "textfold.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace motcua {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

template<typename T>
Result<QList<T>> readAll(Database &db, const QString &sqlText, const QVariantList &binds = {})
{
    auto q = db.run(sqlText, binds);
    if (!q)
        return q.error();
    QStringList rows;
    while ((*q)->next())
        rows << (*q)->value(0).toString();
    (*q)->finish();
    QList<T> out;
    for (const QString &row : std::as_const(rows)) {
        auto v = json::parse<T>(QJsonDocument::fromJson(row.toUtf8()).object());
        if (!v)
            return Error::make(Error::Kind::Storage, QStringLiteral("store.corrupt"),
                               QT_TRANSLATE_NOOP("motcua::Error", "The local cache file is damaged."))
                .withDetail(v.error().toString());
        out.append(std::move(*v));
    }
    return out;
}

} // namespace

ReferenceRepository::ReferenceRepository(Database &db)
    : m_db(db)
{ }

Status ReferenceRepository::replaceAgencies(const QList<Agency> &agencies)
{
    return m_db.write([&]() -> Status {
        if (Status s = m_db.exec(sql::kDeleteAgencies); !s)
            return s;
        for (const Agency &a : agencies) {
            if (Status s = m_db.exec(sql::kInsertAgency,
                                     {a.code, a.parentCode, a.name, a.level, compact(json::toJson(a))});
                !s)
                return s;
        }
        return {};
    });
}

Result<QList<Agency>> ReferenceRepository::agencies()
{
    return readAll<Agency>(m_db, sql::kSelectAgencies);
}

Status ReferenceRepository::replaceProcedures(const QList<Procedure> &procedures)
{
    return m_db.write([&]() -> Status {
        if (Status s = m_db.exec(sql::kDeleteProcedures); !s)
            return s;
        for (const Procedure &p : procedures) {
            const QByteArray key = sortkey::vietnamese(p.name);
            if (Status s = m_db.exec(sql::kInsertProcedure, {p.code, p.name, key, compact(json::toJson(p))});
                !s)
                return s;
            if (Status s = m_db.exec(sql::kUpdateDossierProcedureKey, {key, p.code}); !s)
                return s;
            if (Status s = m_db.exec(sql::kUpdateFtsProcedure,
                                     {fields::indexText(m_db.fieldCipher(), textfold::fold(p.name)), p.code});
                !s)
                return s;
        }
        return {};
    });
}

Result<QList<Procedure>> ReferenceRepository::procedures()
{
    return readAll<Procedure>(m_db, sql::kSelectProcedures);
}

Result<std::optional<Procedure>> ReferenceRepository::procedure(const QString &code)
{
    auto all = readAll<Procedure>(m_db, sql::kSelectProcedure, {code});
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<Procedure>();
    return std::optional<Procedure>(all->first());
}

Status ReferenceRepository::setCalendarYear(const CalendarYear &year)
{
    return m_db.exec(sql::kUpsertCalendar, {year.year, compact(json::toJson(year))});
}

Result<QList<CalendarYear>> ReferenceRepository::calendarYears()
{
    return readAll<CalendarYear>(m_db, sql::kSelectCalendar);
}

Result<WorkingCalendar> ReferenceRepository::workingCalendar()
{
    auto years = calendarYears();
    if (!years)
        return years.error();
    if (years->isEmpty())
        return WorkingCalendar();
    return WorkingCalendar::fromYears(*years);
}

} // namespace motcua
