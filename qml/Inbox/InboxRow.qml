// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! One dossier in the inbox: code, applicant, procedure, state, working days
//! left (red with days late when overdue) and the sync badge.
Rectangle {
    id: row
    required property int index
    required property string dossierId
    required property string code
    required property string applicantName
    required property string procedureName
    required property string stateText
    required property string remainingText
    required property bool overdue
    required property bool dueSoon
    required property string syncState
    required property string syncText
    required property string deadlineNote
    property bool selected: false

    signal clicked()
    signal doubleClicked()

    implicitHeight: 60
    color: selected ? Theme.selection : (index % 2 ? "#fafafa" : Theme.surface)
    Accessible.role: Accessible.ListItem
    Accessible.name: [code, applicantName, procedureName, stateText, remainingText, deadlineNote, syncText]
                     .filter(s => s.length > 0).join(", ")

    Rectangle {
        width: 4
        height: parent.height
        color: row.overdue ? Theme.overdue : row.dueSoon ? Theme.warning : "transparent"
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 14
        anchors.rightMargin: 14
        spacing: 12

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                spacing: 10
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
                    text: row.applicantName
                    font.pixelSize: Theme.fontSize
                    elide: Text.ElideRight
                    color: Theme.text
                }
            }
            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: row.procedureName
                elide: Text.ElideRight
                color: Theme.textMuted
            }
        }
        Label {
            objectName: "syncBadge"
            visible: row.syncText.length > 0
            text: row.syncText
            color: "white"
            font.pixelSize: Theme.fontSize - 2
            font.bold: true
            leftPadding: 6; rightPadding: 6; topPadding: 2; bottomPadding: 2
            background: Rectangle {
                radius: 3
                color: row.syncState === "pending" || row.syncState === "sending" ? Theme.warning : Theme.overdue
            }
        }
        Label {
            Layout.preferredWidth: 170
            text: row.stateText
            elide: Text.ElideRight
            color: Theme.text
        }
        ColumnLayout {
            Layout.preferredWidth: 190
            spacing: 0
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                //! "Clock paused: waiting for the supplement" is longer than the column: two lines.
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                text: row.remainingText
                font.bold: row.overdue
                color: row.overdue ? Theme.overdue : row.dueSoon ? Theme.warning : Theme.textMuted
            }
            //! Provisional due date (unpublished calendar year) or an apology's new date.
            Label {
                objectName: "deadlineNote"
                Layout.fillWidth: true
                visible: row.deadlineNote.length > 0
                horizontalAlignment: Text.AlignRight
                textFormat: Text.PlainText
                text: row.deadlineNote
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSize - 2
                font.italic: true
                color: Theme.warning
            }
        }
    }

    MouseArea {
        anchors.fill: parent
        onClicked: row.clicked()
        onDoubleClicked: row.doubleClicked()
    }
}
