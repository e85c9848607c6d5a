// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! The bottom of the batch screen: signer from Settings, one PIN field, Start /
//! Resume / Cancel, and the progress with counts and time left.
Rectangle {
    id: panel
    required property BatchController controller
    readonly property BatchController ctl: controller

    implicitHeight: content.implicitHeight + 24
    color: Theme.surface
    border.color: Theme.border

    function go() {
        if (ctl.running || !ctl.signerReady)
            return
        if (ctl.resumable)
            ctl.resume(pin.text)
        else if (!ctl.jobShown)
            ctl.start(pin.text)
        pin.clear()
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label {
                text: ctl.signerReady ? qsTr("Signer: %1").arg(ctl.signerText) : ctl.signerText
                color: ctl.signerReady ? Theme.text : Theme.overdue
                font.bold: !ctl.signerReady
            }
            Item { Layout.fillWidth: true }
            TextField {
                id: pin
                objectName: "batchPin"
                Layout.preferredWidth: 180
                enabled: ctl.signerReady && !ctl.running && (ctl.resumable || !ctl.jobShown)
                echoMode: TextInput.Password
                placeholderText: qsTr("Token PIN or password")
                Accessible.name: qsTr("PIN")
                onAccepted: panel.go()
            }
            Button {
                objectName: "batchStart"
                visible: !ctl.running && !ctl.jobShown
                enabled: ctl.signerReady && ctl.model.selectedCount > 0
                text: qsTr("Sign and approve %n dossier(s)", "", ctl.model.selectedCount)
                highlighted: true
                Accessible.name: text
                onClicked: panel.go()
            }
            Button {
                objectName: "batchResume"
                visible: ctl.resumable
                enabled: ctl.signerReady
                text: qsTr("Resume")
                highlighted: true
                Accessible.name: text
                onClicked: panel.go()
            }
            Button {
                objectName: "batchCancel"
                visible: ctl.running
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel the batch after the current dossier (Ctrl+Shift+X)")
                onClicked: ctl.cancel()
            }
            Button {
                visible: ctl.finished
                text: qsTr("New batch")
                Accessible.name: text
                onClicked: ctl.closeJob()
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: ctl.jobShown
            spacing: 4
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, ctl.totalCount)
                value: ctl.signedCount + ctl.failedCount
                Accessible.name: qsTr("Batch progress")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 16
                Label {
                    text: qsTr("Signed: %1 / %2").arg(ctl.signedCount).arg(ctl.totalCount)
                    color: Theme.text
                }
                Label {
                    text: qsTr("Approved: %1").arg(ctl.approvedCount)
                    color: Theme.ok
                }
                Label {
                    text: qsTr("Failed: %1").arg(ctl.failedCount)
                    color: ctl.failedCount > 0 ? Theme.overdue : Theme.textMuted
                }
                Label {
                    Layout.fillWidth: true
                    text: ctl.statusText
                    elide: Text.ElideRight
                    color: Theme.textMuted
                }
                Label {
                    text: ctl.timeLeftText
                    color: Theme.textMuted
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: ctl.message.length > 0
            textFormat: Text.PlainText
            text: ctl.message
            wrapMode: Text.WordWrap
            color: Theme.overdue
        }
    }
}
