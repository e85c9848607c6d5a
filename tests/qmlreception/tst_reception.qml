// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import MotCua
import MotCua.App

//! The reception screen on the real controller, signed in as desk staff (motcua1)
//! against the real reference server. Screenshots when MOTCUA_SCREENSHOT_DIR is set.
Item {
    id: root
    width: 1440
    height: 900

    ReceptionPage {
        id: page
        anchors.fill: parent
    }

    Component {
        id: dossierController
        DossierController {}
    }

    TestCase {
        name: "Reception"
        when: windowShown

        function findByName(item, name) {
            if (!item)
                return null
            if (item.objectName === name)
                return item
            const kids = item.children
            for (let i = 0; i < kids.length; ++i) {
                const found = findByName(kids[i], name)
                if (found)
                    return found
            }
            if (item.contentItem && item.contentItem !== item) {
                const inContent = findByName(item.contentItem, name)
                if (inContent)
                    return inContent
            }
            return null
        }
        function part(name) {
            let found = findByName(page, name)
            if (!found && page.footer)
                found = findByName(page.footer, name)
            if (!found && page.header)
                found = findByName(page.header, name)
            verify(found, name)
            return found
        }
        function shot(name) {
            const dir = ReceptionTest.screenshotDir()
            if (dir.length === 0)
                return
            wait(300)
            for (const lang of ["vi", "en"]) {
                AppController.language = lang
                wait(200)
                grabImage(root).save(dir + "/reception-" + name + "-" + lang + ".png")
            }
            AppController.language = "vi"
            wait(100)
        }

        function cleanup() {
            AppController.language = "vi"
        }

        function initTestCase() {
            verify(ReceptionTest.isReady(), ReceptionTest.setupError())
            verify(ReceptionController.available, "motcua1 is one-stop desk staff")
        }

        function test_receiveWalkIn() {
            ReceptionController.reload()
            // 1. The procedure by name (accents optional), then by its national code.
            const search = part("procedureSearch")
            mouseClick(search)
            search.text = "ket hon"
            tryVerify(() => ReceptionController.procedures.count >= 1)
            const list = part("procedureList")
            const first = list.itemAtIndex(0)
            verify(first)
            verify(first.name.indexOf("kết hôn") >= 0, first.name)
            const code = first.code
            search.text = code
            tryCompare(ReceptionController.procedures, "count", 1)
            search.text = "no such procedure xyz"
            tryCompare(ReceptionController.procedures, "count", 0)
            search.text = code
            tryCompare(ReceptionController.procedures, "count", 1)
            mouseClick(list.itemAtIndex(0))
            verify(ReceptionController.procedureTitle.startsWith(code), ReceptionController.procedureTitle)
            verify(part("procedureSummary").text.length > 0)
            const components = ReceptionController.components
            const checklist = part("receptionComponents") // the ListView: its count is the model's rows
            verify(checklist.count >= 3, "the procedure's components are listed")
            verify(components.missing >= 2 && components.missing < checklist.count,
                   "required ones missing, the optional one not counted")

            // 2. The applicant by ID number, filled from the population records.
            const person = ReceptionTest.citizen()
            verify(person.idNumber.length > 0)
            const idField = part("applicantIdField")
            mouseClick(idField)
            keyClick(Qt.Key_End)
            for (const ch of person.idNumber)
                keyClick(ch)
            compare(ReceptionController.applicant.idNumber, person.idNumber)
            mouseClick(part("lookupButton"))
            tryCompare(ReceptionController.applicant, "name", person.name, 30000)
            compare(part("applicantNameField").text, person.name)
            compare(part("applicantAddressField").text, person.address)
            verify(ReceptionController.applicant.verified)
            verify(part("applicantSource").text.startsWith("\u2714"), part("applicantSource").text)
            // Typed by hand after the lookup: no longer verified, still editable.
            const phone = part("applicantPhoneField")
            mouseClick(phone)
            keyClick(Qt.Key_End)
            keyClick("9")
            verify(!ReceptionController.applicant.verified)
            keyClick(Qt.Key_Backspace)
            verify(ReceptionController.applicant.verified, "back to what the records said")
            shot("form")

            // 3. Receiving with papers missing is refused, saying which.
            mouseClick(part("receiveButton"))
            verify(ReceptionController.errorText.indexOf(components.currentName) >= 0, ReceptionController.errorText)
            compare(ReceptionController.resultCode, "")

            // 4. Three scans of the first component from the watched scanner folder.
            const folder = ReceptionTest.scanFolder()
            verify(ReceptionTest.writeScan(folder, "old.png", 0).length > 0) // there before watching: ignored
            ReceptionController.scanFolder = folder
            compare(ReceptionController.scanFolder, folder)
            components.currentIndex = 0
            for (let i = 1; i <= 3; ++i)
                verify(ReceptionTest.writeScan(folder, "scan-" + i + (i === 2 ? ".jpg" : ".png"), i).length > 0)
            const grid = part("pageGrid")
            tryCompare(grid, "count", 3, 20000)
            compare(components.pages.count, 3)
            // Order, rotate, delete and re-scan keep three pages, in the new order.
            verify(ReceptionController.rotatePage(1, 1))
            verify(ReceptionController.movePage(2, 0))
            verify(!ReceptionController.movePage(5, 0), "out of range changes nothing")
            compare(components.pages.count, 3)
            // Every page, the turned one too, stays inside its cell with its buttons.
            waitForRendering(grid)
            let turned = 0
            for (let i = 0; i < 3; ++i) {
                const cell = grid.itemAtIndex(i)
                verify(cell)
                const thumb = findByName(cell, "pageThumb")
                verify(thumb)
                if (cell.angle % 180 !== 0)
                    ++turned
                for (const corner of [[0, 0], [thumb.width, thumb.height]]) {
                    const at = thumb.mapToItem(cell, corner[0], corner[1])
                    verify(at.x >= -0.5 && at.x <= cell.width + 0.5 && at.y >= -0.5 && at.y <= cell.height + 0.5,
                           "page " + (i + 1) + " corner " + at.x + "," + at.y + " outside " + cell.width + "x" + cell.height)
                }
                for (const name of ["moveEarlierButton", "rotateButton", "deleteButton", "moveLaterButton", "rescanButton"]) {
                    const b = findByName(cell, name)
                    verify(b, name)
                    const right = b.mapToItem(cell, b.width, b.height)
                    verify(right.x <= cell.width + 0.5 && right.y <= cell.height + 0.5, name + " leaves page " + (i + 1))
                }
            }
            compare(turned, 1)
            // The other required components: one page each, added from files.
            let handedIn = 1
            for (let c = 1; c < checklist.count && components.missing > 0; ++c) {
                components.currentIndex = c
                const path = ReceptionTest.writeScan(ReceptionTest.scanFolder() + "-files", "c" + c + ".png", 10 + c)
                compare(ReceptionController.addFiles(["file://" + path]), 1)
                ++handedIn
            }
            compare(components.missing, 0)
            verify(handedIn < checklist.count, "the optional component is left out")
            components.currentIndex = 0
            tryCompare(grid, "count", 3)
            // The checklist's states follow a language switch (they are made in C++).
            compare(checklist.itemAtIndex(0).statusText, "đã quét 3 trang")
            AppController.language = "en"
            tryCompare(checklist.itemAtIndex(0), "statusText", "3 pages scanned")
            AppController.language = "vi"
            tryCompare(checklist.itemAtIndex(0), "statusText", "đã quét 3 trang")
            shot("digitize")

            // 5. "Tiếp nhận": the code from the desk's block is shown, the slip saved.
            compare(ReceptionController.channel, 0)
            const channelBox = part("channelBox")
            channelBox.currentIndex = 2
            channelBox.activated(2)
            compare(ReceptionController.channel, 2)
            mouseClick(part("receiveButton"))
            tryVerify(() => ReceptionController.resultCode.length > 0, 120000, ReceptionController.errorText)
            const received = ReceptionController.resultCode
            verify(/^.+-\d{6}-\d{4,}$/.test(received), received)
            verify(part("receptionResult").text.indexOf(received) >= 0, part("receptionResult").text)
            // The line follows a language switch (issue 20: it stayed Vietnamese in English).
            const line = part("receptionResult")
            const due = /(\d\d\/\d\d\/\d{4})\.$/.exec(line.text)
            verify(due !== null, line.text)
            compare(line.text, "Đã tiếp nhận " + received + ". Hẹn trả kết quả: " + due[1] + ".")
            AppController.language = "en"
            compare(line.text, "Received " + received + ". Appointment to return the result: " + due[1] + ".")
            AppController.language = "vi"
            compare(line.text, "Đã tiếp nhận " + received + ". Hẹn trả kết quả: " + due[1] + ".")
            compare(ReceptionTest.fileHead(ReceptionController.slipUrl), "%PDF-")
            verify(part("openSlipButton").visible)
            shot("received")
            if (ReceptionTest.screenshotDir().length > 0)
                verify(ReceptionTest.copyFile(ReceptionController.slipUrl,
                                              ReceptionTest.screenshotDir() + "/reception-slip.pdf"))

            // 6. The sync sent it: the server's own database has it, once, as shown.
            tryVerify(() => ReceptionTest.serverCount(received) === 1, 120000,
                      "the server has " + received + " " + SyncController.lastError)
            const stored = ReceptionTest.serverDossier(received)
            compare(stored.code, received)
            compare(stored.procedure_code, code)
            compare(stored.channel, "postal")
            compare(stored.applicant.id_number, person.idNumber)
            compare(stored.applicant.name, person.name)
            compare(stored.components.length, handedIn)
            compare(stored.components[0].pages, 3)
            verify(stored.due_at !== undefined && stored.due_at !== null)

            // 7. On the dossier screen its history starts with the reception: "Tiếp nhận hồ sơ",
            //    by the official at this desk, at the time of reception (Vietnam time).
            const dossier = createTemporaryObject(dossierController, root, {dossierId: stored.id})
            verify(dossier)
            const history = dossier.history
            tryVerify(() => {
                if (history.rowCount() > 0)
                    return true
                if (!SyncController.syncing)
                    SyncController.syncNow() // the reception's sync may have ended before the pull
                dossier.reload()
                return false
            }, 120000, "the received dossier's history reaches the desk " + SyncController.lastError)
            const step = history.index(0, 0)
            compare(history.data(step, HistoryModel.ActionRole), "receive")
            compare(history.data(step, HistoryModel.ActionTextRole),
                    qsTranslate("motcua::ActionKind", "Receive the dossier")) // "Tiếp nhận hồ sơ"
            compare(history.data(step, HistoryModel.ActorRole), SessionController.officialName)
            const vn = new Date(new Date(stored.received_at).getTime() + 7 * 3600 * 1000)
            const two = n => (n < 10 ? "0" : "") + n
            const when = two(vn.getUTCDate()) + "/" + two(vn.getUTCMonth() + 1) + "/" + vn.getUTCFullYear()
                + " " + two(vn.getUTCHours()) + ":" + two(vn.getUTCMinutes())
            const at = history.data(step, HistoryModel.AtRole)
            verify(at.startsWith(when), at + " starts with " + when)
        }

        function test_refusalAndGuidanceSlips() {
            ReceptionController.startNew()
            compare(ReceptionController.resultCode, "")
            verify(!ReceptionController.refuse("   \n "), "reasons are required")
            verify(ReceptionController.errorText.length > 0)
            ReceptionController.applicant.idNumber = "001099000001"
            ReceptionController.applicant.name = "Trần Thị Bình"
            verify(!ReceptionController.applicant.verified, "typed by hand")
            verify(ReceptionController.refuse("Thủ tục không thuộc thẩm quyền của UBND xã"))
            compare(ReceptionTest.fileHead(ReceptionController.slipUrl), "%PDF-")
            compare(ReceptionController.resultText, "Đã lập phiếu từ chối cho Trần Thị Bình.")
            AppController.language = "en"
            compare(ReceptionController.resultText, "Refusal slip ready for Trần Thị Bình.")
            verify(ReceptionController.askForMore("", "Thiếu giấy tờ"), "missing components prefill the guidance")
            compare(ReceptionTest.fileHead(ReceptionController.slipUrl), "%PDF-")
            compare(part("receptionResult").text, "Guidance slip ready for Trần Thị Bình.")
            AppController.language = "vi"
            compare(part("receptionResult").text, "Đã lập phiếu hướng dẫn cho Trần Thị Bình.")
            verify(ReceptionController.slipUrl.toString().indexOf("huong-dan") >= 0)
        }
    }
}
