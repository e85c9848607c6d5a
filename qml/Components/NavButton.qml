// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! One entry of the navigation rail.
ItemDelegate {
    id: root
    required property string label
    required property string glyph
    property bool current: false

    Layout.fillWidth: true
    highlighted: current
    Accessible.name: label
    contentItem: RowLayout {
        spacing: Theme.spacing
        Label {
            text: root.glyph
            font.pixelSize: 18
            color: root.current ? Theme.primary : Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            text: root.label
            font.pixelSize: Theme.fontSize
            font.bold: root.current
            color: root.current ? Theme.primary : Theme.text
            elide: Text.ElideRight
        }
    }
}
