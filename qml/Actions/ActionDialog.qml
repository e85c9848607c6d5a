// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! Frame of every action dialog: title, the form (contentItem), the general
//! error of the last check, Confirm / Cancel. Enter confirms, Esc cancels.
//! A dialog sets `confirm` to a function that queues the action and returns
//! true when it was queued (then the dialog closes); field errors stay shown.
Dialog {
    id: dlg
    required property var controller
    property string confirmText: qsTr("Confirm")
    property bool canConfirm: true
    property var confirm: function() { return true }
    property bool danger: false

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (parent ? parent.width : 800) - 40)
    closePolicy: Popup.CloseOnEscape
    padding: 16

    onAboutToShow: controller.clearErrors()

    function tryConfirm() {
        if (!canConfirm)
            return
        if (confirm())
            dlg.close()
    }

    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: dlg.opened
        onActivated: dlg.tryConfirm()
    }

    header: Label {
        text: dlg.title
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        padding: 16
        bottomPadding: 4
        wrapMode: Text.WordWrap
    }

    footer: ColumnLayout {
        spacing: 4
        Label {
            objectName: "actionError"
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            visible: dlg.controller.error.shown
            textFormat: Text.PlainText
            text: dlg.controller.error.message
            color: Theme.overdue
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 16
            Layout.topMargin: 4
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            Button {
                objectName: "cancelButton"
                text: qsTr("Cancel (Esc)")
                Accessible.name: qsTr("Cancel")
                onClicked: dlg.close()
            }
            TextMetrics {
                id: confirmMetrics
                font: confirmButton.font
                text: confirmButton.text
            }
            Button {
                id: confirmButton
                objectName: "confirmButton"
                //! The text changes with the dialog's kind while it is hidden: size it from the text itself.
                Layout.minimumWidth: confirmMetrics.advanceWidth + leftPadding + rightPadding + 8
                text: dlg.confirmText + "  (Enter)"
                Accessible.name: dlg.confirmText
                enabled: dlg.canConfirm
                opacity: enabled ? 1 : 0.45
                highlighted: true
                palette.button: dlg.danger ? Theme.overdue : Theme.primary
                palette.buttonText: "white"
                onClicked: dlg.tryConfirm()
            }
        }
    }
}
