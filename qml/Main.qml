// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Một Cửa Desk")
    color: Theme.background

    property int currentIndex: 0
    readonly property var pages: [
        { label: qsTr("Inbox"), glyph: "\u2709", source: "Inbox/InboxPage.qml" },
        { label: qsTr("Batch approval"), glyph: "\u2714", source: "Batch/BatchPage.qml" },
        { label: qsTr("Dashboard"), glyph: "\u25A4", source: "Dashboard/DashboardPage.qml" },
        { label: qsTr("Settings"), glyph: "\u2699", source: "Settings/SettingsPage.qml" }
    ]

    Shortcut { sequence: "Ctrl+1"; onActivated: window.currentIndex = 0 }
    Shortcut { sequence: "Ctrl+2"; onActivated: window.currentIndex = 1 }
    Shortcut { sequence: "Ctrl+3"; onActivated: window.currentIndex = 2 }
    Shortcut { sequence: "Ctrl+,"; onActivated: window.currentIndex = 3 }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.preferredWidth: 240
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    Layout.bottomMargin: 16
                    text: qsTr("Một Cửa Desk")
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.primary
                }
                Repeater {
                    model: window.pages
                    delegate: NavButton {
                        required property var modelData
                        required property int index
                        label: modelData.label
                        glyph: modelData.glyph
                        current: window.currentIndex === index
                        onClicked: window.currentIndex = index
                    }
                }
                Item { Layout.fillHeight: true }
            }
        }

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: window.pages[window.currentIndex].source
        }
    }
}
