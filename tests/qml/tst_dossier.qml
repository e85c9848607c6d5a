// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import MotCua
import MotCua.App

//! The shell's inbox → dossier → back flow and the dossier screen's content.
Item {
    id: root
    width: 1280
    height: 800

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Dossier"
        when: windowShown

        function cleanup() {
            AppController.language = "vi"
            root.width = 1280
        }
        function init() {
            TestHelper.reset()
            TestHelper.setSignedIn(true, "Nguyễn Thị Thu Hà", "Sở Tư pháp tỉnh Quảng Nam")
            while (shell.inboxStack.depth > 1)
                shell.inboxStack.pop(null, StackView.Immediate)
        }

        function test_openWithEnterAndGoBackWithEsc() {
            const inbox = findChild(shell, "inboxPage")
            inbox.model.view = "mine"
            const list = findChild(inbox, "inboxList")
            list.forceActiveFocus()
            const row = inbox.model.rowOf("d-000001")
            verify(row >= 0)
            list.currentIndex = row
            keyClick(Qt.Key_Return)
            compare(shell.inboxStack.depth, 2)
            const page = shell.inboxStack.currentItem
            compare(page.objectName, "dossierPage")
            compare(page.controller.header.code, "000.00.04.H19-261120-0001")
            compare(findChild(page, "dossierCode").text, "000.00.04.H19-261120-0001")
            compare(findChild(page, "countdown").text, "Còn 5 ngày làm việc")
            compare(findChild(page, "componentsTab").text, "Thành phần hồ sơ (thiếu 1)")
            // The real PDF of component TK01 is selected and opened in the viewer.
            compare(page.selectedRow, 0)
            verify(page.selectedPath.length > 0)
            keyClick(Qt.Key_Escape)
            tryCompare(shell.inboxStack, "depth", 1)
            // Back on the list with the same row current.
            compare(list.currentIndex, row)
        }

        //! Issue 20 item 12: the checklist's documents are reached and opened with
        //! the keyboard alone, with a visible focus frame; side tabs show focus.
        function test_checklistByKeyboard() {
            shell.openDossier("d-000001")
            tryCompare(shell.inboxStack, "busy", false)
            const page = shell.inboxStack.currentItem
            const list = findChild(page, "componentList")
            verify(list.activeFocusOnTab)
            let present = -1
            for (let r = 0; r < list.count && present < 0; ++r) {
                if (list.itemAtIndex(r) && list.itemAtIndex(r).present)
                    present = r
            }
            verify(present >= 0)
            page.selectedRow = -1
            list.forceActiveFocus()
            keyClick(Qt.Key_Down)
            for (let i = 0; i < present; ++i)
                keyClick(Qt.Key_Down)
            compare(list.currentIndex, present)
            verify(list.activeFocus)
            //! The current row shows its focus frame, and only while the list has the keyboard.
            const frame = findChild(list.itemAtIndex(present), "checklistFocusFrame")
            verify(frame !== null)
            verify(frame.visible)
            if (present > 0)
                verify(!findChild(list.itemAtIndex(0), "checklistFocusFrame").visible)
            keyClick(Qt.Key_Return)
            compare(page.selectedRow, present)
            const tab = findChild(page, "historyTab")
            tab.forceActiveFocus(Qt.TabFocusReason)
            verify(findChild(tab, "focusFrame").visible)
            keyClick(Qt.Key_Space)
            compare(findChild(page, "dossierTabs").currentIndex, 1)
            findChild(page, "dossierTabs").currentIndex = 0
        }

        function test_overdueDossierHeader() {
            shell.openDossier("d-000003")
            const page = shell.inboxStack.currentItem
            compare(findChild(page, "countdown").text, "Trễ 3 ngày làm việc")
            compare(findChild(page, "countdown").color, Theme.overdue)
            tryCompare(shell.inboxStack, "busy", false) // the push transition has ended
            mouseClick(findChild(page, "backButton"))
            tryCompare(shell.inboxStack, "depth", 1)
        }

        function test_historyTab() {
            shell.openDossier("d-000001")
            const page = shell.inboxStack.currentItem
            mouseClick(findChild(page, "historyTab"))
            const history = findChild(page, "historyList")
            tryCompare(history, "count", 3)
            tryVerify(() => history.itemAtIndex(1) !== null)
            compare(history.itemAtIndex(1).actionText, "Chuyển liên thông")
            compare(history.itemAtIndex(1).toAgencyName, "Sở Tư pháp tỉnh Quảng Nam")
        }

        //! Issue 20: beside the checklist the annotation tool bar keeps all its buttons inside
        //! it, "Xuất bản có ghi chú…" whole (at 1280 px the redo button and the export
        //! button were cut by a pixel), in windows of 1600, 1440 and 1280 px, both languages.
        function test_annotationToolsAreWhole_data() {
            const rows = []
            for (const lang of ["vi", "en"])
                for (const width of [1600, 1440, 1280])
                    rows.push({ tag: lang + "-" + width, lang: lang, width: width })
            return rows
        }
        function test_annotationToolsAreWhole(data) {
            AppController.language = data.lang
            root.width = data.width
            shell.openDossier("d-000001")
            tryCompare(shell.inboxStack, "busy", false)
            const page = shell.inboxStack.currentItem
            let bar = null
            tryVerify(() => (bar = findChild(page, "annotationToolBar")) !== null && bar.width > 0)
            const right = item => item.mapToItem(root, item.width, 0).x
            const names = ["tool_select", "tool_highlight", "tool_rectangle", "tool_note", "tool_free_text",
                           "tool_ink", "colour_0", "colour_1", "colour_2", "colour_3", "undoButton",
                           "redoButton", "applicantVisible", "annotationListButton", "exportButton"]
            const outside = () => names.filter(n => right(findChild(bar, n)) > right(bar) + 0.5)
                                       .map(n => n + " " + right(findChild(bar, n)) + " > " + right(bar))
            // After the layout has followed the width and the language (the next polish).
            tryVerify(() => outside().length === 0, 2000, outside().join(", "))
            const exportButton = findChild(bar, "exportButton")
            if (bar.twoRows)
                compare(exportButton.text, data.lang === "vi" ? "Xuất bản có ghi chú…" : "Export annotated copy…")
            verify(exportButton.contentItem.implicitWidth <= exportButton.availableWidth + 0.5,
                   exportButton.text + ": " + exportButton.contentItem.implicitWidth + " > " + exportButton.availableWidth)
            const dir = TestHelper.screenshotDir()
            if (dir.length > 0 && data.width === 1280) {
                wait(300) // the viewer's first page
                grabImage(root).save(dir + "/dossier-tools-1280-" + data.lang + ".png")
            }
        }

        function test_unknownDossierShowsMessage() {
            shell.openDossier("d-404")
            const page = shell.inboxStack.currentItem
            const error = findChild(page, "dossierError")
            verify(error.visible)
            compare(error.text, "Hồ sơ này không còn trong dữ liệu trên máy.")
        }
    }
}
