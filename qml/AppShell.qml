// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MotCua
import MotCua.App

//! Navigation shell: the sign-in screen until a session is open, then the
//! navigation rail, the current screen and the status bar.
Item {
    id: shell
    objectName: "appShell"

    property int currentIndex: 0
    //! Screens are created when first shown and then kept (their state survives
    //! switching): start-up only builds the inbox. Bit i = page i was shown.
    property int shownPages: 1 << currentIndex
    onCurrentIndexChanged: shownPages |= 1 << currentIndex
    //! Rail order; `page` is the screen's index in the content stack (reception, page 4,
    //! is listed second and shown to one-stop desk staff only).
    readonly property var pages: [
        { label: qsTr("Inbox"), glyph: "\u2709", shortcut: "Ctrl+1", page: 0 },
        { label: qsTr("Receive a dossier"), glyph: "\u2795", shortcut: "Ctrl+4", page: 4, deskOnly: true },
        { label: qsTr("Batch approval"), glyph: "\u2714", shortcut: "Ctrl+2", page: 1 },
        { label: qsTr("Dashboard"), glyph: "\u25A4", shortcut: "Ctrl+3", page: 2 },
        { label: qsTr("Settings"), glyph: "\u2699", shortcut: "Ctrl+,", page: 3 }
    ]
    //! What the official's roles allow (decided in C++): the batch screen is for supervisors.
    RolePolicy { id: rolePolicy }
    readonly property alias rolePolicy: rolePolicy
    readonly property bool signedIn: SessionController.signedIn
    //! Signed in and not behind the idle lock: the screens and their keys work.
    readonly property bool working: signedIn && !SessionController.locked
    //! Keyboard users start in the inbox list (not on "Sign out", the first
    //! focusable item of the rail): the first Tab then moves through the screen.
    onWorkingChanged: if (working) Qt.callLater(() => {
        const p = inboxStack.currentItem
        if (p)
            (p.list ?? p).forceActiveFocus()
    })
    //! The inbox stack (inbox → dossier), exposed for tests and shortcuts.
    readonly property alias inboxStack: inboxStack

    function openDossier(dossierId) {
        shell.currentIndex = 0
        inboxStack.push(dossierPage, { dossierId: dossierId })
    }
    //! A dashboard drill-down: the inbox with exactly these dossiers.
    function showDossiers(ids, title) {
        while (inboxStack.depth > 1)
            inboxStack.pop(null, StackView.Immediate)
        inboxStack.get(0).model.showOnly(ids, title)
        shell.currentIndex = 0
    }
    function goBack() {
        if (shell.currentIndex === 0 && inboxStack.depth > 1) {
            inboxStack.pop()
            return true
        }
        return false
    }

    Shortcut { sequence: "Ctrl+1"; enabled: shell.working; onActivated: shell.currentIndex = 0 }
    Shortcut { sequence: "Ctrl+2"; enabled: shell.working && rolePolicy.batchApproval; onActivated: shell.currentIndex = 1 }
    Shortcut { sequence: "Ctrl+3"; enabled: shell.working; onActivated: shell.currentIndex = 2 }
    Shortcut { sequence: "Ctrl+,"; enabled: shell.working; onActivated: shell.currentIndex = 3 }
    Shortcut { sequence: "Ctrl+4"; enabled: shell.working && ReceptionController.available; onActivated: shell.currentIndex = 4 }
    Shortcut { sequence: "F5"; enabled: shell.working; onActivated: SyncController.syncNow() }
    Shortcut { sequence: "Esc"; enabled: shell.working && inboxStack.depth > 1; onActivated: shell.goBack() }

    //! Not built at all when the profile opens signed in (the usual start-up),
    //! and destroyed once signed in: after a sign-out the next official gets a
    //! new, empty form (no password left in a hidden field).
    Loader {
        id: signIn
        anchors.fill: parent
        visible: !shell.signedIn
        active: !shell.signedIn
        sourceComponent: SignInPage {}
    }
    Loader {
        id: lockScreen
        objectName: "lockLoader"
        z: 10
        anchors.fill: parent
        active: shell.signedIn && SessionController.locked
        visible: active
        sourceComponent: LockScreen {}
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: shell.working

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Rectangle {
                Layout.preferredWidth: 264 // "Phê duyệt hàng loạt" and its key hint on one line
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
                        model: shell.pages
                        delegate: NavButton {
                            required property var modelData
                            objectName: "nav" + modelData.page
                            visible: (!modelData.deskOnly || ReceptionController.available) && (modelData.page !== 1 || rolePolicy.batchApproval)
                            label: modelData.label
                            glyph: modelData.glyph
                            shortcut: modelData.shortcut
                            current: shell.currentIndex === modelData.page
                            onClicked: shell.currentIndex = modelData.page
                        }
                    }
                    Item { Layout.fillHeight: true }
                    Label {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        text: SessionController.officialName
                        font.bold: true
                        elide: Text.ElideRight
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        text: SessionController.agencyName
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                    }
                    Button {
                        objectName: "signOutButton"
                        Layout.fillWidth: true
                        text: qsTr("Sign out")
                        Accessible.name: text
                        onClicked: SessionController.signOut()
                    }
                    Button {
                        //! Issue 19: sign out and erase this laptop's copy (asks first).
                        objectName: "forgetComputerButton"
                        Layout.fillWidth: true
                        flat: true
                        text: qsTr("Forget this computer…")
                        Accessible.name: text
                        onClicked: signOutDialog.open()
                    }
                    SignOutDialog { id: signOutDialog }
                }
            }

            StackLayout {
                id: content
                objectName: "content"
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: shell.currentIndex

                StackView {
                    id: inboxStack
                    objectName: "inboxStack"
                    initialItem: InboxPage {
                        onOpenRequested: dossierId => shell.openDossier(dossierId)
                    }
                }
                Loader {
                    active: (shell.shownPages & 2) !== 0
                    sourceComponent: rolePolicy.batchApproval ? batchPage : batchNotForRole
                }
                Loader {
                    active: (shell.shownPages & 4) !== 0
                    sourceComponent: DashboardPage {
                        onDrillDownRequested: (ids, title) => shell.showDossiers(ids, title)
                    }
                }
                Loader { active: (shell.shownPages & 8) !== 0; sourceComponent: SettingsPage {} }
                Loader { active: (shell.shownPages & 16) !== 0; sourceComponent: ReceptionPage {} }
            }
        }

        StatusBar {
            Layout.fillWidth: true
        }
    }

    Component { id: batchPage; BatchPage {} }
    Component {
        id: batchNotForRole
        Label {
            objectName: "batchNotForRole"
            text: qsTr("Batch approval is for supervisors: it approves and signs results.")
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSize
        }
    }
    Component {
        id: dossierPage
        DossierPage {
            onBackRequested: shell.goBack()
            onSettingsRequested: shell.currentIndex = 3
        }
    }
}
