// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import MotCua
import MotCua.App

//! The supervisor's dashboard: the province's Decision 766 indicators over the
//! cached dossiers (works offline), per group and per month, broken down per
//! agency, procedure or official; every number opens the dossiers behind it.
Page {
    id: page
    objectName: "dashboardPage"
    title: qsTr("Dashboard")
    background: Rectangle { color: Theme.background }

    //! Asks the shell to show exactly these dossiers in the inbox.
    signal drillDownRequested(var ids, string title)
    readonly property alias controller: controller

    function drill(indicatorId, name, which, key) {
        page.drillDownRequested(controller.dossierIds(indicatorId, which, key),
                                controller.drillDownTitle(name, indicatorId, which, key))
    }

    DashboardController { id: controller }

    readonly property var groupNames: ({
        publicity: qsTr("Publicity and transparency"),
        progress: qsTr("Progress and results"),
        digitization: qsTr("Digitization"),
        online: qsTr("Online services"),
        satisfaction: qsTr("Satisfaction")
    })

    FileDialog {
        id: exportDialog
        property string format: "pdf"
        fileMode: FileDialog.SaveFile
        nameFilters: format === "pdf" ? [qsTr("PDF report (*.pdf)")] : [qsTr("Spreadsheet (*.csv)")]
        onAccepted: exportStatus.text = controller.exportReport(selectedFile, format)
                    || qsTr("Saved %1").arg(selectedFile.toString().replace("file://", ""))
    }

    Popup {
        id: customPopup
        objectName: "customPeriodPopup"
        anchors.centerIn: parent
        modal: true
        padding: Theme.spacing * 2
        ColumnLayout {
            spacing: Theme.spacing
            Label { text: qsTr("Custom period (dd/mm/yyyy)"); font.bold: true }
            RowLayout {
                TextField { id: fromField; objectName: "customFrom"; placeholderText: qsTr("From"); Accessible.name: placeholderText }
                TextField { id: toField; objectName: "customTo"; placeholderText: qsTr("To"); Accessible.name: placeholderText }
            }
            Label { visible: controller.error.length > 0; text: controller.error; color: Theme.overdue; wrapMode: Text.WordWrap; Layout.maximumWidth: 400 }
            Button {
                text: qsTr("Show")
                onClicked: if (controller.setCustomPeriod(fromField.text, toField.text)) customPopup.close()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        //! Two rows, so that the page fits a 1280 px screen in Vietnamese (longer than
        //! English): the title with the exports, then the period with how fresh the data is.
        //! Texts that could be too long elide (their whole text in a tool tip).
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                objectName: "dashboardTitle"
                Layout.fillWidth: true
                text: qsTr("Service index (Decision 766)")
                font.pixelSize: Theme.titleSize
                font.bold: true
                elide: Text.ElideRight
                color: Theme.text
            }
            Label {
                id: exportStatus
                objectName: "exportStatus"
                Layout.maximumWidth: 360
                elide: Text.ElideMiddle
                color: Theme.textMuted
                ToolTip.visible: truncated && statusHover.hovered
                ToolTip.text: text
                HoverHandler { id: statusHover }
            }
            Button {
                objectName: "exportCsv"
                text: qsTr("Export CSV")
                onClicked: { exportDialog.format = "csv"; exportDialog.open() }
            }
            Button {
                objectName: "exportPdf"
                text: qsTr("Export PDF")
                highlighted: true
                onClicked: { exportDialog.format = "pdf"; exportDialog.open() }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Row {
                objectName: "periodKinds"
                spacing: 2
                Repeater {
                    model: [ { kind: "month", label: qsTr("Month") }, { kind: "quarter", label: qsTr("Quarter") },
                             { kind: "year", label: qsTr("Year") } ]
                    delegate: Button {
                        required property var modelData
                        objectName: "period_" + modelData.kind
                        //! As wide as its word, not the style's 100 px minimum.
                        implicitWidth: implicitContentWidth + leftPadding + rightPadding
                        text: modelData.label
                        onClicked: controller.choosePeriod(modelData.kind)
                    }
                }
                Button {
                    objectName: "period_custom"
                    implicitWidth: implicitContentWidth + leftPadding + rightPadding
                    text: qsTr("Custom…")
                    onClicked: customPopup.open()
                }
            }
            ToolButton { objectName: "periodBack"; text: "◀"; Accessible.name: qsTr("Previous period"); onClicked: controller.shiftPeriod(-1) }
            Label { objectName: "periodText"; text: controller.periodText; font.bold: true; color: Theme.text }
            ToolButton { objectName: "periodNext"; text: "▶"; Accessible.name: qsTr("Next period"); onClicked: controller.shiftPeriod(1) }
            Label {
                objectName: "freshness"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                text: controller.freshnessText
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideRight
                color: Theme.textMuted
                ToolTip.visible: truncated && freshHover.hovered
                ToolTip.text: text
                HoverHandler { id: freshHover }
            }
        }

        Label {
            visible: !controller.hasDefinitions
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("The province's indicator definitions are not in this computer yet: synchronise once while online.")
            color: Theme.warning
        }

        // Scores: the total and each group's.
        Flow {
            objectName: "scoreRow"
            Layout.fillWidth: true
            spacing: Theme.spacing
            Rectangle {
                width: totalCol.implicitWidth + 24; height: totalCol.implicitHeight + 12
                color: Theme.primary; radius: 6
                Column {
                    id: totalCol
                    anchors.centerIn: parent
                    Label { text: qsTr("Score"); color: "white" }
                    Label { objectName: "totalScore"; text: controller.scoreText; color: "white"; font.bold: true; font.pixelSize: 20 }
                }
            }
            Repeater {
                model: controller.groups
                delegate: Rectangle {
                    required property var modelData
                    width: groupCol.implicitWidth + 24; height: groupCol.implicitHeight + 12
                    color: Theme.surface; border.color: Theme.border; radius: 6
                    Column {
                        id: groupCol
                        anchors.centerIn: parent
                        Label { text: page.groupNames[modelData.group] ?? modelData.group; color: Theme.textMuted }
                        Label { text: modelData.scoreText; font.bold: true; font.pixelSize: 18; color: Theme.text }
                    }
                }
            }
        }

        SplitView {
            id: split
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Vertical

            ScrollView {
                id: tileScroll
                SplitView.fillHeight: true
                SplitView.minimumHeight: 160
                clip: true
                contentWidth: availableWidth
                Flow {
                    id: tiles
                    objectName: "tiles"
                    width: tileScroll.availableWidth
                    spacing: Theme.spacing
                    Repeater {
                        model: controller.tiles
                        delegate: IndicatorTile {
                            selected: controller.selectedIndicator === indicatorId
                            width: Math.max(240, Math.floor((tiles.width - 3 * Theme.spacing) / 4) - 1)
                            onChosen: controller.selectedIndicator = indicatorId
                            onDrillDown: which => page.drill(indicatorId, displayName, which, "")
                        }
                    }
                }
            }

            RowLayout {
                //! A share of the height, not a fixed 330 px: at 1440 x 900 the twelve tiles
                //! show whole above the chart, at 1280 x 720 two rows of them.
                SplitView.preferredHeight: Math.max(220, Math.round(split.height * 0.42))
                SplitView.minimumHeight: 220
                spacing: Theme.spacing
                MonthChart {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 3
                    months: controller.months
                    values: controller.series
                    target: selectedTile.target
                    indicatorName: selectedTile.name
                }
                BreakdownTable {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 2
                    controller: controller
                    indicatorName: selectedTile.name
                    onDrillDown: (key, name) => page.drill(controller.selectedIndicator, selectedTile.name, "missing", key)
                }
            }
        }
    }

    //! Name and target of the selected indicator, from the tile model.
    QtObject {
        id: selectedTile
        property string name: ""
        property real target: 0
    }
    Instantiator {
        model: controller.tiles
        delegate: QtObject {
            required property string indicatorId
            required property string name
            required property string nameEn
            required property real target
            readonly property bool current: indicatorId === controller.selectedIndicator
            onCurrentChanged: apply()
            Component.onCompleted: apply()
            function apply() {
                if (!current)
                    return
                selectedTile.name = AppController.language === "en" ? nameEn : name
                selectedTile.target = target
            }
        }
    }
}
