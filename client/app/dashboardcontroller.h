// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators.h"
#include "dashboardmodels.h"

#include <QObject>
#include <QQmlEngine>

class Workspace;

//! The supervisor's dashboard (Ctrl+3): the province's Decision 766 indicators
//! over the cached scope, offline, with the same computation as the server and
//! `motcua report` (client/core/indicators). Recomputes when the cache changes
//! (a sync brought dossiers, an action was queued). Drill-down: dossierIds()
//! gives exactly the dossiers behind a number, for the inbox's id filter.
class DashboardController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    //! "2026-Q3", "2026-07", "2026" or "2026-07-01..2026-08-15".
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY periodChanged)
    //! "Quarter 3/2026" in the UI language.
    Q_PROPERTY(QString periodText READ periodText NOTIFY periodChanged)
    //! agency, procedure or official: what the breakdown table groups by.
    Q_PROPERTY(QString breakdown READ breakdown WRITE setBreakdown NOTIFY breakdownChanged)
    //! The indicator whose chart and breakdown are shown.
    Q_PROPERTY(
        QString selectedIndicator READ selectedIndicator WRITE setSelectedIndicator NOTIFY selectionChanged)
    Q_PROPERTY(DashboardTileModel *tiles READ tiles CONSTANT)
    Q_PROPERTY(DashboardBreakdownModel *breakdownRows READ breakdownRows CONSTANT)
    //! [{group, score (-1 none), weight, scoreText}] in the five groups' order.
    Q_PROPERTY(QVariantList groups READ groups NOTIFY computed)
    //! "78.4 / 100" or "–".
    Q_PROPERTY(QString scoreText READ scoreText NOTIFY computed)
    //! Month labels ("07/2026") and the selected indicator's percent per month (-1: no data).
    Q_PROPERTY(QStringList months READ months NOTIFY computed)
    Q_PROPERTY(QVariantList series READ series NOTIFY selectionChanged)
    //! True when the province's leaders' view applies (the cache holds several agencies).
    Q_PROPERTY(bool provinceView READ provinceView NOTIFY computed)
    //! "Cached data, synchronised 02/12/2026 09:15 · 312 dossiers" or "never synchronised".
    Q_PROPERTY(QString freshnessText READ freshnessText NOTIFY computed)
    //! False until a sync brought the province's indicator set.
    Q_PROPERTY(bool hasDefinitions READ hasDefinitions NOTIFY computed)
    Q_PROPERTY(QString error READ error NOTIFY computed)

public:
    explicit DashboardController(QObject *parent = nullptr);
    DashboardController(Workspace *workspace, QObject *parent);

    [[nodiscard]] QString period() const { return m_period.label; }
    void setPeriod(const QString &period);
    [[nodiscard]] QString periodText() const;
    [[nodiscard]] QString breakdown() const { return motcua::toWire(m_breakdown); }
    void setBreakdown(const QString &breakdown);
    [[nodiscard]] QString selectedIndicator() const { return m_selected; }
    void setSelectedIndicator(const QString &id);
    [[nodiscard]] DashboardTileModel *tiles() { return &m_tiles; }
    [[nodiscard]] DashboardBreakdownModel *breakdownRows() { return &m_rows; }
    [[nodiscard]] QVariantList groups() const;
    [[nodiscard]] QString scoreText() const;
    [[nodiscard]] QStringList months() const;
    [[nodiscard]] QVariantList series() const;
    [[nodiscard]] bool provinceView() const { return m_agencies > 1; }
    [[nodiscard]] QString freshnessText() const;
    [[nodiscard]] bool hasDefinitions() const { return m_set.has_value(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] const motcua::IndicatorReport &report() const { return m_report; }

    //! month, quarter or year containing today (Vietnam), or moved by `steps` of its kind.
    Q_INVOKABLE void choosePeriod(const QString &kind);
    Q_INVOKABLE void shiftPeriod(int steps);
    //! Dates as dd/MM/yyyy or yyyy-MM-dd; false (and error) when they are not a range.
    Q_INVOKABLE bool setCustomPeriod(const QString &from, const QString &to);
    //! The dossiers behind a number: `which` is numerator, denominator or missing;
    //! `key` restricts to one breakdown row ("" = all).
    Q_INVOKABLE QStringList dossierIds(const QString &indicatorId, const QString &which,
                                       const QString &key = {}) const;
    //! "<name> · not counted (12) · Quarter 3/2026" (name as the screen shows it).
    Q_INVOKABLE QString drillDownTitle(const QString &name, const QString &indicatorId, const QString &which,
                                       const QString &key = {}) const;
    //! Writes the report (the same as `motcua report`) to a local file path or file:// URL.
    //! Returns "" or the error in the UI language.
    Q_INVOKABLE QString exportReport(const QString &fileOrUrl, const QString &format);
    Q_INVOKABLE void reload();
    //! Emits every text property again (and the models' texts) after a language switch.
    void retranslate();

Q_SIGNALS:
    void periodChanged();
    void breakdownChanged();
    void selectionChanged();
    void computed();

private:
    void recompute();
    void fillBreakdown();
    [[nodiscard]] const motcua::IndicatorResult *selectedResult() const;

    Workspace *m_workspace = nullptr;
    std::optional<motcua::IndicatorSet> m_set;
    motcua::IndicatorScope m_scope;
    motcua::Period m_period;
    motcua::Breakdown m_breakdown = motcua::Breakdown::Procedure;
    bool m_breakdownChosen = false;
    QString m_selected;
    motcua::IndicatorReport m_report;
    DashboardTileModel m_tiles;
    DashboardBreakdownModel m_rows;
    QDateTime m_lastSync;
    int m_agencies = 0;
    QString m_error;
};
