// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! One dossier of the batch: check box (shift-click selects a range), code,
//! one-line summary, and once a run started its state, or the failure reason
//! with a Retry button.
Rectangle {
    id: row
    required property int index
    required property string dossierId
    required property string code
    required property string summary
    required property bool overdue
    required property bool selected
    required property string itemState
    required property string stateText
    required property string error
    property bool current: false
    property bool jobMode: false

    signal toggled(bool shift)
    signal clicked()
    signal retryRequested()
    signal excludeRequested()
    property bool editable: false

    implicitHeight: error.length > 0 ? 62 : 46
    color: current ? Theme.selection : (index % 2 ? "#fafafa" : Theme.surface)
    Accessible.role: Accessible.ListItem
    Accessible.name: [code, summary, stateText, error].filter(s => s.length > 0).join(", ")

    Rectangle {
        width: 4
        height: parent.height
        color: row.overdue ? Theme.overdue : "transparent"
    }

    MouseArea {
        anchors.fill: parent
        onClicked: mouse => {
            if ((mouse.modifiers & Qt.ShiftModifier) !== 0 && !row.jobMode)
                row.toggled(true)
            row.clicked()
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 10
        spacing: 8

        CheckBox {
            visible: !row.jobMode
            checked: row.selected
            Accessible.name: qsTr("Select %1").arg(row.code)
            // The model holds the selection; a click toggles it (with shift: a range).
            nextCheckState: function() { return checkState }
            onToggled: row.toggled(false) // keyboard (space)
            MouseArea {
                anchors.fill: parent
                onClicked: mouse => row.toggled((mouse.modifiers & Qt.ShiftModifier) !== 0)
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            Label {
                textFormat: Text.PlainText
                text: row.code
                font.bold: true
                font.family: "DejaVu Sans Mono"
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: row.summary
                elide: Text.ElideRight
                color: Theme.textMuted
            }
            Label {
                Layout.fillWidth: true
                visible: row.error.length > 0
                textFormat: Text.PlainText
                text: row.error
                elide: Text.ElideRight
                color: Theme.overdue
            }
        }
        Label {
            visible: row.jobMode && row.stateText.length > 0
            text: row.stateText
            color: "white"
            font.bold: true
            font.pixelSize: Theme.fontSize - 2
            leftPadding: 6; rightPadding: 6; topPadding: 2; bottomPadding: 2
            background: Rectangle {
                radius: 3
                color: row.itemState === "done" ? Theme.ok
                     : row.itemState === "failed" ? Theme.overdue
                     : row.itemState === "pending" || row.itemState === "excluded" ? Theme.textMuted
                     : Theme.warning
            }
        }
        Button {
            visible: row.jobMode && row.editable && (row.itemState === "pending" || row.itemState === "excluded")
            text: row.itemState === "excluded" ? qsTr("Include") : qsTr("Exclude")
            Accessible.name: (row.itemState === "excluded" ? qsTr("Include %1") : qsTr("Exclude %1")).arg(row.code)
            onClicked: row.excludeRequested()
        }
        Button {
            visible: row.itemState === "failed"
            text: qsTr("Retry")
            Accessible.name: qsTr("Retry %1").arg(row.code)
            onClicked: row.retryRequested()
        }
    }
}
