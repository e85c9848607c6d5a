// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import MotCua
import MotCua.App

//! The dossier screen's reuse panel: the applicant's cached e-data warehouse and
//! "Attach", which queues attach_document and fills the required-component slot.
Item {
    id: root
    width: 1280
    height: 800

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Reuse"
        when: windowShown

        function cleanup() {
            AppController.language = "vi"
        }
        function init() {
            TestHelper.reset()
            TestHelper.setSignedIn(true, "Nguyễn Thị Thu Hà", "Sở Tư pháp tỉnh Quảng Nam")
            while (shell.inboxStack.depth > 1)
                shell.inboxStack.pop(null, StackView.Immediate)
        }

        function openReuse(dossierId) {
            shell.openDossier(dossierId)
            tryCompare(shell.inboxStack, "busy", false)
            const page = shell.inboxStack.currentItem
            mouseClick(findChild(page, "reuseTab"))
            const panel = findChild(page, "reusePanel")
            tryCompare(panel, "visible", true)
            return page
        }

        function test_1_listAndAttach() {
            const page = openReuse("d-000006")
            const panel = findChild(page, "reusePanel")
            const list = findChild(panel, "reuseList")
            compare(panel.model.cached, true)
            compare(panel.model.canAttach, true)
            tryCompare(list, "count", 2)
            // The procedure requires the citizen ID card (CCCD), which is missing.
            compare(findChild(page, "componentsTab").text, "Thành phần hồ sơ (thiếu 1)")
            tryVerify(() => list.itemAtIndex(0) !== null)
            compare(list.itemAtIndex(0).name, "Căn cước công dân")
            compare(list.itemAtIndex(0).documentCode, "CCCD")
            compare(list.itemAtIndex(0).issuingDossier, "000.00.04.H19-261120-0004")
            compare(list.itemAtIndex(1).issuingDossier, "srv-2024-771")

            const dir = TestHelper.screenshotDir()
            if (dir.length > 0)
                grabImage(root).save(dir + "/dossier-reuse-vi.png")

            const requestsBefore = TestHelper.syncRequests()
            const button = findChild(list.itemAtIndex(0), "attachButton0")
            verify(button.visible && button.enabled)
            mouseClick(button)
            // Queued locally: the slot is filled at once, a sync is asked for.
            tryCompare(findChild(page, "componentsTab"), "text", "Thành phần hồ sơ")
            tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(0).attached)
            compare(findChild(list.itemAtIndex(0), "attachButton0").visible, false)
            compare(list.itemAtIndex(1).attached, false)
            compare(findChild(panel, "reuseError").visible, false)
            compare(TestHelper.syncRequests(), requestsBefore + 1)
        }

        function test_2_altRThenEnterAttaches() {
            shell.openDossier("d-000006")
            tryCompare(shell.inboxStack, "busy", false)
            const page = shell.inboxStack.currentItem
            keySequence("Alt+U")
            compare(findChild(page, "dossierTabs").currentIndex, 2)
            const list = findChild(page, "reuseList")
            tryCompare(list, "count", 2)
            verify(list.activeFocus)
            list.currentIndex = 1
            keyClick(Qt.Key_Return)
            tryVerify(() => list.itemAtIndex(1) !== null && list.itemAtIndex(1).attached)
        }

        function test_3_nothingCachedAndNotAllowed() {
            const page = openReuse("d-000004") // awaiting approval, applicant never fetched
            const panel = findChild(page, "reusePanel")
            compare(panel.model.cached, false)
            compare(panel.model.canAttach, false)
            compare(findChild(panel, "reuseList").count, 0)
        }

        //! Issue 20: the kind of each document and "Cập nhật …" (made in C++) follow a
        //! language switch at run time, vi → en → vi, with the panel open.
        function test_4_textsFollowTheLanguage() {
            const page = openReuse("d-000006")
            const panel = findChild(page, "reusePanel")
            const list = findChild(panel, "reuseList")
            const intro = findChild(panel, "reuseIntro")
            tryCompare(list, "count", 2)
            tryVerify(() => list.itemAtIndex(1) !== null)
            const kinds = () => [list.itemAtIndex(0).kindText, list.itemAtIndex(1).kindText]
            compare(kinds(), ["Kết quả", "Kết quả"])
            verify(intro.text.indexOf("(Cập nhật ") > 0, intro.text)
            AppController.language = "en"
            compare(kinds(), ["Result", "Result"])
            verify(intro.text.indexOf("(Updated ") > 0, intro.text)
            verify(intro.text.indexOf("Cập nhật") < 0, intro.text)
            AppController.language = "vi"
            compare(kinds(), ["Kết quả", "Kết quả"])
            verify(intro.text.indexOf("(Cập nhật ") > 0, intro.text)
        }
    }
}
