// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import MotCua
import MotCua.App

//! Settings › Secure connection (issue 19): the province's certificate pins,
//! read only; without pins it says the usual verification applies.
//! With $MOTCUA_SCREENSHOT_DIR set: settings-tls-pins-vi.png.
Item {
    id: root
    width: 900
    height: 420

    Rectangle { anchors.fill: parent; color: Theme.background }

    Component {
        id: sectionComponent
        TlsPinSection { x: 24; y: 24; width: root.width - 48 }
    }

    TestCase {
        name: "TlsPinSection"
        when: windowShown

        function cleanup() {
            TestHelper.setTlsPins({})
            AppController.language = "vi"
        }

        function test_withoutPinsTheUsualVerification() {
            TestHelper.setTlsPins({})
            const section = createTemporaryObject(sectionComponent, root)
            compare(section.settings.pins.length, 0)
            verify(findChild(section, "tlsPinSummary").text.length > 0)
        }

        function test_pinsShownReadOnly() {
            AppController.language = "vi"
            TestHelper.setTlsPins({
                "motcua.laocai.gov.vn": ["n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=",
                                         "YLh1dUR9y6Kja30RrAn7JKnbQG/uEtLMkBgFF2Fuihg="]
            })
            const section = createTemporaryObject(sectionComponent, root)
            compare(section.settings.pins.length, 1)
            compare(section.settings.pins[0].host, "motcua.laocai.gov.vn")
            compare(section.settings.pins[0].pins[0], "sha256/n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=")
            // Nothing to edit: an official cannot switch the check off.
            const editors = []
            const walk = item => {
                for (let i = 0; i < item.children.length; ++i) {
                    const c = item.children[i]
                    if (c instanceof TextField || c instanceof Button || c instanceof CheckBox)
                        editors.push(c)
                    walk(c)
                }
            }
            walk(section)
            compare(editors.length, 0)
            const dir = TestHelper.screenshotDir()
            if (dir.length > 0) {
                wait(100)
                grabImage(root).save(dir + "/settings-tls-pins-vi.png")
            }
        }
    }
}
