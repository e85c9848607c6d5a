// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

Page {
    title: qsTr("Settings")
    background: Rectangle { color: Theme.background }
    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: 24
            y: 24
            width: scroll.availableWidth - 48
            spacing: 12
            Label {
                text: qsTr("Language")
                font.bold: true
                font.pixelSize: Theme.fontSize
            }
            RowLayout {
                RadioButton {
                    objectName: "langVi"
                    text: "Tiếng Việt"
                    checked: AppController.language === "vi"
                    onClicked: AppController.language = "vi"
                }
                RadioButton {
                    objectName: "langEn"
                    text: "English"
                    checked: AppController.language === "en"
                    onClicked: AppController.language = "en"
                }
            }
            Label {
                text: qsTr("Version %1").arg(AppController.version)
                color: Theme.textMuted
            }
            SignerSection {
                Layout.fillWidth: true
                Layout.topMargin: 12
                Layout.bottomMargin: 24
            }
        }
    }
}
