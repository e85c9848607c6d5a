// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import MotCua

Page {
    title: qsTr("Batch approval")
    background: Rectangle { color: Theme.background }
    Label {
        anchors.centerIn: parent
        text: qsTr("No dossiers are awaiting your approval.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSize
    }
}
