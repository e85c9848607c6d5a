// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! Request a supplement: mark the procedure's components that are missing or
//! incorrect, add free text; both make the reason. The clock pauses. Before a
//! second request, a warning: the dossier will count as late (Decision 766).
ActionDialog {
    id: dlg
    objectName: "supplementDialog"
    title: qsTr("Request a supplement")
    confirmText: qsTr("Request supplement")
    property var missing: []
    property var incorrect: []

    onAboutToShow: { missing = []; incorrect = []; details.text = "" }

    function toggle(list, name, on) {
        const out = list.filter(n => n !== name)
        if (on)
            out.push(name)
        return out
    }

    confirm: function() { return controller.requestSupplement(missing, incorrect, details.text) }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Rectangle {
            objectName: "lateWarning"
            Layout.fillWidth: true
            visible: dlg.controller.supplementCount >= 1
            color: Theme.offlineBackground
            border.color: Theme.warning
            radius: 3
            implicitHeight: warn.implicitHeight + 16
            Label {
                id: warn
                anchors.fill: parent
                anchors.margins: 8
                wrapMode: Text.WordWrap
                font.bold: true
                color: Theme.primaryDark
                text: qsTr("A supplement was already requested %n time(s). Asking again makes this dossier count as late (Decision 766) and an apology letter will be needed.", "", dlg.controller.supplementCount)
            }
        }

        Label {
            text: qsTr("Components of the procedure")
            font.bold: true
        }
        ListView {
            id: list
            objectName: "componentChecks"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 220)
            clip: true
            model: dlg.controller.requiredComponents
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                required property var modelData
                required property int index
                width: list.width
                Label {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: modelData.name + (modelData.required ? "" : qsTr(" (optional)"))
                    wrapMode: Text.WordWrap
                }
                CheckBox {
                    text: qsTr("Missing")
                    Accessible.name: qsTr("Missing: %1").arg(modelData.name)
                    checked: dlg.missing.indexOf(modelData.name) >= 0
                    onToggled: dlg.missing = dlg.toggle(dlg.missing, modelData.name, checked)
                }
                CheckBox {
                    text: qsTr("Incorrect")
                    Accessible.name: qsTr("Incorrect: %1").arg(modelData.name)
                    checked: dlg.incorrect.indexOf(modelData.name) >= 0
                    onToggled: dlg.incorrect = dlg.toggle(dlg.incorrect, modelData.name, checked)
                }
            }
        }
        Label {
            visible: list.count === 0
            text: qsTr("The procedure lists no components: describe what is needed below.")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("What the applicant must bring or correct"); font.bold: true }
        TextArea {
            id: details
            objectName: "supplementText"
            Layout.fillWidth: true
            Layout.preferredHeight: 90
            wrapMode: TextEdit.Wrap
            focus: true
            Accessible.name: qsTr("Details of the supplement request")
            background: Rectangle {
                border.color: reasonError.shown ? Theme.overdue : Theme.border
                color: Theme.surface
            }
        }
        FieldError {
            id: reasonError
            controller: dlg.controller
            field: "reason"
            value: [dlg.missing.join("|"), dlg.incorrect.join("|"), details.text].join("\n")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: qsTr("The processing clock stops until the supplement is received.")
        }
    }
}
