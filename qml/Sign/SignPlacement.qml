// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.Pdf

//! A page preview on which the user places the visible signature: a click
//! centres a box of the default size there, a drag draws the box.
ColumnLayout {
    id: root
    required property PdfDocumentModel document
    required property int page
    required property rect placement
    signal placed(rect r)
    signal pageRequested(int p)
    spacing: 6

    RowLayout {
        Label { text: qsTr("Page") }
        SpinBox {
            objectName: "placementPage"
            from: 1
            to: Math.max(1, root.document.count)
            value: root.page + 1
            Accessible.name: qsTr("Page of the signature")
            onValueModified: root.pageRequested(value - 1)
        }
        Label {
            text: qsTr("of %1").arg(root.document.count)
            color: Theme.textMuted
        }
    }
    Rectangle {
        id: frame
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.background
        border.color: Theme.border
        readonly property size pageSize: root.document.count > 0 ? root.document.pageSize(root.page) : Qt.size(595, 842)
        readonly property real scale: Math.min((width - 16) / pageSize.width, (height - 16) / pageSize.height)

        Image {
            id: pageImage
            objectName: "placementPreview"
            anchors.centerIn: parent
            width: frame.pageSize.width * frame.scale
            height: frame.pageSize.height * frame.scale
            asynchronous: true
            source: root.document.count > 0 ? root.document.imageUrl(root.page, 0, width) : ""
            Accessible.name: qsTr("Page preview: click or drag to place the signature")
            Rectangle { anchors.fill: parent; color: "transparent"; border.color: Theme.border }

            Rectangle {
                objectName: "placementBox"
                x: root.placement.x * pageImage.width
                y: root.placement.y * pageImage.height
                width: root.placement.width * pageImage.width
                height: root.placement.height * pageImage.height
                color: "#332e7d32"
                border.color: Theme.ok
                border.width: 2
                Label {
                    anchors.centerIn: parent
                    text: qsTr("Signature")
                    color: Theme.ok
                    font.bold: true
                }
            }
            MouseArea {
                id: area
                objectName: "placementArea"
                anchors.fill: parent
                property point start
                cursorShape: Qt.CrossCursor
                function clamp(v) { return Math.max(0, Math.min(1, v)) }
                onPressed: m => start = Qt.point(clamp(m.x / width), clamp(m.y / height))
                onPositionChanged: m => {
                    const px = clamp(m.x / width), py = clamp(m.y / height)
                    root.placed(Qt.rect(Math.min(start.x, px), Math.min(start.y, py),
                                        Math.abs(px - start.x), Math.abs(py - start.y)))
                }
                onReleased: m => {
                    const px = clamp(m.x / width), py = clamp(m.y / height)
                    if (Math.abs(px - start.x) < 0.02 && Math.abs(py - start.y) < 0.02) {
                        // A click: a box of the default size centred there, kept on the page.
                        const w = 200 / frame.pageSize.width, h = 60 / frame.pageSize.height
                        root.placed(Qt.rect(clamp(px - w / 2) > 1 - w ? 1 - w : clamp(px - w / 2),
                                            clamp(py - h / 2) > 1 - h ? 1 - h : clamp(py - h / 2), w, h))
                    }
                }
            }
        }
    }
}
