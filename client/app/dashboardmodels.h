// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators.h"

#include <QAbstractListModel>
#include <QQmlEngine>

//! The dashboard's tiles: one row per indicator of the province's set.
class DashboardTileModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by DashboardController")
public:
    //! QML names: indicatorId, name (Vietnamese), nameEn, group (wire id), valueText
    //! ("62,50%" or "–"), percent (-1 without data), targetText, target, trend (points
    //! against the previous period; NaN when either lacks data), trendText, rag (no_data,
    //! red, amber, green), countText ("25/40"), missing (denominator - numerator), scoreText.
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        NameEnRole,
        GroupRole,
        ValueTextRole,
        PercentRole,
        TargetTextRole,
        TargetRole,
        TrendRole,
        TrendTextRole,
        RagRole,
        CountTextRole,
        MissingRole,
        ScoreTextRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    void setReport(const motcua::IndicatorReport &report);
    //! The texts it makes (value, target, trend, count, score) in the new UI language.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<motcua::IndicatorResult> m_rows;
};

//! The breakdown of the selected indicator: one row per agency, procedure or official.
class DashboardBreakdownModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by DashboardController")
public:
    //! QML names: key, name, countText, valueText, percent (-1 without data), rag, missing.
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        CountTextRole,
        ValueTextRole,
        PercentRole,
        RagRole,
        MissingRole
    };
    Q_ENUM(Role)

    struct Row
    {
        QString key;
        QString name;
        motcua::Tally tally;
        motcua::Rag rag = motcua::Rag::NoData;
    };
    using QAbstractListModel::QAbstractListModel;
    void setRows(QList<Row> rows);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<Row> m_rows;
};

namespace dashboardtext {
//! "62,50%" in Vietnamese, "62.50%" in English (the UI language's decimal mark); "–" without data.
[[nodiscard]] QString percent(std::optional<double> v);
[[nodiscard]] QString points(double v);
} // namespace dashboardtext
