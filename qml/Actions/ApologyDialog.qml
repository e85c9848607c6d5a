// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! Generate the apology letter (thư xin lỗi) of a late dossier from the
//! template: the reason for the delay and the new date for the result.
ActionDialog {
    id: dlg
    objectName: "apologyDialog"
    title: qsTr("Apology letter for a late dossier")
    confirmText: qsTr("Generate and attach")

    onAboutToShow: { extraDays.value = 5; reason.text = "" }

    //! The new date is chosen in working days after the due date (or the previous
    //! apology's date); the controller turns it into the date printed in the letter.
    //! appointmentFor() reads the dossier shown now: evaluated again each time the dialog opens.
    readonly property string newDate: opened ? controller.appointmentFor(extraDays.value) : ""
    confirm: function() { return controller.issueApology(newDate, reason.text) }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: qsTr("Dossier %1 of %2 is late or will be. The letter, in the administrative layout, tells the applicant why and when the result will be returned; the supervisor signs it before it is sent, and a late result can only be returned with the signed letter.")
                  .arg(dlg.controller.code).arg(dlg.controller.applicantName)
        }
        Label { text: qsTr("Reason for the delay"); font.bold: true }
        TextArea {
            id: reason
            objectName: "apologyReason"
            Layout.fillWidth: true
            Layout.preferredHeight: 80
            wrapMode: TextEdit.Wrap
            focus: true
            placeholderText: qsTr("e.g. Phải xác minh thông tin tại cơ quan khác")
            Accessible.name: qsTr("Reason for the delay")
            background: Rectangle { border.color: Theme.border; color: Theme.surface }
        }
        Label { text: qsTr("New appointment, in working days after the due date"); font.bold: true }
        RowLayout {
            spacing: Theme.spacing
            SpinBox {
                id: extraDays
                objectName: "apologyExtraDays"
                from: 1
                to: 365
                value: 5
                editable: true
                Accessible.name: qsTr("Working days after the due date")
            }
            Label {
                objectName: "apologyNewDate"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                //! Shown as the official reads dates (dd/MM/yyyy), not as it is sent (yyyy-MM-dd);
                //! read again on a language switch (the binding holds qsTr).
                text: qsTr("New date for returning the result: %1").arg(dlg.controller.dateText(dlg.newDate))
                font.bold: true
            }
        }
        FieldError { controller: dlg.controller; field: "new_date"; value: dlg.newDate }
        FieldError { controller: dlg.controller; field: "component" }
    }
}
