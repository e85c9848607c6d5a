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
    //! The Basic style draws an inactive tab dark grey with white text, which reads as a
    //! black bar on the light desk; inactive tabs are light grey with dark text instead.
    palette.window: Theme.surface
    palette.dark: Theme.border
    palette.windowText: Theme.text
    palette.brightText: Theme.text

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
