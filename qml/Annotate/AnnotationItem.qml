// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import MotCua

//! One annotation over its page, placed from its normalized geometry (so zoom
//! and rotation keep it in place). With the select tool one's own annotation
//! can be dragged (moved on release) and double-clicked to edit its text.
Item {
    id: item

    required property string annotationId
    required property string kind
    required property string kindText
    required property int page
    required property real nx
    required property real ny
    required property real nw
    required property real nh
    required property var points
    required property string text
    required property string color
    required property string author
    required property string timeText
    required property string visibility
    required property bool mine

    //! The unrotated page area this annotation is drawn in.
    required property Item area
    required property int pageIndex
    required property bool selectable
    required property bool selected
    signal picked()
    signal moved(real nx, real ny)
    signal editRequested()

    readonly property bool isNote: kind === "note"
    property point dragOffset: Qt.point(0, 0)

    visible: page === pageIndex
    x: nx * area.width + dragOffset.x
    y: ny * area.height + dragOffset.y
    width: isNote ? 26 : Math.max(4, nw * area.width)
    height: isNote ? 26 : Math.max(4, nh * area.height)
    z: selected ? 2 : 1

    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("%1 by %2: %3").arg(kindText).arg(author).arg(text)

    Rectangle {
        id: frame
        anchors.fill: parent
        visible: item.kind !== "ink"
        readonly property color base: item.color
        color: item.kind === "highlight" ? Qt.rgba(base.r, base.g, base.b, 0.35)
             : item.isNote ? item.color
             : item.kind === "free_text" ? "#f2ffffff" : "transparent"
        border.width: item.kind === "rectangle" ? 3 : item.isNote || item.kind === "free_text" ? 1 : 0
        border.color: item.isNote ? Qt.darker(item.color, 1.4) : item.color
        radius: item.isNote ? 4 : 0
    }
    Label {
        anchors.centerIn: parent
        visible: item.isNote
        text: "✎"
        font.pixelSize: 16
        color: "#212121"
    }
    Label {
        anchors.fill: parent
        anchors.margins: 3
        visible: item.kind === "free_text"
        textFormat: Text.PlainText
        text: item.text
        wrapMode: Text.Wrap
        color: Qt.darker(item.color, 1.6)
        fontSizeMode: Text.Fit
        minimumPixelSize: 6
        font.pixelSize: Math.max(8, item.area.height * 0.016)
        elide: Text.ElideRight
    }
    Shape {
        visible: item.kind === "ink"
        anchors.fill: parent
        ShapePath {
            strokeColor: item.color
            strokeWidth: Math.max(2, item.area.width * 0.003)
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathPolyline {
                path: item.points.map(p => Qt.point((p.x - item.nx) * item.area.width,
                                                    (p.y - item.ny) * item.area.height))
            }
        }
    }
    Rectangle {
        anchors.fill: parent
        anchors.margins: -4
        visible: item.selected
        color: "transparent"
        border.width: 1
        border.color: Theme.primary
    }

    HoverHandler {
        id: hover
        enabled: item.visible
    }
    ToolTip.visible: hover.hovered && !drag.active
    ToolTip.delay: 400
    ToolTip.text: qsTr("%1 — %2, %3").arg(item.kindText).arg(item.author).arg(item.timeText)
                  + (item.visibility === "applicant" ? "\n" + qsTr("Visible to the applicant") : "")
                  + (item.text.length > 0 ? "\n" + item.text : "")

    TapHandler {
        enabled: item.selectable
        onTapped: item.picked()
        onDoubleTapped: if (item.mine) item.editRequested()
    }
    DragHandler {
        id: drag
        target: null
        enabled: item.selectable && item.mine
        onActiveChanged: {
            if (active) {
                item.picked()
                return
            }
            const nx = Math.max(0, Math.min(1 - item.nw, (item.x) / item.area.width))
            const ny = Math.max(0, Math.min(1 - item.nh, (item.y) / item.area.height))
            item.dragOffset = Qt.point(0, 0)
            if (Math.abs(nx - item.nx) > 0.001 || Math.abs(ny - item.ny) > 0.001)
                item.moved(nx, ny)
        }
        onTranslationChanged: if (active) item.dragOffset = Qt.point(translation.x, translation.y)
    }
}
