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
    readonly property BatchProgress progress: controller.progress

    implicitHeight: content.implicitHeight + 24
    color: Theme.surface
    border.color: Theme.border

    function go() {
        if (progress.running || !ctl.signerReady)
            return
        if (progress.resumable)
            ctl.resume(pin.text)
        else if (!progress.jobShown)
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
                objectName: "batchSigner"
                //! Takes the room the buttons leave and elides: a long signer name or a
                //! longer English button text never runs under "New batch".
                Layout.fillWidth: true
                Layout.minimumWidth: 80
                text: ctl.signerReady ? qsTr("Signer: %1").arg(ctl.signerText) : ctl.signerText
                elide: Text.ElideMiddle
                color: ctl.signerReady ? Theme.text : Theme.overdue
                font.bold: !ctl.signerReady
                ToolTip.visible: truncated && signerHover.hovered
                ToolTip.text: text
                HoverHandler { id: signerHover }
            }
            TextMetrics {
                id: pinMetrics
                font: pin.font
                text: pin.placeholderText
            }
            TextField {
                id: pin
                objectName: "batchPin"
                //! As wide as its hint ("Mã PIN của thiết bị ký số hoặc mật khẩu" is long): the
                //! signer's name beside it elides (with a tooltip) before the hint is cut.
                Layout.preferredWidth: Math.max(180, Math.ceil(pinMetrics.advanceWidth) + leftPadding + rightPadding + 4)
                Layout.minimumWidth: Layout.preferredWidth
                enabled: ctl.signerReady && !progress.running && (progress.resumable || !progress.jobShown)
                echoMode: TextInput.Password
                placeholderText: qsTr("Token PIN or password")
                Accessible.name: qsTr("PIN")
                onAccepted: panel.go()
            }
            Button {
                objectName: "batchStart"
                visible: !progress.running && !progress.jobShown
                enabled: ctl.signerReady && ctl.model.selectedCount > 0
                text: qsTr("Sign and approve %n dossier(s)", "", ctl.model.selectedCount)
                highlighted: true
                Accessible.name: text
                onClicked: panel.go()
            }
            Button {
                objectName: "batchResume"
                visible: progress.resumable
                enabled: ctl.signerReady
                text: qsTr("Resume")
                highlighted: true
                Accessible.name: text
                onClicked: panel.go()
            }
            Button {
                objectName: "batchCancel"
                visible: progress.running
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel the batch after the current dossier (Ctrl+Shift+X)")
                onClicked: ctl.cancel()
            }
            Button {
                objectName: "batchNew"
                visible: progress.finished
                text: qsTr("New batch")
                Accessible.name: text
                onClicked: ctl.closeJob()
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: progress.jobShown
            spacing: 4
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, progress.totalCount)
                value: progress.signedCount + progress.failedCount
                Accessible.name: qsTr("Batch progress")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 16
                Label {
                    text: qsTr("Signed: %1 / %2").arg(progress.signedCount).arg(progress.totalCount)
                    color: Theme.text
                }
                Label {
                    text: qsTr("Approved: %1").arg(progress.approvedCount)
                    color: Theme.ok
                }
                Label {
                    text: qsTr("Failed: %1").arg(progress.failedCount)
                    color: progress.failedCount > 0 ? Theme.overdue : Theme.textMuted
                }
                Label {
                    Layout.fillWidth: true
                    text: progress.statusText
                    elide: Text.ElideRight
                    color: Theme.textMuted
                }
                Label {
                    text: progress.timeLeftText
                    color: Theme.textMuted
                }
            }
        }
        Label {
            Layout.fillWidth: true
            objectName: "batchError"
            visible: ctl.error.shown
            textFormat: Text.PlainText
            text: ctl.error.message
            wrapMode: Text.WordWrap
            color: Theme.overdue
        }
    }
}
