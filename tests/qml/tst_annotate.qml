// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import MotCua
import MotCua.App

//! The annotation tools over a scanned page: tools by keyboard, drawing a
//! rectangle with the mouse, each kind shown over the page, undo/redo with
//! Ctrl+Z / Ctrl+Shift+Z. With $MOTCUA_SCREENSHOT_DIR set, saves annotate-*.png
//! there (docs/screenshots/ holds them).
Item {
    id: root
    width: 1100
    height: 860

    AnnotatedViewer {
        id: view
        anchors.fill: parent
        source: Qt.resolvedUrl("../data/pdf/scan.pdf")
        dossierId: "d-000003"
        componentId: "c-3-1"
    }

    TestCase {
        name: "Annotate"
        when: windowShown

        function pageOverlay() {
            const area = findChild(view.viewer, "annotationDrawArea")
            verify(area !== null)
            return area
        }
        function clearAll() {
            const m = view.controller.model
            while (m.count > 0)
                view.controller.remove(m.data(m.index(0, 0), 257 /* IdRole */))
        }
        function shot(name) {
            const dir = TestHelper.screenshotDir()
            if (dir.length === 0)
                return
            wait(150)
            grabImage(root).save(dir + "/annotate-" + name + ".png")
        }

        function cleanup() {
            AppController.language = "vi"
        }

        function initTestCase() {
            TestHelper.reset()
            TestHelper.setSignedIn(true, "Nguyễn Thị Thu Hà", "Sở Tư pháp tỉnh Quảng Nam")
            tryCompare(view.viewer, "pageCount", 1, 10000)
            view.viewer.fitPage()
            tryVerify(() => findChild(view.viewer, "pageImage") !== null
                      && findChild(view.viewer, "pageImage").status === Image.Ready, 10000)
        }

        function test_1_toolsByKeyboardAndDrawRectangle() {
            verify(view.controller.canAnnotate)
            view.viewer.forceActiveFocus()
            keyClick(Qt.Key_R, Qt.AltModifier)
            compare(view.tools.tool, "rectangle")
            keyClick(Qt.Key_D, Qt.AltModifier)
            compare(view.tools.tool, "ink")
            keyClick(Qt.Key_R, Qt.AltModifier)
            const area = pageOverlay()
            const before = view.controller.model.count
            mouseDrag(area, area.width * 0.1, area.height * 0.3, area.width * 0.5, area.height * 0.06)
            compare(view.controller.model.count, before + 1)
            const m = view.controller.model
            const row = m.count - 1
            compare(m.data(m.index(row, 0), 258 /* KindRole */), "rectangle")
            verify(Math.abs(m.data(m.index(row, 0), 261 /* XRole */) - 0.1) < 0.02)
            // Ctrl+Z removes it, Ctrl+Shift+Z brings it back.
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(view.controller.model.count, before)
            keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
            compare(view.controller.model.count, before + 1)
            // The select tool drags one's own annotation: moved on release.
            keyClick(Qt.Key_S, Qt.AltModifier)
            compare(view.tools.tool, "select")
            mouseDrag(area, area.width * 0.12, area.height * 0.33, area.width * 0.2, area.height * 0.1)
            tryVerify(() => Math.abs(m.data(m.index(row, 0), 261 /* XRole */) - 0.3) < 0.03)
            verify(Math.abs(m.data(m.index(row, 0), 262 /* YRole */) - 0.4) < 0.03)

            // A sticky note asks for its text: Ctrl+Enter saves it, Esc cancels.
            keyClick(Qt.Key_N, Qt.AltModifier)
            compare(view.tools.tool, "note")
            const count = m.count
            mouseClick(area, area.width * 0.8, area.height * 0.2)
            const dialog = findChild(view, "annotationTextDialog")
            tryCompare(dialog, "opened", true)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
            compare(m.count, count)
            mouseClick(area, area.width * 0.8, area.height * 0.2)
            tryCompare(dialog, "opened", true)
            keyClick(Qt.Key_T)
            keyClick(Qt.Key_Return, Qt.ControlModifier)
            tryCompare(dialog, "visible", false)
            compare(m.count, count + 1)
            compare(m.data(m.index(count, 0), 258 /* KindRole */), "note")
            compare(m.data(m.index(count, 0), 266 /* TextRole */), "t")
            keyClick(Qt.Key_S, Qt.AltModifier)
            clearAll()
        }

        function test_2_eachKindOnTheScan() {
            const c = view.controller
            const kinds = [
                ["rectangle", () => c.create("rectangle", 0, 0.12, 0.28, 0.62, 0.05, "Kiểm tra lại họ tên", "#e53935", "internal")],
                ["highlight", () => c.create("highlight", 0, 0.1, 0.325, 0.5, 0.03, "Số định danh cần đối chiếu", "#ffd400", "internal")],
                ["note", () => c.create("note", 0, 0.82, 0.5, 0.03, 0.03, "Thiếu bản sao giấy chứng sinh", "#ffd400", "applicant")],
                ["free_text", () => c.create("free_text", 0, 0.1, 0.62, 0.5, 0.05, "Đề nghị bổ sung giấy chứng sinh bản chính", "#1e88e5", "applicant")],
                ["ink", () => c.createInk(0, [Qt.point(0.6, 0.86), Qt.point(0.64, 0.83), Qt.point(0.7, 0.88), Qt.point(0.78, 0.84), Qt.point(0.84, 0.87)], "#43a047", "internal")],
            ]
            // One screenshot per kind, then all of them together.
            for (let i = 0; i < kinds.length; ++i) {
                const id = kinds[i][1]()
                verify(id.length > 0, c.error)
                compare(c.model.count, 1)
                shot(kinds[i][0])
                verify(c.remove(id))
            }
            for (let j = 0; j < kinds.length; ++j)
                verify(kinds[j][1]().length > 0, c.error)
            compare(c.model.count, 5)
            // Ctrl+Z takes back the last one (the stroke), Ctrl+Y redoes it.
            view.viewer.forceActiveFocus()
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(c.model.count, 4)
            keyClick(Qt.Key_Y, Qt.ControlModifier)
            compare(c.model.count, 5)
            shot("all")
        }

        function test_3_listBesideTheViewer() {
            const c = view.controller
            compare(c.model.count, 5) // from test_2
            const list = findChild(view.annotationList, "annotationListView")
            verify(list !== null)
            verify(view.annotationList.visible)
            tryCompare(list, "count", 5)
            // Each row says what, where, who and the text.
            const first = list.itemAtIndex(0)
            verify(first !== null)
            verify(first.Accessible.name.indexOf("Kiểm tra lại họ tên") >= 0, first.Accessible.name)
            verify(first.Accessible.name.indexOf("chuyenvien1") >= 0, first.Accessible.name)
            // A click selects the row and shows its page (the scan has one page).
            let asked = -1
            const seen = (page) => { asked = page }
            view.annotationList.pageRequested.connect(seen)
            mouseClick(first)
            compare(list.currentIndex, 0)
            compare(asked, 0)
            // Down then Enter: the next annotation's page.
            asked = -1
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            compare(list.currentIndex, 1)
            compare(asked, 0)
            view.annotationList.pageRequested.disconnect(seen)
            shot("list")
            // Alt+L hides and shows the list; removing an annotation removes its row.
            keyClick(Qt.Key_L, Qt.AltModifier)
            verify(!view.annotationList.visible)
            keyClick(Qt.Key_L, Qt.AltModifier)
            verify(view.annotationList.visible)
            clearAll()
            tryCompare(list, "count", 0)
            verify(findChild(view.annotationList, "annotationListEmpty").visible)
        }

        //! Issue 20 item 9: the kind names (from the model) follow a language switch at run
        //! time, in the list and over the page, without reopening the document.
        function test_4_kindNamesFollowTheLanguage() {
            const c = view.controller
            verify(c.create("note", 0, 0.82, 0.5, 0.03, 0.03, "Thiếu bản sao", "#ffd400", "internal").length > 0, c.error)
            verify(c.create("rectangle", 0, 0.12, 0.28, 0.62, 0.05, "Kiểm tra", "#e53935", "internal").length > 0, c.error)
            const list = findChild(view.annotationList, "annotationListView")
            tryCompare(list, "count", 2)
            const label = row => findChild(list.itemAtIndex(row), "annotationKind").text
            const onPage = kind => {
                const items = []
                const walk = item => {
                    if (item.kindText !== undefined && item.annotationId !== undefined)
                        items.push(item)
                    for (let i = 0; i < item.children.length; ++i)
                        walk(item.children[i])
                }
                walk(view.viewer)
                return items.filter(i => i.kind === kind).map(i => i.kindText)
            }
            verify(label(0).indexOf("Ghi chú dán") === 0, label(0))
            verify(label(1).indexOf("Sticky") < 0 && label(1).indexOf("Rectangle") < 0, label(1))
            const viRectangle = label(1)
            compare(onPage("note"), ["Ghi chú dán"])
            AppController.language = "en"
            compare(label(0), "Sticky note · page 1")
            compare(label(1), "Rectangle · page 1")
            verify(list.itemAtIndex(0).Accessible.name.indexOf("Sticky note on page 1") === 0, list.itemAtIndex(0).Accessible.name)
            compare(onPage("note"), ["Sticky note"])
            compare(onPage("rectangle"), ["Rectangle"])
            AppController.language = "vi"
            verify(label(0).indexOf("Ghi chú dán") === 0, label(0))
            compare(label(1), viRectangle)
            compare(onPage("note"), ["Ghi chú dán"])
            clearAll()
            tryCompare(list, "count", 0)
        }

        //! Issue 20: the undo/redo tooltips name the step (made in C++) in the language shown
        //! now, not the one the step was made in: vi → en → vi without a new step.
        function test_5_undoTextsFollowTheLanguage() {
            const c = view.controller
            verify(c.create("rectangle", 0, 0.12, 0.28, 0.62, 0.05, "Kiểm tra", "#e53935", "internal").length > 0, c.error)
            const note = c.create("note", 0, 0.82, 0.5, 0.03, 0.03, "Thiếu bản sao", "#ffd400", "internal")
            verify(note.length > 0, c.error)
            verify(c.setColor(note, "#1e88e5"), c.error)
            c.undo() // the colour: redo brings it back
            const undo = findChild(view.tools, "undoButton")
            const redo = findChild(view.tools, "redoButton")
            compare(undo.Accessible.name, "Hoàn tác Thêm ghi chú dán")
            compare(redo.Accessible.name, "Làm lại Đổi màu")
            compare(undo.ToolTip.text, "Hoàn tác Thêm ghi chú dán (Ctrl+Z)")
            AppController.language = "en"
            compare(c.undoText, "Add sticky note")
            compare(c.redoText, "Change colour")
            compare(undo.Accessible.name, "Undo Add sticky note")
            compare(redo.Accessible.name, "Redo Change colour")
            compare(undo.ToolTip.text, "Undo Add sticky note (Ctrl+Z)")
            compare(redo.ToolTip.text, "Redo Change colour (Ctrl+Shift+Z)")
            c.undo() // a step made in Vietnamese, undone in English
            compare(undo.Accessible.name, "Undo Add rectangle")
            compare(redo.Accessible.name, "Redo Add sticky note")
            AppController.language = "vi"
            compare(undo.Accessible.name, "Hoàn tác Thêm hình chữ nhật")
            compare(redo.Accessible.name, "Làm lại Thêm ghi chú dán")
            c.redo()
            compare(undo.Accessible.name, "Hoàn tác Thêm ghi chú dán")
            clearAll()
        }
    }
}
