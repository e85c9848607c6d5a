// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Forward (chuyển liên thông): pick the agency in the directory (tree, search
//! without accents), a note, optional working days for the step and attachments.
ActionDialog {
    id: dlg
    objectName: "forwardDialog"
    title: qsTr("Forward to another agency")
    confirmText: qsTr("Forward")
    property string target: ""
    canConfirm: target.length > 0
    height: Math.min(720, (parent ? parent.height : 800) - 40)

    onAboutToShow: {
        directory.reload()
        target = ""
        search.text = ""
        note.text = ""
        stepDays.value = 0
        files.clear()
        search.forceActiveFocus()
    }

    confirm: function() { return controller.forward(target, note.text, stepDays.value, files.files) }

    AgencyDirectoryModel {
        id: directory
        excludeCode: dlg.controller.agencyCode
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        TextField {
            id: search
            objectName: "agencySearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search agencies (accents optional), e.g. so tu phap")
            Accessible.name: qsTr("Search agencies")
            Keys.onDownPressed: { tree.forceActiveFocus(); tree.currentIndex = directory.firstMatch() }
            onTextChanged: {
                directory.filter = text // set here, so firstMatch() below sees the new filter
                const r = directory.firstMatch()
                tree.currentIndex = r
                if (text.length > 0 && r >= 0)
                    dlg.target = directory.codeAt(r)
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 180
            border.color: agencyError.shown ? Theme.overdue : Theme.border
            color: Theme.surface
            ListView {
                id: tree
                objectName: "agencyTree"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: directory
                keyNavigationEnabled: true
                Accessible.name: qsTr("Agency directory")
                Accessible.role: Accessible.Tree
                ScrollBar.vertical: ScrollBar {}
                onCurrentIndexChanged: if (currentIndex >= 0 && directory.codeAt(currentIndex) !== dlg.controller.agencyCode)
                                           dlg.target = directory.codeAt(currentIndex)
                delegate: ItemDelegate {
                    required property int index
                    required property string code
                    required property string name
                    required property int depth
                    required property bool selectable
                    required property bool matched
                    width: tree.width
                    enabled: selectable
                    highlighted: code === dlg.target
                    leftPadding: 8 + depth * 22
                    Accessible.name: name + ", " + code
                    contentItem: RowLayout {
                        Label {
                            text: depth === 0 ? "▾" : "•"
                            color: Theme.textMuted
                        }
                        Label {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            text: name
                            font.bold: matched || depth === 0
                            color: selectable ? Theme.text : Theme.textMuted
                            elide: Text.ElideRight
                        }
                        Label {
                            text: selectable ? code : qsTr("%1 (holds the dossier)").arg(code)
                            color: Theme.textMuted
                            font.family: "DejaVu Sans Mono"
                        }
                    }
                    onClicked: { tree.currentIndex = index; dlg.target = code }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: tree.count === 0
                text: search.text.length > 0 ? qsTr("No agency matches “%1”.").arg(search.text)
                                             : qsTr("The agency directory is empty: sync while online.")
                color: Theme.textMuted
            }
        }
        Label {
            objectName: "forwardTarget"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: dlg.target.length > 0 ? qsTr("Forward to: %1 (%2)").arg(directory.nameOf(dlg.target)).arg(dlg.target)
                                        : qsTr("Choose the agency to forward to.")
            font.bold: dlg.target.length > 0
            wrapMode: Text.WordWrap
        }
        FieldError { id: agencyError; controller: dlg.controller; field: "to_agency"; value: dlg.target }
        GridLayout {
            columns: 2
            Layout.fillWidth: true
            Label { text: qsTr("Note") }
            TextField {
                id: note
                objectName: "forwardNote"
                Layout.fillWidth: true
                placeholderText: qsTr("What the receiving agency should do")
                Accessible.name: qsTr("Note")
            }
            Label { text: qsTr("Working days for this step") }
            RowLayout {
                SpinBox {
                    id: stepDays
                    objectName: "stepDays"
                    from: 0; to: 3650
                    editable: true
                    Accessible.name: qsTr("Working days for this step")
                }
                Label {
                    text: stepDays.value === 0 ? qsTr("0 = until the dossier's due date") : ""
                    color: Theme.textMuted
                }
            }
        }
        FieldError { controller: dlg.controller; field: "step_days"; value: stepDays.value }
        Label { text: qsTr("Attachments (optional)"); font.bold: true }
        PdfFileList { id: files; objectName: "forwardFiles"; Layout.fillWidth: true }
        FieldError { controller: dlg.controller; field: "attachments"; value: files.files.join("|") }
    }
}
