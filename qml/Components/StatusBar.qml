// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Bottom bar: link state, last sync, outbox, running sync. Colour and words
//! together so the state is readable at a glance and by a screen reader.
Rectangle {
    id: bar
    objectName: "statusBar"
    implicitHeight: 36
    color: SyncController.online ? Theme.surface : Theme.offlineBackground
    border.color: Theme.border

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing * 2
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing * 2

        Row {
            spacing: 6
            Layout.alignment: Qt.AlignVCenter
            Rectangle {
                width: 10; height: 10; radius: 5
                anchors.verticalCenter: parent.verticalCenter
                color: SyncController.online ? Theme.ok : Theme.textMuted
            }
            Label {
                objectName: "linkState"
                text: SyncController.online ? qsTr("Online") : qsTr("Offline — working from the local cache")
                font.bold: !SyncController.online
                color: SyncController.online ? Theme.ok : Theme.text
                Accessible.name: text
            }
        }
        Label {
            objectName: "lastSync"
            text: SyncController.lastSyncText
            color: Theme.textMuted
            Accessible.name: text
        }
        Label {
            //! Why the last attempt failed (F5 while offline says so here).
            objectName: "syncError"
            visible: !SyncController.syncing && SyncController.lastError.length > 0
            textFormat: Text.PlainText
            text: SyncController.lastError
            color: Theme.overdue
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            objectName: "pendingActions"
            visible: SyncController.pendingActions > 0
            text: qsTr("%n action(s) waiting to be sent", "", SyncController.pendingActions)
            color: Theme.warning
            font.bold: true
            Accessible.name: text
        }
        Label {
            objectName: "failedActions"
            visible: SyncController.failedActions > 0
            text: qsTr("%n action(s) failed", "", SyncController.failedActions)
            color: Theme.overdue
            font.bold: true
            Accessible.name: text
        }
        Label {
            objectName: "conflicts"
            visible: SyncController.conflicts > 0
            text: qsTr("%n conflict(s) to resolve", "", SyncController.conflicts)
            color: Theme.overdue
            font.bold: true
            Accessible.name: text
        }
        ProgressBar {
            objectName: "syncProgress"
            visible: SyncController.syncing
            Layout.preferredWidth: 160
            indeterminate: SyncController.progress < 0
            value: Math.max(0, SyncController.progress)
            Accessible.name: SyncController.phaseText
        }
        Label {
            visible: SyncController.syncing
            text: SyncController.phaseText
            color: Theme.textMuted
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Item { Layout.fillWidth: !SyncController.syncing }
        Button {
            objectName: "syncNowButton"
            flat: true
            text: qsTr("Sync now (F5)")
            enabled: !SyncController.syncing
            Accessible.name: qsTr("Sync now")
            onClicked: SyncController.syncNow()
        }
    }
}
