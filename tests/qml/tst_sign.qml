// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import MotCua
import MotCua.App

//! The sign dialog from the dossier screen, the signature badges of the
//! checklist and the Settings signer section.
Item {
    id: root
    width: 1280
    height: 800

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Sign"
        when: windowShown

        function init() {
            TestHelper.reset()
            TestHelper.setSignedIn(true, "Nguyễn Thị Thu Hà", "Sở Tư pháp tỉnh Quảng Nam")
            while (shell.inboxStack.depth > 1)
                shell.inboxStack.pop(null, StackView.Immediate)
        }

        function openPage() {
            shell.openDossier("d-000001")
            const page = shell.inboxStack.currentItem
            tryCompare(shell.inboxStack, "busy", false)
            verify(page.selectedPath.length > 0)
            return page
        }

        function test_dialogOpensAndEscCloses() {
            const page = openPage()
            const dialog = findChild(page, "signDialog")
            verify(!dialog.opened)
            mouseClick(findChild(page, "signButton"))
            tryCompare(dialog, "opened", true)
            compare(dialog.controller.componentId, "c-1-1")
            verify(dialog.controller.filePath.length > 0)
            // An input component: saved as a signed copy, never queued.
            verify(!dialog.controller.queuesResult)
            verify(findChild(dialog, "modeStamp").enabled)
            verify(!findChild(dialog, "imagesCheck").enabled)
            const pin = findChild(dialog, "pinField")
            verify(pin.activeFocus)
            compare(pin.echoMode, TextInput.Password)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "opened", false)
            // Esc closed the dialog only: the dossier stays open.
            compare(shell.inboxStack.depth, 2)
        }

        function test_pinRequired() {
            const page = openPage()
            const dialog = findChild(page, "signDialog")
            keySequence("Ctrl+Shift+S")
            tryCompare(dialog, "opened", true)
            const sign = findChild(dialog, "signButton")
            verify(!sign.enabled)
            // Enter with no PIN does not start signing: a clear message instead.
            findChild(dialog, "pinField").forceActiveFocus()
            keyClick(Qt.Key_Return)
            verify(!dialog.controller.busy)
            compare(findChild(dialog, "signError").visible, true)
            keyClick("1")
            verify(sign.enabled)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "opened", false)
            // The PIN is not kept once the dialog is closed.
            compare(findChild(dialog, "pinField").text, "")
        }

        function test_clickPlacesSignature() {
            const page = openPage()
            const dialog = findChild(page, "signDialog")
            mouseClick(findChild(page, "signButton"))
            tryCompare(dialog, "opened", true)
            const preview = findChild(dialog, "placementPreview")
            tryVerify(() => preview.width > 50)
            const area = findChild(dialog, "placementArea")
            mouseClick(area, area.width * 0.25, area.height * 0.5)
            // A box of the default size centred on the click, in page fractions.
            fuzzyCompare(dialog.placement.x + dialog.placement.width / 2, 0.25, 0.01)
            fuzzyCompare(dialog.placement.y + dialog.placement.height / 2, 0.5, 0.01)
            const pdf = dialog.controller.placementToPdf(dialog.placement, 0)
            // PDF points, origin bottom-left: the middle of the page height.
            verify(pdf.width > 150 && pdf.width < 250)
            fuzzyCompare(pdf.y + pdf.height / 2, 421, 6)
            // A drag draws the box.
            mouseDrag(area, area.width * 0.6, area.height * 0.8, area.width * 0.3, area.height * 0.1)
            fuzzyCompare(dialog.placement.x, 0.6, 0.01)
            fuzzyCompare(dialog.placement.width, 0.3, 0.02)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "opened", false)
        }

        function test_badgeComesFromTheValidator() {
            const page = openPage()
            const list = findChild(page, "componentList")
            tryVerify(() => list.itemAtIndex(0) !== null)
            const badge = findChild(list.itemAtIndex(0), "signatureBadge")
            verify(badge)
            // The fixture PDFs carry no signature.
            tryCompare(badge, "status", "unsigned", 10000)
            verify(badge.text.length > 2)
            mouseClick(findChild(page, "signaturesTab"))
            const panel = findChild(page, "signaturePanel")
            tryCompare(panel.model, "status", "unsigned", 10000)
            compare(panel.model.count, 0)
        }

        function test_changeLinkOpensSettings() {
            const page = openPage()
            const dialog = findChild(page, "signDialog")
            mouseClick(findChild(page, "signButton"))
            tryCompare(dialog, "opened", true)
            findChild(dialog, "changeSigner").linkActivated("#")
            tryCompare(dialog, "opened", false)
            compare(shell.currentIndex, 3)
            shell.currentIndex = 0
        }

        function test_settingsSignerSection() {
            shell.currentIndex = 3
            const section = findChild(shell, "signerSection")
            verify(section)
            section.settings.kind = "pkcs12"
            compare(findChild(section, "kindFile").checked, true)
            section.settings.kind = "pkcs11"
            compare(findChild(section, "kindToken").checked, true)
            const combo = findChild(section, "moduleCombo")
            verify(combo.count >= 5) // VNPT-CA, Viettel-CA, FPT-CA, Ban Cơ yếu, SoftHSM2
            shell.currentIndex = 0
        }
    }
}
