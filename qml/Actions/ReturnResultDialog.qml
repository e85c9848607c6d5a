// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! Return the result to the applicant. Refuses without a signed result; a late
//! dossier needs its apology letter first (offered here).
ActionDialog {
    id: dlg
    objectName: "returnResultDialog"
    title: qsTr("Return the result")
    confirmText: qsTr("Return result")
    signal apologyRequested()
    readonly property bool apologyMissing: controller.rules.apologyMissing
    canConfirm: controller.rules.hasSignedResult && !apologyMissing

    onAboutToShow: note.text = ""
    confirm: function() { return controller.returnResult(note.text) }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            objectName: "resultMissing"
            Layout.fillWidth: true
            visible: !dlg.controller.rules.hasSignedResult
            wrapMode: Text.WordWrap
            color: Theme.overdue
            font.bold: true
            text: qsTr("The dossier has no signed result yet: it cannot be returned.")
        }
        Rectangle {
            objectName: "apologyRequired"
            Layout.fillWidth: true
            visible: dlg.apologyMissing
            color: Theme.offlineBackground
            border.color: Theme.warning
            radius: 3
            implicitHeight: apologyCol.implicitHeight + 16
            ColumnLayout {
                id: apologyCol
                anchors.fill: parent
                anchors.margins: 8
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.bold: true
                    color: Theme.primaryDark
                    text: qsTr("This dossier is late: an apology letter to the applicant is required before the result is returned.")
                }
                Button {
                    objectName: "generateApologyButton"
                    text: qsTr("Generate the apology letter…")
                    Accessible.name: text
                    visible: dlg.controller.rules.canIssueApology
                    onClicked: { dlg.close(); dlg.apologyRequested() }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: dlg.canConfirm
            wrapMode: Text.WordWrap
            text: dlg.controller.rules.hasApology
                  ? qsTr("The signed result and the apology letter are handed to %1.").arg(dlg.controller.applicantName)
                  : qsTr("The signed result is handed to %1.").arg(dlg.controller.applicantName)
        }
        Label { text: qsTr("Note (optional)"); font.bold: true }
        TextField {
            id: note
            objectName: "returnNote"
            Layout.fillWidth: true
            focus: true
            Accessible.name: qsTr("Note")
        }
    }
}
