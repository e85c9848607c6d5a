// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! Minimal PIN prompt to sign the apology letter with the key chosen in
//! Settings (token PIN or PKCS#12 password). Kept in one file so the full sign
//! dialog can replace it. The PIN is handed to the controller and cleared.
ActionDialog {
    id: dlg
    objectName: "pinPrompt"
    title: qsTr("Sign the apology letter")
    confirmText: qsTr("Sign")
    canConfirm: pin.text.length > 0

    onAboutToShow: pin.text = ""
    onClosed: pin.text = ""

    confirm: function() {
        const ok = controller.signApology(pin.text)
        pin.text = ""
        return ok
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Dossier %1: the apology letter is signed with your digital signature and replaces the unsigned copy.").arg(dlg.controller.code)
        }
        Label { text: qsTr("PIN or password"); font.bold: true }
        TextField {
            id: pin
            objectName: "pinField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            focus: true
            Accessible.name: qsTr("PIN or password")
        }
        FieldError { controller: dlg.controller; field: "pin" }
    }
}
