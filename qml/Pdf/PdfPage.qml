// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import MotCua.Pdf

//! One page of the continuous view: a blurry thumbnail at once (usually cached),
//! then the page rendered for the current zoom, with search hits on top.
Item {
    id: page

    required property int index
    required property real pageWidth
    required property real pageHeight
    required property int userRotation
    required property PdfDocumentModel document
    required property PdfSearchModel searchModel
    required property real zoom
    required property bool zoomSettled
    required property bool standInEnabled

    //! The full rendering is on screen.
    signal rendered()
    required property int pageCount
    property Component overlay: null

    width: Math.round(pageWidth * 96 / 72 * zoom)
    height: Math.round(pageHeight * 96 / 72 * zoom)
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Page %1 of %2").arg(index + 1).arg(pageCount)

    Rectangle {
        anchors.fill: parent
        anchors.margins: -1
        color: "white"
        border.color: "#b9bec7"
    }
    Image {
        anchors.fill: parent
        asynchronous: true
        cache: false
        visible: hiRes.status !== Image.Ready
        source: page.standInEnabled ? page.document.thumbnailUrl(page.index, page.userRotation) : ""
    }
    Image {
        id: hiRes
        objectName: "pageImage"
        anchors.fill: parent
        asynchronous: true
        cache: false
        smooth: true
        onStatusChanged: if (status === Image.Ready || status === Image.Error) page.rendered()
        source: page.zoomSettled ? page.document.imageUrl(page.index, page.userRotation,
                                                          page.width * Screen.devicePixelRatio) : ""

    }
    Repeater {
        model: page.searchModel.revision >= 0 ? page.searchModel.hitsOnPage(page.index) : []
        delegate: Rectangle {
            required property var modelData
            required property int index
            readonly property bool current: page.searchModel.currentIndex
                                            === page.searchModel.firstHitOnPage(page.index) + index
            objectName: current ? "currentSearchHit" : "searchHit"
            x: modelData.x * page.width - 2
            y: modelData.y * page.height - 2
            width: modelData.width * page.width + 4
            height: modelData.height * page.height + 4
            radius: 2
            color: current ? "#66ff8c00" : "#55ffd400"
            border.color: current ? "#d35400" : "transparent"
            border.width: 2
        }
    }
    Loader {
        readonly property int pageIndex: page.index
        readonly property int pageRotation: page.userRotation
        readonly property PdfDocumentModel pageDocument: page.document
        anchors.fill: parent
        active: page.overlay !== null
        sourceComponent: page.overlay
    }
}
