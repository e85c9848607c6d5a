// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import MotCua
import MotCua.App

//! The batch screen's PIN and search fields show their whole hints (issue 20: "Mã PIN
//! của thiết bị ký số …" was cut) in both languages, at the page's width in the smallest window (960 px
//! less the 264 px rail) and in the default one (1600 px). With $MOTCUA_SCREENSHOT_DIR
//! set, saves batch-pin-<lang>.png there.
Item {
    id: root
    width: 696
    height: 640

    BatchPage {
        id: page
        anchors.fill: parent
    }

    TestCase {
        name: "BatchPin"
        when: windowShown

        //! The hint drawn in the field (the style's placeholder item).
        function hint(field) {
            for (let i = 0; i < field.children.length; ++i) {
                const c = field.children[i]
                if (c.truncated !== undefined && c.text === field.placeholderText)
                    return c
            }
            return null
        }
        function rightEdge(item) {
            return item.mapToItem(root, item.width, 0).x
        }

        function init() {
            TestHelper.reset()
            verify(TestHelper.setRoles(["supervisor"]))
        }
        function cleanup() {
            AppController.language = "vi"
            root.width = 696
            verify(TestHelper.setRoles(["specialist"]))
        }

        function test_hintsAreWhole_data() {
            return [
                { tag: "vi-smallest", lang: "vi", width: 696 },
                { tag: "en-smallest", lang: "en", width: 696 },
                { tag: "vi-default", lang: "vi", width: 1336 },
                { tag: "en-default", lang: "en", width: 1336 },
            ]
        }
        function test_hintsAreWhole(data) {
            AppController.language = data.lang
            root.width = data.width
            const pin = findChild(page, "batchPin")
            verify(pin !== null)
            compare(pin.placeholderText, data.lang === "vi" ? "Mã PIN của thiết bị ký số hoặc mật khẩu"
                                                            : "Token PIN or password")
            const shown = hint(pin)
            verify(shown !== null, "the field's hint item")
            const start = findChild(page, "batchStart")
            verify(start.visible)
            // After the layout has followed the language and the width (the next polish).
            tryVerify(() => shown.visible && !shown.truncated, 1000,
                      shown.text + " is cut: " + shown.implicitWidth + " > " + shown.width)
            tryVerify(() => start.contentItem.implicitWidth <= start.availableWidth + 0.5, 1000, start.text)
            verify(shown.implicitWidth <= shown.width + 0.5, shown.implicitWidth + " > " + shown.width)
            // The search field's hint above the list too (the filters take a second row when narrow).
            const search = findChild(page, "batchSearch")
            const searchHint = hint(search)
            verify(searchHint !== null)
            tryVerify(() => searchHint.visible && !searchHint.truncated, 1000,
                      searchHint.text + " is cut: " + searchHint.implicitWidth + " > " + searchHint.width)
            verify(rightEdge(search) <= root.width + 0.5)
            // The field and the button beside it stay inside the page.
            verify(rightEdge(pin) <= root.width + 0.5, rightEdge(pin) + " > " + root.width)
            verify(rightEdge(start) <= root.width + 0.5, rightEdge(start) + " > " + root.width)
            const dir = TestHelper.screenshotDir()
            if (dir.length > 0 && data.width === 696) {
                wait(150)
                grabImage(root).save(dir + "/batch-pin-" + data.lang + ".png")
            }
        }
    }
}
