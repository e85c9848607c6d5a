// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua
import MotCua.App

//! The inbox screen over a real cache (see tst_qml.cpp): views, search,
//! keyboard navigation, opening a dossier.
Item {
    id: root
    width: 1200
    height: 800

    InboxPage {
        id: inbox
        anchors.fill: parent
        onOpenRequested: id => root.opened.push(id)
    }
    property var opened: []

    SignalSpy { id: resetSpy; target: inbox.model; signalName: "modelReset" }

    TestCase {
        name: "Inbox"
        when: windowShown

        function init() {
            TestHelper.reset()
            inbox.model.searchDelay = 0
            findChild(inbox, "searchField").text = ""
            inbox.model.view = "agency"
            root.opened = []
            inbox.list.currentIndex = 0
            inbox.list.forceActiveFocus()
        }

        function rowNames() {
            const names = []
            for (let i = 0; i < inbox.list.count; ++i)
                names.push(inbox.model.data(inbox.model.index(i, 0), 261)) // applicantName
            return names
        }

        function test_viewsFilterTheList() {
            compare(inbox.model.totalCount, 256)
            const overdue = findChild(inbox, "view_overdue")
            compare(overdue.count, 1)
            verify(overdue.text.indexOf("Quá hạn") === 0)
            mouseClick(overdue)
            compare(inbox.model.view, "overdue")
            compare(inbox.list.count, 1)
            compare(inbox.list.itemAtIndex(0).applicantName, "Lê Văn Bình")
            compare(inbox.list.itemAtIndex(0).remainingText, "Trễ 3 ngày làm việc")
            verify(inbox.list.itemAtIndex(0).overdue)
            mouseClick(findChild(inbox, "view_conflicts"))
            compare(inbox.list.count, 1)
            compare(inbox.list.itemAtIndex(0).syncText, "Xung đột")
            mouseClick(findChild(inbox, "view_pending_sync"))
            compare(inbox.list.itemAtIndex(0).syncText, "Chưa gửi")
            mouseClick(findChild(inbox, "view_mine"))
            compare(inbox.list.count, 2)
            compare(findChild(inbox, "inboxSummary").text, "2 hồ sơ")
        }

        function test_searchAsYouType() {
            const field = findChild(inbox, "searchField")
            keySequence("Ctrl+F")
            verify(field.activeFocus)
            keyClick(Qt.Key_H)
            keyClick(Qt.Key_O)
            keyClick(Qt.Key_A)
            compare(field.text, "hoa")
            compare(inbox.model.searchText, "hoa")
            verify(rowNames().indexOf("Trần Thị Hoà") >= 0)
            field.text = "nguyen van dat"
            compare(inbox.list.count, 1)
            compare(inbox.list.itemAtIndex(0).applicantName, "Nguyễn Văn Đạt")
            field.text = "khong co ai ten nay"
            compare(inbox.list.count, 0)
            // Esc clears the search and returns to the list.
            field.forceActiveFocus()
            keyClick(Qt.Key_Escape)
            compare(field.text, "")
            verify(inbox.list.activeFocus)
            compare(inbox.model.totalCount, 256)
        }

        function test_keyboardNavigation() {
            compare(inbox.list.currentIndex, 0)
            keyClick(Qt.Key_J)
            keyClick(Qt.Key_J)
            compare(inbox.list.currentIndex, 2)
            keyClick(Qt.Key_K)
            compare(inbox.list.currentIndex, 1)
            keyClick(Qt.Key_Down)
            compare(inbox.list.currentIndex, 2)
            keyClick(Qt.Key_Up)
            compare(inbox.list.currentIndex, 1)
            const id = inbox.model.dossierIdAt(1)
            keyClick(Qt.Key_Return)
            compare(root.opened.length, 1)
            compare(root.opened[0], id)
        }

        function test_scrollingLoadsMorePages() {
            mouseClick(findChild(inbox, "view_agency"))
            compare(inbox.model.count, 100)
            inbox.list.positionViewAtEnd()
            tryVerify(() => inbox.model.count > 100)
            inbox.list.currentIndex = inbox.list.count - 1
            tryVerify(() => inbox.model.count === 256, 5000)
        }

        function test_sortByApplicant() {
            findChild(inbox, "searchField").text = "van"
            const box = findChild(inbox, "sortBox")
            box.currentIndex = 3
            compare(inbox.model.sort, "applicant")
            // Dương < Đặng in Vietnamese order; Đặng is at another agency, so "all".
            inbox.model.view = "all"
            compare(rowNames(), ["Đặng Văn Dũng", "Lê Văn Bình", "Nguyễn Văn Đạt"])
            box.currentIndex = 0
            compare(inbox.model.sort, "due")
        }
    }
}
