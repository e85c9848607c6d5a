// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtCharts
import MotCua

//! The selected indicator per month (bars) against its target (line), with
//! Qt Charts. Months without data show no bar.
ChartView {
    id: chart
    objectName: "monthChart"
    required property var months //!< ["07/2026", ...]
    required property var values //!< percent per month, -1 without data
    required property real target
    required property string indicatorName

    title: indicatorName
    legend.visible: true
    legend.alignment: Qt.AlignBottom
    antialiasing: true
    backgroundColor: Theme.surface
    margins { top: 4; bottom: 4; left: 4; right: 4 }

    function refill() {
        bars.clear()
        const shown = []
        for (let i = 0; i < values.length; ++i)
            shown.push(values[i] < 0 ? 0 : Math.round(values[i] * 10) / 10)
        bars.append(qsTr("Result (%)"), shown)
        targetLine.clear()
        targetLine.append(-0.5, target)
        targetLine.append(Math.max(months.length, 1) - 0.5, target)
    }
    onValuesChanged: refill()
    onTargetChanged: refill()
    Component.onCompleted: refill()

    BarCategoryAxis {
        id: xAxis
        categories: chart.months
        //! Twelve "MM/yyyy" labels do not fit side by side in the chart's width.
        labelsAngle: chart.months.length > 6 ? -45 : 0
    }
    ValueAxis {
        id: yAxis
        min: 0
        max: 100
        tickCount: 6
        labelFormat: "%d%"
    }
    ValueAxis {
        id: xLine
        visible: false
        min: -0.5
        max: Math.max(chart.months.length, 1) - 0.5
    }
    BarSeries {
        id: bars
        axisX: xAxis
        axisY: yAxis
        barWidth: 0.5
        labelsVisible: true
        labelsFormat: "@value%"
        labelsPosition: AbstractBarSeries.LabelsInsideEnd
    }
    LineSeries {
        id: targetLine
        name: qsTr("Target %1%").arg(chart.target)
        axisX: xLine
        axisY: yAxis
        color: Theme.primaryDark
        width: 2
        style: Qt.DashLine
    }
}
