// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agency.h"
#include "core/indicators.h"
#include "core/procedure.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

namespace motcua::letters {

//! Who reports what: the heading of the report and the names of breakdown keys.
struct ReportHeading
{
    QString parentAgencyName; //!< first line of the heading, e.g. "UBND TỈNH THÁI NGUYÊN"
    QString agencyName; //!< the reporting agency (or the province's office)
    QString agencyCode; //!< for the number "…/BC-<code>"
    QString scopeName; //!< what the figures cover ("Sở Tư pháp", "toàn tỉnh")
    QString place; //!< e.g. "Thái Nguyên"
    QDate date;
    QString signerTitle; //!< empty: "THỦ TRƯỞNG CƠ QUAN"
    QHash<QString, QString> keyNames; //!< breakdown key -> display name (agency, procedure, official)
};

//! One text box of the report's PDF as laid out (mm): the space given to the
//! text and the space it needs (its width on one line; its height wrapped to
//! `width`). oneLine: a number or status, which must not wrap.
struct ReportBox
{
    int page = 1;
    QString text;
    qreal width = 0;
    qreal height = 0;
    qreal neededWidth = 0;
    qreal neededHeight = 0;
    bool oneLine = false;
};

//! The heading for a report over `agencyCode`'s dossiers (empty: the province),
//! with the names of agencies and procedures for the breakdown keys.
[[nodiscard]] ReportHeading reportHeading(const QList<Agency> &agencies, const QList<Procedure> &procedures,
                                          const QString &agencyCode, const QDate &date);

//! The report as CSV (UTF-8 with BOM for spreadsheets, comma separated, dot
//! decimals, two decimals). One row per indicator, group, total, month and
//! breakdown key: kind,group,indicator,name,key,numerator,denominator,percent,
//! target,rag,score,previous_percent. Every number is the one the dashboard shows.
[[nodiscard]] QByteArray indicatorReportCsv(const IndicatorReport &report, const ReportHeading &heading);

//! The report as an A4 PDF in the administrative layout of Decree 30/2020:
//! heading, number, place and date, title with the period, the indicator table
//! (value, target, status, trend), the group scores, a chart of each indicator
//! against its target, the breakdown table and the signature block; signable
//! with the existing signing flow (motcua-sign, PdfSigner). Needs a
//! QGuiApplication. Errors: letters.font_missing, letters.render.
//! Tables and chart are laid out from their texts' measured sizes (no cell
//! wraps a number, no row is lower than its text). `boxes`, when given, receives
//! every text box of the tables and the chart as laid out, for tests.
[[nodiscard]] Result<QByteArray> renderIndicatorReportPdf(const IndicatorReport &report,
                                                          const ReportHeading &heading,
                                                          QList<ReportBox> *boxes = nullptr);

//! "Công khai, minh bạch", ... : a group's name in the report.
[[nodiscard]] QString vietnameseGroupName(IndicatorGroup group);

//! "Quý III/2026", "Tháng 07/2026", "Năm 2026" or "Từ 01/07/2026 đến 15/08/2026".
[[nodiscard]] QString vietnamesePeriod(const Period &period);

} // namespace motcua::letters
