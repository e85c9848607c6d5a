// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! Return for rework, refuse / stop processing, withdraw at the applicant's
//! request, approve, return the result: an action with a reason or a note.
ActionDialog {
    id: dlg
    objectName: "reasonDialog"
    //! "return_for_rework" | "reject" | "withdraw" | "approve"
    property string kind: "return_for_rework"
    readonly property bool needsReason: kind !== "approve"

    title: kind === "reject" ? (controller.rules.atReception ? qsTr("Refuse the dossier at reception")
                                                       : qsTr("Stop processing the dossier"))
         : kind === "withdraw" ? qsTr("Withdraw at the applicant's request")
         : kind === "approve" ? qsTr("Approve the result")
         : qsTr("Return for rework")
    confirmText: kind === "reject" ? (controller.rules.atReception ? qsTr("Refuse") : qsTr("Stop processing"))
               : kind === "withdraw" ? qsTr("Withdraw")
               : kind === "approve" ? qsTr("Approve")
               : qsTr("Return for rework")
    danger: kind === "reject" || kind === "withdraw"
    onAboutToShow: reason.text = ""

    confirm: function() {
        switch (kind) {
        case "reject": return controller.reject(reason.text)
        case "withdraw": return controller.withdraw(reason.text)
        case "approve": return controller.approve(reason.text)
        default: return controller.returnForRework(reason.text)
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: dlg.kind === "reject"
                  ? (dlg.controller.rules.atReception
                     ? qsTr("The dossier is refused at reception (national status 3, not received). The applicant is told the reason.")
                     : qsTr("Processing stops (national status 8). The applicant is told the reason."))
                  : dlg.kind === "withdraw"
                    ? qsTr("The applicant asked to withdraw the dossier (national status 7). Record their request.")
                    : dlg.kind === "approve"
                      ? qsTr("The draft result goes back to the specialist's agency for signing.")
                      : qsTr("The dossier goes back to the specialist with your reason.")
        }
        Label {
            text: dlg.needsReason ? qsTr("Reason (required)") : qsTr("Note (optional)")
            font.bold: true
        }
        TextArea {
            id: reason
            objectName: "reasonField"
            Layout.fillWidth: true
            Layout.preferredHeight: 110
            wrapMode: TextEdit.Wrap
            focus: true
            placeholderText: dlg.needsReason ? qsTr("Why? The reason is recorded in the history.") : ""
            Accessible.name: dlg.needsReason ? qsTr("Reason") : qsTr("Note")
            background: Rectangle {
                border.color: reasonError.shown ? Theme.overdue : Theme.border
                color: Theme.surface
            }
        }
        FieldError { id: reasonError; objectName: "reasonError"; controller: dlg.controller; field: "reason"; value: reason.text }
    }
}
