// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Step 1: the procedure from the cached catalogue, searched by name or national
//! code; the chosen one's processing time, fee and components below the list.
ColumnLayout {
    id: picker
    objectName: "procedurePicker"
    spacing: 4
    readonly property alias searchField: search

    Label { text: qsTr("1. Procedure"); font.bold: true; color: Theme.primary }
    TextField {
        id: search
        objectName: "procedureSearch"
        Layout.fillWidth: true
        placeholderText: qsTr("Search by name or national code")
        Accessible.name: qsTr("Search procedures")
        onTextChanged: ReceptionController.procedures.filter = text
        Keys.onDownPressed: { list.forceActiveFocus(); list.currentIndex = 0 }
        Keys.onReturnPressed: if (list.count > 0) ReceptionController.selectProcedure(list.itemAtIndex(0).code)
    }
    ListView {
        id: list
        objectName: "procedureList"
        Layout.fillWidth: true
        Layout.preferredHeight: 150
        clip: true
        model: ReceptionController.procedures
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar {}
        Accessible.name: qsTr("Procedures")
        Accessible.role: Accessible.List
        delegate: ItemDelegate {
            id: row
            required property int index
            required property string code
            required property string name
            width: ListView.view.width
            highlighted: ReceptionController.procedureTitle.startsWith(code + " ")
            Keys.onReturnPressed: ReceptionController.selectProcedure(code)
            onClicked: ReceptionController.selectProcedure(code)
            Accessible.name: code + " " + name
            contentItem: Label {
                text: "<b>" + row.code + "</b> " + row.name
                textFormat: Text.StyledText
                wrapMode: Text.WordWrap
                color: Theme.text
            }
        }
    }
    Label {
        objectName: "procedureChosen"
        Layout.fillWidth: true
        visible: text.length > 0
        text: ReceptionController.procedureTitle
        font.bold: true
        wrapMode: Text.WordWrap
        color: Theme.text
    }
    Label {
        objectName: "procedureSummary"
        Layout.fillWidth: true
        visible: text.length > 0
        text: ReceptionController.procedureSummary
        wrapMode: Text.WordWrap
        color: Theme.textMuted
    }
}
