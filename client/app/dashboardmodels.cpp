// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardmodels.h"

#include <QCoreApplication>
#include <cmath>

using namespace motcua;

namespace dashboardtext {
QString percent(std::optional<double> v)
{
    if (!v)
        return QStringLiteral("–");
    //: Decimal mark of percentages on the dashboard ("," in Vietnamese).
    const QString mark = QCoreApplication::translate("DashboardTileModel", ".");
    return QString::number(*v, 'f', 1).replace(QLatin1Char('.'), mark) + QLatin1Char('%');
}

QString points(double v)
{
    const QString mark = QCoreApplication::translate("DashboardTileModel", ".");
    return QString::number(v, 'f', 1).replace(QLatin1Char('.'), mark);
}
} // namespace dashboardtext

void DashboardTileModel::setReport(const IndicatorReport &report)
{
    beginResetModel();
    m_rows = report.results;
    endResetModel();
}

void DashboardTileModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {ValueTextRole, TargetTextRole, TrendTextRole, CountTextRole, ScoreTextRole});
}

int DashboardTileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DashboardTileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndicatorResult &r = m_rows.at(index.row());
    const auto pct = r.total.percent();
    const auto prev = r.previous.percent();
    switch (role) {
    case IdRole:
        return r.definition.id;
    case NameRole:
        return r.definition.name;
    case NameEnRole:
        return r.definition.nameEn.isEmpty() ? r.definition.name : r.definition.nameEn;
    case GroupRole:
        return toWire(r.definition.group);
    case ValueTextRole:
        return dashboardtext::percent(pct);
    case PercentRole:
        return pct.value_or(-1.0);
    case TargetTextRole:
        //: Target of an indicator, e.g. "Target ≥ 50%".
        return QCoreApplication::translate("DashboardTileModel", "Target ≥ %1")
            .arg(dashboardtext::percent(r.definition.target));
    case TargetRole:
        return r.definition.target;
    case TrendRole:
        return pct && prev ? *pct - *prev : std::nan("");
    case TrendTextRole:
        if (!pct || !prev)
            return QCoreApplication::translate("DashboardTileModel", "no earlier data");
        //: Change against the previous period, in percentage points.
        return QCoreApplication::translate("DashboardTileModel", "%1%2 pts vs previous period")
            .arg(*pct >= *prev ? QStringLiteral("▲ +") : QStringLiteral("▼ "),
                 dashboardtext::points(*pct - *prev));
    case RagRole:
        return toWire(r.rag);
    case CountTextRole:
        return QStringLiteral("%1/%2").arg(r.total.numerator).arg(r.total.denominator);
    case MissingRole:
        return r.total.denominator - r.total.numerator;
    case ScoreTextRole:
        if (!r.score)
            return QString();
        //: Points an indicator scores out of its weight, e.g. "10.5 / 12 points".
        return QCoreApplication::translate("DashboardTileModel", "%1 / %2 points")
            .arg(dashboardtext::points(*r.score), dashboardtext::points(r.definition.weight));
    default:
        return {};
    }
}

QHash<int, QByteArray> DashboardTileModel::roleNames() const
{
    return {{IdRole, "indicatorId"},
            {NameRole, "name"},
            {NameEnRole, "nameEn"},
            {GroupRole, "group"},
            {ValueTextRole, "valueText"},
            {PercentRole, "percent"},
            {TargetTextRole, "targetText"},
            {TargetRole, "target"},
            {TrendRole, "trend"},
            {TrendTextRole, "trendText"},
            {RagRole, "rag"},
            {CountTextRole, "countText"},
            {MissingRole, "missing"},
            {ScoreTextRole, "scoreText"}};
}

void DashboardBreakdownModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DashboardBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DashboardBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return r.key;
    case NameRole:
        return r.name;
    case CountTextRole:
        return QStringLiteral("%1/%2").arg(r.tally.numerator).arg(r.tally.denominator);
    case ValueTextRole:
        return dashboardtext::percent(r.tally.percent());
    case PercentRole:
        return r.tally.percent().value_or(-1.0);
    case RagRole:
        return toWire(r.rag);
    case MissingRole:
        return r.tally.denominator - r.tally.numerator;
    default:
        return {};
    }
}

QHash<int, QByteArray> DashboardBreakdownModel::roleNames() const
{
    return {{KeyRole, "key"},
            {NameRole, "name"},
            {CountTextRole, "countText"},
            {ValueTextRole, "valueText"},
            {PercentRole, "percent"},
            {RagRole, "rag"},
            {MissingRole, "missing"}};
}
