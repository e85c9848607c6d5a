// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

//! A label and its value in the dossier header.
ColumnLayout {
    id: field
    required property string label
    property string value
    property color valueColor: Theme.text
    Layout.fillWidth: true
    spacing: 1
    Label {
        text: field.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSize - 2
    }
    Label {
        Layout.fillWidth: true
        textFormat: Text.PlainText
        text: field.value
        color: field.valueColor
        font.pixelSize: Theme.fontSize
        wrapMode: Text.WordWrap
        Accessible.name: field.label + ": " + field.value
    }
}
