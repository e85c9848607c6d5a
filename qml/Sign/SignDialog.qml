// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import MotCua
import MotCua.App
import MotCua.Pdf

//! Signs one component of the open dossier with the key from Settings: PIN,
//! invisible or visible signature (click or drag on the page to place it), the
//! Decree 30 copy stamp for copies, signature and seal images for results.
//! Enter signs, Esc cancels. The PIN field is cleared after every attempt.
Dialog {
    id: dialog
    objectName: "signDialog"
    property string dossierId
    property string componentId
    //! Normalised rectangle on the displayed page (0..1, origin top-left).
    property rect placement: Qt.rect(0.52, 0.78, 0.42, 0.11)
    property int placementPage: 0
    readonly property alias controller: ctl
    signal changeSignerRequested()
    signal signed(string message)

    modal: true
    focus: true
    closePolicy: ctl.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 40 : 1000, 1000)
    height: Math.min(parent ? parent.height - 40 : 760, 760)
    title: qsTr("Digitally sign: %1").arg(ctl.componentName)

    onOpened: { ctl.reload(); pin.text = ""; pin.forceActiveFocus() }
    onClosed: pin.text = ""

    SigningController {
        id: ctl
        dossierId: dialog.dossierId
        componentId: dialog.componentId
        onFinished: ok => {
            pin.text = ""
            if (ok) {
                dialog.signed(ctl.resultText)
                dialog.close()
            } else {
                pin.forceActiveFocus()
            }
        }
    }

    function startSigning(outputPath) {
        const pdfRect = ctl.placementToPdf(dialog.placement, dialog.placementPage)
        ctl.sign(pin.text, { visible: modeVisible.checked, copyStamp: modeStamp.checked,
                             page: dialog.placementPage, rect: pdfRect, images: images.checked,
                             outputPath: outputPath || "" })
        pin.text = ""
    }
    function confirm() {
        if (ctl.busy)
            return
        if (!ctl.queuesResult && pin.text.length > 0)
            saveDialog.open()
        else
            startSigning("")
    }

    PdfDocumentModel {
        id: pages
        source: ctl.filePath
    }

    contentItem: RowLayout {
        spacing: 16
        Accessible.name: dialog.title
        ColumnLayout {
            id: form
            //! Every row is held to the column's width: a long label wraps or elides
            //! instead of running under the page preview.
            readonly property int formWidth: 460
            Layout.preferredWidth: formWidth
            Layout.maximumWidth: formWidth
            Layout.fillHeight: true
            spacing: 8

            Label { text: qsTr("Certificate"); font.bold: true }
            Label {
                objectName: "signerSummary"
                textFormat: Text.PlainText
                text: ctl.signerSummary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.maximumWidth: form.formWidth
            }
            Label {
                objectName: "changeSigner"
                text: "<a href='#'>" + qsTr("Change in Settings…") + "</a>"
                Accessible.name: qsTr("Change the signing key in Settings")
                Accessible.role: Accessible.Link
                onLinkActivated: { dialog.close(); dialog.changeSignerRequested() }
            }
            Label {
                text: ctl.usesPin ? qsTr("Token PIN") : qsTr("Certificate file password")
                font.bold: true
                Layout.topMargin: 8
            }
            TextField {
                id: pin
                objectName: "pinField"
                Layout.fillWidth: true
                Layout.maximumWidth: form.formWidth
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                enabled: !ctl.busy
                placeholderText: ctl.usesPin ? qsTr("PIN (never stored)") : qsTr("Password (never stored)")
                Accessible.name: ctl.usesPin ? qsTr("Token PIN") : qsTr("Certificate file password")
                onAccepted: dialog.confirm()
            }

            Label { text: qsTr("Appearance"); font.bold: true; Layout.topMargin: 8 }
            ButtonGroup { id: modes }
            RadioButton {
                Layout.maximumWidth: form.formWidth
                Layout.fillWidth: true
                id: modeInvisible
                objectName: "modeInvisible"
                text: qsTr("Invisible signature")
                ButtonGroup.group: modes
                Accessible.name: text
            }
            RadioButton {
                Layout.maximumWidth: form.formWidth
                Layout.fillWidth: true
                id: modeVisible
                objectName: "modeVisible"
                text: qsTr("Visible: click or drag on the page (Alt+P)")
                checked: true
                ButtonGroup.group: modes
                Accessible.name: qsTr("Visible signature placed on the page")
            }
            RadioButton {
                Layout.maximumWidth: form.formWidth
                Layout.fillWidth: true
                id: modeStamp
                objectName: "modeStamp"
                //! Copies and attachments only; a result carries the signature and seal images.
                enabled: !ctl.isResult
                text: qsTr("Copy stamp top right of page 1 (copies, Decree 30)")
                ButtonGroup.group: modes
                Accessible.name: text
            }
            CheckBox {
                Layout.maximumWidth: form.formWidth
                Layout.fillWidth: true
                id: images
                objectName: "imagesCheck"
                enabled: ctl.isResult && modeVisible.checked
                checked: true
                text: qsTr("Signature and agency seal images (results)")
                Accessible.name: text
            }

            Label {
                Layout.topMargin: 8
                Layout.fillWidth: true
                Layout.maximumWidth: form.formWidth
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                text: ctl.queuesResult
                      ? qsTr("Signing issues the result: the signed copy replaces the draft and is sent to the central server with the next sync (works offline).")
                      : qsTr("You will choose where to save the signed copy.")
            }
            Label {
                objectName: "signError"
                visible: ctl.error.shown
                textFormat: Text.PlainText
                text: ctl.error.message
                color: Theme.overdue
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.maximumWidth: form.formWidth
            }
            RowLayout {
                visible: ctl.busy
                BusyIndicator { running: ctl.busy; implicitWidth: 32; implicitHeight: 32 }
                Label { text: ctl.progressText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            }
            Item { Layout.fillHeight: true }
        }

        SignPlacement {
            Layout.fillWidth: true
            Layout.fillHeight: true
            enabled: modeVisible.checked && !ctl.busy
            opacity: modeVisible.checked ? 1 : 0.45
            document: pages
            page: dialog.placementPage
            placement: dialog.placement
            onPlaced: r => dialog.placement = r
            onPageRequested: p => dialog.placementPage = p
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "signButton"
            text: ctl.queuesResult ? qsTr("Sign and issue (Enter)") : qsTr("Sign and save as… (Enter)")
            enabled: !ctl.busy && pin.text.length > 0
            highlighted: true
            Accessible.name: ctl.queuesResult ? qsTr("Sign and issue the result") : qsTr("Sign and save a signed copy")
            onClicked: dialog.confirm()
        }
        Button {
            objectName: "cancelButton"
            text: qsTr("Cancel (Esc)")
            enabled: !ctl.busy
            Accessible.name: qsTr("Cancel signing")
            onClicked: dialog.close()
        }
    }

    Shortcut { sequence: "Alt+P"; enabled: dialog.opened; onActivated: modeVisible.checked = true }

    FileDialog {
        id: saveDialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Save signed copy as")
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        onAccepted: dialog.startSigning(selectedFile.toString())
    }
}
