// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! The refusal slip (reasons) or the guidance slip (what to add, and why), forms
//! of Circular 01/2018/TT-VPCP; the controller renders and saves the PDF.
Dialog {
    id: dlg
    objectName: "reasonsDialog"
    property bool guidance: false
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(640, parent ? parent.width - 80 : 640)
    modal: true
    title: guidance ? qsTr("Guidance to complete the dossier") : qsTr("Refuse to receive the dossier")
    standardButtons: Dialog.Cancel
    onAboutToShow: {
        items.text = guidance ? ReceptionController.components.missingText : ""
        reason.text = ""
        items.forceActiveFocus()
    }

    footer: DialogButtonBox {
        Button {
            objectName: "reasonsConfirm"
            text: dlg.guidance ? qsTr("Print the guidance slip") : qsTr("Print the refusal slip")
            enabled: items.text.trim().length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onAccepted: dlg.guidance ? ReceptionController.askForMore(items.text, reason.text)
                             : ReceptionController.refuse(items.text)

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.bold: true
            text: dlg.guidance ? qsTr("Papers to add or correct, one a line") : qsTr("Reasons for refusing, one a line")
        }
        TextArea {
            id: items
            objectName: "reasonsText"
            Layout.fillWidth: true
            Layout.preferredHeight: 140
            wrapMode: TextEdit.Wrap
            Accessible.name: dlg.guidance ? qsTr("Papers to add or correct") : qsTr("Reasons for refusing")
        }
        Label {
            visible: dlg.guidance
            text: qsTr("Why (optional)")
            font.bold: true
        }
        TextField {
            id: reason
            visible: dlg.guidance
            Layout.fillWidth: true
            Accessible.name: qsTr("Why")
        }
    }
}
