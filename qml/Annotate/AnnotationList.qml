// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Every annotation of the document beside the viewer: kind, page, author, time,
//! text and who may see it. A click or Enter shows its page (`pageRequested`).
Pane {
    id: panel
    objectName: "annotationList"
    required property AnnotationModel model
    signal pageRequested(int page)

    padding: 0
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Annotations of this document")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.margins: 8
            text: qsTr("Annotations (%1)").arg(panel.model.count)
            font.pixelSize: Theme.fontSize
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            objectName: "annotationListEmpty"
            Layout.fillWidth: true
            Layout.margins: 8
            visible: panel.model.count === 0
            text: qsTr("No annotations yet. Pick a tool above and draw on the page.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSize - 1
        }
        ListView {
            id: list
            objectName: "annotationListView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.model
            currentIndex: -1
            keyNavigationEnabled: true
            activeFocusOnTab: true
            ScrollBar.vertical: ScrollBar { }
            Keys.onReturnPressed: if (currentItem) panel.pageRequested(currentItem.page)
            Keys.onEnterPressed: if (currentItem) panel.pageRequested(currentItem.page)

            delegate: ItemDelegate {
                id: row
                required property int index
                required property int page
                required property string kindText
                required property var model //!< for its `text` role (a button's `text` is final)
                readonly property string note: model.text
                required property string color
                required property string author
                required property string timeText
                required property string visibility
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                Accessible.name: qsTr("%1 on page %2 by %3, %4: %5").arg(kindText).arg(page + 1)
                                     .arg(author).arg(timeText).arg(note)
                onClicked: {
                    list.currentIndex = index
                    list.forceActiveFocus()
                    panel.pageRequested(page)
                }
                contentItem: RowLayout {
                    spacing: 8
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 3
                        width: 10
                        height: 10
                        radius: 2
                        color: row.color
                        border.color: Qt.darker(row.color, 1.4)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 1
                        Label {
                            objectName: "annotationKind"
                            Layout.fillWidth: true
                            text: qsTr("%1 · page %2").arg(row.kindText).arg(row.page + 1)
                            font.pixelSize: Theme.fontSize - 1
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: row.note.length > 0
                            textFormat: Text.PlainText
                            text: row.note
                            font.pixelSize: Theme.fontSize - 1
                            wrapMode: Text.Wrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.visibility === "applicant"
                                  ? qsTr("%1, %2 · applicant can see").arg(row.author).arg(row.timeText)
                                  : qsTr("%1, %2 · internal").arg(row.author).arg(row.timeText)
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSize - 2
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }
}
