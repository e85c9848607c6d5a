// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import MotCua.Pdf

//! A self-contained PDF viewer: continuous scroll, zoom, fit width/page, per-page
//! rotation, thumbnails, text search, keyboard navigation. Set `source` (a local
//! path or file:// URL); listen to currentPageChanged. See client/pdf/README.md.
FocusScope {
    id: viewer
    objectName: "pdfViewer"

    required property string source
    //! 1.0 = 100 % (96 pixels per inch).
    property real zoom: 1.0
    //! "width", "page", or "" when the user chose a zoom.
    property string fitMode: "width"
    property bool thumbnailsVisible: true
    //! 0-based page at the top third of the view.
    property int currentPage: 0
    //! Drawn over every page (e.g. annotations); the loaded item's parent has
    //! pageIndex, pageRotation (user rotation) and pageDocument.
    property Component pageOverlay: null

    readonly property alias document: doc
    readonly property alias searchModel: hits
    readonly property int pageCount: doc.count
    readonly property int status: doc.status
    readonly property string errorString: doc.errorString
    readonly property real minZoom: 0.25
    readonly property real maxZoom: 5.0
    readonly property real pixelsPerPoint: 96 / 72
    readonly property int pageMargin: 16
    //! False until the first fit after opening: pages wait for it before asking for
    //! their full rendering, so nothing is rendered at a zoom about to change.
    property bool zoomSettled: false
    //! Thumbnails (strip and stand-ins) wait for the first page to be on screen: a
    //! scanned page costs as much to decode for a thumbnail as for the page itself.
    property bool firstPageRendered: false

    function setZoom(z) {
        const clamped = Math.max(minZoom, Math.min(maxZoom, z));
        if (Math.abs(clamped - zoom) < 1e-6)
            return;
        //! Keep the same spot of the current page at the top while zooming.
        const item = pages.itemAtIndex(currentPage);
        const frac = item ? (pages.contentY - item.y) / Math.max(1, item.height) : 0;
        const page = currentPage;
        zoom = clamped;
        pages.forceLayout();
        pages.positionViewAtIndex(page, ListView.Beginning);
        const after = pages.itemAtIndex(page);
        if (after)
            pages.contentY = after.y + frac * after.height;
        currentPage = page;
    }
    function zoomIn() { fitMode = ""; setZoom(zoom * 1.25); }
    function zoomOut() { fitMode = ""; setZoom(zoom / 1.25); }
    function fitWidth() { fitMode = "width"; applyFit(); }
    function fitPage() { fitMode = "page"; applyFit(); }
    function applyFit() {
        if (doc.status !== PdfDocumentModel.Ready || pages.width <= 0)
            return;
        const availW = pages.width - 2 * pageMargin;
        const availH = pages.height - 2 * pageMargin;
        if (fitMode === "width") {
            setZoom(availW / (doc.maxPageWidth * pixelsPerPoint));
        } else if (fitMode === "page") {
            const s = doc.pageSize(currentPage);
            setZoom(Math.min(availW / (s.width * pixelsPerPoint), availH / (s.height * pixelsPerPoint)));
        }
    }
    function rotateCurrentPage(delta) {
        doc.rotatePage(currentPage, delta);
        applyFit();
    }
    function goToPage(page) {
        if (pageCount === 0)
            return;
        const p = Math.max(0, Math.min(pageCount - 1, page));
        pages.positionViewAtIndex(p, ListView.Beginning);
        currentPage = p;
    }
    function scrollBy(dy) {
        const maxY = pages.originY + Math.max(0, pages.contentHeight - pages.height);
        pages.contentY = Math.max(pages.originY, Math.min(maxY, pages.contentY + dy));
    }
    function findNext() { hits.next(); showCurrentHit(); }
    function findPrevious() { hits.previous(); showCurrentHit(); }
    function showCurrentHit() {
        const page = hits.currentPage;
        if (page < 0)
            return;
        const rect = hits.data(hits.index(hits.currentIndex, 0), PdfSearchModel.RectRole);
        pages.positionViewAtIndex(page, ListView.Beginning);
        const item = pages.itemAtIndex(page);
        if (item)
            pages.contentY = Math.max(pages.originY, item.y + rect.y * item.height - pages.height / 3);
        currentPage = page;
    }
    //! Gives keyboard focus back to the pages (the viewer's keys work from there).
    function focusPages() { pages.forceActiveFocus(); }
    function updateCurrentPage() {
        const i = pages.indexAt(pages.contentWidth / 2, pages.contentY + pages.height / 3);
        if (i >= 0)
            currentPage = i;
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Document viewer")

    onWidthChanged: applyFit()
    onHeightChanged: if (fitMode === "page") applyFit()

    PdfDocumentModel {
        id: doc
        source: viewer.source
        focusPage: viewer.currentPage
        onStatusChanged: {
            viewer.currentPage = 0;
            viewer.zoomSettled = false;
            viewer.firstPageRendered = false;
            if (status === PdfDocumentModel.Ready) {
                viewer.applyFit();
                viewer.zoomSettled = true;
                //! Page 1 at its final size, asked for now rather than when its
                //! delegate's image reaches the image reader thread.
                const w = Math.round(pageSize(0).width * viewer.pixelsPerPoint * viewer.zoom);
                prefetch(0, pageRotation(0), w * Screen.devicePixelRatio);
            }
        }
    }
    PdfSearchModel {
        id: hits
        document: doc
        onSearchFinished: (newText) => { if (newText && count > 0) viewer.showCurrentHit(); }
    }

    Keys.onPressed: (event) => {
        const ctrl = event.modifiers & Qt.ControlModifier;
        let handled = true;
        if (event.key === Qt.Key_F3) {
            if (event.modifiers & Qt.ShiftModifier) viewer.findPrevious(); else viewer.findNext();
        } else if (ctrl && event.key === Qt.Key_F) {
            toolbar.focusSearch();
        } else if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) {
            viewer.zoomIn();
        } else if (event.key === Qt.Key_Minus) {
            viewer.zoomOut();
        } else if (ctrl && event.key === Qt.Key_0) {
            viewer.fitWidth();
        } else if (event.key === Qt.Key_PageDown || event.key === Qt.Key_Right) {
            viewer.goToPage(viewer.currentPage + 1);
        } else if (event.key === Qt.Key_PageUp || event.key === Qt.Key_Left) {
            viewer.goToPage(viewer.currentPage - 1);
        } else if (event.key === Qt.Key_Home) {
            viewer.goToPage(0);
        } else if (event.key === Qt.Key_End) {
            viewer.goToPage(viewer.pageCount - 1);
        } else if (event.key === Qt.Key_Down) {
            viewer.scrollBy(48);
        } else if (event.key === Qt.Key_Up) {
            viewer.scrollBy(-48);
        } else if (ctrl && event.key === Qt.Key_R) {
            viewer.rotateCurrentPage(event.modifiers & Qt.ShiftModifier ? -90 : 90);
        } else {
            handled = false;
        }
        event.accepted = handled;
    }

    Rectangle {
        anchors.fill: parent
        color: "#e7e9ee"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PdfToolbar {
            id: toolbar
            Layout.fillWidth: true
            viewer: viewer
            enabled: doc.status === PdfDocumentModel.Ready
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            PdfThumbnails {
                Layout.fillHeight: true
                Layout.preferredWidth: 150
                //! Hidden only for a broken document: a layout gives an invisible item no
                //! width, and a zero-width strip would create a delegate for every page.
                visible: viewer.thumbnailsVisible && doc.status !== PdfDocumentModel.Error
                viewer: viewer
            }

            ListView {
                id: pages
                objectName: "pageList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                clip: true
                model: doc
                spacing: 12
                //! Sizes come from the model before rendering: scrolling is exact and
                //! one screen ahead is rendered in advance.
                cacheBuffer: Math.max(0, height)
                keyNavigationEnabled: false
                boundsBehavior: Flickable.StopAtBounds
                flickableDirection: Flickable.AutoFlickIfNeeded
                contentWidth: Math.max(width, doc.maxPageWidth * viewer.pixelsPerPoint * viewer.zoom + 2 * viewer.pageMargin)
                header: Item { height: viewer.pageMargin; width: 1 }
                footer: Item { height: viewer.pageMargin; width: 1 }
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Pages")
                ScrollBar.vertical: ScrollBar { }
                ScrollBar.horizontal: ScrollBar { }
                onContentYChanged: viewer.updateCurrentPage()

                delegate: PdfPage {
                    document: doc
                    searchModel: hits
                    zoom: viewer.zoom
                    //! The page the official looks at renders first and alone; the
                    //! others (and the thumbnails) wait until it is on screen.
                    zoomSettled: viewer.zoomSettled && (viewer.firstPageRendered || index === viewer.currentPage)
                    standInEnabled: viewer.firstPageRendered
                    onRendered: viewer.firstPageRendered = true
                    pageCount: viewer.pageCount
                    overlay: viewer.pageOverlay
                    x: Math.max(viewer.pageMargin, (pages.contentWidth - width) / 2)
                }

                WheelHandler {
                    acceptedModifiers: Qt.ControlModifier
                    onWheel: (event) => {
                        if (event.angleDelta.y > 0) viewer.zoomIn(); else if (event.angleDelta.y < 0) viewer.zoomOut();
                    }
                }
                TapHandler {
                    onTapped: viewer.focusPages()
                }
            }
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: doc.loading
        visible: running
        Accessible.name: qsTr("Opening the document")
    }

    PdfMessage {
        objectName: "errorMessage"
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 520)
        visible: doc.status === PdfDocumentModel.Error
        title: qsTr("This PDF cannot be shown")
        message: doc.errorString
    }
}
