// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua

Page {
    title: qsTr("Dashboard")
    background: Rectangle { color: Theme.background }
    Label {
        anchors.centerIn: parent
        text: qsTr("Service index (Decision 766): on-time rate, digitization rate, online rate.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSize
    }
}
