// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Shown over everything when the desk locked itself after a while without use:
//! the screens behind are hidden; the official types the password again, or
//! signs out so that a colleague can sign in.
Rectangle {
    id: lock
    objectName: "lockScreen"
    color: Theme.background

    function submit() {
        if (SessionController.unlock(passwordField.text))
            passwordField.text = ""
    }

    onVisibleChanged: if (visible) { passwordField.text = ""; passwordField.forceActiveFocus() }
    Component.onCompleted: passwordField.forceActiveFocus()

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
                text: qsTr("The desk is locked")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.primary
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "lockOfficial"
                Layout.fillWidth: true
                text: qsTr("Signed in: %1 (%2). Enter the password to continue.")
                          .arg(SessionController.officialName).arg(SessionController.username)
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            //! The sign-in page's and the rail's words, already translated there.
            Label { text: qsTranslate("SignInPage", "Password"); font.bold: true }
            TextField {
                id: passwordField
                objectName: "lockPasswordField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                Accessible.name: qsTranslate("SignInPage", "Password")
                onAccepted: lock.submit()
            }
            Label {
                objectName: "lockError"
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
                Button {
                    objectName: "lockSignOutButton"
                    text: qsTranslate("AppShell", "Sign out")
                    Accessible.name: text
                    onClicked: SessionController.signOut()
                }
                Item { Layout.fillWidth: true }
                BusyIndicator {
                    running: SessionController.busy
                    visible: running
                    Layout.preferredHeight: 32
                    Layout.preferredWidth: 32
                }
                Button {
                    objectName: "unlockButton"
                    text: qsTr("Unlock")
                    highlighted: true
                    enabled: !SessionController.busy
                    Accessible.name: text
                    onClicked: lock.submit()
                }
            }
        }
    }
}
