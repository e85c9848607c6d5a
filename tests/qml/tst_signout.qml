// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import MotCua
import MotCua.App

//! Issue 19: "Forget this computer" beside Sign out asks first (the option ticked,
//! the consequences spelled out); Cancel changes nothing; unticked it is a plain
//! sign-out; confirmed it signs out and asks the desk to erase the profile.
//! With $MOTCUA_SCREENSHOT_DIR set: signout-forget-vi.png and signout-forget-en.png.
Item {
    id: root
    width: 1280
    height: 800

    AppShell {
        id: shell
        anchors.fill: parent
    }

    SignalSpy {
        id: forgetSpy
        target: SessionController
        signalName: "forgetRequested"
    }

    TestCase {
        name: "SignOutForget"
        when: windowShown

        function init() {
            TestHelper.reset()
            forgetSpy.clear()
            TestHelper.setSignedIn(true, "Nguyễn Thị Hoà", "UBND xã Tân Phú")
        }
        function cleanup() {
            findChild(shell, "signOutDialog").close()
            AppController.language = "vi"
        }
        function openDialog() {
            mouseClick(findChild(shell, "forgetComputerButton"))
            const dialog = findChild(shell, "signOutDialog")
            tryVerify(() => dialog.opened)
            return dialog
        }
        //! Clicks the confirm button once the button box has laid it out again: its text
        //! (so its width) follows the check box, and a click on a stale position lands
        //! outside the dialog, which closes it as a rejection.
        function clickConfirm(dialog) {
            const button = findChild(dialog, "confirmSignOutButton")
            tryVerify(() => {
                const p = button.mapToItem(dialog.background, 0, 0)
                return !isPolishScheduled(dialog.footer) && p.x >= 0
                        && p.x + button.width <= dialog.background.width
            })
            mouseClick(button)
        }
        function shot(name) {
            const dir = TestHelper.screenshotDir()
            if (dir.length === 0)
                return
            wait(350) // the dialog's enter transition
            grabImage(root).save(dir + "/" + name + ".png")
        }

        function test_cancelKeepsTheSession() {
            const dialog = openDialog()
            verify(findChild(dialog, "forgetComputerCheck").checked)
            dialog.reject()
            tryVerify(() => !dialog.visible)
            verify(SessionController.signedIn)
            compare(forgetSpy.count, 0)
        }

        function test_untickedIsAPlainSignOut() {
            const dialog = openDialog()
            mouseClick(findChild(dialog, "forgetComputerCheck"))
            verify(!findChild(dialog, "forgetComputerCheck").checked)
            clickConfirm(dialog)
            tryVerify(() => !SessionController.signedIn)
            compare(forgetSpy.count, 0)
        }

        function test_confirmedForgetsThisComputer() {
            const dialog = openDialog()
            shot("signout-forget-vi")
            clickConfirm(dialog)
            tryVerify(() => !SessionController.signedIn)
            compare(forgetSpy.count, 1)
            verify(findChild(shell, "signInPage").visible)
        }

        function test_screenshotInEnglish() {
            AppController.language = "en"
            const dialog = openDialog()
            compare(findChild(dialog, "confirmSignOutButton").text, "Sign out and forget")
            shot("signout-forget-en")
        }
    }
}
