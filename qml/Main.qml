// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua

//! The desktop window: the shell fills it. Everything testable lives in AppShell.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: qsTr("Một Cửa Desk")
    color: Theme.background

    AppShell {
        anchors.fill: parent
    }
}
