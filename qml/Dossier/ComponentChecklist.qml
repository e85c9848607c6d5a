// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! The procedure's required components: present or missing, with document
//! codes; extra components (results, apology letters) follow.
ListView {
    id: list
    objectName: "componentList"
    property int currentRow: -1
    signal selected(int row)
    clip: true
    currentIndex: currentRow
    onCurrentRowChanged: currentIndex = currentRow
    //! Keyboard: Tab reaches the list, Up/Down move, Enter or Space shows the document.
    activeFocusOnTab: true
    keyNavigationEnabled: true
    highlightMoveDuration: 0
    Keys.onReturnPressed: if (currentIndex >= 0 && currentItem && currentItem.enabled) list.selected(currentIndex)
    Keys.onEnterPressed: if (currentIndex >= 0 && currentItem && currentItem.enabled) list.selected(currentIndex)
    Keys.onSpacePressed: if (currentIndex >= 0 && currentItem && currentItem.enabled) list.selected(currentIndex)
    Accessible.name: qsTr("Components")
    Accessible.role: Accessible.List

    delegate: ItemDelegate {
        id: row
        required property int index
        required property string name
        required property string documentCode
        required property bool mandatory
        required property bool present
        required property bool downloaded
        required property bool signed
        required property int pages
        required property string sha256
        required property string filePath
        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        enabled: present
        Accessible.name: name + ", " + (present ? qsTr("present") : qsTr("missing"))
        focusPolicy: Qt.NoFocus // the list takes the keyboard; Enter on a row opens it
        Accessible.role: Accessible.ListItem
        onClicked: { list.currentIndex = index; list.selected(index) }
        //! The focus frame around the current row while the list has the keyboard. Drawn
        //! by the row, not as the list's `highlight`: Qt 6.4 cannot create a highlight
        //! component declared in a `ComponentBehavior: Bound` file ("Component is not
        //! ready"), so the frame never appeared.
        Rectangle {
            objectName: "checklistFocusFrame"
            anchors.fill: parent
            color: "transparent"
            border.width: 2
            border.color: Theme.primary
            radius: 4
            visible: row.ListView.isCurrentItem && list.activeFocus
            z: 2
        }
        contentItem: RowLayout {
            spacing: 10
            Label {
                text: row.present ? "\u2714" : "\u2716"
                color: row.present ? Theme.ok : (row.mandatory ? Theme.overdue : Theme.textMuted)
                font.pixelSize: 16
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                Label {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: row.name
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.bold: row.highlighted
                }
                Label {
                    Layout.fillWidth: true
                    color: row.present ? Theme.textMuted : Theme.overdue
                    font.pixelSize: Theme.fontSize - 2
                    wrapMode: Text.WordWrap
                    textFormat: Text.PlainText
                    text: [row.documentCode.length > 0 ? qsTr("Code %1").arg(row.documentCode) : "",
                           !row.present ? (row.mandatory ? qsTr("Missing — required") : qsTr("Missing — optional"))
                                        : row.pages > 0 ? qsTr("%n page(s)", "", row.pages) : "",
                           row.present && !row.downloaded ? qsTr("not downloaded") : ""].filter(s => s.length > 0).join(" · ")
                }
                SignatureBadgeLabel {
                    sha256: row.sha256
                    filePath: row.filePath
                }
            }
        }
    }
}
