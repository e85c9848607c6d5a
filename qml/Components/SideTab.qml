// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua

//! A tab of the dossier screen's side column: as wide as its text, reachable
//! with Tab (then Left/Right), with a focus frame you can see.
TabButton {
    id: tab
    width: implicitWidth
    leftPadding: 8
    rightPadding: 8
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: text

    Rectangle {
        objectName: "focusFrame"
        anchors.fill: parent
        anchors.margins: 2
        color: "transparent"
        radius: 3
        border.width: 2
        border.color: Theme.primary
        visible: tab.visualFocus
    }
}
