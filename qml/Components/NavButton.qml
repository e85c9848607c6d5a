// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! One entry of the navigation rail: reachable with Tab, a visible focus frame,
//! Enter or Space opens it, and its shortcut written beside the label.
ItemDelegate {
    id: root
    required property string label
    required property string glyph
    property string shortcut: ""
    property bool current: false

    Layout.fillWidth: true
    highlighted: current
    focusPolicy: Qt.StrongFocus
    activeFocusOnTab: true
    Accessible.role: Accessible.PageTab
    Accessible.name: shortcut.length > 0 ? label + " (" + shortcut + ")" : label
    Accessible.selected: current
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    background: Rectangle {
        color: root.current ? Theme.selection : root.hovered ? Theme.background : "transparent"
        radius: 4
        Rectangle {
            objectName: "focusFrame"
            anchors.fill: parent
            color: "transparent"
            radius: 4
            border.width: 2
            border.color: Theme.primary
            visible: root.visualFocus
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacing
        Label {
            text: root.glyph
            font.pixelSize: 18
            color: root.current ? Theme.primary : Theme.textMuted
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: root.label
            font.pixelSize: Theme.fontSize
            //! Not bold when current: bold "Phê duyệt hàng loạt" no longer fits the rail beside
            //! its key hint (it was elided); the tinted background and colour mark the page.
            color: root.current ? Theme.primary : Theme.text
            elide: Text.ElideRight
        }
        Label {
            objectName: "shortcutHint"
            visible: root.shortcut.length > 0
            text: root.shortcut
            font.pixelSize: Theme.fontSize - 3
            color: Theme.textMuted
            Accessible.ignored: true
        }
    }
}
