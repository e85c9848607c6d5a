// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Shown on the dossier screen once a forward is queued (issue 20 item 8): what
//! was sent where and whether it has reached the centre, with the way back to the
//! inbox. It stays complete when the sync removes the dossier from this agency.
Rectangle {
    id: panel
    objectName: "forwardReceipt"
    required property ForwardReceipt receipt
    //! The dossier is still in this agency's cache (a refused forward leaves it here).
    property bool dossierLoaded: false
    signal backRequested()
    signal dossierRequested()

    color: Theme.surface
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 48
    Accessible.role: Accessible.Pane
    Accessible.name: title.text

    readonly property bool refused: receipt.state === "failed" || receipt.state === "conflict"

    function focusBack() { back.forceActiveFocus() }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 24
        spacing: Theme.spacing * 1.5

        Label {
            id: title
            objectName: "forwardReceiptTitle"
            Layout.fillWidth: true
            text: panel.refused ? qsTr("Dossier %1 was not forwarded").arg(panel.receipt.code)
                                : qsTr("Dossier %1 forwarded").arg(panel.receipt.code)
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: panel.refused ? Theme.overdue : Theme.text
            wrapMode: Text.WordWrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 16
            rowSpacing: 6
            Label { text: qsTr("To"); color: Theme.textMuted }
            Label {
                objectName: "forwardReceiptAgency"
                Layout.fillWidth: true
                text: panel.receipt.toAgencyName + " (" + panel.receipt.toAgencyCode + ")"
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Label { text: qsTr("Applicant"); color: Theme.textMuted; visible: applicant.visible }
            Label {
                id: applicant
                Layout.fillWidth: true
                visible: text.length > 0
                text: panel.receipt.applicantName
                wrapMode: Text.WordWrap
            }
            Label { text: qsTr("Time for this step"); color: Theme.textMuted }
            Label {
                Layout.fillWidth: true
                text: panel.receipt.stepText
                wrapMode: Text.WordWrap
            }
            Label { text: qsTr("Note"); color: Theme.textMuted; visible: noteText.visible }
            Label {
                id: noteText
                Layout.fillWidth: true
                visible: text.length > 0
                text: panel.receipt.note
                wrapMode: Text.WordWrap
            }
            Label { text: qsTr("Attachments"); color: Theme.textMuted }
            Label {
                objectName: "forwardReceiptAttachments"
                Layout.fillWidth: true
                text: panel.receipt.attachments.length > 0 ? panel.receipt.attachments.join(", ") : qsTr("None")
                wrapMode: Text.WordWrap
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: stateLabel.implicitHeight + 20
            radius: 3
            color: panel.receipt.state === "done" ? "#e8f5e9" : panel.refused ? Theme.selection : Theme.offlineBackground
            border.color: panel.receipt.state === "done" ? Theme.ok : panel.refused ? Theme.overdue : Theme.warning
            Label {
                id: stateLabel
                objectName: "forwardReceiptState"
                anchors.fill: parent
                anchors.margins: 10
                text: (panel.receipt.state === "done" ? "\u2714 " : panel.refused ? "\u2716 " : "\u2192 ")
                      + panel.receipt.stateText
                color: panel.receipt.state === "done" ? Theme.ok : panel.refused ? Theme.overdue : Theme.warning
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.name: panel.receipt.stateText
            }
        }
        RowLayout {
            spacing: Theme.spacing
            Button {
                id: back
                objectName: "receiptBackButton"
                text: qsTr("← Back to the inbox (Esc)")
                Accessible.name: qsTr("Back to the inbox")
                highlighted: true
                palette.button: Theme.primary
                palette.buttonText: "white"
                onClicked: panel.backRequested()
            }
            Button {
                objectName: "receiptOpenDossierButton"
                visible: panel.refused && panel.dossierLoaded
                text: qsTr("Open the dossier again")
                Accessible.name: text
                onClicked: panel.dossierRequested()
            }
        }
    }
}
