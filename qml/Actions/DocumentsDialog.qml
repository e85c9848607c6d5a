// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! Receive a supplement (the applicant's PDFs; the clock resumes) or submit for
//! approval (an optional draft result PDF, unsigned), with a note.
ActionDialog {
    id: dlg
    objectName: "documentsDialog"
    //! "receive_supplement" | "submit_for_approval"
    property string kind: "receive_supplement"
    readonly property bool submit: kind === "submit_for_approval"
    title: submit ? qsTr("Submit for approval") : qsTr("Receive the supplement")
    confirmText: submit ? qsTr("Submit") : qsTr("Receive")

    onAboutToShow: { files.clear(); note.text = "" }

    confirm: function() {
        return submit ? controller.submitForApproval(files.files.length > 0 ? files.files[0] : "", note.text)
                      : controller.receiveSupplement(files.files, note.text)
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: dlg.submit
                  ? qsTr("The supervisor reviews the dossier and signs the result. Attach your draft of the result if you have one.")
                  : qsTr("Attach what the applicant brought. The processing clock resumes and the due date moves out by the time spent waiting.")
        }
        Label {
            text: dlg.submit ? qsTr("Draft result (optional)") : qsTr("Documents received")
            font.bold: true
        }
        PdfFileList {
            id: files
            objectName: "documentFiles"
            Layout.fillWidth: true
            single: dlg.submit
        }
        FieldError {
            controller: dlg.controller
            field: dlg.submit ? "component" : "components"
            value: files.files.join("|")
        }
        Label { text: qsTr("Note (optional)"); font.bold: true }
        TextField {
            id: note
            objectName: "documentsNote"
            Layout.fillWidth: true
            focus: true
            Accessible.name: qsTr("Note")
        }
    }
}
