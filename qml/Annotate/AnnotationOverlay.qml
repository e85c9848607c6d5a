// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import MotCua
import MotCua.App

//! The annotations of one page, drawn over the viewer's page (loaded by
//! PdfPage's overlay hook, which provides pageIndex, pageRotation and
//! pageDocument). Geometry is normalized to the unrotated page, so the inner
//! pageArea is the page before the user's rotation, turned with it.
Item {
    id: overlay

    required property AnnotationController controller
    required property AnnotationToolBar tools
    //! Asks the viewer for text (note, free text, edit); calls done(text) on OK.
    required property var askText
    property string selectedId: ""

    readonly property int pageIndex: parent && parent.pageIndex !== undefined ? parent.pageIndex : -1
    readonly property int pageRotation: parent && parent.pageRotation !== undefined ? parent.pageRotation : 0
    readonly property var pageDocument: parent ? parent.pageDocument : null
    readonly property bool drawing: tools.tool !== "select" && controller.canAnnotate

    anchors.fill: parent
    focus: selectedId.length > 0

    Keys.onDeletePressed: remove()
    Keys.onEscapePressed: selectedId = ""

    function remove() {
        if (selectedId.length > 0 && controller.canEdit(selectedId)) {
            controller.remove(selectedId)
            selectedId = ""
        }
    }
    function norm(r) {
        return Qt.rect(Math.max(0, r.x / pageArea.width), Math.max(0, r.y / pageArea.height),
                       Math.min(1, r.width / pageArea.width), Math.min(1, r.height / pageArea.height))
    }
    //! Snaps a dragged box to the words it touches (text PDFs); scans keep the box.
    function snapToText(n) {
        const boxes = pageDocument ? pageDocument.textBoxes(pageIndex) : []
        let x1 = 2, y1 = 2, x2 = -1, y2 = -1
        for (let i = 0; i < boxes.length; ++i) {
            const b = boxes[i]
            if (b.x + b.width < n.x || b.x > n.x + n.width || b.y + b.height < n.y || b.y > n.y + n.height)
                continue
            x1 = Math.min(x1, b.x); y1 = Math.min(y1, b.y)
            x2 = Math.max(x2, b.x + b.width); y2 = Math.max(y2, b.y + b.height)
        }
        return x2 < 0 ? n : Qt.rect(x1, y1, x2 - x1, y2 - y1)
    }
    function finish(r, strokes) {
        const c = tools.color, v = tools.visibility, p = pageIndex
        const n = norm(r)
        switch (tools.tool) {
        case "rectangle":
            if (n.width > 0.005 && n.height > 0.005)
                selectedId = controller.create("rectangle", p, n.x, n.y, n.width, n.height, "", c, v)
            break
        case "highlight": {
            const s = snapToText(n)
            if (s.width > 0.003 && s.height > 0.003)
                selectedId = controller.create("highlight", p, s.x, s.y, s.width, s.height, "", c, v)
            break
        }
        case "note":
            askText(qsTr("Sticky note"), "", text => {
                selectedId = controller.create("note", p, n.x, n.y, 0.03, 0.03, text, c, v)
            })
            break
        case "free_text": {
            const w = Math.max(n.width, 0.25), h = Math.max(n.height, 0.04)
            askText(qsTr("Free text"), "", text => {
                if (text.length > 0)
                    selectedId = controller.create("free_text", p, n.x, n.y, Math.min(w, 1 - n.x),
                                                   Math.min(h, 1 - n.y), text, c, v)
            })
            break
        }
        case "ink":
            if (strokes.length > 1)
                selectedId = controller.createInk(p, strokes.map(q => Qt.point(q.x / pageArea.width, q.y / pageArea.height)),
                                                  c, v)
            break
        }
    }

    Item {
        id: pageArea
        readonly property bool sideways: overlay.pageRotation % 180 !== 0
        anchors.centerIn: parent
        width: sideways ? parent.height : parent.width
        height: sideways ? parent.width : parent.height
        rotation: overlay.pageRotation

        Repeater {
            model: overlay.controller.model
            delegate: AnnotationItem {
                id: annotation
                area: pageArea
                pageIndex: overlay.pageIndex
                selectable: !overlay.drawing
                selected: overlay.selectedId === annotationId
                onPicked: {
                    overlay.selectedId = annotationId
                    overlay.forceActiveFocus()
                }
                onMoved: (x, y) => overlay.controller.setRect(annotationId, x, y, nw, nh)
                onEditRequested: overlay.askText(kindText, text, t => overlay.controller.setText(annotationId, t))
            }
        }

        Rectangle {
            id: band
            visible: press.pressed && overlay.tools.tool !== "ink" && overlay.tools.tool !== "note"
            color: overlay.tools.tool === "highlight" ? Qt.rgba(1, 0.83, 0, 0.3) : "transparent"
            border.color: overlay.tools.color
            border.width: 2
        }
        Canvas {
            id: ink
            anchors.fill: parent
            visible: press.pressed && overlay.tools.tool === "ink"
            property var stroke: []
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                ctx.strokeStyle = overlay.tools.color
                ctx.lineWidth = 2
                ctx.beginPath()
                for (let i = 0; i < stroke.length; ++i)
                    i ? ctx.lineTo(stroke[i].x, stroke[i].y) : ctx.moveTo(stroke[i].x, stroke[i].y)
                ctx.stroke()
            }
        }
        MouseArea {
            id: press
            objectName: "annotationDrawArea"
            anchors.fill: parent
            enabled: overlay.drawing
            cursorShape: overlay.drawing ? Qt.CrossCursor : Qt.ArrowCursor
            property point start
            onPressed: mouse => {
                start = Qt.point(mouse.x, mouse.y)
                band.x = mouse.x; band.y = mouse.y; band.width = 0; band.height = 0
                ink.stroke = [start]
            }
            onPositionChanged: mouse => {
                band.x = Math.min(start.x, mouse.x); band.y = Math.min(start.y, mouse.y)
                band.width = Math.abs(mouse.x - start.x); band.height = Math.abs(mouse.y - start.y)
                if (overlay.tools.tool === "ink") {
                    ink.stroke.push(Qt.point(Math.max(0, Math.min(width, mouse.x)), Math.max(0, Math.min(height, mouse.y))))
                    ink.requestPaint()
                }
            }
            onReleased: overlay.finish(Qt.rect(band.x, band.y, band.width, band.height), ink.stroke)
        }
    }
}
