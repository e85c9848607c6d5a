// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! The dossier's steps across agencies, oldest first.
ListView {
    id: list
    objectName: "historyList"
    clip: true
    spacing: 0
    Accessible.name: qsTr("History")
    Accessible.role: Accessible.List

    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("No history in the local cache yet.")
        color: Theme.textMuted
    }

    delegate: Item {
        id: step
        required property int index
        required property string at
        required property string actionText
        required property string actor
        required property string agencyName
        required property string toAgencyName
        required property string fromStateText
        required property string toStateText
        required property string note
        width: ListView.view.width
        implicitHeight: body.implicitHeight + 16
        Accessible.role: Accessible.ListItem
        Accessible.name: at + ", " + actionText + ", " + actor + ", " + agencyName

        Rectangle {
            x: 18; width: 2
            height: parent.height
            color: Theme.border
        }
        Rectangle {
            x: 13; y: 10; width: 12; height: 12; radius: 6
            color: step.toAgencyName.length > 0 ? Theme.warning : Theme.primary
        }
        ColumnLayout {
            id: body
            x: 36; y: 6
            width: parent.width - 44
            spacing: 1
            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: step.actionText + (step.toAgencyName.length > 0 ? " → " + step.toAgencyName : "")
                font.bold: true
                wrapMode: Text.WordWrap
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: step.at + " · " + step.actor + " · " + step.agencyName
                color: Theme.textMuted
                font.pixelSize: Theme.fontSize - 2
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                visible: step.fromStateText !== step.toStateText
                text: step.fromStateText + " → " + step.toStateText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSize - 2
            }
            Label {
                Layout.fillWidth: true
                visible: step.note.length > 0
                textFormat: Text.PlainText
                text: step.note
                wrapMode: Text.WordWrap
                color: Theme.text
            }
        }
    }
}
