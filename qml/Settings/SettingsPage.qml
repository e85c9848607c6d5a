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
                text: qsTr("Lock the desk")
                font.bold: true
                font.pixelSize: Theme.fontSize
                Layout.topMargin: 12
            }
            RowLayout {
                spacing: Theme.spacing
                Label {
                    id: idleLabel
                    text: qsTr("After this many minutes without use (0 = never):")
                    wrapMode: Text.WordWrap
                    Layout.maximumWidth: 420
                }
                SpinBox {
                    objectName: "idleLockMinutes"
                    from: 0
                    to: 240
                    editable: true
                    value: SessionController.idleLockMinutes
                    Accessible.name: idleLabel.text
                    onValueModified: SessionController.idleLockMinutes = value
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("On a shared one-stop desk the screens are hidden and the password is asked again.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Label {
                text: qsTr("Version %1").arg(AppController.version)
                color: Theme.textMuted
            }
            SignerSection {
                Layout.fillWidth: true
                Layout.topMargin: 12
            }
            TlsPinSection {
                Layout.fillWidth: true
                Layout.topMargin: 12
                Layout.bottomMargin: 24
            }
        }
    }
}
