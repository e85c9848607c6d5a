// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! The selected indicator per agency (province leaders), procedure or official
//! (an agency's supervisor), worst first; a row opens the dossiers it misses.
Rectangle {
    id: table
    objectName: "breakdownTable"
    required property DashboardController controller
    required property string indicatorName
    signal drillDown(string key, string name)

    color: Theme.surface
    border.color: Theme.border
    radius: 6

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: table.indicatorName
                elide: Text.ElideRight
                font.bold: true
                color: Theme.text
            }
            ComboBox {
                objectName: "breakdownBox"
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "agency", text: qsTr("Per agency") },
                    { value: "procedure", text: qsTr("Per procedure") },
                    { value: "official", text: qsTr("Per official") }
                ]
                Component.onCompleted: currentIndex = indexOfValue(table.controller.breakdown)
                onActivated: table.controller.breakdown = currentValue
                Connections {
                    target: table.controller
                    function onBreakdownChanged() { parent.currentIndex = parent.indexOfValue(table.controller.breakdown) }
                }
                Accessible.name: qsTr("Breakdown")
            }
        }
        ListView {
            id: rows
            objectName: "breakdownList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: table.controller.breakdownRows
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property string key
                required property string name
                required property string countText
                required property string valueText
                required property string rag
                required property int missing
                width: rows.width
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    Rectangle {
                        width: 10; height: 10; radius: 5
                        color: row.rag === "green" ? Theme.ok : row.rag === "amber" ? Theme.warning
                               : row.rag === "red" ? Theme.overdue : Theme.textMuted
                    }
                    Label { Layout.fillWidth: true; text: row.name; elide: Text.ElideRight; color: Theme.text }
                    Label { text: row.countText; color: Theme.textMuted }
                    Label { text: row.valueText; font.bold: true; color: Theme.text; Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight }
                }
                ToolTip.visible: hovered && row.missing > 0
                ToolTip.text: qsTr("Open the %n dossier(s) not counted", "", row.missing)
                onClicked: table.drillDown(row.key, row.name)
            }
            Label {
                anchors.centerIn: parent
                visible: rows.count === 0
                text: qsTr("No dossiers in this period")
                color: Theme.textMuted
            }
        }
    }
}
