// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Sign out with "forget this computer" (issue 19): before a laptop is handed
//! over or leaves the office for good, the saved dossiers, documents and the key
//! that protects them are erased from it. Unticked, it is a plain sign-out.
Dialog {
    id: dialog
    objectName: "signOutDialog"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    //! Sized by the window (the overlay), not by the narrow rail it is declared in.
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 40 : 520, 520)
    title: qsTr("Sign out")

    //! Opened from "Forget this computer…": the option is ticked, and can be unticked.
    onOpened: forget.checked = true

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            Layout.fillWidth: true
            text: qsTr("Dossiers and documents saved on this computer stay here, encrypted, for your next "
                       + "sign-in. Actions not yet sent are sent then.")
            wrapMode: Text.WordWrap
            color: Theme.text
        }
        CheckBox {
            id: forget
            objectName: "forgetComputerCheck"
            Layout.fillWidth: true
            text: qsTr("Forget this computer")
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: forget.indicator.width + forget.spacing
            text: qsTr("Erases every dossier, document and note saved on this computer, and its key. "
                       + "Actions not yet sent are lost. Use it before handing the laptop over.")
            wrapMode: Text.WordWrap
            color: forget.checked ? Theme.warning : Theme.textMuted
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "confirmSignOutButton"
            text: forget.checked ? qsTr("Sign out and forget") : qsTr("Sign out")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }

    onAccepted: {
        if (forget.checked)
            SessionController.signOutAndForget()
        else
            SessionController.signOut()
    }
}
