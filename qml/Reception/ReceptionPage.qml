// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Reception at the one-stop desk (tiếp nhận hồ sơ): procedure, applicant,
//! required components, digitization, then "Tiếp nhận" (receipt and appointment
//! slip), or a refusal / guidance slip. Works offline: the code comes from the
//! desk's reserved block and the dossier goes up on the next sync. Every rule is
//! in ReceptionController.
Page {
    id: page
    objectName: "receptionPage"
    title: qsTr("Receive a dossier")
    background: Rectangle { color: Theme.background }
    Component.onCompleted: ReceptionController.reload()
    onVisibleChanged: if (visible) ReceptionController.reload()

    //! Receives, asking the token PIN first when the copies will be signed.
    function receive() {
        if (ReceptionController.busy)
            return
        if (ReceptionController.willSign)
            pinDialog.open()
        else
            ReceptionController.receive("")
    }

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: page.visible && !ReceptionController.busy
        onActivated: page.receive()
    }

    header: ToolBar {
        background: Rectangle { color: Theme.surface; border.color: Theme.border }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 16
            Label {
                text: qsTr("Receive a dossier")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
            }
            Item { Layout.fillWidth: true }
            Label { text: qsTr("Channel") }
            ComboBox {
                objectName: "channelBox"
                Layout.preferredWidth: 200
                model: [qsTr("In person"), qsTr("Online"), qsTr("By post")]
                currentIndex: ReceptionController.channel
                onActivated: index => ReceptionController.channel = index
                Accessible.name: qsTr("Channel")
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 12

        Pane {
            Layout.preferredWidth: 380
            Layout.fillHeight: true
            background: Rectangle { color: Theme.surface; border.color: Theme.border }
            ColumnLayout {
                anchors.fill: parent
                spacing: 12
                ProcedurePicker { Layout.fillWidth: true }
                ApplicantForm { Layout.fillWidth: true }
                Item { Layout.fillHeight: true }
            }
        }
        Pane {
            Layout.preferredWidth: 300
            Layout.fillHeight: true
            background: Rectangle { color: Theme.surface; border.color: Theme.border }
            ColumnLayout {
                anchors.fill: parent
                Label {
                    Layout.fillWidth: true
                    text: ReceptionController.components.missing > 0
                          ? qsTr("3. Components (%1 missing)").arg(ReceptionController.components.missing)
                          : qsTr("3. Components")
                    font.bold: true
                    color: Theme.primary
                    wrapMode: Text.WordWrap
                }
                ComponentList {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
                WarehouseReuse { Layout.fillWidth: true }
            }
        }
        Pane {
            Layout.fillWidth: true
            Layout.fillHeight: true
            background: Rectangle { color: Theme.surface; border.color: Theme.border }
            DigitizePanel { anchors.fill: parent }
        }
    }

    footer: Pane {
        background: Rectangle { color: Theme.surface; border.color: Theme.border }
        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "receptionResult"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: ReceptionController.resultText
                    font.bold: true
                    color: Theme.ok
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "receptionError"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: ReceptionController.errorText
                    color: Theme.overdue
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: !ReceptionController.busy && ReceptionController.resultText.length === 0
                             && ReceptionController.errorText.length === 0
                    text: ReceptionController.willSign
                          ? qsTr("The scans become one PDF per component, signed with your key as the digitized copy.")
                          : qsTr("The scans become one PDF per component. Choose your key in Settings to sign them as the digitized copy.")
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                BusyIndicator {
                    visible: ReceptionController.busy
                    running: visible
                    Layout.preferredHeight: 28
                    Layout.preferredWidth: 28
                }
            }
            Button {
                objectName: "openSlipButton"
                visible: ReceptionController.slipUrl.toString().length > 0
                text: qsTr("Open the slip")
                onClicked: Qt.openUrlExternally(ReceptionController.slipUrl)
            }
            Button {
                objectName: "newDossierButton"
                text: qsTr("Next citizen")
                enabled: !ReceptionController.busy
                onClicked: ReceptionController.startNew()
            }
            Button {
                objectName: "guidanceButton"
                text: qsTr("Ask for more…")
                enabled: !ReceptionController.busy && ReceptionController.procedureTitle.length > 0
                onClicked: { reasons.guidance = true; reasons.open() }
            }
            Button {
                objectName: "refuseButton"
                text: qsTr("Refuse…")
                enabled: !ReceptionController.busy && ReceptionController.procedureTitle.length > 0
                onClicked: { reasons.guidance = false; reasons.open() }
            }
            Button {
                objectName: "receiveButton"
                text: qsTr("Receive (Ctrl+Enter)")
                highlighted: true
                enabled: !ReceptionController.busy && ReceptionController.procedureTitle.length > 0
                onClicked: page.receive()
            }
        }
    }

    ReasonsDialog { id: reasons }

    Dialog {
        id: pinDialog
        objectName: "receptionPin"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Sign the digitized copies")
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAboutToShow: { pin.text = ""; pin.forceActiveFocus() }
        onAccepted: { ReceptionController.receive(pin.text); pin.text = "" }
        onRejected: pin.text = ""
        contentItem: ColumnLayout {
            Label { text: qsTr("PIN or password"); font.bold: true }
            TextField {
                id: pin
                Layout.preferredWidth: 320
                echoMode: TextInput.Password
                Accessible.name: qsTr("PIN or password")
                onAccepted: pinDialog.accept()
            }
        }
    }
}
