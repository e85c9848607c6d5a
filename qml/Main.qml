// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Window
import MotCua

//! The desktop window: the shell fills it. Everything testable lives in AppShell.
ApplicationWindow {
    id: window
    //! Large enough for the dossier screen's viewer; never larger than the screen.
    width: Math.min(1600, Screen.desktopAvailableWidth)
    height: Math.min(1000, Screen.desktopAvailableHeight)
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: qsTr("Một Cửa Desk")
    color: Theme.background

    AppShell {
        anchors.fill: parent
    }
}
