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
        onClicked: list.selected(index)
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
                    text: [row.documentCode.length > 0 ? qsTr("Code %1").arg(row.documentCode) : "",
                           !row.present ? (row.mandatory ? qsTr("Missing — required") : qsTr("Missing — optional"))
                                        : qsTr("%n page(s)", "", row.pages),
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
