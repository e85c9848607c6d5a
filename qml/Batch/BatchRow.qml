// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! One dossier of the batch: check box (shift-click selects a range), code,
//! one-line summary (or why it cannot be selected), and once a run started its
//! state, or the failure reason with a Retry button.
Rectangle {
    id: row
    required property int index
    required property string dossierId
    required property string code
    required property string summary
    required property bool overdue
    required property bool selected
    required property string stateText
    required property string error
    //! The rules are the model's (C++): QML only shows them.
    required property bool selectable
    required property string blockedReason
    required property int tone
    required property bool excludable
    required property bool excluded
    required property bool retryable
    property bool current: false
    property bool jobMode: false

    signal toggled(bool shift)
    signal clicked()
    signal retryRequested()
    signal excludeRequested()
    property bool editable: false

    readonly property string note: error.length > 0 ? error : (jobMode ? "" : blockedReason)
    implicitHeight: note.length > 0 ? 62 : 46
    color: current ? Theme.selection : (index % 2 ? "#fafafa" : Theme.surface)
    Accessible.role: Accessible.ListItem
    Accessible.name: [code, summary, stateText, note].filter(s => s.length > 0).join(", ")

    Rectangle {
        width: 4
        height: parent.height
        color: row.overdue ? Theme.overdue : "transparent"
    }

    MouseArea {
        anchors.fill: parent
        onClicked: mouse => {
            if ((mouse.modifiers & Qt.ShiftModifier) !== 0 && !row.jobMode && row.selectable)
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
            objectName: "batchRowCheck"
            visible: !row.jobMode
            enabled: row.selectable
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
                objectName: "batchRowNote"
                Layout.fillWidth: true
                visible: row.note.length > 0
                textFormat: Text.PlainText
                text: row.note
                elide: Text.ElideRight
                color: row.error.length > 0 ? Theme.overdue : Theme.warning
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
                color: row.tone === BatchItemModel.Ok ? Theme.ok
                     : row.tone === BatchItemModel.Failed ? Theme.overdue
                     : row.tone === BatchItemModel.Working ? Theme.warning
                     : Theme.textMuted
            }
        }
        Button {
            visible: row.jobMode && row.editable && row.excludable
            text: row.excluded ? qsTr("Include") : qsTr("Exclude")
            Accessible.name: (row.excluded ? qsTr("Include %1") : qsTr("Exclude %1")).arg(row.code)
            onClicked: row.excludeRequested()
        }
        Button {
            visible: row.retryable
            text: qsTr("Retry")
            Accessible.name: qsTr("Retry %1").arg(row.code)
            onClicked: row.retryRequested()
        }
    }
}
