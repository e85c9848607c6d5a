// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua

Page {
    title: qsTr("Inbox")
    //! Asks the shell to open a dossier (Enter or double-click on a row).
    signal openRequested(var dossierId)
    background: Rectangle { color: Theme.background }
    Label {
        anchors.centerIn: parent
        text: qsTr("No dossiers in the local cache yet. Sign in and sync to fill the inbox.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSize
    }
}
