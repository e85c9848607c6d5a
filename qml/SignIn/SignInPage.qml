// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Sign-in: server address, user name, password, remember me, clear errors.
Rectangle {
    id: page
    objectName: "signInPage"
    color: Theme.background

    function submit() {
        SessionController.signIn(serverField.text, userField.text, passwordField.text, rememberBox.checked)
    }

    Row {
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing
        Button {
            objectName: "signInLangVi"
            flat: true
            text: "Tiếng Việt"
            font.bold: AppController.language === "vi"
            Accessible.name: "Tiếng Việt"
            onClicked: AppController.language = "vi"
        }
        Button {
            objectName: "signInLangEn"
            flat: true
            text: "English"
            font.bold: AppController.language === "en"
            Accessible.name: "English"
            onClicked: AppController.language = "en"
        }
    }

    Rectangle {
        anchors.centerIn: parent
        width: 440
        height: form.implicitHeight + 64
        radius: 8
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: 32
            spacing: 10

            Label {
                Layout.fillWidth: true
                text: qsTr("Sign in to Một Cửa Desk")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.primary
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Use the account issued by your province's one-stop system.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Label { text: qsTr("Server address"); font.bold: true }
            TextField {
                id: serverField
                objectName: "serverField"
                Layout.fillWidth: true
                text: SessionController.serverUrl
                placeholderText: "https://motcua.example.gov.vn"
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Server address")
                onAccepted: userField.forceActiveFocus()
            }
            Label { text: qsTr("User name"); font.bold: true }
            TextField {
                id: userField
                objectName: "userField"
                Layout.fillWidth: true
                text: SessionController.username
                inputMethodHints: Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("User name")
                onAccepted: passwordField.forceActiveFocus()
                Component.onCompleted: if (serverField.text.length > 0) forceActiveFocus()
            }
            Label { text: qsTr("Password"); font.bold: true }
            TextField {
                id: passwordField
                objectName: "passwordField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                Accessible.name: qsTr("Password")
                onAccepted: page.submit()
            }
            CheckBox {
                id: rememberBox
                objectName: "rememberBox"
                text: qsTr("Remember me on this computer")
                checked: SessionController.rememberUser
                Accessible.name: text
            }
            Label {
                objectName: "signInError"
                Layout.fillWidth: true
                visible: text.length > 0
                textFormat: Text.PlainText
                text: SessionController.errorText
                color: Theme.overdue
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                BusyIndicator {
                    running: SessionController.busy
                    visible: running
                    Layout.preferredHeight: 32
                    Layout.preferredWidth: 32
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "signInButton"
                    text: qsTr("Sign in")
                    highlighted: true
                    enabled: !SessionController.busy
                    Accessible.name: text
                    onClicked: page.submit()
                }
            }
        }
    }
}
