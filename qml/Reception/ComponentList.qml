// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Step 3: the procedure's required components, each ready (pages scanned or a
//! warehouse document reused) or missing; choosing one shows its pages beside.
ListView {
    id: list
    objectName: "receptionComponents"
    clip: true
    model: ReceptionController.components
    currentIndex: ReceptionController.components.currentIndex
    keyNavigationEnabled: true
    activeFocusOnTab: true
    onCurrentIndexChanged: ReceptionController.components.currentIndex = currentIndex
    Accessible.name: qsTr("Required components")
    Accessible.role: Accessible.List

    delegate: ItemDelegate {
        id: row
        required property int index
        required property string name
        required property string documentCode
        required property bool required
        required property bool ready
        required property string statusText
        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        focusPolicy: Qt.NoFocus
        onClicked: ReceptionController.components.currentIndex = index
        Accessible.name: name + ", " + statusText
        contentItem: RowLayout {
            spacing: 10
            Label {
                text: row.ready ? "\u2714" : "\u2716"
                color: row.ready ? Theme.ok : (row.required ? Theme.overdue : Theme.textMuted)
                font.pixelSize: 16
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                Label {
                    Layout.fillWidth: true
                    text: row.name
                    wrapMode: Text.WordWrap
                    font.bold: row.highlighted
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: (row.documentCode.length > 0 ? row.documentCode + " · " : "") + row.statusText
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSize - 2
                    color: row.ready || !row.required ? Theme.textMuted : Theme.overdue
                }
            }
        }
    }
}
