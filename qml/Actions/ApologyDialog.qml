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

    onAboutToShow: { newDate.text = controller.suggestedNewDate(); reason.text = "" }

    confirm: function() { return controller.issueApology(newDate.text, reason.text) }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: qsTr("Dossier %1 of %2 is late. The letter, in the administrative layout, tells the applicant why and when the result will be returned; the supervisor signs it before it is sent.")
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
        Label { text: qsTr("New date for returning the result (YYYY-MM-DD)"); font.bold: true }
        TextField {
            id: newDate
            objectName: "apologyNewDate"
            inputMask: "9999-99-99"
            Accessible.name: qsTr("New date for returning the result")
            background: Rectangle {
                implicitWidth: 160
                implicitHeight: 36
                border.color: dlg.controller.fieldErrors["new_date"] ? Theme.overdue : Theme.border
                color: Theme.surface
            }
        }
        FieldError { controller: dlg.controller; field: "new_date" }
        FieldError { controller: dlg.controller; field: "component" }
    }
}
