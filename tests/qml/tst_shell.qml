// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Window
import QtQuick.Controls
import QtTest
import MotCua
import MotCua.App
import "shortcuts.js" as Shortcuts

Item {
    id: root
    width: 1280
    height: 800

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Shell"
        when: windowShown

        function init() {
            TestHelper.reset()
            //! The rail shows every screen to a supervisor (a specialist has no batch screen).
            verify(TestHelper.setRoles(["supervisor"]))
            shell.currentIndex = 0
        }
        function cleanup() {
            verify(TestHelper.setRoles(["specialist"]))
        }

        //! Issue 20 item 10: the batch signing screen is a supervisor's; a specialist
        //! neither sees it in the rail nor reaches it with its shortcut.
        function test_batchScreenFollowsTheRole() {
            TestHelper.setSignedIn(true, "Trần Văn Đức", "Sở Tư pháp")
            verify(findChild(shell, "nav1").visible)
            verify(TestHelper.setRoles(["specialist"]))
            tryVerify(() => !findChild(shell, "nav1").visible)
            verify(findChild(shell, "nav2").visible)
            shell.forceActiveFocus()
            keySequence("Ctrl+2")
            compare(shell.currentIndex, 0)
            shell.currentIndex = 1 // e.g. a journey script: an explanation, not the screen
            tryVerify(() => findChild(shell, "batchNotForRole") !== null)
            compare(findChild(shell, "batchPage"), null)
            verify(TestHelper.setRoles(["desk_staff"]))
            verify(!findChild(shell, "nav1").visible)
            verify(TestHelper.setRoles(["supervisor"]))
            tryVerify(() => findChild(shell, "batchPage") !== null)
            verify(findChild(shell, "nav1").visible)
        }

        function test_signInUntilSignedIn() {
            const page = findChild(shell, "signInPage")
            verify(page.visible)
            compare(findChild(shell, "statusBar").visible, false)
            TestHelper.setSignedIn(true, "Nguyễn Thị Hoà", "UBND xã Tân Phú")
            verify(!page.visible)
            verify(findChild(shell, "statusBar").visible)
            mouseClick(findChild(shell, "signOutButton"))
            verify(findChild(shell, "signInPage").visible)
        }

        //! Issue 20 item 1: after a sign-out the next official finds no password
        //! (nor error, nor busy state) left in the form.
        function test_signOutClearsTheForm() {
            findChild(shell, "serverField").text = "127.0.0.1:8443"
            findChild(shell, "userField").text = "chuyenvien1"
            findChild(shell, "rememberBox").checked = false
            findChild(shell, "passwordField").text = "demo"
            mouseClick(findChild(shell, "signInButton"))
            verify(SessionController.busy)
            TestHelper.setSignedIn(true, "Nguyễn Thị Hoà", "UBND xã Tân Phú")
            verify(!SessionController.busy)
            mouseClick(findChild(shell, "signOutButton"))
            tryVerify(() => findChild(shell, "passwordField") !== null)
            compare(findChild(shell, "passwordField").text, "")
            compare(findChild(shell, "userField").text, "") // "remember me" was off
            compare(findChild(shell, "signInError").text, "")
            verify(findChild(shell, "signInButton").enabled)
            compare(SessionController.officialName, "")
        }

        //! Issue 20 item 1: the idle lock hides the screens, keeps their shortcuts
        //! from acting and asks the password again.
        function test_idleLockAsksThePassword() {
            findChild(shell, "serverField").text = "127.0.0.1:8443"
            findChild(shell, "userField").text = "motcua1"
            findChild(shell, "passwordField").text = "demo"
            mouseClick(findChild(shell, "signInButton"))
            TestHelper.setSignedIn(true, "Lê Văn Tâm", "UBND xã Tân Phú")
            TestHelper.setIdleLockMs(150)
            tryVerify(() => SessionController.locked, 5000)
            const lock = findChild(shell, "lockScreen")
            verify(lock !== null && lock.visible)
            verify(!findChild(shell, "statusBar").visible)
            const requests = TestHelper.syncRequests()
            keyClick(Qt.Key_F5) // behind the lock no shortcut acts
            compare(TestHelper.syncRequests(), requests)
            const field = findChild(shell, "lockPasswordField")
            field.text = "wrong"
            mouseClick(findChild(shell, "unlockButton"))
            verify(SessionController.locked)
            verify(findChild(shell, "lockError").text.length > 0)
            field.text = "demo"
            mouseClick(findChild(shell, "unlockButton"))
            verify(!SessionController.locked)
            verify(findChild(shell, "statusBar").visible)
            TestHelper.setIdleLockMs(0)
        }

        function test_signInShowsClearErrors() {
            const server = findChild(shell, "serverField")
            const user = findChild(shell, "userField")
            const password = findChild(shell, "passwordField")
            const error = findChild(shell, "signInError")
            server.text = ""
            user.text = "chuyenvien1"
            mouseClick(findChild(shell, "signInButton"))
            compare(error.text, "Hãy nhập địa chỉ máy chủ trung tâm.")
            verify(error.visible)
            server.text = "http://motcua.tinh.gov.vn"
            mouseClick(findChild(shell, "signInButton"))
            compare(error.text, "Hãy dùng địa chỉ https://: http thường chỉ được phép tới chính máy này.")
            server.text = "127.0.0.1:8443"
            password.text = ""
            password.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(error.text, "Hãy nhập mật khẩu.")
            password.text = "demo"
            keyClick(Qt.Key_Return)
            compare(error.text, "")
            verify(!error.visible)
            verify(SessionController.busy)
            compare(SessionController.serverUrl, "http://127.0.0.1:8443")
            verify(!findChild(shell, "signInButton").enabled)
        }

        function test_languageSwitchesAtRunTime() {
            // The navigation entries are re-created on retranslation: look them up each time.
            compare(findChild(shell, "nav0").label, "Hồ sơ cần xử lý")
            compare(findChild(shell, "signInButton").text, "Đăng nhập")
            mouseClick(findChild(shell, "signInLangEn"))
            compare(AppController.language, "en")
            compare(findChild(shell, "nav0").label, "Inbox")
            compare(findChild(shell, "nav1").label, "Batch approval")
            compare(findChild(shell, "signInButton").text, "Sign in")
            mouseClick(findChild(shell, "signInLangVi"))
            compare(findChild(shell, "nav0").label, "Hồ sơ cần xử lý")
            compare(findChild(shell, "nav3").label, "Cài đặt")
        }

        function test_navigationAndShortcuts() {
            TestHelper.setSignedIn(true, "Trần Văn Đức", "Sở Tư pháp")
            const content = findChild(shell, "content")
            compare(content.currentIndex, 0)
            shell.forceActiveFocus()
            keySequence("Ctrl+2")
            compare(shell.currentIndex, 1)
            keySequence("Ctrl+3")
            compare(content.currentIndex, 2)
            keySequence("Ctrl+,")
            compare(shell.currentIndex, 3)
            mouseClick(findChild(shell, "nav0"))
            compare(shell.currentIndex, 0)
            keyClick(Qt.Key_F5)
            compare(TestHelper.syncRequests(), 1)
        }

        //! Issue 20 item 12: no two enabled shortcuts share keys, with every
        //! screen built (they stay alive once shown) and a dossier open.
        function test_noTwoActionsShareAShortcut() {
            TestHelper.setSignedIn(true, "Trần Văn Đức", "Sở Tư pháp")
            for (let i = 3; i >= 0; --i) {
                shell.currentIndex = i
                wait(0)
            }
            verify(Shortcuts.count(shell) >= 6)
            compare(Shortcuts.clashes(shell), [])
            shell.openDossier("d-000001")
            tryCompare(shell.inboxStack, "busy", false)
            verify(Shortcuts.count(shell) >= 10) // the dossier screen's action keys are counted
            compare(Shortcuts.clashes(shell), [])
            shell.inboxStack.pop(null, StackView.Immediate)
        }

        //! Issue 20 item 12: after sign-in the keyboard starts in the inbox, the
        //! first Tab does not land on "Sign out", the rail's entries are reached
        //! by Tab with a visible focus frame and their shortcut written on them.
        function test_keyboardStartsInTheInbox() {
            TestHelper.setSignedIn(true, "Trần Văn Đức", "Sở Tư pháp")
            tryVerify(() => findChild(shell, "inboxList").activeFocus)
            keyClick(Qt.Key_Tab)
            verify(shell.Window.activeFocusItem !== findChild(shell, "signOutButton"))
            const nav1 = findChild(shell, "nav1")
            compare(findChild(nav1, "shortcutHint").text, "Ctrl+2")
            verify(findChild(nav1, "shortcutHint").visible)
            let reached = false
            for (let i = 0; i < 40 && !reached; ++i) {
                keyClick(Qt.Key_Tab)
                reached = nav1.activeFocus
            }
            verify(reached, "the rail's entries are in the Tab chain")
            verify(findChild(nav1, "focusFrame").visible)
            keyClick(Qt.Key_Return)
            compare(shell.currentIndex, 1)
        }

        function test_statusBarShowsState() {
            TestHelper.setSignedIn(true, "Lê Văn Bình", "Sở Tư pháp")
            const link = findChild(shell, "linkState")
            compare(link.text, "Ngoại tuyến — đang làm việc trên dữ liệu lưu trên máy")
            TestHelper.setOnline(true)
            compare(link.text, "Trực tuyến")
            compare(findChild(shell, "lastSync").text, "Chưa đồng bộ lần nào")
            TestHelper.setLastSyncMinutesAgo(5)
            compare(findChild(shell, "lastSync").text, "Đồng bộ 5 phút trước")
            const pending = findChild(shell, "pendingActions")
            verify(!pending.visible)
            TestHelper.setOutbox(3, 0, 1)
            verify(pending.visible)
            compare(pending.text, "3 thao tác đang chờ gửi")
            verify(findChild(shell, "conflicts").visible)
            verify(!findChild(shell, "failedActions").visible)
            const progress = findChild(shell, "syncProgress")
            verify(!progress.visible)
            TestHelper.setPulling(40, 200)
            verify(progress.visible)
            fuzzyCompare(progress.value, 0.2, 0.001)
            verify(!findChild(shell, "syncNowButton").enabled)
            AppController.language = "en"
            compare(pending.text, "3 actions waiting to be sent")
            compare(link.text, "Online")
        }

        //! Issue 20 item 2: offline never says "synced just now"; a failed
        //! attempt (F5 while offline) says why in the bar.
        function test_statusBarIsTruthfulOffline() {
            TestHelper.setSignedIn(true, "Lê Văn Bình", "Sở Tư pháp")
            TestHelper.setOnline(true)
            TestHelper.setLastSyncMinutesAgo(0)
            const last = findChild(shell, "lastSync")
            compare(last.text, "Vừa đồng bộ xong")
            TestHelper.setOnline(false)
            verify(last.text !== "Vừa đồng bộ xong")
            AppController.language = "en"
            verify(last.text.startsWith("Last synced at "), last.text)
            const error = findChild(shell, "syncError")
            verify(!error.visible)
            keyClick(Qt.Key_F5)
            compare(TestHelper.syncRequests(), 1)
            TestHelper.setLastError("Cannot reach the server. Check the address and the network connection.")
            verify(error.visible)
            compare(error.text, "Cannot reach the server. Check the address and the network connection.")
        }
    }
}
