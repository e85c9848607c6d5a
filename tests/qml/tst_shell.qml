// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua
import MotCua.App

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
            shell.currentIndex = 0
        }

        function test_signInUntilSignedIn() {
            const page = findChild(shell, "signInPage")
            verify(page.visible)
            compare(findChild(shell, "statusBar").visible, false)
            TestHelper.setSignedIn(true, "Nguyễn Thị Hoà", "UBND xã Tân Phú")
            verify(!page.visible)
            verify(findChild(shell, "statusBar").visible)
            mouseClick(findChild(shell, "signOutButton"))
            verify(page.visible)
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
    }
}
