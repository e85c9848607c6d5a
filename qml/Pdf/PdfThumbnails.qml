// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

//! The thumbnails strip: one small image per page; the current page is framed.
Rectangle {
    id: strip
    required property Item viewer

    color: "#d9dce3"
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Page thumbnails")

    ListView {
        id: list
        objectName: "thumbnailList"
        anchors.fill: parent
        anchors.margins: 8
        clip: true
        spacing: 8
        model: strip.viewer.document
        currentIndex: strip.viewer.currentPage
        highlightFollowsCurrentItem: true
        highlightMoveDuration: 0
        keyNavigationEnabled: false
        ScrollBar.vertical: ScrollBar { }

        delegate: ItemDelegate {
            id: thumb
            required property int index
            required property real pageWidth
            required property real pageHeight
            required property int userRotation

            width: list.width
            height: image.height + label.height + 10
            padding: 0
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Go to page %1").arg(index + 1)
            onClicked: strip.viewer.goToPage(index)

            Rectangle {
                x: image.x - 3
                y: image.y - 3
                width: image.width + 6
                height: image.height + 6
                color: "transparent"
                border.color: "#1d5fbf"
                border.width: 3
                visible: thumb.index === strip.viewer.currentPage
            }
            Rectangle {
                anchors.fill: image
                color: "white"
            }
            Image {
                id: image
                anchors.horizontalCenter: parent.horizontalCenter
                y: 3
                width: Math.max(40, Math.min(list.width - 12, 110))
                height: width * thumb.pageHeight / Math.max(1, thumb.pageWidth)
                asynchronous: true
                cache: false
                source: strip.viewer.firstPageRendered
                        ? strip.viewer.document.thumbnailUrl(thumb.index, thumb.userRotation) : ""
            }
            Label {
                id: label
                anchors.top: image.bottom
                anchors.topMargin: 3
                anchors.horizontalCenter: parent.horizontalCenter
                text: thumb.index + 1
                font.pixelSize: 12
            }
        }
    }
}
